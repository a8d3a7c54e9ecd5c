using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Evaluation;

/// <summary>The evaluation's part of the project overview: the latest round and its state, and the way in.</summary>
public sealed class EvaluationSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var latest = await db.EvaluationRounds.AsNoTracking()
            .Where(r => r.ProjectId == scope.Id)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        var state = latest is null ? (RoundState?)null : scope.IsArchived ? RoundState.Closed : latest.StateOn(NorwegianTime.Today(clock));
        return View("/Features/Evaluation/_EvaluationSection.cshtml", new EvaluationSection(scope.Id, latest, state, EvaluationAccess.CanSee(scope)));
    }
}

public sealed record EvaluationSection(Guid ProjectId, EvaluationRound? Latest, RoundState? State, bool CanSee);
