using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Evaluation;

/// <summary>The project's leader starts an evaluation round: what it marks, and when it opens and closes.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewRoundModel(
    ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock,
    IStringLocalizer<EvaluationText> evaluationText, IStringLocalizer<ReadinessText> readinessText) : PageModel
{
    public const int DefaultLengthInDays = 14;

    public ProjectScope Scope => scope;

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public bool RoundAlreadyRunning { get; private set; }

    public sealed class RoundInput
    {
        [FieldLabel(typeof(EvaluationText), "NewRound.RoundTitle")]
        public string? Title { get; set; }

        [FieldLabel(typeof(EvaluationText), "NewRound.OpensOn")]
        public string? OpensOn { get; set; }

        [FieldLabel(typeof(EvaluationText), "NewRound.ClosesOn")]
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
            return this.Refuse(StatusCodes.Status409Conflict, evaluationText["Rounds.OneAtATime"]);
        }

        var title = Input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RoundInput.Title)}", evaluationText["NewRound.Error.TitleMissing"]);
        }
        else if (title.Length > EvaluationRound.TitleMaxLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RoundInput.Title)}", evaluationText["NewRound.Error.TitleTooLong", NumberText.Of(EvaluationRound.TitleMaxLength)]);
        }

        var today = NorwegianTime.Today(clock);
        var errors = RoundDates.Check(Input.OpensOn, Input.ClosesOn, today);
        FormErrors.AddTo(ModelState, nameof(Input), errors, readinessText);
        if (!ModelState.IsValid || !RoundDates.TryParse(Input.OpensOn, out var opens) || !RoundDates.TryParse(Input.ClosesOn, out var closes))
        {
            return this.InvalidForm();
        }

        var number = await db.EvaluationRounds.Where(r => r.ProjectId == scope.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var round = new EvaluationRound
        {
            OrganizationId = tenant.OrganizationId,
            ProjectId = scope.Id,
            Number = number + 1,
            Title = title,
            OpensOn = opens,
            ClosesOn = closes,
            JoinCode = await UnusedCodeAsync(cancellationToken),
            CreatedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        };
        db.EvaluationRounds.Add(round);
        once.Record(EvaluationRoutes.Round(scope.Id, round.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? EvaluationRoutes.RoundStarted(scope.Id, round.Id));
    }

    /// <summary>A code no other round has, across organisations: a participant's code must lead to one round only.</summary>
    private async Task<string> UnusedCodeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = LiveSecrets.NewCode();
            if (!await db.EvaluationRounds.IgnoreQueryFilters().AnyAsync(r => r.JoinCode == code, cancellationToken))
            {
                return code;
            }
        }
    }

    /// <summary>An archived project starts no rounds (404); a person who does not lead it gets 403.</summary>
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
        var rounds = await db.EvaluationRounds.AsNoTracking().Where(r => r.ProjectId == scope.Id).ToListAsync(cancellationToken);
        RoundAlreadyRunning = rounds.Any(r => r.StateOn(today) != RoundState.Closed);
        return null;
    }
}
