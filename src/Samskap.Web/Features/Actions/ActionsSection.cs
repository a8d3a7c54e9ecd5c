using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Actions;

/// <summary>The actions on the overview: how many are open, and the overdue ones by name.</summary>
public sealed class ActionsSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock, ProjectSectionCache cache) : ViewComponent
{
    /// <summary>The open actions, soonest first, with only the three fields the section shows.</summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, IAsyncEnumerable<SectionAction>>> _open = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId) => db.Set<ProjectAction>().AsNoTracking()
            .Where(a => a.ProjectId == projectId && a.Status == ActionStatus.Open)
            .OrderBy(a => a.Due)
            .Select(a => new SectionAction(a.Title, a.Owner!.DisplayName, a.Due))));

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = NorwegianTime.Today(clock);
        // Cached with the owners' names: a changed name raises the project's data version too.
        var counted = await cache.GetOrLoadAsync(scope, nameof(ActionsSection), today, async () =>
        {
            var open = await _open.For(db)(db, scope.Id).ToListAsync(HttpContext.RequestAborted);
            return new Counted(open.Count, [.. open.Where(a => ActionRules.IsOverdue(ActionStatus.Open, a.Due, today))]);
        });
        return View("/Features/Actions/_ActionsSection.cshtml", new ActionsSection(scope.Id, counted.Open, counted.Overdue));
    }

    private sealed record Counted(int Open, IReadOnlyList<SectionAction> Overdue);
}

/// <summary>An open action as the overview names it once its day has passed.</summary>
public sealed record SectionAction(string Title, string OwnerName, DateOnly Due);

public sealed record ActionsSection(Guid ProjectId, int Open, IReadOnlyList<SectionAction> Overdue);
