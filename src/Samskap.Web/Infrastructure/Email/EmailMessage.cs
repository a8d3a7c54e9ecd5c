using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>
/// One e-mail to one person, already worded in their language. The plain-text body is always
/// sent; the HTML body, when given, is its alternative and must say the same.
/// </summary>
public sealed record EmailMessage
{
    /// <param name="to">The recipient's bare address (see <see cref="EmailAddresses.IsValid"/>).</param>
    /// <param name="language">The recipient's language: nb, nn or en; sent as Content-Language.</param>
    /// <param name="subject">One line; line breaks and runs of spaces become one space.</param>
    /// <param name="text">The plain-text body.</param>
    /// <param name="html">An optional HTML body with the same content.</param>
    public EmailMessage(string to, string language, string subject, string text, string? html = null)
    {
        if (!EmailAddresses.IsValid(to))
        {
            throw new ArgumentException("The recipient is not an e-mail address.", nameof(to));
        }

        if (!Cultures.IsSupported(language))
        {
            throw new ArgumentException($"The language '{language}' is not one of {string.Join(", ", Cultures.Supported)}.", nameof(language));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        To = to.Trim();
        Language = language.ToLowerInvariant();
        Subject = string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Text = text;
        Html = string.IsNullOrWhiteSpace(html) ? null : html;
    }

    public string To { get; }

    public string Language { get; }

    public string Subject { get; }

    public string Text { get; }

    public string? Html { get; }
}
