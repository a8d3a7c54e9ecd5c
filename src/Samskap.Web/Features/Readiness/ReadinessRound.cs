using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

public enum RoundState
{
    Scheduled,
    Open,
    Closed,
}

/// <summary>
/// One readiness assessment of a project: the team answers the statements between the opening and
/// the closing date, or until the leader closes it early.
/// </summary>
public class ReadinessRound : IOrganizationOwned, IHasCreatedAt
{
    /// <summary>A round may run for at most this long, so that a forgotten round does not stay open for years.</summary>
    public const int MaxLengthInDays = 92;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>1 for the project's first round, and so on; shown to people instead of an id.</summary>
    public int Number { get; set; }

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>Set when the leader closes the round before its closing date.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// The secret part of the link the leader shares with the team. Stored as given, because the
    /// leader copies the link again while the round runs; it only opens the round for members of
    /// the organisation.
    /// </summary>
    public string InvitationToken { get; set; } = NewToken();

    public string CreatedByUserId { get; set; } = "";
    public AppUser? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    public RoundState StateOn(DateOnly today) => RoundDates.StateOn(OpensOn, ClosesOn, ClosedAt, today);

    /// <summary>256 random bits as lowercase hex: the app lowercases URLs, so the token must survive that.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static bool LooksLikeToken(string? token) =>
        token is { Length: 64 } && token.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
}

/// <summary>
/// One person's answers in a round. The person is stored only so that they can come back and change
/// their answers; results never show who answered what.
/// </summary>
public class ReadinessResponse : IOrganizationOwned, IHasUpdatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid RoundId { get; set; }
    public string RespondentUserId { get; set; } = "";

    /// <summary>Statement id → 1…5, or null for "don't know"; a statement not yet answered is absent. Stored as one JSON object.</summary>
    public Dictionary<string, int?> Answers { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}

internal sealed class ReadinessRoundConfiguration : IEntityTypeConfiguration<ReadinessRound>
{
    public void Configure(EntityTypeBuilder<ReadinessRound> round)
    {
        round.ToTable("ReadinessRounds");
        round.HasIndex(r => new { r.OrganizationId, r.ProjectId, r.Number }).IsUnique();
        round.HasIndex(r => r.InvitationToken).IsUnique();
        round.Property(r => r.InvitationToken).HasMaxLength(64);
        round.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReadinessResponseConfiguration : IEntityTypeConfiguration<ReadinessResponse>
{
    public void Configure(EntityTypeBuilder<ReadinessResponse> response)
    {
        response.ToTable("ReadinessResponses");
        response.HasIndex(r => new { r.RoundId, r.RespondentUserId }).IsUnique();
        response.Property(r => r.Answers).IsJsonColumn();
        response.HasOne<ReadinessRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        response.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RespondentUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The readiness feature's tables, declared here rather than on AppDbContext.</summary>
public static class ReadinessTables
{
    extension(AppDbContext db)
    {
        public DbSet<ReadinessRound> ReadinessRounds => db.Set<ReadinessRound>();
        public DbSet<ReadinessResponse> ReadinessResponses => db.Set<ReadinessResponse>();
        public DbSet<RoundInvitee> RoundInvitees => db.Set<RoundInvitee>();
    }
}
