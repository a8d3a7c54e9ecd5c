using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Account;

/// <summary>The header's organisation switcher posts here; only organisations the user belongs to are accepted.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class SwitchOrganizationModel(TenantContext tenant, Samskap.Web.Data.AppDbContext db) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organizationId, string? returnUrl)
    {
        var chosen = tenant.Memberships.FirstOrDefault(m => m.OrganizationId == organizationId);
        if (chosen is null)
        {
            return NotFound();
        }

        TenantMiddleware.Remember(Response, organizationId);

        // A page of one organisation's project would answer 404 in the other, so go where the person starts there instead.
        var target = Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith(ProjectRoutes.List, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : await PersonLanding.ForAsync(db, tenant.UserId!, chosen, HttpContext.RequestAborted);
        return LocalRedirect(target);
    }
}
