using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Actions;

/// <summary>
/// The project's shared actions: who does what by when; added here, also from a readiness result's
/// suggestion. External partners take on actions and mark their own done.
/// </summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class IndexModel(
    ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock,
    IStringLocalizer<ActionsText> actionsText, IStringLocalizer<ReadinessText> readinessText) : PageModel
{
    public const int DefaultDaysToDue = 14;

    public ProjectScope Scope => scope;

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public IReadOnlyList<ProjectAction> Actions { get; private set; } = [];

    public IReadOnlyList<ProjectPersonView> People { get; private set; } = [];

    public DateOnly Today => NorwegianTime.Today(clock);

    public string? Me => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    /// <summary>Whether the caller may mark this action done or open again.</summary>
    public bool MayChange(ProjectAction action) =>
        scope.CanContribute && ActionRules.MayChange(scope.IsExternalPartner, Me, action.OwnerUserId, newOwnerId: null);

    /// <summary>Whether the caller may take this action on: an open one that someone else owns.</summary>
    public bool MayTake(ProjectAction action) =>
        scope.CanContribute && action.Status == ActionStatus.Open && action.OwnerUserId != Me;

    public async Task<IActionResult> OnGetAsync(string? point, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Due = Today.AddDays(DefaultDaysToDue).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Input.OwnerId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (point is not null && ReadinessScoring.PointIds.Contains(point))
        {
            // The readiness result's own suggestion becomes the action's first wording; the leader can change it.
            Input.Point = point;
            Input.Title = readinessText[$"Action.{point}"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } added)
        {
            return Redirect(added);
        }

        var (context, _) = await ActionContextLoader.LoadAsync(db, scope, cancellationToken);
        var (errors, action) = ActionRules.Check(Input, context);
        if (action is null)
        {
            await LoadAsync(cancellationToken);
            FormErrors.AddTo(ModelState, nameof(Input), errors, actionsText);
            return this.InvalidForm();
        }

        if (await db.ProjectActions.CountAsync(a => a.ProjectId == scope.Id, cancellationToken) >= ProjectAction.MaxPerProject)
        {
            await LoadAsync(cancellationToken);
            return this.Refuse(StatusCodes.Status409Conflict, actionsText["Error.TooMany", NumberText.Of(ProjectAction.MaxPerProject)]);
        }

        db.ProjectActions.Add(ActionContextLoader.Create(action, tenant.OrganizationId, scope.Id, clock.GetUtcNow().UtcDateTime));
        once.Record(ActionsRoutes.Added(scope.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? ActionsRoutes.Added(scope.Id));
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid actionId, string status, CancellationToken cancellationToken)
    {
        var action = await db.ProjectActions.FirstOrDefaultAsync(a => a.Id == actionId && a.ProjectId == scope.Id, cancellationToken);
        if (action is null || !MayChange(action) || !Enum.GetValues<ActionStatus>().Any(s => ActionRules.Word(s) == status))
        {
            return NotFound();
        }

        ActionContextLoader.SetStatus(action, Enum.GetValues<ActionStatus>().First(s => ActionRules.Word(s) == status), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{ActionsRoutes.Index(scope.Id)}#action-{action.Id}");
    }

    /// <summary>Takes the action on: the caller becomes its owner. Taking one already taken by the caller changes nothing.</summary>
    public async Task<IActionResult> OnPostTakeAsync(Guid actionId, CancellationToken cancellationToken)
    {
        var action = await db.ProjectActions.FirstOrDefaultAsync(a => a.Id == actionId && a.ProjectId == scope.Id, cancellationToken);
        if (action is null || !scope.CanContribute || action.Status != ActionStatus.Open || Me is null)
        {
            return NotFound();
        }

        action.OwnerUserId = Me;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{ActionsRoutes.Index(scope.Id)}#action-{action.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        People = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        Actions = await db.ProjectActions.AsNoTracking().Include(a => a.Owner)
            .Where(a => a.ProjectId == scope.Id)
            .OrderBy(a => a.Status).ThenBy(a => a.Due)
            .ToListAsync(cancellationToken);
    }
}
