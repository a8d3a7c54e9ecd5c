using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Actions;

public static class ActionContextLoader
{
    /// <summary>Who may own an action, which decisions it may carry out, and which readiness points it may address.</summary>
    public static async Task<(ActionContext Context, IReadOnlyList<ProjectPersonView> People)> LoadAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var people = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        var decisions = await db.Decisions.Where(d => d.ProjectId == scope.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        return (new ActionContext(people.Select(p => p.Id).ToHashSet(), decisions.ToHashSet(), ReadinessScoring.PointIds.ToHashSet()), people);
    }

    public static ProjectAction Create(CheckedAction action, Guid organizationId, Guid projectId, DateTime now) =>
        Apply(action, new ProjectAction { OrganizationId = organizationId, ProjectId = projectId }, now);

    public static ProjectAction Apply(CheckedAction action, ProjectAction stored, DateTime now)
    {
        stored.Title = action.Title;
        stored.OwnerUserId = action.OwnerId;
        stored.Due = action.Due;
        stored.DecisionId = action.DecisionId;
        stored.Point = action.Point;
        SetStatus(stored, action.Status, now);
        return stored;
    }

    public static void SetStatus(ProjectAction stored, ActionStatus status, DateTime now)
    {
        if (stored.Status != status || (status == ActionStatus.Done && stored.DoneAt is null))
        {
            stored.DoneAt = status == ActionStatus.Done ? now : null;
        }

        stored.Status = status;
    }
}
