namespace Samskap.Web.Features.Warnings;

/// <summary>Marker for the warnings' texts.</summary>
public sealed class WarningsText;
