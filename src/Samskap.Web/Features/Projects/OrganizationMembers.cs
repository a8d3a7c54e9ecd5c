using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

public sealed record MemberOption(string UserId, string Name);

public static class OrganizationMembers
{
    /// <summary>The people of the current organisation who can own a project.</summary>
    public static Task<List<MemberOption>> ListAsync(AppDbContext db, TenantContext tenant, CancellationToken cancellationToken) =>
        db.Memberships
            .AsNoTracking()
            .Where(m => m.OrganizationId == tenant.OrganizationId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new MemberOption(m.UserId, m.User!.DisplayName))
            .ToListAsync(cancellationToken);
}
