using System.Buffers;
using System.Security.Cryptography;
using Samskap.Web.Features.Profile;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The join code a room is found by, and the two secrets of live mode: the participant's token and
/// the presenter link's token. Only hashes of the secrets are stored.
/// </summary>
public static class LiveSecrets
{
    public const int CodeLength = 6;

    /// <summary>Capitals and digits without look-alikes: no 0/O, no 1/I/L. 31 signs, so 31⁶ ≈ 887 million codes.</summary>
    public const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const string ParticipantPrefix = "slp_";
    public const string PresenterPrefix = "slv_";

    /// <summary>The longest a client's operation id may be.</summary>
    public const int OperationIdMaxLength = 64;

    private static readonly SearchValues<char> _codeSigns = SearchValues.Create(CodeAlphabet);
    private static readonly SearchValues<char> _urlSafe = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The prefix and 32 random bytes (256 bits) in base64url.</summary>
    private static readonly int _tokenLength = ParticipantPrefix.Length + 43;

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>
    /// The code as typed, made comparable: trimmed, in capitals, without the spaces or dashes people
    /// type between groups. Null when it cannot be a code, so no lookup is made for it.
    /// </summary>
    public static string? NormalizeCode(string? typed)
    {
        if (typed is null || typed.Length > 20)
        {
            return null;
        }

        Span<char> code = stackalloc char[CodeLength];
        var length = 0;
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\u00A0')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (length == CodeLength || !_codeSigns.Contains(upper))
            {
                return null;
            }

            code[length++] = upper;
        }

        return length == CodeLength ? new string(code) : null;
    }

    public static string NewParticipantToken() => ParticipantPrefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string NewPresenterToken() => PresenterPrefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool IsParticipantToken(string? token) => IsWellFormed(token, ParticipantPrefix);

    public static bool IsPresenterToken(string? token) => IsWellFormed(token, PresenterPrefix);

    public static string Hash(string token) => AccessTokenRules.Hash(token);

    /// <summary>An operation id is any short printable text the phone made; an empty or over-long one is refused.</summary>
    public static bool IsOperationId(string? id) =>
        id is { Length: > 0 and <= OperationIdMaxLength } && !id.AsSpan().ContainsAnyInRange('\0', ' ');

    private static bool IsWellFormed(string? token, string prefix) =>
        token is not null && token.Length == _tokenLength && token.StartsWith(prefix, StringComparison.Ordinal)
        && !token.AsSpan(prefix.Length).ContainsAnyExcept(_urlSafe);
}
