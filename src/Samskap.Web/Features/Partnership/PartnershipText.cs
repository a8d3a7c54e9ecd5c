namespace Samskap.Web.Features.Partnership;

/// <summary>Marker for the partnership's texts.</summary>
public sealed class PartnershipText;
