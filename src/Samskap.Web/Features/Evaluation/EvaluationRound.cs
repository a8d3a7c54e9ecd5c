using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Evaluation;

/// <summary>
/// One core-element evaluation of a project, at a milestone or at the end: leaders, partners and
/// participants answer the same statements between the opening and the closing date, or until the
/// leader closes it early. Participants come in through the link or the code, without an account:
/// that page finds the round by its token or code with the filter lifted, and names the round's
/// organisation in every query after that (as the readiness answering link does).
/// </summary>
public class EvaluationRound : IOrganizationOwned, IHasCreatedAt
{
    public const int MaxLengthInDays = ReadinessRound.MaxLengthInDays;
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>1 for the project's first round, and so on; shown to people instead of an id.</summary>
    public int Number { get; set; }

    /// <summary>What the round marks, in the leader's words: "Etter utprøvingen", "Sluttevaluering".</summary>
    public string Title { get; set; } = "";

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>The secret of the participants' link; stored as given, because the leader shares it again while the round runs.</summary>
    public string ParticipantToken { get; set; } = ReadinessRound.NewToken();

    /// <summary>The short code participants type, for the projector or a paper slip. Unique among all rounds.</summary>
    public string JoinCode { get; set; } = LiveSecrets.NewCode();

    public string CreatedByUserId { get; set; } = "";
    public AppUser? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    public RoundState StateOn(DateOnly today) => RoundDates.StateOn(OpensOn, ClosesOn, ClosedAt, today);
}

/// <summary>
/// One set of answers in a round. A signed-in person's answers name them only so they can come back
/// and change them; a participant's name no one: the phone keeps a secret whose hash is stored here,
/// and nothing else links the answers to a person. Results never show who answered what.
/// </summary>
public class EvaluationResponse : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid RoundId { get; set; }
    public EvaluationGroup Group { get; set; }

    /// <summary>The leader's or partner's account; null for a participant.</summary>
    public string? RespondentUserId { get; set; }

    /// <summary>The SHA-256 of the participant's secret, so the same phone can change its answers; null for a signed-in person.</summary>
    public string? SecretHash { get; set; }

    /// <summary>Statement id → 1…5, or null for "vet ikke". Stored as one JSON object.</summary>
    public Dictionary<string, int?> Answers { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> round)
    {
        round.ToTable("EvaluationRounds");
        round.HasIndex(r => new { r.OrganizationId, r.ProjectId, r.Number }).IsUnique();
        round.HasIndex(r => r.ParticipantToken).IsUnique();
        round.HasIndex(r => r.JoinCode).IsUnique();
        round.Property(r => r.Title).HasMaxLength(EvaluationRound.TitleMaxLength);
        round.Property(r => r.ParticipantToken).HasMaxLength(64);
        round.Property(r => r.JoinCode).HasMaxLength(LiveSecrets.CodeLength);
        round.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationResponseConfiguration : IEntityTypeConfiguration<EvaluationResponse>
{
    public void Configure(EntityTypeBuilder<EvaluationResponse> response)
    {
        response.ToTable("EvaluationResponses");
        response.HasIndex(r => new { r.OrganizationId, r.RoundId });
        response.HasIndex(r => new { r.RoundId, r.RespondentUserId }).IsUnique();
        response.HasIndex(r => new { r.RoundId, r.SecretHash }).IsUnique();
        response.Property(r => r.Group).HasConversion<string>().HasMaxLength(20);
        response.Property(r => r.SecretHash).HasMaxLength(64);
        response.Property(r => r.Answers).IsJsonColumn();
        response.HasOne<EvaluationRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        response.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RespondentUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The evaluation's tables, declared here rather than on AppDbContext.</summary>
public static class EvaluationTables
{
    extension(AppDbContext db)
    {
        public DbSet<EvaluationRound> EvaluationRounds => db.Set<EvaluationRound>();
        public DbSet<EvaluationResponse> EvaluationResponses => db.Set<EvaluationResponse>();
    }
}
