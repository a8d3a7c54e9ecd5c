using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Frames;

/// <summary>
/// The row of phases the project moves through. Everyone sees where the project is; its leader
/// renames, skips and adds phases and moves it on.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class PhasesPageModel(
    ProjectScope scope,
    AppDbContext db,
    TenantContext tenant,
    OneTimeForms once,
    IStringLocalizer<FramesText> framesText,
    IStringLocalizer<SharedResource> sharedText) : PageModel
{
    public ProjectScope Scope => scope;

    public IReadOnlyList<PhaseView> Phases { get; private set; } = [];

    /// <summary>May change the phases: the project's leader, while the project is not archived.</summary>
    public bool CanChange => scope.CanLead && scope.CanEdit;

    [BindProperty]
    public string? NewName { get; set; }

    /// <summary>The field of a phase's name in its own rename form, as the error summary links to it.</summary>
    public static string NameField(string phaseId) => $"phase-{phaseId}-name";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Phases = await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(string? phase, string? name, CancellationToken cancellationToken) =>
        ChangeAsync(phase, (row, _) =>
        {
            var errors = Frames.Phases.CheckName(name, row.Key is not null);
            if (errors.Count > 0)
            {
                ModelState.AddModelError(NameField(ProjectFrames.View(row).Id), FormErrors.Text(errors[0], framesText, sharedText));
                return false;
            }

            row.Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
            return true;
        }, cancellationToken);

    public Task<IActionResult> OnPostSkipAsync(string? phase, CancellationToken cancellationToken) => SetSkippedAsync(phase, skipped: true, cancellationToken);

    public Task<IActionResult> OnPostUnskipAsync(string? phase, CancellationToken cancellationToken) => SetSkippedAsync(phase, skipped: false, cancellationToken);

    public Task<IActionResult> OnPostCurrentAsync(string? phase, CancellationToken cancellationToken) =>
        ChangeAsync(phase, (row, rows) =>
        {
            if (Frames.Phases.CheckCurrent(ProjectFrames.View(row)) is { } error)
            {
                ModelState.AddModelError("", FormErrors.Text(error, framesText));
                return false;
            }

            foreach (var other in rows)
            {
                other.Current = other == row;
            }

            return true;
        }, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var rows = await ProjectFrames.PhaseRowsAsync(db, scope, tenant.OrganizationId, cancellationToken);
        var errors = Frames.Phases.CheckName(NewName, isDefault: false).ToList();
        if (errors.Count == 0 && Frames.Phases.CheckAdd(rows.Count) is { } tooMany)
        {
            errors.Add(tooMany);
        }

        if (errors.Count > 0)
        {
            ModelState.AddModelError(nameof(NewName), FormErrors.Text(errors[0], framesText, sharedText));
            Phases = rows.Select(ProjectFrames.View).ToList();
            return this.InvalidForm();
        }

        db.ProjectPhases.Add(new ProjectPhase
        {
            OrganizationId = tenant.OrganizationId,
            ProjectId = scope.Id,
            Name = NewName!.Trim(),
            Position = rows.Max(r => r.Position) + 1,
        });
        var result = FramesRoutes.Phases(scope.Id);
        once.Record(result);
        return Redirect(await once.SaveAsync(cancellationToken) ?? result);
    }

    private Task<IActionResult> SetSkippedAsync(string? phase, bool skipped, CancellationToken cancellationToken) =>
        ChangeAsync(phase, (row, _) =>
        {
            if (Frames.Phases.CheckSkip(ProjectFrames.View(row), skipped) is { } error)
            {
                ModelState.AddModelError("", FormErrors.Text(error, framesText));
                return false;
            }

            row.Skipped = skipped;
            return true;
        }, cancellationToken);

    /// <summary>Applies one change to one phase; the change returns false, with its error in ModelState, to refuse.</summary>
    private async Task<IActionResult> ChangeAsync(string? phase, Func<ProjectPhase, List<ProjectPhase>, bool> change, CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        var rows = await ProjectFrames.PhaseRowsAsync(db, scope, tenant.OrganizationId, cancellationToken);
        if (rows.FirstOrDefault(r => ProjectFrames.View(r).Id == phase) is not { } row)
        {
            Phases = rows.Select(ProjectFrames.View).ToList();
            return this.Refuse(StatusCodes.Status400BadRequest, framesText["Phases.Error.Unknown"]);
        }

        if (!change(row, rows))
        {
            Phases = rows.Select(ProjectFrames.View).ToList();
            return this.InvalidForm();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Phases(scope.Id));
    }

    /// <summary>An archived project's phases stay as they were (404, as the other forms of an archived project); a member who does not lead gets 403.</summary>
    private IActionResult? Refusal() =>
        !scope.CanEdit ? NotFound() : !scope.CanLead ? Forbid() : null;
}
