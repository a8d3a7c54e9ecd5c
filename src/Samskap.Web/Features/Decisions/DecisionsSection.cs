using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Decisions;

/// <summary>The decision log on the overview: how many decisions, and how many citizens' knowledge changed.</summary>
public sealed class DecisionsSectionViewComponent(ProjectScope scope, AppDbContext db, ProjectSectionCache cache, TimeProvider clock) : ViewComponent
{
    /// <summary>How many of the project's decisions say each answer to "did citizens' knowledge change it?".</summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, IAsyncEnumerable<KnowledgeCount>>> _counts = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId) => db.Set<DecisionEntry>().AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .GroupBy(d => d.CitizenKnowledgeChanged)
            .Select(g => new KnowledgeCount(g.Key, g.Count()))));

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var counts = await cache.GetOrLoadAsync(scope, nameof(DecisionsSection), NorwegianTime.Today(clock),
            async () => await _counts.For(db)(db, scope.Id).ToListAsync(HttpContext.RequestAborted));
        return View("/Features/Decisions/_DecisionsSection.cshtml", new DecisionsSection(
            scope.Id,
            counts.Sum(c => c.Count),
            counts.Where(c => c.Changed == KnowledgeChanged.Yes).Sum(c => c.Count)));
    }

    private sealed record KnowledgeCount(KnowledgeChanged Changed, int Count);
}

public sealed record DecisionsSection(Guid ProjectId, int Decisions, int ChangedByCitizens);
