using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Veivalg;

public sealed record DecisionRow(Guid Id, Approach Approach, ApproachStatus Status, string DecidedBy, DateTime DecidedAt, string Rationale);

public static class ProjectDecisions
{
    /// <summary>The title of a project of the current organisation; null when there is none (or, with activeOnly, it is archived).</summary>
    public static Task<string?> ProjectTitleAsync(AppDbContext db, Guid projectId, bool activeOnly, CancellationToken cancellationToken) =>
        db.Projects.Where(p => p.Id == projectId && (!activeOnly || p.ArchivedAt == null)).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A project's decisions, newest (the current one) first.</summary>
    public static IQueryable<DecisionRow> Of(AppDbContext db, Guid projectId) =>
        db.ApproachDecisions.AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.DecidedAt)
            .Select(d => new DecisionRow(d.Id, d.Approach, d.Status, d.DecidedBy!.DisplayName, d.DecidedAt, d.Rationale));
}
