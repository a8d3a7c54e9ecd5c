using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

/// <summary>A project's current approach decision and the history of earlier ones.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    public string ProjectTitle { get; private set; } = "";
    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await ProjectDecisions.ProjectTitleAsync(db, Id, activeOnly: false, cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        ProjectTitle = title;
        Decisions = await ProjectDecisions.Of(db, Id).ToListAsync(cancellationToken);
        return Page();
    }
}
