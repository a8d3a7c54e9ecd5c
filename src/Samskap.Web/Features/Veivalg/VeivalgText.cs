namespace Samskap.Web.Features.Veivalg;

/// <summary>Marker for the Veivalg texts.</summary>
public sealed class VeivalgText;
