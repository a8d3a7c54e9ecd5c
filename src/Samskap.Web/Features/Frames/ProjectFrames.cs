using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Frames;

/// <summary>An uncertainty with the name of the person who follows it up.</summary>
public sealed record UncertaintyView(Uncertainty Uncertainty, string OwnerName)
{
    public bool IsHighHigh => UncertaintyLog.IsHighHigh(Uncertainty.Likelihood, Uncertainty.Consequence);
}

/// <summary>Everything of a project's frames, as the frames page and the API read it (the overview reads less: <see cref="FramesSectionViewComponent"/>).</summary>
public sealed record FramesView(
    DateOnly? Start,
    DateOnly? End,
    Budget Budget,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ScopeItem> Scope,
    IReadOnlyList<UncertaintyView> Uncertainties,
    IReadOnlyList<PhaseView> Phases)
{
    public Milestone? NextMilestone(DateOnly today) => MilestoneDates.Next(Milestones, m => m.Date, today);
}

/// <summary>Reads and changes a project's frames; every query stays inside the current organisation.</summary>
public static class ProjectFrames
{
    public static async Task<FramesView> LoadAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var budget = await db.ProjectBudgets.AsNoTracking().FirstOrDefaultAsync(b => b.ProjectId == scope.Id, cancellationToken);
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.ProjectId == scope.Id)
            .OrderBy(m => m.Date).ThenBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        var scopeItems = await db.ScopeItems.AsNoTracking()
            .Where(i => i.ProjectId == scope.Id)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        var uncertainties = await db.Uncertainties.AsNoTracking()
            .Where(u => u.ProjectId == scope.Id)
            .Select(u => new UncertaintyView(u, u.Owner!.DisplayName))
            .ToListAsync(cancellationToken);
        return new FramesView(
            scope.Project.StartsOn,
            scope.Project.EndsOn,
            budget is null ? Budget.None : new Budget(budget.PlannedHours, budget.UsedHours, budget.PlannedNok, budget.UsedNok),
            milestones,
            scopeItems,
            UncertaintyLog.Ordered(uncertainties, u => u.Uncertainty.Status, u => u.Uncertainty.Likelihood, u => u.Uncertainty.Consequence, u => u.Uncertainty.CreatedAt),
            await PhasesAsync(db, scope.Id, cancellationToken));
    }

    /// <summary>Compiled, because the overview asks for the phases on every visit.</summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, IAsyncEnumerable<ProjectPhase>>> _phaseRows = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, ProjectPhase>((db, projectId) => db.Set<ProjectPhase>().AsNoTracking()
            .Where(p => p.ProjectId == projectId)
            .OrderBy(p => p.Position)));

    /// <summary>The project's phases in order: its own rows, or the defaults while it has none.</summary>
    public static async Task<IReadOnlyList<PhaseView>> PhasesAsync(AppDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var rows = await _phaseRows.For(db)(db, projectId).ToListAsync(cancellationToken);
        return rows.Count == 0 ? Frames.Phases.Defaults : rows.Select(View).ToList();
    }

    public static PhaseView View(ProjectPhase row) => new(row.Key ?? row.Id.ToString(), row.Key, row.Name, row.Skipped, row.Current);

    /// <summary>
    /// The project's phase rows, tracked for a change; a project still on the defaults gets the six
    /// written first. When another leader wrote them at the same moment, theirs are used.
    /// </summary>
    public static async Task<List<ProjectPhase>> PhaseRowsAsync(AppDbContext db, ProjectScope scope, Guid organizationId, CancellationToken cancellationToken)
    {
        var rows = await db.ProjectPhases.Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            return rows;
        }

        var defaults = Frames.Phases.Defaults.Select((phase, index) => new ProjectPhase
        {
            OrganizationId = organizationId,
            ProjectId = scope.Id,
            Key = phase.Key,
            Position = index,
            Current = phase.Current,
        }).ToList();
        db.ProjectPhases.AddRange(defaults);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return defaults;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.ProjectPhases.Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        }
    }
}

/// <summary>Saves the dates on the project and the amounts in its one budget row.</summary>
public static class FramesStore
{
    public static async Task SaveFramesAsync(AppDbContext db, Guid projectId, Guid organizationId, FrameValues values, CancellationToken cancellationToken)
    {
        try
        {
            await SaveOnceAsync(db, projectId, organizationId, values, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves at once both made a budget row; the second now finds the first's and updates it.
            db.ChangeTracker.Clear();
            await SaveOnceAsync(db, projectId, organizationId, values, cancellationToken);
        }
    }

    private static async Task SaveOnceAsync(AppDbContext db, Guid projectId, Guid organizationId, FrameValues values, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstAsync(p => p.Id == projectId, cancellationToken);
        project.StartsOn = values.Start;
        project.EndsOn = values.End;
        var budget = await db.ProjectBudgets.FirstOrDefaultAsync(b => b.ProjectId == projectId, cancellationToken);
        if (budget is null)
        {
            budget = new ProjectBudget { OrganizationId = organizationId, ProjectId = projectId };
            db.ProjectBudgets.Add(budget);
        }

        budget.PlannedHours = values.PlannedHours;
        budget.UsedHours = values.UsedHours;
        budget.PlannedNok = values.PlannedNok;
        budget.UsedNok = values.UsedNok;
        await db.SaveChangesAsync(cancellationToken);
    }
}
