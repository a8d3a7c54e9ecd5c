using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Frames;

/// <summary>The frames' part of the project overview: the phase, the dates, used against planned, the next milestone and the open uncertainties.</summary>
public sealed class FramesSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var frames = await ProjectFrames.LoadAsync(db, scope, HttpContext.RequestAborted);
        return View("/Features/Frames/_FramesSection.cshtml", new FramesSection(scope.Id, frames, frames.NextMilestone(NorwegianTime.Today(clock))));
    }
}

public sealed record FramesSection(Guid ProjectId, FramesView Frames, Milestone? NextMilestone);
