using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Projects;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "archived")]
    public bool ShowArchived { get; set; }

    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Projects = await db.Projects
            .AsNoTracking()
            .Where(p => ShowArchived ? p.ArchivedAt != null : p.ArchivedAt == null)
            .OrderBy(p => p.Title)
            .Select(p => new ProjectRow(p.Id, p.Title, p.Status, p.Owner!.DisplayName, p.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public sealed record ProjectRow(Guid Id, string Title, ProjectStatus Status, string OwnerName, DateTime UpdatedAt);
}
