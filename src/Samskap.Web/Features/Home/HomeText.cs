namespace Samskap.Web.Features.Home;

/// <summary>Marker for the front page's texts.</summary>
public sealed class HomeText;
