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

namespace Samskap.Web.Features.Partnership;

/// <summary>Registers a partner of the project.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock, IStringLocalizer<PartnershipText> partnershipText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public string DeleteHint => PartnerHints.DeleteContactOn(scope, partnershipText);

    public IActionResult OnGet()
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        Input.DeleteContactOn = PartnerRules.FormatDate(PartnerRules.DefaultDeleteContactOn(scope.Project.EndsOn, NorwegianTime.Today(clock)));
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

        var errors = PartnerRules.Check(Input, NorwegianTime.Today(clock));
        if (errors.Count > 0)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, partnershipText);
            return this.InvalidForm();
        }

        if (await db.Partners.CountAsync(p => p.ProjectId == scope.Id, cancellationToken) >= Partner.MaxPerProject)
        {
            return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Partner.Error.TooMany", NumberText.Of(Partner.MaxPerProject)]);
        }

        var partner = new Partner { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        PartnerRules.Apply(Input, partner);
        db.Partners.Add(partner);
        once.Record(PartnershipRoutes.Partner(scope.Id, partner.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? PartnershipRoutes.PartnerAdded(scope.Id, partner.Id));
    }
}
