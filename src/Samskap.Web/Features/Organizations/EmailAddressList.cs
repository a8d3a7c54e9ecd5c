using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Organizations;

/// <summary>
/// Reads the e-mail addresses a leader pastes in: one per line, or separated by commas, semicolons
/// or spaces, as they come out of an address book. Plain rules, no ASP.NET.
/// </summary>
public static class EmailAddressList
{
    /// <summary>Column width for stored addresses: room for the longest one SMTP carries.</summary>
    public const int ColumnLength = 256;

    /// <summary>More than this in one go is more likely a pasted mailing list than a team.</summary>
    public const int MaxPerInvitation = 30;

    private static readonly char[] _separators = [',', ';', ' ', '\t', '\r', '\n'];

    public sealed record Parsed(IReadOnlyList<string> Valid, IReadOnlyList<string> Invalid);

    /// <summary>The distinct valid addresses (first spelling kept, compared without case) and the entries that are not addresses.</summary>
    public static Parsed Parse(string? text)
    {
        var valid = new List<string>();
        var invalid = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in (text ?? "").Split(_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Kari Nordmann <kari@example.no>" pasted from a mail client: keep the address inside the brackets.
            var entry = raw.Trim('<', '>', '"', '\'');
            if (EmailAddresses.IsValid(entry))
            {
                if (seen.Add(entry))
                {
                    valid.Add(entry);
                }
            }
            else if (raw.Contains('@', StringComparison.Ordinal))
            {
                invalid.Add(raw);
            }
        }

        return new Parsed(valid, invalid);
    }

    /// <summary>The form addresses are compared in: the same as ASP.NET Identity's normalised e-mail.</summary>
    public static string Normalize(string address) => address.Trim().ToUpperInvariant();
}
