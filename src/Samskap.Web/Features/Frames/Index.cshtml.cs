using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Frames;

/// <summary>
/// The project's frames on one page: dates and budget, milestones, the scope declaration and the
/// uncertainty log, each with its form. Every member sees them; members change them while the project is not archived.
/// </summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class FramesPageModel(
    ProjectScope scope,
    AppDbContext db,
    TenantContext tenant,
    OneTimeForms once,
    TimeProvider clock,
    IStringLocalizer<FramesText> framesText,
    IStringLocalizer<SharedResource> sharedText) : PageModel
{
    public ProjectScope Scope => scope;

    public FramesView View { get; private set; } = null!;

    public IReadOnlyList<ProjectPersonView> People { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty]
    public FramesInput FramesForm { get; set; } = new();

    [BindProperty]
    public MilestoneInput NewMilestone { get; set; } = new();

    [BindProperty]
    public ScopeItemInput NewScopeItem { get; set; } = new() { Open = true };

    [BindProperty]
    public UncertaintyInput NewUncertainty { get; set; } = new();

    /// <summary>The dates and amounts as typed into the form; read by <see cref="TryRead"/>.</summary>
    public sealed class FramesInput
    {
        public string? Start { get; set; }
        public string? End { get; set; }
        public string? PlannedHours { get; set; }
        public string? UsedHours { get; set; }
        public string? PlannedNok { get; set; }
        public string? UsedNok { get; set; }

        public static FramesInput From(FramesView view) => new()
        {
            Start = FrameText.Format(view.Start),
            End = FrameText.Format(view.End),
            PlannedHours = FrameText.Format(view.Budget.PlannedHours),
            UsedHours = FrameText.Format(view.Budget.UsedHours),
            PlannedNok = FrameText.Format(view.Budget.PlannedNok),
            UsedNok = FrameText.Format(view.Budget.UsedNok),
        };

        public (FrameValues? Values, IReadOnlyList<FieldError> Errors) TryRead()
        {
            var errors = new List<FieldError>();
            DateOnly? Date(string field, string? text)
            {
                if (FrameText.TryParseOptionalDate(text, out var date))
                {
                    return date;
                }

                errors.Add(new FieldError(field, $"Frames.Error.{field}.Invalid"));
                return null;
            }

            long? Amount(string field, string? text)
            {
                if (FrameText.TryParseAmount(text, out var amount))
                {
                    return amount;
                }

                errors.Add(new FieldError(field, $"Frames.Error.{field}.Invalid"));
                return null;
            }

            var values = new FrameValues(
                Date(nameof(Start), Start),
                Date(nameof(End), End),
                Amount(nameof(PlannedHours), PlannedHours),
                Amount(nameof(UsedHours), UsedHours),
                Amount(nameof(PlannedNok), PlannedNok),
                Amount(nameof(UsedNok), UsedNok));
            errors.AddRange(values.Check().Where(e => errors.All(known => known.Field != e.Field)));
            return (errors.Count == 0 ? values : null, errors);
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(keepFrames: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFramesAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        var (values, errors) = FramesForm.TryRead();
        if (values is null)
        {
            return await InvalidAsync(nameof(FramesForm), errors, keepFrames: true, cancellationToken);
        }

        await FramesStore.SaveFramesAsync(db, scope.Id, tenant.OrganizationId, values, cancellationToken);
        return Redirect(FramesRoutes.Budget(scope.Id));
    }

    public async Task<IActionResult> OnPostAddMilestoneAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var errors = NewMilestone.Validate();
        if (errors.Count > 0)
        {
            return await InvalidAsync(nameof(NewMilestone), errors, keepFrames: false, cancellationToken);
        }

        if (await db.Milestones.CountAsync(m => m.ProjectId == scope.Id, cancellationToken) >= FramesLimits.Milestones)
        {
            return await InvalidAsync(nameof(NewMilestone), [new FieldError("Title", "Milestone.Error.TooMany", NumberText.Of(FramesLimits.Milestones))], keepFrames: false, cancellationToken, StatusCodes.Status409Conflict);
        }

        var milestone = new Milestone { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        NewMilestone.ApplyTo(milestone);
        db.Milestones.Add(milestone);
        var result = FramesRoutes.Milestones(scope.Id);
        once.Record(result);
        return Redirect(await once.SaveAsync(cancellationToken) ?? result);
    }

    public async Task<IActionResult> OnPostAddScopeItemAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var errors = NewScopeItem.Validate();
        if (errors.Count > 0)
        {
            return await InvalidAsync(nameof(NewScopeItem), errors, keepFrames: false, cancellationToken);
        }

        if (await db.ScopeItems.CountAsync(i => i.ProjectId == scope.Id, cancellationToken) >= FramesLimits.ScopeItems)
        {
            return await InvalidAsync(nameof(NewScopeItem), [new FieldError("Text", "Scope.Error.TooMany", NumberText.Of(FramesLimits.ScopeItems))], keepFrames: false, cancellationToken, StatusCodes.Status409Conflict);
        }

        var item = new ScopeItem { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        NewScopeItem.ApplyTo(item);
        db.ScopeItems.Add(item);
        var result = FramesRoutes.Scope(scope.Id);
        once.Record(result);
        return Redirect(await once.SaveAsync(cancellationToken) ?? result);
    }

    public async Task<IActionResult> OnPostAddUncertaintyAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var errors = NewUncertainty.Validate(await ProjectPeople.IncludesAsync(db, scope, NewUncertainty.OwnerId, cancellationToken));
        if (errors.Count > 0)
        {
            return await InvalidAsync(nameof(NewUncertainty), errors, keepFrames: false, cancellationToken);
        }

        if (await db.Uncertainties.CountAsync(u => u.ProjectId == scope.Id, cancellationToken) >= FramesLimits.Uncertainties)
        {
            return await InvalidAsync(nameof(NewUncertainty), [new FieldError("Text", "Uncertainty.Error.TooMany", NumberText.Of(FramesLimits.Uncertainties))], keepFrames: false, cancellationToken, StatusCodes.Status409Conflict);
        }

        var uncertainty = new Uncertainty { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        NewUncertainty.ApplyTo(uncertainty);
        db.Uncertainties.Add(uncertainty);
        var result = FramesRoutes.Uncertainties(scope.Id);
        once.Record(result);
        return Redirect(await once.SaveAsync(cancellationToken) ?? result);
    }

    /// <summary>The page again with the errors on the form that was sent; what was typed stays in it.</summary>
    private async Task<IActionResult> InvalidAsync(string prefix, IEnumerable<FieldError> errors, bool keepFrames, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity)
    {
        FormErrors.AddTo(ModelState, prefix, errors, framesText, sharedText);
        await LoadAsync(keepFrames, cancellationToken);
        return this.Refuse(status);
    }

    private async Task LoadAsync(bool keepFrames, CancellationToken cancellationToken)
    {
        Today = NorwegianTime.Today(clock);
        View = await ProjectFrames.LoadAsync(db, scope, cancellationToken);
        People = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        if (!keepFrames)
        {
            FramesForm = FramesInput.From(View);
        }

        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        NewUncertainty.OwnerId ??= People.Any(p => p.Id == me) ? me : scope.Project.OwnerUserId;
        NewUncertainty.Status ??= FramesWords.Word(UncertaintyStatus.Open);
    }
}
