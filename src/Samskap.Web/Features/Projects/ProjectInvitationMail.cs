using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// The e-mail that invites an external partner to one project. Worded in the recipient's
/// language, and it says what they will see: the project, not the organisation.
/// </summary>
public static class ProjectInvitationMail
{
    public static EmailMessage Compose(string to, string language, string inviterName, string organizationName, string projectTitle, string? partnerName, Uri link)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inviterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectTitle);
        var texts = new EmailTexts<ProjectInvitationMailText>(language);
        var body = new EmailBody()
            .Paragraph(texts["Greeting"])
            .Paragraph(texts.Format("Invited", inviterName, organizationName, projectTitle));
        if (!string.IsNullOrWhiteSpace(partnerName))
        {
            body.Paragraph(texts.Format("ForPartner", partnerName));
        }

        return body
            .Paragraph(texts["What"])
            .Paragraph(texts["Open"])
            .Link(link)
            .Paragraph(texts.Format("Validity", (int)Invitation.Lifetime.TotalDays))
            .Paragraph(texts["NotExpected"])
            .Paragraph(texts["SignOff"])
            .ToMessage(to, texts.Language, texts.Format("Subject", inviterName, projectTitle));
    }
}
