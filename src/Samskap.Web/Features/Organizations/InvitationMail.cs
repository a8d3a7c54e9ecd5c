using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Organizations;

/// <summary>
/// The e-mail that carries an invitation link to someone who is to join an organisation. It is
/// worded in the recipient's language, whatever the language of the administrator who sends it.
/// </summary>
public static class InvitationMail
{
    /// <param name="to">The invited person's address.</param>
    /// <param name="language">The invited person's language: nb, nn or en.</param>
    /// <param name="inviterName">The display name of the person who made the invitation.</param>
    /// <param name="organizationName">The organisation the link joins.</param>
    /// <param name="link">The absolute invitation link.</param>
    /// <param name="projectTitle">When the invitation was made from a readiness round: the project whose round the link leads on to.</param>
    public static EmailMessage Compose(string to, string language, string inviterName, string organizationName, Uri link, string? projectTitle = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inviterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationName);
        var texts = new EmailTexts<InvitationMailText>(language);
        var body = new EmailBody()
            .Paragraph(texts["Greeting"])
            .Paragraph($"{texts.Format("Invited", inviterName, organizationName)} {texts["About"]}");
        if (!string.IsNullOrWhiteSpace(projectTitle))
        {
            body.Paragraph(texts.Format("Round", projectTitle));
        }

        return body
            .Paragraph(texts["Open"])
            .Link(link)
            .Paragraph(texts.Format("Validity", (int)Invitation.Lifetime.TotalDays))
            .Paragraph(texts["NotExpected"])
            .Paragraph(texts["SignOff"])
            .ToMessage(to, texts.Language, texts.Format("Subject", inviterName, organizationName));
    }
}
