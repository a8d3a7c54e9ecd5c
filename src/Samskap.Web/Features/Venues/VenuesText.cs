namespace Samskap.Web.Features.Venues;

/// <summary>Marker for the venues texts: the register, the suitability checklist and the API's messages.</summary>
public sealed class VenuesText;
