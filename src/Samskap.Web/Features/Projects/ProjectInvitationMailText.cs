namespace Samskap.Web.Features.Projects;

/// <summary>Marker for the texts of the project invitation e-mail, looked up in the recipient's language by <see cref="ProjectInvitationMail"/>.</summary>
public sealed class ProjectInvitationMailText;
