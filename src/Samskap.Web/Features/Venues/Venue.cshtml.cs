using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Venues;

/// <summary>
/// One venue: which criteria it meets, and its form. The form carries the version it was read at;
/// a save that meets someone else's change is refused (409) with the person's input kept.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class VenueModel(AppDbContext db, IStringLocalizer<VenuesText> venuesText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid VenueId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public VenueInput Input { get; set; } = new();

    [BindProperty]
    [FieldLabel(typeof(VenuesText), "Field.Version")]
    public Guid Version { get; set; }

    public Venue Stored { get; private set; } = null!;

    public bool Conflicted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } venue)
        {
            return NotFound();
        }

        Input = VenueInput.From(venue);
        Version = venue.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } venue)
        {
            return NotFound();
        }

        var (errors, input) = VenueRules.Check(Input);
        if (input is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, venuesText);
            return this.InvalidForm();
        }

        if (venue.Version != Version)
        {
            return Conflict(venue);
        }

        db.Entry(venue).Property(v => v.Version).OriginalValue = Version;
        VenueRules.Apply(input, venue);
        venue.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(cancellationToken) is { } now ? Conflict(now) : NotFound();
        }

        return Redirect(VenuesRoutes.Saved(venue.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } venue)
        {
            return NotFound();
        }

        // Sessions that used the venue keep their plans and lose only the venue (the key is set null).
        db.Venues.Remove(venue);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(VenuesRoutes.Deleted);
    }

    private PageResult Conflict(Venue storedNow)
    {
        Stored = storedNow;
        Conflicted = true;
        Version = storedNow.Version;
        ModelState.Remove(nameof(Version));
        return this.Refuse(StatusCodes.Status409Conflict, venuesText["Venue.Error.Conflict"]);
    }

    private async Task<Venue?> FindAsync(CancellationToken cancellationToken)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == VenueId, cancellationToken);
        if (venue is not null)
        {
            Stored = venue;
        }

        return venue;
    }
}
