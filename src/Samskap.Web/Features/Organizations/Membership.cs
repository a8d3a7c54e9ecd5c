using Samskap.Web.Features.Account;

namespace Samskap.Web.Features.Organizations;

public enum OrganizationRole
{
    Member = 0,
    Administrator = 1,
}

/// <summary>A user's place in one organisation. A user may hold several.</summary>
public class Membership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public OrganizationRole Role { get; set; }
    public DateTime JoinedAt { get; set; } = DateTime.UtcNow;
}
