using Samskap.Web.Features.Organizations;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// The organisation the current request acts in. Set once per request by
/// <see cref="TenantMiddleware"/>; the database context filters every organisation-owned row by it.
/// </summary>
public sealed class TenantContext
{
    private readonly List<MembershipSummary> _memberships = [];

    /// <summary>Guid.Empty when nobody is signed in: then no organisation-owned row matches.</summary>
    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";
    public OrganizationRole Role { get; private set; }
    public bool HasOrganization => OrganizationId != Guid.Empty;
    public bool IsAdministrator => HasOrganization && Role == OrganizationRole.Administrator;
    public IReadOnlyList<MembershipSummary> Memberships => _memberships;

    public void Set(IEnumerable<MembershipSummary> memberships, Guid currentOrganizationId)
    {
        _memberships.Clear();
        _memberships.AddRange(memberships);
        var current = _memberships.FirstOrDefault(m => m.OrganizationId == currentOrganizationId)
            ?? _memberships.FirstOrDefault();
        OrganizationId = current?.OrganizationId ?? Guid.Empty;
        OrganizationName = current?.OrganizationName ?? "";
        Role = current?.Role ?? OrganizationRole.Member;
    }
}

public sealed record MembershipSummary(Guid OrganizationId, string OrganizationName, OrganizationRole Role);
