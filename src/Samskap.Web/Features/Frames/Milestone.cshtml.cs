using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Frames;

/// <summary>Changes or deletes one milestone; an archived project's milestones are read on the frames page only.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class MilestonePageModel(ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, IStringLocalizer<SharedResource> sharedText) : PageModel
{
    public ProjectScope Scope => scope;

    public Guid MilestoneId { get; private set; }

    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid milestoneId, CancellationToken cancellationToken)
    {
        if (await FindAsync(milestoneId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Input = MilestoneInput.From(row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid milestoneId, CancellationToken cancellationToken)
    {
        if (await FindAsync(milestoneId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var errors = Input.Validate();
        if (errors.Count > 0)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, framesText, sharedText);
            return this.InvalidForm();
        }

        Input.ApplyTo(row);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Milestones(scope.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid milestoneId, CancellationToken cancellationToken)
    {
        if (await FindAsync(milestoneId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        db.Milestones.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Milestones(scope.Id));
    }

    private async Task<Milestone?> FindAsync(Guid milestoneId, CancellationToken cancellationToken)
    {
        MilestoneId = milestoneId;
        return scope.CanEdit ? await db.Milestones.FirstOrDefaultAsync(m => m.ProjectId == scope.Id && m.Id == milestoneId, cancellationToken) : null;
    }
}
