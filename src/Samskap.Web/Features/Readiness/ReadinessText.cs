namespace Samskap.Web.Features.Readiness;

/// <summary>Marker for the readiness texts, the statements included.</summary>
public sealed class ReadinessText;
