using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Partnership;

/// <summary>
/// Changes a partner. The form carries the version it was read at: when someone else saved in
/// between, the save is refused (409) and the person's own input is shown again beside what is stored now.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class EditModel(ProjectScope scope, AppDbContext db, TimeProvider clock, IStringLocalizer<PartnershipText> partnershipText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid PartnerId { get; set; }

    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    [BindProperty]
    [FieldLabel(typeof(PartnershipText), "Field.Version")]
    public Guid Version { get; set; }

    public string PartnerName { get; private set; } = "";

    /// <summary>What is stored now, shown when the save met someone else's change.</summary>
    public PartnerInput? StoredNow { get; private set; }

    public string DeleteHint => PartnerHints.DeleteContactOn(scope, partnershipText);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var partner = await FindAsync(cancellationToken);
        if (partner is null || !scope.CanEdit)
        {
            return NotFound();
        }

        Input = PartnerInput.From(partner);
        if (!partner.HasContactDetails)
        {
            Input.DeleteContactOn = PartnerRules.FormatDate(PartnerRules.DefaultDeleteContactOn(scope.Project.EndsOn, NorwegianTime.Today(clock)));
        }

        Version = partner.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var partner = await FindAsync(cancellationToken);
        if (partner is null || !scope.CanEdit)
        {
            return NotFound();
        }

        var errors = PartnerRules.Check(Input, NorwegianTime.Today(clock));
        if (errors.Count > 0)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, partnershipText);
            return this.InvalidForm();
        }

        if (partner.Version != Version)
        {
            return Conflict(partner);
        }

        // The version read with the form is the one the update must find; a save in between makes it miss.
        db.Entry(partner).Property(p => p.Version).OriginalValue = Version;
        PartnerRules.Apply(Input, partner);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await FindAsync(cancellationToken);
            return now is null ? NotFound() : Conflict(now);
        }

        return Redirect(PartnershipRoutes.PartnerSaved(scope.Id, partner.Id));
    }

    private PageResult Conflict(Partner storedNow)
    {
        StoredNow = PartnerInput.From(storedNow);
        // Saving again from here means "keep mine": the form now carries the version just read.
        Version = storedNow.Version;
        ModelState.Remove(nameof(Version));
        return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Partner.Error.Conflict"]);
    }

    private async Task<Partner?> FindAsync(CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == PartnerId && p.ProjectId == scope.Id, cancellationToken);
        PartnerName = partner?.Name ?? "";
        return partner;
    }
}
