using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Samskap.TestSupport;

/// <summary>What a test reads from a message the loopback SMTP server received.</summary>
public static partial class ReceivedMail
{
    /// <summary>The message's Content-Language, read from its raw top-level headers (MimeKit hands Content-* headers to the body).</summary>
    public static string? LanguageOf(MimeMessage message) =>
        message.ToString().ReplaceLineEndings("\n").Split("\n\n")[0].Split('\n')
            .FirstOrDefault(line => line.StartsWith("Content-Language: ", StringComparison.Ordinal))?["Content-Language: ".Length..];

    /// <summary>The one link in the plain-text part; throws unless the HTML part links to the same address.</summary>
    public static Uri LinkIn(MimeMessage message)
    {
        var text = Link().Matches(message.TextBody ?? "").Select(match => match.Value).Single();
        if (!(message.HtmlBody ?? "").Contains($"href=\"{WebUtility.HtmlEncode(text)}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The HTML part does not link to {text}.");
        }

        return new Uri(text);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
