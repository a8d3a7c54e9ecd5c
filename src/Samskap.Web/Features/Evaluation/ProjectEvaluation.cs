using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Evaluation;

/// <summary>One session's pulse: its figures, and the open answers the wall would show (the held ones only counted).</summary>
public sealed record SessionPulseView(Guid SessionId, string Title, DateOnly Date, string? Phase, SessionPulse Pulse, int Respondents, IReadOnlyList<string> OpenAnswers, int OpenHeld);

/// <summary>A round with its state today and its results.</summary>
public sealed record RoundView(EvaluationRound Round, RoundState State, RoundResult Result);

/// <summary>A decision citizens' knowledge changed, with what it built on: the log's own words, and the contributions and ideas it cites.</summary>
public sealed record ChangedDecision(Guid Id, string Title, DateOnly DecidedOn, string Note, string BasedOnText, IReadOnlyList<string> Cited);

/// <summary>Whose knowledge shaped the project.</summary>
public sealed record ProvenanceView(
    IReadOnlyList<(string Kind, int Count)> ContributionsByKind,
    IReadOnlyList<(string Phase, int Count)> ContributionsByPhase,
    ProvenanceShare Decisions,
    IReadOnlyList<ChangedDecision> Changed);

/// <summary>Everything the evaluation shows of a project: the pulse per session (oldest first, for the trend), the rounds (newest first) and the provenance.</summary>
public sealed record EvaluationView(IReadOnlyList<SessionPulseView> Pulse, IReadOnlyList<RoundView> Rounds, ProvenanceView Provenance, IReadOnlyList<PhaseView> Phases)
{
    /// <summary>The newest round that has any gap, for the page to put first.</summary>
    public RoundView? RoundWithGaps => Rounds.FirstOrDefault(r => r.Result.Gaps.Count > 0);
}

/// <summary>
/// Reads a project's evaluation in one place, for the page, the API and the report: a few plain
/// queries in the slice, and the rules (<see cref="PulseEvaluation"/>, <see cref="RoundEvaluation"/>,
/// <see cref="Provenance"/>) over what they return.
/// </summary>
public static class ProjectEvaluation
{
    /// <summary>The phase a contribution with no phase is counted under: a partner's contribution in the ledger, or a session without a phase.</summary>
    public const string NoPhase = "none";

    public static IReadOnlyList<string> ParticipantKinds { get; } = [.. PartnershipWords.PartnerKinds.Select(PartnershipWords.Word)];

