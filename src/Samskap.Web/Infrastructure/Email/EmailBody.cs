using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>
/// Builds a message's plain-text and HTML bodies from the same paragraphs and links, so that the
/// two parts never say different things.
/// </summary>
public sealed class EmailBody
{
    // Letters such as æ, ø and å stay readable in the HTML source; only markup characters are escaped.
    private static readonly HtmlEncoder _html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly List<(string? Text, Uri? Link)> _blocks = [];

    public EmailBody Paragraph(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _blocks.Add((text, null));
        return this;
    }

    /// <summary>A link on a line of its own, written out in full so it can be copied from any mail program.</summary>
    public EmailBody Link(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsAbsoluteUri || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A link in an e-mail must be an absolute http(s) address.", nameof(link));
        }

        _blocks.Add((null, link));
        return this;
    }

    public string ToText() => string.Join("\n\n", _blocks.Select(block => block.Text ?? block.Link!.AbsoluteUri));

    public string ToHtml(string language)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{_html.Encode(language)}\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n");
        foreach (var (text, link) in _blocks)
        {
            var content = link is null
                ? _html.Encode(text!)
                : $"<a href=\"{_html.Encode(link.AbsoluteUri)}\">{_html.Encode(link.AbsoluteUri)}</a>";
            html.Append(CultureInfo.InvariantCulture, $"<p>{content}</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The message to <paramref name="to"/> with this body in both parts.</summary>
    public EmailMessage ToMessage(string to, string language, string subject) =>
        new(to, language, subject, ToText(), ToHtml(language));
}
