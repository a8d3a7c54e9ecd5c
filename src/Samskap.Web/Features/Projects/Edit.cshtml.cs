using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Projects;

/// <summary>Archived projects are read-only: restore one before editing it.</summary>
/// <remarks>Members only: external partners see the one project they take part in, through its overview.</remarks>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Samskap.Web.Infrastructure.Security.Policies.OrganizationMember)]
public sealed class EditModel(
    ProjectScope scope,
    AppDbContext db,
    TenantContext tenant,
    IStringLocalizer<ProjectsText> projectsText,
    IStringLocalizer<SharedResource> sharedText) : PageModel, IProjectForm
{
    public Guid Id => scope.Id;

    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public IReadOnlyList<MemberOption> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == scope.Id, cancellationToken);
        Input = ProjectInput.From(project);
        Members = await OrganizationMembers.ListAsync(db, tenant, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        Members = await OrganizationMembers.ListAsync(db, tenant, cancellationToken);
        // Binding errors (say, a status that does not exist) stay in ModelState beside the rule errors.
        var errors = Input.Validate(Members.Select(m => m.UserId).ToList());
        if (errors.Count > 0 || !ModelState.IsValid)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, projectsText, sharedText);
            return this.InvalidForm();
        }

        var project = await db.Projects.FirstAsync(p => p.Id == scope.Id, cancellationToken);
        Input.ApplyTo(project);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(ProjectRoutes.Details(project.Id));
    }
}
