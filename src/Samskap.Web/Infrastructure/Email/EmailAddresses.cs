using MimeKit;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>What Samskap takes as an e-mail address: one mailbox, local part @ a domain with a dot.</summary>
public static class EmailAddresses
{
    /// <summary>The longest address SMTP carries (RFC 5321: a 256-octet path less its angle brackets).</summary>
    public const int MaxLength = 254;

    /// <summary>True for a bare address such as <c>kari@kommune.no</c>; pages check typed addresses with this before sending.</summary>
    public static bool IsValid(string? address) =>
        TryParse(address, out var mailbox) && string.IsNullOrEmpty(mailbox.Name) && mailbox.Address == address!.Trim();

    /// <summary>Takes an address with or without a display name, as <c>Smtp:From</c> allows.</summary>
    internal static bool TryParseSender(string? text, out MailboxAddress sender) => TryParse(text, out sender);

    private static bool TryParse(string? text, out MailboxAddress mailbox)
    {
        mailbox = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength + 100 || text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return false;
        }

        if (!MailboxAddress.TryParse(ParserOptions.Default, text.Trim(), out var parsed)
            || parsed.Address.Length > MaxLength
            || string.IsNullOrEmpty(parsed.LocalPart)
            || parsed.Domain is not { Length: > 0 } domain
            || domain.IndexOf('.', StringComparison.Ordinal) is <= 0
            || domain.EndsWith('.'))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }
}
