namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>Times are stored in UTC and shown as the clock reads in Norway, where the teams are, whatever the server's own zone (written out by <see cref="DateText"/>).</summary>
public static class NorwegianTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        // Debian's tzdata provides this; a machine without it falls back to UTC rather than failing at start.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
