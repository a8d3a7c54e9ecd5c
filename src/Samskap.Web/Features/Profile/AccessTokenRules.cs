using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Profile;

public enum AccessTokenState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>The rules of personal access tokens: how a key looks, how long it lives, and how many a person may hold.</summary>
public static class AccessTokenRules
{
    /// <summary>Marks the key as Samskap's, so that secret scanners and people can tell what it is.</summary>
    public const string Prefix = "samskap_pat_";

    /// <summary>256 bits of randomness.</summary>
    public const int RandomBytes = 32;

    /// <summary>The hex length of a SHA-256 hash.</summary>
    public const int HashLength = 64;

    public const int DefaultLifetimeInDays = 90;

    /// <summary>At most this many keys that still work, per person.</summary>
    public const int MaxActivePerPerson = 20;

    /// <summary>A key's last use is written at most this often.</summary>
    public static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    /// <summary>The prefix and 32 random bytes in base64url: 43 characters from A–Z, a–z, 0–9, '-' and '_'.</summary>
    private static readonly int _length = Prefix.Length + 43;

    public static string NewToken() => Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a value could be one of our keys at all; anything else is refused without a database query.</summary>
    public static bool IsWellFormed(string? token) =>
        token is not null
        && token.Length == _length
        && token.StartsWith(Prefix, StringComparison.Ordinal)
        && !token.AsSpan(Prefix.Length).ContainsAnyExcept(_urlSafe);

    public static DateOnly DefaultExpiry(DateOnly today) => today.AddDays(DefaultLifetimeInDays);

    public static DateOnly LatestExpiry(DateOnly today) => today.AddYears(1);

    /// <summary>A key works through its expiry date, in Norwegian time, unless it has been revoked.</summary>
    public static AccessTokenState State(DateOnly expiresOn, DateTime? revokedAt, DateOnly today) =>
        revokedAt is not null ? AccessTokenState.Revoked
        : today > expiresOn ? AccessTokenState.Expired
        : AccessTokenState.Active;

    /// <summary>Whether this use should be written down: never used, or last written a minute or more ago.</summary>
    public static bool ShouldRecordUse(DateTime? lastUsedAt, DateTime now) =>
        lastUsedAt is null || now - lastUsedAt.Value >= UseRecordInterval;

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks a new key's name and expiry date (yyyy-MM-dd from a date field), and the person's limit.</summary>
    public static IReadOnlyList<FieldError> CheckNew(string? name, string? expiresOn, DateOnly today, int activeTokens)
    {
        var errors = new List<FieldError>();
        if (activeTokens >= MaxActivePerPerson)
        {
            errors.Add(new FieldError("", "Tokens.Error.TooMany", NumberText.Of(MaxActivePerPerson)));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError("Name", "Tokens.Error.NameRequired"));
        }
        else if (name.Trim().Length > PersonalAccessToken.NameMaxLength)
        {
            errors.Add(new FieldError("Name", "Tokens.Error.NameTooLong", NumberText.Of(PersonalAccessToken.NameMaxLength)));
        }

        if (!TryParseDate(expiresOn, out var expires))
        {
            errors.Add(new FieldError("ExpiresOn", "Tokens.Error.ExpiresOnInvalid"));
        }
        else if (expires < today)
        {
            errors.Add(new FieldError("ExpiresOn", "Tokens.Error.ExpiresInPast"));
        }
        else if (expires > LatestExpiry(today))
        {
            errors.Add(new FieldError("ExpiresOn", "Tokens.Error.ExpiresTooLate", DateText.Date(LatestExpiry(today))));
        }

        return errors;
    }

    private static readonly System.Buffers.SearchValues<char> _urlSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
