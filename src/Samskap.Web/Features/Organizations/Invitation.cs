using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Organizations;

/// <summary>
/// A single-use link that lets one person join an organisation. Only a hash of the token is
/// stored, so a leaked database does not leak working links.
/// </summary>
[CrossOrganization("An invitation is opened by someone who is not yet a member of its organisation (or is signed in to another one), so it is found by its token's hash alone; the members page lists invitations by the administrator's organisation explicitly.")]
public class Invitation : IHasCreatedAt
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string TokenHash { get; set; } = "";
    public OrganizationRole Role { get; set; }

    /// <summary>A note for the administrator (who the link is for); never shown to others.</summary>
    public string Note { get; set; } = "";

    /// <summary>Where the invitation was e-mailed, if it was; kept so a reminder can reach the same person.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// The local page the newcomer lands on once they have joined (a readiness round's answering
    /// link, say), with the project it belongs to, so the invitation page can say where it leads.
    /// </summary>
    public string? LandingPath { get; set; }

    public string? LandingProject { get; set; }

    /// <summary>Set for a project's invitation of an external partner: accepting adds the person to this project only.</summary>
    public Guid? ProjectId { get; set; }

    /// <summary>The partner an external partner takes part for, if the leader named one.</summary>
    public Guid? PartnerId { get; set; }

    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsUsable(DateTime now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("Invitations");
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.ProjectId);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.Note).HasMaxLength(200);
        invitation.Property(i => i.Email).HasMaxLength(EmailAddressList.ColumnLength);
        invitation.Property(i => i.LandingPath).HasMaxLength(300);
        invitation.Property(i => i.LandingProject).HasMaxLength(200);
        invitation.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
