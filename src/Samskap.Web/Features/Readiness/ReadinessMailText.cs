namespace Samskap.Web.Features.Readiness;

/// <summary>Marker for the texts of the readiness e-mails, looked up in the recipient's language by <see cref="ReadinessMail"/>.</summary>
public sealed class ReadinessMailText;