    public static async Task<EvaluationView> LoadAsync(AppDbContext db, ProjectScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pulseViews = await SessionPulsesAsync(db, scope.Id, null, cancellationToken);

        var roundViews = await RoundsAsync(db, scope, clock, null, cancellationToken);
        var phases = await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken);
        return new EvaluationView(pulseViews, roundViews, await ProvenanceAsync(db, scope, phases, cancellationToken), phases);
    }

    /// <summary>The project's rounds with their results, newest first; or one round only.</summary>
    public static async Task<IReadOnlyList<RoundView>> RoundsAsync(AppDbContext db, ProjectScope scope, TimeProvider clock, Guid? onlyRound, CancellationToken cancellationToken)
    {
        var today = NorwegianTime.Today(clock);
        var rounds = await db.EvaluationRounds.AsNoTracking()
            .Where(r => r.ProjectId == scope.Id && (onlyRound == null || r.Id == onlyRound))
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var responses = await db.EvaluationResponses.AsNoTracking()
            .Where(r => roundIds.Contains(r.RoundId))
            .Select(r => new { r.RoundId, r.Group, r.Answers })
            .ToListAsync(cancellationToken);
        return rounds
            .Select(r => new RoundView(
                r,
                scope.IsArchived ? RoundState.Closed : r.StateOn(today),
                RoundEvaluation.Of(responses.Where(x => x.RoundId == r.Id).Select(x => new GroupResponse(x.Group, x.Answers)))))
            .ToList();
    }

    /// <summary>The pulse of the project's sessions that have one, oldest first; or of one session only.</summary>
    public static async Task<IReadOnlyList<SessionPulseView>> SessionPulsesAsync(AppDbContext db, Guid projectId, Guid? onlySession, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.ProjectId == projectId && (onlySession == null || s.Id == onlySession))
            .Select(s => new { s.Id, s.Title, s.Date, s.Start, s.Phase })
            .ToListAsync(cancellationToken);
        var pulse = await PulseAsync(db, [.. sessions.Select(x => x.Id)], cancellationToken);
        return sessions
            .Where(s => pulse.ContainsKey(s.Id))
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s =>
            {
                var rows = pulse[s.Id];
                var answers = rows.SelectMany(r => r.Values
                    .Where(v => PulseStatements.IsStatement(v.Key))
                    .Select(v => new PulseAnswer(v.Key, v.Value, r.ParticipantKind)));
                var open = rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
                return new SessionPulseView(
                    s.Id, s.Title, s.Date, s.Phase,
                    PulseEvaluation.Of(answers, PulseStatements.Ids, ParticipantKinds, Provenance.NotSaid),
                    rows.Select(r => r.ParticipantId).Distinct().Count(),
                    [.. open.Where(r => !r.Held && !r.Hidden).OrderBy(r => r.CreatedAt).Select(r => r.Text!)],
                    open.Count(r => r.Held));
            })
            .ToList();
    }

    private sealed record PulseRow(Guid SessionId, Guid ParticipantId, Dictionary<string, int> Values, string? ParticipantKind, string? Text, bool Held, bool Hidden, DateTime CreatedAt);

    private static async Task<Dictionary<Guid, List<PulseRow>>> PulseAsync(AppDbContext db, IReadOnlyList<Guid> sessionIds, CancellationToken cancellationToken)
    {
        // By the sessions' ids rather than a join: the index on (organisation, kind, session) then reads only the pulse rows.
        var rows = await db.LiveContributions.AsNoTracking()
            .Where(c => c.Kind == ActivityKind.Pulse && sessionIds.Contains(c.SessionId))
            .Select(c => new PulseRow(c.SessionId, c.ParticipantId, c.Values, c.ParticipantKind, c.Text, c.Held, c.Hidden, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SessionId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>A phase's place in the project's order; a phase since removed after those, and no phase last.</summary>
    private static int PhaseOrder(IReadOnlyList<PhaseView> phases, string phase)
    {
        if (phase == NoPhase)
        {
            return int.MaxValue;
        }

        var index = phases.Select(p => p.Id).ToList().IndexOf(phase);
        return index < 0 ? phases.Count : index;
    }

    private static async Task<ProvenanceView> ProvenanceAsync(AppDbContext db, ProjectScope scope, IReadOnlyList<PhaseView> phases, CancellationToken cancellationToken)
    {
        var partnerKinds = await db.Partners.AsNoTracking()
            .Where(p => p.ProjectId == scope.Id)
            .Select(p => new { p.Id, p.Name, p.Kind })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var ledger = await db.Contributions.AsNoTracking()
            .Where(c => c.ProjectId == scope.Id)
            .Select(c => new { c.Id, c.PartnerId, c.Description })
            .ToListAsync(cancellationToken);
        var sessionPhases = await db.Sessions.AsNoTracking()
            .Where(s => s.ProjectId == scope.Id)
            .Select(s => new { s.Id, s.Phase })
            .ToDictionaryAsync(s => s.Id, s => s.Phase, cancellationToken);
        var sessionIds = sessionPhases.Keys.ToList();
        // Counted in the database from a covering index (organisation, kind, session, merged, kind of participant): a project may hold tens of thousands.
        var ideas = (await db.LiveContributions.AsNoTracking()
                .Where(c => c.Kind == ActivityKind.Ideas && c.MergedIntoId == null && sessionIds.Contains(c.SessionId))
                .GroupBy(c => new { c.SessionId, c.ParticipantKind })
                .Select(g => new { g.Key.SessionId, g.Key.ParticipantKind, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(i => new { i.ParticipantKind, Phase = sessionPhases[i.SessionId], i.Count })
            .ToList();

        string PartnerKindOf(Guid partnerId) => PartnershipWords.Word(partnerKinds[partnerId].Kind);

        var byKind = Provenance.ByKind(ledger.Select(c => PartnerKindOf(c.PartnerId))
            .Concat(ideas.SelectMany(i => Enumerable.Repeat(i.ParticipantKind, i.Count))));
        var byPhase = ideas
            .Select(i => (Phase: i.Phase ?? NoPhase, i.Count))
            .Append((Phase: NoPhase, ledger.Count))
            .GroupBy(x => x.Phase, StringComparer.Ordinal)
            .Select(g => (Phase: g.Key, Count: g.Sum(x => x.Count)))
            .Where(x => x.Count > 0)
            .OrderBy(x => PhaseOrder(phases, x.Phase))
            .ThenBy(x => x.Phase, StringComparer.Ordinal)
            .ToList();

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.ProjectId == scope.Id)
            .Include(d => d.Contributions)
            .Include(d => d.LiveContributions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var citedIdeaIds = decisions.SelectMany(d => d.LiveContributions.Select(c => c.LiveContributionId)).Distinct().ToList();
        var citedIdeas = await db.LiveContributions.AsNoTracking()
            .Where(c => citedIdeaIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ParticipantKind, c.Text })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var ledgerById = ledger.ToDictionary(c => c.Id);
        var corrected = decisions.Where(d => d.CorrectsId is not null).Select(d => d.CorrectsId!.Value).ToHashSet();

        IReadOnlyCollection<string> KindsCited(DecisionEntry d) =>
        [
            .. d.Contributions.Where(c => ledgerById.ContainsKey(c.ContributionId)).Select(c => PartnerKindOf(ledgerById[c.ContributionId].PartnerId)),
            .. d.LiveContributions.Where(c => citedIdeas.ContainsKey(c.LiveContributionId)).Select(c => citedIdeas[c.LiveContributionId].ParticipantKind ?? Provenance.NotSaid),
        ];

        IReadOnlyList<string> Cited(DecisionEntry d) =>
        [
            .. d.Contributions.Where(c => ledgerById.ContainsKey(c.ContributionId))
                .Select(c => ledgerById[c.ContributionId]).Select(c => $"{partnerKinds[c.PartnerId].Name}: {c.Description}"),
            .. d.LiveContributions.Where(c => citedIdeas.ContainsKey(c.LiveContributionId)).Select(c => citedIdeas[c.LiveContributionId].Text ?? ""),
        ];

        var share = Provenance.Share(decisions.Select(d => new DecisionBasis(d.Id, KindsCited(d), corrected.Contains(d.Id))));
        var changed = decisions
            .Where(d => !corrected.Contains(d.Id) && d.CitizenKnowledgeChanged == KnowledgeChanged.Yes)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.CreatedAt)
            .Select(d => new ChangedDecision(d.Id, d.Title, d.DecidedOn, d.CitizenKnowledgeNote, d.BasedOnText, Cited(d)))
            .ToList();
        return new ProvenanceView(byKind, byPhase, share, changed);
    }
}
