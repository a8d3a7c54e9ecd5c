using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// The e-mails of a readiness round: the invitation to answer, and the reminder to those who have
/// not answered yet. Each is worded in the recipient's language, whatever the leader's.
/// </summary>
public static class ReadinessMail
{
    /// <summary>Asks a member of the organisation to answer the round.</summary>
    /// <param name="to">The member's address.</param>
    /// <param name="language">The member's language: nb, nn or en.</param>
    /// <param name="projectTitle">The project the round belongs to.</param>
    /// <param name="link">The absolute answering link.</param>
    /// <param name="closesOn">The round's closing date, the last day to answer.</param>
    public static EmailMessage RoundInvitation(string to, string language, string projectTitle, Uri link, DateOnly closesOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectTitle);
        var texts = new EmailTexts<ReadinessMailText>(language);
        return new EmailBody()
            .Paragraph(texts["Greeting"])
            .Paragraph($"{texts.Format("Invitation.Intro", projectTitle)} {texts["Invitation.Time"]}")
            .Paragraph(texts["Open"])
            .Link(link)
            .Paragraph(texts.Format("ClosesOn", texts.Date(closesOn)))
            .Paragraph(texts["SignOff"])
            .ToMessage(to, texts.Language, texts.Format("Invitation.Subject", projectTitle));
    }

    /// <summary>Reminds a member who has not answered an open round; it tells them to ignore it if they have answered since.</summary>
    /// <param name="to">The member's address.</param>
    /// <param name="language">The member's language: nb, nn or en.</param>
    /// <param name="projectTitle">The project the round belongs to.</param>
    /// <param name="link">The absolute answering link.</param>
    /// <param name="closesOn">The round's closing date, the last day to answer.</param>
    public static EmailMessage Reminder(string to, string language, string projectTitle, Uri link, DateOnly closesOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectTitle);
        var texts = new EmailTexts<ReadinessMailText>(language);
        return new EmailBody()
            .Paragraph(texts["Greeting"])
            .Paragraph(texts.Format("Reminder.Intro", projectTitle))
            .Paragraph(texts["Open"])
            .Link(link)
            .Paragraph(texts.Format("ClosesOn", texts.Date(closesOn)))
            .Paragraph(texts["Reminder.AlreadyAnswered"])
            .Paragraph(texts["SignOff"])
            .ToMessage(to, texts.Language, texts.Format("Reminder.Subject", projectTitle));
    }
}
