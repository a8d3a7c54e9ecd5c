namespace Samskap.Web.Features.Venues;

/// <summary>What the venue form shows: the input, and for an edit the version it was read at.</summary>
public sealed record VenueForm(VenueInput Input, string SubmitText, string CancelUrl, Guid? Version = null);
