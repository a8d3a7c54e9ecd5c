using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Veivalg;

public sealed record DecisionRow(Guid Id, Approach Approach, ApproachStatus Status, string DecidedBy, DateTime DecidedAt, string Rationale, Dictionary<string, string> Answers);

public static class ProjectDecisions
{
    /// <summary>Whether the latest readiness result has overtaken the saved decision (see <see cref="DecisionNow"/>).</summary>
    public static OvertakenDecision? Overtaken(DecisionRow? decision, Readiness.LatestReadiness? latest) =>
        decision is null
            ? null
            : DecisionNow.Check(decision.Approach, decision.Status, decision.Answers, latest?.RoundNumber, latest?.RedPrerequisites ?? []);

    /// <summary>A project's decisions, newest (the current one) first.</summary>
    public static IQueryable<DecisionRow> Of(AppDbContext db, Guid projectId) =>
        db.ApproachDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.DecidedAt)
            .Select(_row);

    /// <summary>The current decision, or null when none is made; compiled, because the overview asks for it on every visit.</summary>
    public static Task<DecisionRow?> CurrentAsync(AppDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        _current.For(db)(db, projectId, cancellationToken);

    private static readonly Expression<Func<ApproachDecision, DecisionRow>> _row =
        d => new DecisionRow(d.Id, d.Approach, d.Status, d.DecidedBy!.DisplayName, d.DecidedAt, d.Rationale, d.Answers);

    private static readonly SectionQueries<Func<AppDbContext, Guid, CancellationToken, Task<DecisionRow?>>> _current = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId, CancellationToken cancellationToken) => db.Set<ApproachDecision>().AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.DecidedAt)
            .Select(_row)
            .FirstOrDefault()));
}
