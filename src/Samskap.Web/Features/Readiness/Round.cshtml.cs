using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>One round: the link to share, how many have answered, and the result once enough have.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class RoundModel(AppDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public string ProjectTitle { get; private set; } = "";
    public bool CanLead { get; private set; }
    public RoundSummary Summary { get; private set; } = null!;
    public bool IAnswered { get; private set; }

    public string InvitationUrl => $"{Request.Scheme}://{Request.Host}/readiness/answer/{Summary.Round.InvitationToken}";

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
            round.ClosedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/projects/{Id}/readiness/rounds/{RoundId}?closed=true");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == Id)
            .Select(p => new { p.Title, p.OwnerUserId })
            .FirstOrDefaultAsync(cancellationToken);
        var summary = project is null
            ? null
            : (await ProjectReadiness.RoundsAsync(db, Id, NorwegianTime.Today(clock), cancellationToken)).FirstOrDefault(r => r.Round.Id == RoundId);
        if (summary is null)
        {
            return NotFound();
        }

        ProjectTitle = project!.Title;
        CanLead = ReadinessLeaders.CanLead(tenant, User, project.OwnerUserId);
        Summary = summary;
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        IAnswered = await db.ReadinessResponses.AnyAsync(r => r.RoundId == RoundId && r.RespondentUserId == userId && r.Answers != "", cancellationToken);
        return null;
    }
}
