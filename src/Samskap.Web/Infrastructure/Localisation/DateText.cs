using System.Globalization;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>
/// The one way pages write dates and times: as the clock reads in Norway, with the month in words,
/// in the reader's language. Bokmål and nynorsk: "1. des. 2026", "1. desember 2026 kl. 21.30";
/// English, in British order: "1 Dec 2026", "1 December 2026 at 21:30".
/// </summary>
public static class DateText
{
    public static string Date(DateOnly date) =>
        date.ToString(Cultures.Current == Cultures.English ? "d MMM yyyy" : "d. MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The Norwegian date of a stored UTC time.</summary>
    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(NorwegianTime.FromUtc(utc)));

    /// <summary>The Norwegian date and time of a stored UTC time.</summary>
    public static string DateAndTime(DateTime utc) =>
        NorwegianTime.FromUtc(utc).ToString(
            Cultures.Current == Cultures.English ? "d MMMM yyyy 'at' HH':'mm" : "d'.' MMMM yyyy 'kl.' HH'.'mm",
            CultureInfo.CurrentCulture);

    /// <summary>A date with the month in full, in a given language rather than the reader's (a letter to someone else): "3. desember 2026", "3 December 2026".</summary>
    public static string LongDate(DateOnly date, string language) =>
        date.ToString(language == Cultures.English ? "d MMMM yyyy" : "d. MMMM yyyy", CultureInfo.GetCultureInfo(Cultures.IsSupported(language) ? language : Cultures.Default));

    /// <summary>A clock time as the reader writes it: "09.30" in Norwegian, "09:30" in English.</summary>
    public static string Time(TimeOnly time) =>
        time.ToString(Cultures.Current == Cultures.English ? "HH':'mm" : "HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>The Norwegian clock time of an instant, as the reader writes it.</summary>
    public static string Time(DateTimeOffset instant) => Time(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, NorwegianTime.Zone).DateTime));

    /// <summary>A clock time as the JSON API and time fields write it: "09:30".</summary>
    public static string ClockTime(TimeOnly time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>A clock time as the JSON API writes it ("HH:mm", 00:00 to 23:59), or null for anything else.</summary>
    public static TimeOnly? ParseClockTime(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
