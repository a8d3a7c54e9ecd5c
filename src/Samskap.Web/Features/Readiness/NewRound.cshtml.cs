using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>The project's leader starts a round with an opening and a closing date.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewRoundModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock, IStringLocalizer<ReadinessText> readinessText) : PageModel
{
    public const int DefaultLengthInDays = 14;

    public ProjectScope Scope => scope;

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public bool RoundAlreadyRunning { get; private set; }

    public sealed class RoundInput
    {
        public string? OpensOn { get; set; }
        public string? ClosesOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var today = NorwegianTime.Today(clock);
        Input.OpensOn = RoundDates.Format(today);
        Input.ClosesOn = RoundDates.Format(today.AddDays(DefaultLengthInDays));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } started)
        {
            return Redirect(started);
        }

        if (RoundAlreadyRunning)
        {
            return this.Refuse(StatusCodes.Status409Conflict, readinessText["Rounds.OneAtATime"]);
        }

        var today = NorwegianTime.Today(clock);
        var errors = RoundDates.Check(Input.OpensOn, Input.ClosesOn, today);
        if (errors.Count > 0 || !RoundDates.TryParse(Input.OpensOn, out var opens) || !RoundDates.TryParse(Input.ClosesOn, out var closes))
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, readinessText);
            return this.InvalidForm();
        }

        var number = await db.ReadinessRounds.Where(r => r.ProjectId == scope.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var round = new ReadinessRound
        {
            OrganizationId = tenant.OrganizationId,
            ProjectId = scope.Id,
            Number = number + 1,
            OpensOn = opens,
            ClosesOn = closes,
            CreatedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        };
        db.ReadinessRounds.Add(round);
        once.Record(ReadinessRoutes.Round(scope.Id, round.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? ReadinessRoutes.RoundStarted(scope.Id, round.Id));
    }

    /// <summary>An archived project starts no rounds (404, as if the page were not there); a member who does not lead it gets 403.</summary>
    private async Task<IActionResult?> RefuseAsync(CancellationToken cancellationToken)
    {
        if (scope.IsArchived)
        {
            return NotFound();
        }

        if (!scope.CanLead)
        {
            return Forbid();
        }

        var today = NorwegianTime.Today(clock);
        var rounds = await db.ReadinessRounds.AsNoTracking().Where(r => r.ProjectId == scope.Id).ToListAsync(cancellationToken);
        RoundAlreadyRunning = rounds.Any(r => r.StateOn(today) != RoundState.Closed);
        return null;
    }
}
