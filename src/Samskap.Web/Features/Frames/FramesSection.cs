using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Frames;

/// <summary>The frames' part of the project overview: the phase, the dates, used against planned, the next milestone and the open uncertainties.</summary>
public sealed class FramesSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock, ProjectSectionCache cache) : ViewComponent
{
    /// <summary>
    /// Only what the section shows, in one round trip beside the project's row: the frames page and
    /// the API read the whole lists.
    /// </summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, DateOnly, CancellationToken, Task<FactsRow>>> _facts = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId, DateOnly today, CancellationToken cancellationToken) => db.Set<Project>()
            .Where(p => p.Id == projectId)
            .Select(p => new FactsRow(
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.PlannedHours).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.UsedHours).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.PlannedNok).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.UsedNok).FirstOrDefault(),
                // MilestoneDates.Next, found by the database: the first on or after today, the earlier made first on the same day.
                db.Set<Milestone>().Where(m => m.ProjectId == projectId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.CreatedAt)
                    .Select(m => m.Title).FirstOrDefault(),
                db.Set<Milestone>().Where(m => m.ProjectId == projectId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.CreatedAt)
                    .Select(m => (DateOnly?)m.Date).FirstOrDefault(),
                db.Set<Uncertainty>().Count(u => u.ProjectId == projectId && u.Status == UncertaintyStatus.Open),
                // UncertaintyLog.IsHighHigh, counted by the database.
                db.Set<Uncertainty>().Count(
                    u => u.ProjectId == projectId && u.Status == UncertaintyStatus.Open && u.Likelihood == Level.High && u.Consequence == Level.High)))
            .First()));

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var today = NorwegianTime.Today(clock);
        var (facts, phases) = await cache.GetOrLoadAsync(scope, nameof(FramesSection), today, async () =>
            new Counted(await _facts.For(db)(db, scope.Id, today, cancellationToken), await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken)));
        return View("/Features/Frames/_FramesSection.cshtml", new FramesSection(
            scope.Id,
            scope.Project.StartsOn,
            scope.Project.EndsOn,
            new Budget(facts.PlannedHours, facts.UsedHours, facts.PlannedNok, facts.UsedNok),
            phases,
            facts.NextMilestoneDate is { } date ? new SectionMilestone(facts.NextMilestoneTitle ?? "", date) : null,
            facts.OpenUncertainties,
            facts.OpenHighHigh));
    }

    private sealed record Counted(FactsRow Facts, IReadOnlyList<PhaseView> Phases);

    private sealed record FactsRow(
        long? PlannedHours,
        long? UsedHours,
        long? PlannedNok,
        long? UsedNok,
        string? NextMilestoneTitle,
        DateOnly? NextMilestoneDate,
        int OpenUncertainties,
        int OpenHighHigh);
}

/// <summary>A milestone as the overview names it.</summary>
public sealed record SectionMilestone(string Title, DateOnly Date);

public sealed record FramesSection(
    Guid ProjectId,
    DateOnly? Start,
    DateOnly? End,
    Budget Budget,
    IReadOnlyList<PhaseView> Phases,
    SectionMilestone? NextMilestone,
    int OpenUncertainties,
    int OpenHighHigh);
