using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

/// <summary>One decision on a page of its own, made for printing.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class DecisionModel(ProjectScope scope, AppDbContext db) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid DecisionId { get; set; }

    public ApproachDecision? Decision { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Decision = await db.ApproachDecisions.AsNoTracking().Include(d => d.DecidedBy)
            .FirstOrDefaultAsync(d => d.Id == DecisionId && d.ProjectId == scope.Id, cancellationToken);
        return Decision is null ? NotFound() : Page();
    }
}
