namespace Samskap.Web.Features.Organizations;

/// <summary>Marker for the texts of the invitation e-mail, looked up in the recipient's language by <see cref="InvitationMail"/>.</summary>
public sealed class InvitationMailText;
