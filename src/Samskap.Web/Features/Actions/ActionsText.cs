namespace Samskap.Web.Features.Actions;

/// <summary>Marker for the shared actions' texts.</summary>
public sealed class ActionsText;
