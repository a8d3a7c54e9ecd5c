using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Actions;

/// <summary>The actions on the overview: how many are open, and the overdue ones by name.</summary>
public sealed class ActionsSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = NorwegianTime.Today(clock);
        var open = await db.ProjectActions.AsNoTracking().Include(a => a.Owner)
            .Where(a => a.ProjectId == scope.Id && a.Status == ActionStatus.Open)
            .OrderBy(a => a.Due)
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Actions/_ActionsSection.cshtml", new ActionsSection(
            scope.Id, open.Count, [.. open.Where(a => ActionRules.IsOverdue(a.Status, a.Due, today))]));
    }
}

public sealed record ActionsSection(Guid ProjectId, int Open, IReadOnlyList<ProjectAction> Overdue);
