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

/// <summary>Changes or deletes one uncertainty, or closes it.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class UncertaintyPageModel(ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, IStringLocalizer<SharedResource> sharedText) : PageModel
{
    public ProjectScope Scope => scope;

    public Guid UncertaintyId { get; private set; }

    public IReadOnlyList<ProjectPersonView> People { get; private set; } = [];

    [BindProperty]
    public UncertaintyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid uncertaintyId, CancellationToken cancellationToken)
    {
        if (await FindAsync(uncertaintyId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Input = UncertaintyInput.From(row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid uncertaintyId, CancellationToken cancellationToken)
    {
        if (await FindAsync(uncertaintyId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var errors = Input.Validate(await ProjectPeople.IncludesAsync(db, scope, Input.OwnerId, cancellationToken));
        if (errors.Count > 0)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, framesText, sharedText);
            return this.InvalidForm();
        }

        Input.ApplyTo(row);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Uncertainties(scope.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid uncertaintyId, CancellationToken cancellationToken)
    {
        if (await FindAsync(uncertaintyId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        db.Uncertainties.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Uncertainties(scope.Id));
    }

    private async Task<Uncertainty?> FindAsync(Guid uncertaintyId, CancellationToken cancellationToken)
    {
        UncertaintyId = uncertaintyId;
        if (!scope.CanEdit)
        {
            return null;
        }

        People = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        return await db.Uncertainties.FirstOrDefaultAsync(m => m.ProjectId == scope.Id && m.Id == uncertaintyId, cancellationToken);
    }
}
