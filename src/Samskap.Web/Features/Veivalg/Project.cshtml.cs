using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

/// <summary>A project's current approach decision and the history of earlier ones.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectModel(ProjectScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public OvertakenDecision? Overtaken { get; private set; }

    /// <summary>Where the current decision leads; null before any decision.</summary>
    public NextStep? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Decisions = await ProjectDecisions.Of(db, scope.Id).ToListAsync(cancellationToken);
        if (Decisions.Count > 0 && Decisions[0] is var current)
        {
            Overtaken = ProjectDecisions.Overtaken(current, await ProjectReadiness.LatestAsync(db, scope.Id, clock, cancellationToken));
            var answers = AnswerSheet.FromStored(current.Answers);
            Next = NextStep.For(current.Approach, current.Status, scope.Id, answers.ToQuery());
        }

        return Page();
    }
}
