using Samskap.Web.Features.Organizations;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// Whose data the current unit of work may see: a request, a hub call or a background job. Only
/// <see cref="TenantResolver"/> fills it in; the database context filters every organisation-owned
/// row by it.
/// </summary>
public sealed class TenantContext
{
    private readonly List<MembershipSummary> _memberships = [];

    /// <summary>Guid.Empty when nobody is signed in: then no organisation-owned row matches.</summary>
    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";
    public OrganizationRole Role { get; private set; }

    /// <summary>The signed-in person, or null for a job or someone signed out.</summary>
    public string? UserId { get; private set; }

    /// <summary>Set only for a background job that said why it must see every organisation's rows.</summary>
    public bool IsAcrossOrganizations { get; private set; }

    /// <summary>The job acting, when this is a job's tenant rather than a person's.</summary>
    public string? JobName { get; private set; }

    public bool HasOrganization => OrganizationId != Guid.Empty;
    public bool IsAdministrator => HasOrganization && Role == OrganizationRole.Administrator && UserId is not null;

    /// <summary>An external partner acts in the organisation only inside the projects they are a person of.</summary>
    public bool IsExternalPartner => HasOrganization && Role == OrganizationRole.ExternalPartner && UserId is not null;

    /// <summary>A phone or a projector in a live session: it sees the room's rows, and is no member.</summary>
    public bool IsLiveGuest { get; private set; }

    /// <summary>A member or an administrator of the organisation acted in: may see its projects, members and pages.</summary>
    public bool IsMember => HasOrganization && Role != OrganizationRole.ExternalPartner && !IsLiveGuest;
    public IReadOnlyList<MembershipSummary> Memberships => _memberships;

    /// <summary>Called by <see cref="TenantResolver"/> only: it is the one place that decides whose data is seen.</summary>
    internal void Apply(TenantGrant grant)
    {
        _memberships.Clear();
        _memberships.AddRange(grant.Memberships);
        OrganizationId = grant.OrganizationId;
        OrganizationName = grant.OrganizationName;
        Role = grant.Role;
        UserId = grant.UserId;
        JobName = grant.JobName;
        IsAcrossOrganizations = grant.AcrossOrganizations;
        IsLiveGuest = grant.IsLiveGuest;
    }
}

public sealed record MembershipSummary(Guid OrganizationId, string OrganizationName, OrganizationRole Role);

/// <summary>What <see cref="TenantResolver"/> decided for one caller.</summary>
internal sealed record TenantGrant(
    IReadOnlyList<MembershipSummary> Memberships,
    Guid OrganizationId,
    string OrganizationName,
    OrganizationRole Role,
    string? UserId,
    string? JobName,
    bool AcrossOrganizations,
    bool IsLiveGuest = false);
