using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Veivalg;

/// <summary>Veivalg's part of the project overview: the current decision, and the way to make one.</summary>
public sealed class VeivalgSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var current = await ProjectDecisions.CurrentAsync(db, scope.Id, HttpContext.RequestAborted);
        var latest = current is null ? null : await ProjectReadiness.LatestAsync(db, scope.Id, clock, HttpContext.RequestAborted);
        return View("/Features/Veivalg/_VeivalgSection.cshtml", new VeivalgSection(scope.Id, current, ProjectDecisions.Overtaken(current, latest), scope.CanEdit));
    }
}

public sealed record VeivalgSection(Guid ProjectId, DecisionRow? Current, OvertakenDecision? Overtaken, bool CanEdit);
