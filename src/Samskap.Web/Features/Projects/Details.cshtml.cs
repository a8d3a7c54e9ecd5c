using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// The project overview. It shows the project's own facts; every feature adds its section through
/// <see cref="ProjectSection"/>, so this page knows none of them.
/// </summary>
public sealed class DetailsModel(ProjectScope scope, IEnumerable<ProjectSection> sections, AppDbContext db, TimeProvider clock) : PageModel
{
    public ProjectFacts Project => scope.Project;
    public ProjectScope Scope => scope;

    public IReadOnlyList<ProjectSection> Sections { get; } = sections.OrderBy(s => s.Order).ToList();

    public IActionResult OnGet() => Page();

    /// <summary>Archiving is for the organisation's own people who may edit; external partners and viewers only read.</summary>
    public bool MayArchive => !scope.IsExternalPartner && scope.Role != ProjectRole.Viewer;

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) =>
        SetArchivedAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        SetArchivedAsync(null, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(DateTime? archivedAt, CancellationToken cancellationToken)
    {
        if (!MayArchive)
        {
            return NotFound();
        }

        var project = await db.Projects.FirstAsync(p => p.Id == scope.Id, cancellationToken);
        project.ArchivedAt = archivedAt;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(ProjectRoutes.Details(project.Id));
    }
}
