using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Projects;

/// <remarks>Members only: external partners see the one project they take part in, through its overview.</remarks>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Samskap.Web.Infrastructure.Security.Policies.OrganizationMember)]
public sealed class NewModel(AppDbContext db, TenantContext tenant, OneTimeForms once, IStringLocalizer<ProjectsText> projectsText, IStringLocalizer<SharedResource> sharedText) : PageModel, IProjectForm
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public IReadOnlyList<MemberOption> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Members = await OrganizationMembers.ListAsync(db, tenant, cancellationToken);
        Input.OwnerUserId = User.FindFirstValue(ClaimTypes.NameIdentifier);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await once.PreviousResultAsync(cancellationToken) is { } created)
        {
            return Redirect(created);
        }

        Members = await OrganizationMembers.ListAsync(db, tenant, cancellationToken);
        // Binding errors (say, a status that does not exist) stay in ModelState beside the rule errors.
        var errors = Input.Validate(Members.Select(m => m.UserId).ToList());
        if (errors.Count > 0 || !ModelState.IsValid)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, projectsText, sharedText);
            return this.InvalidForm();
        }

        var project = new Project { OrganizationId = tenant.OrganizationId };
        Input.ApplyTo(project);
        db.Projects.Add(project);
        once.Record(ProjectRoutes.Details(project.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? ProjectRoutes.Details(project.Id));
    }
}
