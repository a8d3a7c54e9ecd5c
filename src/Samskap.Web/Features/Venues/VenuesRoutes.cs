namespace Samskap.Web.Features.Venues;

/// <summary>Every URL of the venues register.</summary>
public static class VenuesRoutes
{
    public const string Index = "/venues";
    public const string New = "/venues/new";
    public const string ApiList = "/api/v1/venues";

    public const string Deleted = "/venues?deleted=true";

    public static string Venue(Guid venueId) => $"{Index}/{venueId}";
    public static string Delete(Guid venueId) => $"{Venue(venueId)}?handler=Delete";
    public static string Saved(Guid venueId) => $"{Venue(venueId)}?saved=true";
    public static string Api(Guid venueId) => $"{ApiList}/{venueId}";
}
