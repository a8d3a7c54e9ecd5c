using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Web.Features.Projects;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Project? Project { get; private set; }

    public DecisionRow? CurrentDecision { get; private set; }

    public LatestReadiness? Readiness { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await db.Projects.AsNoTracking().Include(p => p.Owner).FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (Project is null)
        {
            return NotFound();
        }

        CurrentDecision = await ProjectDecisions.Of(db, Id).FirstOrDefaultAsync(cancellationToken);
        Readiness = await ProjectReadiness.LatestAsync(db, Id, clock, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) =>
        SetArchivedAsync(DateTime.UtcNow, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        SetArchivedAsync(null, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(DateTime? archivedAt, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        project.ArchivedAt = archivedAt;
        project.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/projects/{project.Id}");
    }
}
