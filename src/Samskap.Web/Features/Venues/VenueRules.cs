using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Venues;

/// <summary>A venue as a form or the API sends it. Checklist: criterion id → "yes", "no", or empty for not checked.</summary>
public sealed class VenueInput
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Capacity { get; set; }
    [FieldLabel(typeof(VenuesText), "Checklist.Title")]
    public Dictionary<string, string?> Checklist { get; set; } = [];

    public static VenueInput From(Venue venue) => new()
    {
        Name = venue.Name,
        Address = venue.Address,
        Capacity = venue.Capacity.ToString(CultureInfo.InvariantCulture),
        Checklist = VenueChecklist.Criteria.ToDictionary(c => c, c => venue.Checklist.TryGetValue(c, out var met) ? (met ? VenueChecklist.Yes : VenueChecklist.No) : null),
    };
}

public sealed record CheckedVenue(string Name, string Address, int Capacity, IReadOnlyDictionary<string, bool> Checklist);

/// <summary>
/// What makes a place suit co-creation with citizens. The ids are a contract; the order is the
/// order the pages list them in: access first, because a venue people cannot get into fails the rest.
/// </summary>
public static class VenueChecklist
{
    public const string Yes = "yes";
    public const string No = "no";

    public static readonly IReadOnlyList<string> Criteria =
    [
        "stepFree", "accessibleToilet", "hearingLoop", "publicTransport", "neutralGround",
        "groupRooms", "daylightAir", "foodAllowed", "childFriendly", "freeOfCharge",
    ];

    /// <summary>Every criterion answered, yes or no: what the <c>venue-unchecked</c> rule asks for.</summary>
    public static bool IsFullyChecked(IReadOnlyDictionary<string, bool> checklist) => Criteria.All(checklist.ContainsKey);

    public static IReadOnlyList<string> Met(IReadOnlyDictionary<string, bool> checklist) => [.. Criteria.Where(c => checklist.TryGetValue(c, out var met) && met)];
}

/// <summary>The rules a venue keeps, for the pages and the API alike.</summary>
public static class VenueRules
{
    public static (List<FieldError> Errors, CheckedVenue? Venue) Check(VenueInput input)
    {
        var errors = new List<FieldError>();
        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            errors.Add(new FieldError(nameof(VenueInput.Name), "Venue.Error.NameRequired"));
        }
        else if (name.Length > Venue.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(VenueInput.Name), "Venue.Error.TooLong", NumberText.Of(Venue.NameMaxLength)));
        }

        var address = (input.Address ?? "").Trim();
        if (address.Length > Venue.AddressMaxLength)
        {
            errors.Add(new FieldError(nameof(VenueInput.Address), "Venue.Error.TooLong", NumberText.Of(Venue.AddressMaxLength)));
        }

        var capacity = 0;
        if (string.IsNullOrWhiteSpace(input.Capacity))
        {
            errors.Add(new FieldError(nameof(VenueInput.Capacity), "Venue.Error.CapacityRequired"));
        }
        else if (!int.TryParse(input.Capacity.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out capacity) || capacity is < 1 or > Venue.MaxCapacity)
        {
            errors.Add(new FieldError(nameof(VenueInput.Capacity), "Venue.Error.Capacity", NumberText.Of(Venue.MaxCapacity)));
        }

        var checklist = new Dictionary<string, bool>();
        foreach (var (criterion, answer) in input.Checklist)
        {
            if (!VenueChecklist.Criteria.Contains(criterion))
            {
                errors.Add(new FieldError($"Checklist[{criterion}]", "Venue.Error.Criterion"));
            }
            else if (answer == VenueChecklist.Yes || answer == VenueChecklist.No)
            {
                checklist[criterion] = answer == VenueChecklist.Yes;
            }
            else if (!string.IsNullOrEmpty(answer))
            {
                errors.Add(new FieldError($"Checklist[{criterion}]", "Venue.Error.Answer"));
            }
        }

        return errors.Count > 0 ? (errors, null) : (errors, new CheckedVenue(name, address, capacity, checklist));
    }

    public static void Apply(CheckedVenue input, Venue venue)
    {
        venue.Name = input.Name;
        venue.Address = input.Address;
        venue.Capacity = input.Capacity;
        venue.Checklist = new Dictionary<string, bool>(input.Checklist);
    }
}
