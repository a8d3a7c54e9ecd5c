using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// Someone the leader invited to answer a round from the round page. Kept so that a reminder reaches
/// those who have not answered; the leader sees only how many that is, never who.
/// </summary>
public class RoundInvitee : IOrganizationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid RoundId { get; set; }

    public string Email { get; set; } = "";

    /// <summary><see cref="EmailAddressList.Normalize"/>d, to match the account the person answers with.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>The language their e-mails are written in: their account's, or the one the leader chose for a newcomer.</summary>
    public string Language { get; set; } = "nb";

    /// <summary>The organisation invitation made for a newcomer; null when the person was already a member.</summary>
    public Guid? InvitationId { get; set; }

    public string InvitedByUserId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RemindedAt { get; set; }
}

internal sealed class RoundInviteeConfiguration : IEntityTypeConfiguration<RoundInvitee>
{
    public void Configure(EntityTypeBuilder<RoundInvitee> invitee)
    {
        invitee.ToTable("ReadinessRoundInvitees");
        invitee.HasIndex(i => new { i.OrganizationId, i.RoundId, i.NormalizedEmail }).IsUnique();
        invitee.Property(i => i.Email).HasMaxLength(EmailAddressList.ColumnLength);
        invitee.Property(i => i.NormalizedEmail).HasMaxLength(EmailAddressList.ColumnLength);
        invitee.Property(i => i.Language).HasMaxLength(5);
        invitee.HasOne<ReadinessRound>().WithMany().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
        invitee.HasOne<Invitation>().WithMany().HasForeignKey(i => i.InvitationId).OnDelete(DeleteBehavior.SetNull);
    }
}
