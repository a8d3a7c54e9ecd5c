using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Evaluation;

/// <summary>One session's pulse: each statement's mean, distribution and answers, split by participant kind, and the open answers as the wall would show them.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class SessionModel(ProjectScope scope, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    public ProjectScope Scope => scope;
    public SessionPulseView Pulse { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EvaluationAccess.CanSee(scope))
        {
            return Forbid();
        }

        var pulses = await ProjectEvaluation.SessionPulsesAsync(db, scope.Id, SessionId, cancellationToken);
        if (pulses is not [var pulse])
        {
            return NotFound();
        }

        Pulse = pulse;
        return Page();
    }
}
