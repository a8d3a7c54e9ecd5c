namespace Samskap.Web.Features.Organizations;

/// <summary>
/// A single-use link that lets one person join an organisation. Only a hash of the token is
/// stored, so a leaked database does not leak working links.
/// </summary>
public class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string TokenHash { get; set; } = "";
    public OrganizationRole Role { get; set; }

    /// <summary>A note for the administrator (who the link is for); never shown to others.</summary>
    public string Note { get; set; } = "";

    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsUsable(DateTime now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}
