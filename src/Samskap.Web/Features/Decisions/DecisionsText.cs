namespace Samskap.Web.Features.Decisions;

/// <summary>Marker for the decision log's texts.</summary>
public sealed class DecisionsText;
