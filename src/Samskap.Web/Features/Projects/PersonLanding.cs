using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// Where a person starts after signing in or switching organisation: a member at the project list,
/// an external partner at the overview of the project they take part in (they have no list to see).
/// </summary>
public static class PersonLanding
{
    public static async Task<string> ForAsync(AppDbContext db, string userId, string? chosenOrganization, CancellationToken cancellationToken)
    {
        // The same choice the tenant resolver makes: the chosen organisation if the person is in it, else their first by name.
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Organization!.Name)
            .Select(m => new { m.OrganizationId, m.Role })
            .ToListAsync(cancellationToken);
        _ = Guid.TryParse(chosenOrganization, out var chosen);
        var current = memberships.FirstOrDefault(m => m.OrganizationId == chosen) ?? memberships.FirstOrDefault();
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
