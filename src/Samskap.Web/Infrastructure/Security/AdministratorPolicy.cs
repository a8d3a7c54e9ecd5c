using Microsoft.AspNetCore.Authorization;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Infrastructure.Security;

public static class Policies
{
    /// <summary>Administrator of the organisation the request acts in.</summary>
    public const string OrganizationAdministrator = "OrganizationAdministrator";

    /// <summary>Signed in and a member of at least one organisation.</summary>
    public const string OrganizationMember = "OrganizationMember";

    public static AuthorizationBuilder AddSamskapPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(OrganizationMember, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => Tenant(context).HasOrganization))
        .AddPolicy(OrganizationAdministrator, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => Tenant(context).IsAdministrator));

    private static TenantContext Tenant(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
            ? http.RequestServices.GetRequiredService<TenantContext>()
            : new TenantContext();
}
