using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

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
            .Select(d => new DecisionRow(d.Id, d.Approach, d.Status, d.DecidedBy!.DisplayName, d.DecidedAt, d.Rationale, d.Answers));
}
