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

/// <summary>Changes or deletes one line of the scope declaration.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ScopeItemPageModel(ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, IStringLocalizer<SharedResource> sharedText) : PageModel
{
    public ProjectScope Scope => scope;

    public Guid ItemId { get; private set; }

    [BindProperty]
    public ScopeItemInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid itemId, CancellationToken cancellationToken)
    {
        if (await FindAsync(itemId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Input = ScopeItemInput.From(row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid itemId, CancellationToken cancellationToken)
    {
        if (await FindAsync(itemId, cancellationToken) is not { } row)
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
        return Redirect(FramesRoutes.Scope(scope.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid itemId, CancellationToken cancellationToken)
    {
        if (await FindAsync(itemId, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        db.ScopeItems.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FramesRoutes.Scope(scope.Id));
    }

    private async Task<ScopeItem?> FindAsync(Guid itemId, CancellationToken cancellationToken)
    {
        ItemId = itemId;
        return scope.CanEdit ? await db.ScopeItems.FirstOrDefaultAsync(m => m.ProjectId == scope.Id && m.Id == itemId, cancellationToken) : null;
    }
}
