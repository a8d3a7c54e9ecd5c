using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Venues;

/// <summary>Adds a venue to the organisation's register.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewModel(AppDbContext db, TenantContext tenant, OneTimeForms once, IStringLocalizer<VenuesText> venuesText) : PageModel
{
    [BindProperty]
    public VenueInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await once.PreviousResultAsync(cancellationToken) is { } added)
        {
            return Redirect(added);
        }

        var (errors, venue) = VenueRules.Check(Input);
        if (venue is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, venuesText);
            return this.InvalidForm();
        }

        if (await db.Venues.CountAsync(cancellationToken) >= Venue.MaxPerOrganization)
        {
            return this.Refuse(StatusCodes.Status409Conflict, venuesText["Venue.Error.TooMany", NumberText.Of(Venue.MaxPerOrganization)]);
        }

        var stored = new Venue { OrganizationId = tenant.OrganizationId };
        VenueRules.Apply(venue, stored);
        db.Venues.Add(stored);
        once.Record(VenuesRoutes.Venue(stored.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? VenuesRoutes.Saved(stored.Id));
    }
}
