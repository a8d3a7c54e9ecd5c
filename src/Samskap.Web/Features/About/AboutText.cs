namespace Samskap.Web.Features.About;

/// <summary>Marker for the accessibility statement's texts.</summary>
public sealed class AboutText;
