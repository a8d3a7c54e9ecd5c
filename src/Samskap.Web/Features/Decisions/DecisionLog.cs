using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Web.Features.Decisions;

/// <summary>A Veivalg approach decision, as it stands in the same log.</summary>
public sealed record ApproachEntry(Guid Id, Approach Approach, string Rationale, string DecidedBy, DateTime DecidedAt);

/// <summary>An idea a participant gave in one of the project's live sessions, as a decision may cite it.</summary>
public sealed record LiveIdeaView(Guid Id, Guid SessionId, string SessionTitle, DateOnly SessionDate, string Text, string? ParticipantKind);

/// <summary>The project's decision log with what its entries cite, read once.</summary>
public sealed record DecisionLog(
    IReadOnlyList<DecisionEntry> Entries,
    IReadOnlyList<ApproachEntry> Approaches,
    IReadOnlyList<ProjectPersonView> People,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<LiveIdeaView> CitedLiveIdeas)
{
    public LiveIdeaView? LiveIdeaOf(Guid id) => CitedLiveIdeas.FirstOrDefault(i => i.Id == id);

    public string PersonName(string userId) => People.FirstOrDefault(p => p.Id == userId)?.Name ?? "";

    public string PartnerName(Guid partnerId) => Partners.FirstOrDefault(p => p.Id == partnerId)?.Name ?? "";

    public Contribution? ContributionOf(Guid id) => Contributions.FirstOrDefault(c => c.Id == id);

    public DecisionEntry? Entry(Guid id) => Entries.FirstOrDefault(e => e.Id == id);

    /// <summary>The later entries that correct this one.</summary>
    public IEnumerable<DecisionEntry> CorrectionsOf(Guid id) => Entries.Where(e => e.CorrectsId == id);

    /// <summary>What a new entry may cite; the live ideas are those the caller found citable (<see cref="CitableLiveIdsAsync"/>).</summary>
    public DecisionContext Context(DateOnly today, IReadOnlySet<Guid> citableLiveIdeas) => new(
        People.Select(p => p.Id).ToHashSet(),
        Partners.Select(p => p.Id).ToHashSet(),
        Contributions.Select(c => c.Id).ToHashSet(),
        citableLiveIdeas,
        Entries.Select(e => e.Id).ToHashSet(),
        today);

    public static async Task<DecisionLog> LoadAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var entries = await db.Decisions.AsNoTracking()
            .Include(d => d.Participants).Include(d => d.Partners).Include(d => d.Contributions).Include(d => d.LiveContributions).Include(d => d.RecordedBy)
            .Where(d => d.ProjectId == scope.Id)
            .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.CreatedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var approaches = await db.ApproachDecisions.AsNoTracking()
            .Where(d => d.ProjectId == scope.Id)
            .OrderByDescending(d => d.DecidedAt)
            .Select(d => new ApproachEntry(d.Id, d.Approach, d.Rationale, d.DecidedBy!.DisplayName, d.DecidedAt))
            .ToListAsync(cancellationToken);
        var people = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.ProjectId == scope.Id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        // Only the ideas the entries cite: a project's sessions may hold thousands, and the log shows few.
        var cited = entries.SelectMany(e => e.LiveContributions).Select(c => c.LiveContributionId).Distinct().ToList();
        var citedIdeas = cited.Count == 0
            ? []
            : await Ideas(db, scope, db.LiveContributions.Where(c => cited.Contains(c.Id))).ToListAsync(cancellationToken);
        return new DecisionLog(entries, approaches, people, partners, contributions, citedIdeas);
    }

    /// <summary>Every idea a new decision may cite, for the form, by session.</summary>
    public static Task<List<LiveIdeaView>> CitableLiveIdeasAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken) =>
        Ideas(db, scope, Citable(db)).ToListAsync(cancellationToken);

    /// <summary>Which of the given ids are ideas a new decision may cite; the rest are refused by the rules.</summary>
    public static async Task<IReadOnlySet<Guid>> CitableLiveIdsAsync(AppDbContext db, ProjectScope scope, IEnumerable<string> given, CancellationToken cancellationToken)
    {
        var ids = given.Select(text => Guid.TryParse(text, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        return ids.Count == 0
            ? new HashSet<Guid>()
            : (await Ideas(db, scope, Citable(db).Where(c => ids.Contains(c.Id))).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// The ideas on the walls: not those held back for personal data, hidden by the facilitator or
    /// merged into another, which were never shown as what the room said.
    /// </summary>
    private static IQueryable<LiveContribution> Citable(AppDbContext db) =>
        db.LiveContributions.Where(c => c.Kind == ActivityKind.Ideas && !c.Held && !c.Hidden && c.MergedIntoId == null && c.Text != null);

    /// <summary>The ideas among <paramref name="ideas"/> that were given in the project's sessions, in the order of the sessions.</summary>
    private static IQueryable<LiveIdeaView> Ideas(AppDbContext db, ProjectScope scope, IQueryable<LiveContribution> ideas) =>
        ideas.AsNoTracking()
            .Join(db.Sessions.Where(s => s.ProjectId == scope.Id), c => c.SessionId, s => s.Id, (c, s) => new { c, s })
            .OrderBy(x => x.s.Date).ThenBy(x => x.s.Start).ThenBy(x => x.c.CreatedAt)
            .Select(x => new LiveIdeaView(x.c.Id, x.s.Id, x.s.Title, x.s.Date, x.c.Text ?? "", x.c.ParticipantKind));
}

public static class DecisionWrites
{
    public static DecisionEntry Create(CheckedDecision decision, Guid organizationId, Guid projectId, string userId) => new()
    {
        OrganizationId = organizationId,
        ProjectId = projectId,
        Title = decision.Title,
        DecidedOn = decision.DecidedOn,
        BasedOnText = decision.BasedOnText,
        CitizenKnowledgeChanged = decision.CitizenKnowledgeChanged,
        CitizenKnowledgeNote = decision.CitizenKnowledgeNote,
        CorrectsId = decision.Corrects,
        RecordedByUserId = userId,
        Participants = [.. decision.ParticipantIds.Select(id => new DecisionParticipant { UserId = id })],
        Partners = [.. decision.PartnerIds.Select(id => new DecisionPartner { PartnerId = id })],
        Contributions = [.. decision.ContributionIds.Select(id => new DecisionContribution { ContributionId = id })],
        LiveContributions = [.. decision.LiveContributionIds.Select(id => new DecisionLiveContribution { LiveContributionId = id })],
    };
}
