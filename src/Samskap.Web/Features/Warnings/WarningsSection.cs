using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Warnings;

/// <summary>The warnings at the top of the overview: what the project's own data says needs attention, each with where to act.</summary>
public sealed class WarningsSectionViewComponent(ProjectScope scope, AppDbContext db, ProjectSectionCache cache, TimeProvider clock, IStringLocalizer<WarningsText> text) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Warnings/_WarningsSection.cshtml", await ProjectWarnings.ForAsync(db, scope, cache, clock, text, HttpContext.RequestAborted));
}

/// <summary>The warnings' part of GET /api/v1/projects/{id}: [{"id": "no-citizen-partner", "text": "…"}], text in the caller's language.</summary>
public sealed class WarningsApiPart(AppDbContext db, ProjectSectionCache cache, TimeProvider clock, IStringLocalizer<WarningsText> text) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken) =>
        project["warnings"] = (await ProjectWarnings.ForAsync(db, scope, cache, clock, text, cancellationToken)).Select(w => new { id = w.Id, text = w.Text }).ToList();
}
