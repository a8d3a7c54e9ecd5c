namespace Samskap.Web.Features.Klarsprak;

/// <summary>Marker for the Klarspråk texts.</summary>
public sealed class KlarsprakText;
