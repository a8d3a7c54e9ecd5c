namespace Samskap.Web.Features.Setup;

/// <summary>Marker for first-run setup's texts.</summary>
public sealed class SetupText;
