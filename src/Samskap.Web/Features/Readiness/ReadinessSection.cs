using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Readiness;

/// <summary>Readiness's part of the project overview: the latest verdict, and the way to the rounds.</summary>
public sealed class ReadinessSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Readiness/_ReadinessSection.cshtml", new ReadinessSection(
            scope.Id,
            await ProjectReadiness.LatestAsync(db, scope.Id, clock, HttpContext.RequestAborted)));
}

public sealed record ReadinessSection(Guid ProjectId, LatestReadiness? Latest);
