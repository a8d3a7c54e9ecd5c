using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

/// <summary>A project's current approach decision and the history of earlier ones.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectModel(ProjectScope scope, AppDbContext db) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Decisions = await ProjectDecisions.Of(db, scope.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
