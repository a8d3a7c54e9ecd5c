using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Evaluation;

/// <summary>One evaluation round: its gaps first, then every group's figures, and, while it runs, the link and code to share.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class RoundModel(ProjectScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public ProjectScope Scope => scope;
    public RoundView View { get; private set; } = null!;
    public bool CanLead => scope.CanLead;
    public bool CanAnswer => EvaluationAccess.GroupOf(scope) is not null && View.State == RoundState.Open;
    public bool IAnswered { get; private set; }
    public string ParticipantUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{EvaluationRoutes.Participate(View.Round.ParticipantToken)}";
    public string JoinUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{EvaluationRoutes.Join}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanLead)
        {
            return Forbid();
        }

        var round = await db.EvaluationRounds.FirstAsync(r => r.Id == RoundId, cancellationToken);
        if (round.StateOn(NorwegianTime.Today(clock)) != RoundState.Closed)
        {
            round.ClosedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(EvaluationRoutes.RoundClosed(scope.Id, RoundId));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!EvaluationAccess.CanSee(scope))
        {
            return Forbid();
        }

        if (await ProjectEvaluation.RoundsAsync(db, scope, clock, RoundId, cancellationToken) is not [var view])
        {
            return NotFound();
        }

        View = view;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        IAnswered = await db.EvaluationResponses.AnyAsync(r => r.RoundId == RoundId && r.RespondentUserId == userId, cancellationToken);
        return null;
    }
}
