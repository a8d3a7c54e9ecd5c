using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Readiness;

/// <summary>One round: the link to share, how many have answered, and the result once enough have.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class RoundModel(ProjectScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public bool CanLead => scope.CanLead;
    public RoundSummary Summary { get; private set; } = null!;
    public bool IAnswered { get; private set; }

    public string InvitationUrl => $"{Request.Scheme}://{Request.Host}{ReadinessRoutes.Answer(Summary.Round.InvitationToken)}";

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

        var round = await db.ReadinessRounds.FirstAsync(r => r.Id == RoundId, cancellationToken);
        if (round.StateOn(NorwegianTime.Today(clock)) != RoundState.Closed)
        {
            round.ClosedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(ReadinessRoutes.RoundClosed(scope.Id, RoundId));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var summary = (await ProjectReadiness.RoundsAsync(db, scope.Id, NorwegianTime.Today(clock), cancellationToken))
            .FirstOrDefault(r => r.Round.Id == RoundId);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = await db.ReadinessResponses.AsNoTracking()
            .Where(r => r.RoundId == RoundId && r.RespondentUserId == userId)
            .Select(r => r.Answers)
            .FirstOrDefaultAsync(cancellationToken);
        IAnswered = mine is { Count: > 0 };
        return null;
    }
}
