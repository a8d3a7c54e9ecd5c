using Microsoft.AspNetCore.Authorization;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Infrastructure.Security;

/// <summary>
/// The policies every page and endpoint names. Nothing is open by accident: the fallback policy
/// requires a signed-in person wherever no policy is named, and anonymous pages opt out explicitly.
/// </summary>
public static class Policies
{
    /// <summary>Signed in, whether or not the person belongs to an organisation yet.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Administrator of the organisation the request acts in.</summary>
    public const string OrganizationAdministrator = "OrganizationAdministrator";

    /// <summary>Signed in and a member of the organisation acted in (not only an external partner of one of its projects).</summary>
    public const string OrganizationMember = "OrganizationMember";

    /// <summary>
    /// A member, or an external partner. Only project pages and endpoints that external partners may use
    /// name it; <c>ProjectScope</c> then answers 404 to an external partner who is not a person of that project.
    /// </summary>
    public const string ProjectPerson = "ProjectPerson";

    public static AuthorizationBuilder AddSamskapPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
        .AddPolicy(OrganizationMember, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => Tenant(context).IsMember))
        .AddPolicy(ProjectPerson, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => Tenant(context).HasOrganization))
        .AddPolicy(OrganizationAdministrator, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => Tenant(context).IsAdministrator));

    private static TenantContext Tenant(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
            ? http.RequestServices.GetRequiredService<TenantContext>()
            : new TenantContext();
}
