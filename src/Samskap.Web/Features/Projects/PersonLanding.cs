using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// Where a person starts after signing in or switching organisation: a member at the project list,
/// an external partner at the overview of the project they take part in (they have no list to see).
/// </summary>
public static class PersonLanding
{
    /// <summary>For the membership the person acts in, as <c>TenantResolver</c> chose it (null when they have none).</summary>
    public static async Task<string> ForAsync(AppDbContext db, string userId, MembershipSummary? current, CancellationToken cancellationToken)
    {
        if (current?.Role != OrganizationRole.ExternalPartner)
        {
            return ProjectRoutes.List;
        }

        // Read past the tenant filter: this request's tenant was decided before the sign-in or the switch.
        var projectId = await db.ProjectPeople.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.OrganizationId == current.OrganizationId && p.UserId == userId)
            .OrderBy(p => p.CreatedAt)
            .Select(p => (Guid?)p.ProjectId)
            .FirstOrDefaultAsync(cancellationToken);
        return projectId is { } id ? ProjectRoutes.Details(id) : "/";
    }
}
