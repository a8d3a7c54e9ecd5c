using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samskap.Web.Data;

/// <summary>
/// SQLite keeps times as text. Microsoft.Data.Sqlite reads them back with the general
/// DateTime.Parse, which was the largest single cost of reading a list of rows. This writes exactly
/// the text EF's own SQLite mapping writes ("yyyy-MM-dd HH:mm:ss.FFFFFFF", UTC), so stored data and
/// ordering are unchanged, and reads that fixed format directly.
/// </summary>
internal sealed class SqliteUtcTextConverter() : ValueConverter<DateTime, string>(
    value => SqliteUtcText.Format(value),
    text => SqliteUtcText.Parse(text))
{
}

internal static class SqliteUtcText
{
    public const string Layout = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static string Format(DateTime value) =>
        (value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()).ToString(Layout, CultureInfo.InvariantCulture);

    public static DateTime Parse(string text)
    {
        // "2026-11-27 07:48:00" with an optional fraction of up to seven digits.
        var span = text.AsSpan();
        if (span.Length >= 19 && span[4] == '-' && span[7] == '-' && span[10] == ' ' && span[13] == ':' && span[16] == ':'
            && TryDigits(span[..4], out var year) && TryDigits(span.Slice(5, 2), out var month) && TryDigits(span.Slice(8, 2), out var day)
            && TryDigits(span.Slice(11, 2), out var hour) && TryDigits(span.Slice(14, 2), out var minute) && TryDigits(span.Slice(17, 2), out var second)
            && TryFraction(span[19..], out var ticks)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 60)
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }

        // Anything else (written by another tool, say) goes through the general parser.
        return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryFraction(ReadOnlySpan<char> rest, out long ticks)
    {
        ticks = 0;
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] != '.' || rest.Length < 2 || rest.Length > 8)
        {
            return false;
        }

        var digits = rest[1..];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            ticks = (ticks * 10) + (c - '0');
        }

        for (var missing = digits.Length; missing < 7; missing++)
        {
            ticks *= 10;
        }

        return true;
    }
}
