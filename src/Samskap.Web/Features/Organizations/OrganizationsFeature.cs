using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Organizations;

/// <summary>The organisation feature's registration: members and invitation links, for administrators.</summary>
public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<InvitationService>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Organizations", Policies.OrganizationAdministrator));
        return services;
    }
}
