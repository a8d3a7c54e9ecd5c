using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Veivalg;

/// <summary>Veivalg's part of the project overview: the current decision, and the way to make one.</summary>
public sealed class VeivalgSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock, ProjectSectionCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The decision is cached with the decider's name: a changed name raises the project's data version too.
        var current = (await cache.GetOrLoadAsync(scope, nameof(VeivalgSection), NorwegianTime.Today(clock),
            async () => new Current(await ProjectDecisions.CurrentAsync(db, scope.Id, HttpContext.RequestAborted)))).Decision;
        var latest = current is null ? null : await ProjectReadiness.LatestAsync(db, scope.Id, clock, HttpContext.RequestAborted);
        return View("/Features/Veivalg/_VeivalgSection.cshtml", new VeivalgSection(scope.Id, current, ProjectDecisions.Overtaken(current, latest), scope.CanEdit));
    }

    private sealed record Current(DecisionRow? Decision);
}

public sealed record VeivalgSection(Guid ProjectId, DecisionRow? Current, OvertakenDecision? Overtaken, bool CanEdit);
