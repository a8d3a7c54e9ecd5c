using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Veivalg;

public sealed record DecisionRow(Guid Id, Approach Approach, ApproachStatus Status, string DecidedBy, DateTime DecidedAt, string Rationale);

public static class ProjectDecisions
{
    /// <summary>A project's decisions, newest (the current one) first.</summary>
    public static IQueryable<DecisionRow> Of(AppDbContext db, Guid projectId) =>
        db.ApproachDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.DecidedAt)
            .Select(d => new DecisionRow(d.Id, d.Approach, d.Status, d.DecidedBy!.DisplayName, d.DecidedAt, d.Rationale));
}
