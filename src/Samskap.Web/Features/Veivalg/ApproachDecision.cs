using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Veivalg;

/// <summary>
/// A saved Veivalg result on a project. Decisions are never changed or deleted: a new decision is
/// added, and the latest is the project's current one.
/// </summary>
public class ApproachDecision : IOrganizationOwned, IHasCreatedAt
{
    public const int RationaleMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The nine answers: question id → "yes", "no" or "unsure". Stored as one JSON object.</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    public Approach Approach { get; set; }
    public ApproachStatus Status { get; set; }

    /// <summary>Rule ids, blocker ids and suggestion ids as the rules gave them, in their order.</summary>
    public List<string> Rules { get; set; } = [];
    public List<string> Blockers { get; set; } = [];
    public List<string> Suggestions { get; set; } = [];

    public string Rationale { get; set; } = "";
    public string DecidedByUserId { get; set; } = "";
    public AppUser? DecidedBy { get; set; }
    public DateTime DecidedAt { get; set; }

    DateTime IHasCreatedAt.CreatedAt { get => DecidedAt; set => DecidedAt = value; }

    /// <summary>All nine answers in question order; a question missing from an old row counts as unsure.</summary>
    public static Dictionary<string, string> StoredAnswers(IReadOnlyDictionary<string, Answer> answers) =>
        ApproachRules.Questions.ToDictionary(q => q, q => ApproachRules.Word(answers.TryGetValue(q, out var a) ? a : Answer.Unsure));

    public IReadOnlyDictionary<string, Answer> ParsedAnswers()
    {
        var answers = new Dictionary<string, Answer>();
        foreach (var (question, word) in Answers)
        {
            if (ApproachRules.TryParseAnswer(word, out var answer))
            {
                answers[question] = answer;
            }
        }

        return answers;
    }
}

internal sealed class ApproachDecisionConfiguration : IEntityTypeConfiguration<ApproachDecision>
{
    public void Configure(EntityTypeBuilder<ApproachDecision> decision)
    {
        decision.ToTable("ApproachDecisions");
        decision.HasIndex(d => new { d.OrganizationId, d.ProjectId, d.DecidedAt });
        decision.Property(d => d.Answers).IsJsonColumn();
        decision.Property(d => d.Rationale).HasMaxLength(ApproachDecision.RationaleMaxLength);
        decision.Property(d => d.Approach).HasConversion<string>().HasMaxLength(32);
        decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        decision.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The Veivalg feature's table, declared here rather than on AppDbContext.</summary>
public static class VeivalgTables
{
    extension(AppDbContext db)
    {
        public DbSet<ApproachDecision> ApproachDecisions => db.Set<ApproachDecision>();
    }
}
