namespace Samskap.Web.Resources;

/// <summary>Marker for the Klarspråk texts.</summary>
public sealed class KlarsprakText;
