using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>
/// A session in live mode: the code people join with and the presenter link's secret. Ending live
/// mode stops the code; starting again makes a new room with a new code, and the session keeps what
/// every room gathered.
/// </summary>
[CrossOrganization("A room is found by its join code or by the hash of its presenter secret before any tenant is known (phones and the projector are not signed in); every such query names the code or the hash.")]
public class LiveRoom : IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid SessionId { get; set; }
    public string Code { get; set; } = "";
    public string PresenterTokenHash { get; set; } = "";

    /// <summary>The presenter secret, protected with the app's data-protection keys, so its link can be shown again.</summary>
    public string PresenterTokenProtected { get; set; } = "";
    public string StartedByUserId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    public bool IsLive => EndedAt is null;
}

/// <summary>
/// A phone that joined a room. No account and no name: a token only the phone holds (its hash is
/// kept), the language it chose, and the kind of participant it said it was, if any.
/// </summary>
[CrossOrganization("A participant is found by the hash of the token on their phone before any tenant is known; every such query names the hash.")]
public class LiveParticipant : IHasCreatedAt
{
    public const int KindMaxLength = 20;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid RoomId { get; set; }
    public Guid SessionId { get; set; }
    public string TokenHash { get; set; } = "";
    public string Language { get; set; } = "nb";

    /// <summary>A partner kind's word (citizen, civil-society, …), or null for "vil ikke si". Used only in aggregates.</summary>
    public string? Kind { get; set; }

    /// <summary>The random key of the join form that made this participant, so that a double click joins once.</summary>
    public string? JoinKey { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class LiveRoomConfiguration : IEntityTypeConfiguration<LiveRoom>
{
    public void Configure(EntityTypeBuilder<LiveRoom> room)
    {
        room.ToTable("LiveRooms");
        room.HasIndex(r => r.Code).IsUnique();
        room.HasIndex(r => r.PresenterTokenHash).IsUnique();
        room.HasIndex(r => new { r.OrganizationId, r.SessionId });
        room.Property(r => r.Code).HasMaxLength(LiveSecrets.CodeLength);
        room.Property(r => r.PresenterTokenHash).HasMaxLength(AccessTokenRules.HashLength);
        room.Property(r => r.PresenterTokenProtected).HasMaxLength(400);
        room.Property(r => r.StartedByUserId).HasMaxLength(450);
        room.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveParticipantConfiguration : IEntityTypeConfiguration<LiveParticipant>
{
    public void Configure(EntityTypeBuilder<LiveParticipant> participant)
    {
        participant.ToTable("LiveParticipants");
        participant.HasIndex(p => p.TokenHash).IsUnique();
        participant.HasIndex(p => new { p.OrganizationId, p.SessionId });
        participant.HasIndex(p => new { p.RoomId, p.JoinKey }).IsUnique();
        participant.Property(p => p.JoinKey).HasMaxLength(LiveSecrets.OperationIdMaxLength);
        participant.Property(p => p.TokenHash).HasMaxLength(AccessTokenRules.HashLength);
        participant.Property(p => p.Language).HasMaxLength(5);
        participant.Property(p => p.Kind).HasMaxLength(LiveParticipant.KindMaxLength);
        participant.HasOne<LiveRoom>().WithMany().HasForeignKey(p => p.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
