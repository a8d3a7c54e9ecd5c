using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// The one code path that sets the tenant, for HTTP requests (<see cref="TenantMiddleware"/>), hub
/// invocations and background jobs alike. It needs no HttpContext, so a SignalR hub filter or a
/// hosted service calls it the same way a request does.
/// </summary>
public sealed class TenantResolver(MembershipCache cache)
{
    public async Task ResolveAsync(TenantContext tenant, TenantCaller caller, AppDbContext db, CancellationToken cancellationToken)
    {
        tenant.Apply(caller switch
        {
            TenantCaller.Person person => await ForPersonAsync(person, db, cancellationToken),
            TenantCaller.Job job => await ForJobAsync(job, db, cancellationToken),
            TenantCaller.LiveGuest guest => ForLiveGuest(guest),
            TenantCaller.JobAcrossOrganizations across => ForJobAcrossOrganizations(across),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        });
    }

    /// <summary>The organisation chosen with the switcher if the person belongs to it, else their first one (none when only the chosen one will do).</summary>
    private async Task<TenantGrant> ForPersonAsync(TenantCaller.Person person, AppDbContext db, CancellationToken cancellationToken)
    {
        var userId = person.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return new TenantGrant([], Guid.Empty, "", OrganizationRole.Member, null, null, AcrossOrganizations: false);
        }

        var memberships = await cache.GetAsync(
            userId,
            token => db.Memberships
                .AsNoTracking()
                .Where(m => m.UserId == userId)
                .OrderBy(m => m.Organization!.Name)
                .Select(m => new MembershipSummary(m.OrganizationId, m.Organization!.Name, m.Role))
                .ToListAsync(token),
            cancellationToken);
        _ = Guid.TryParse(person.ChosenOrganization, out var chosen);
        if (person.OnlyChosen)
        {
            memberships = [.. memberships.Where(m => m.OrganizationId == chosen)];
        }

        var current = memberships.FirstOrDefault(m => m.OrganizationId == chosen) ?? (memberships.Count > 0 ? memberships[0] : null);
        return new TenantGrant(
            memberships,
            current?.OrganizationId ?? Guid.Empty,
            current?.OrganizationName ?? "",
            current?.Role ?? OrganizationRole.Member,
            userId,
            null,
            AcrossOrganizations: false);
    }

    private static async Task<TenantGrant> ForJobAsync(TenantCaller.Job job, AppDbContext db, CancellationToken cancellationToken)
    {
        var name = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == job.OrganizationId)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Job {job.Name}: organisation {job.OrganizationId} does not exist.");
        return new TenantGrant([], job.OrganizationId, name, OrganizationRole.Member, null, job.Name, AcrossOrganizations: false);
    }

    private static TenantGrant ForLiveGuest(TenantCaller.LiveGuest guest) =>
        new([], guest.OrganizationId, "", OrganizationRole.Member, null, null, AcrossOrganizations: false, IsLiveGuest: true);

    private static TenantGrant ForJobAcrossOrganizations(TenantCaller.JobAcrossOrganizations job) =>
        string.IsNullOrWhiteSpace(job.Reason)
            ? throw new ArgumentException($"Job {job.Name} must say why it works across organisations.", nameof(job))
            : new TenantGrant([], Guid.Empty, "", OrganizationRole.Member, null, job.Name, AcrossOrganizations: true);
}
