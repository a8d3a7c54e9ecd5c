using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Decisions;

/// <summary>The decision log: every decision with what it built on, the Veivalg decisions among them.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class IndexModel(ProjectScope scope, AppDbContext db) : PageModel
{
    public ProjectScope Scope => scope;

    public DecisionLog Log { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        return Page();
    }
}
