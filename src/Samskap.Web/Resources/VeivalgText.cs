namespace Samskap.Web.Resources;

/// <summary>Marker for the Veivalg texts.</summary>
public sealed class VeivalgText;
