using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Decisions;

/// <summary>The decision log on the overview: how many decisions, and how many citizens' knowledge changed.</summary>
public sealed class DecisionsSectionViewComponent(ProjectScope scope, AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var counts = await db.Decisions.AsNoTracking()
            .Where(d => d.ProjectId == scope.Id)
            .GroupBy(d => d.CitizenKnowledgeChanged)
            .Select(g => new { Changed = g.Key, Count = g.Count() })
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Decisions/_DecisionsSection.cshtml", new DecisionsSection(
            scope.Id,
            counts.Sum(c => c.Count),
            counts.Where(c => c.Changed == KnowledgeChanged.Yes).Sum(c => c.Count)));
    }
}

public sealed record DecisionsSection(Guid ProjectId, int Decisions, int ChangedByCitizens);
