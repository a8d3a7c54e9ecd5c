using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>One session as a calendar entry needs it: the session, its agenda on the clock, its venue, and where it lives.</summary>
public sealed record CalendarSession(Session Session, IReadOnlyList<AgendaBlock> Blocks, Venue? Venue, Uri Url);

/// <summary>
/// Sessions as RFC 5545 iCalendar, written with Ical.Net: times in Europe/Oslo with its VTIMEZONE,
/// a UID that stays the same across edits, a SEQUENCE that rises with each change, and
/// STATUS:CANCELLED for a cancelled session, so calendars update the entry rather than add one.
/// </summary>
public static class SessionCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string Zone = "Europe/Oslo";

    /// <summary>The UID of a session's entry: its id, which no edit changes.</summary>
    public static string Uid(Guid sessionId) => $"{sessionId}@samskap";

    public static string Write(string name, IEnumerable<CalendarSession> sessions, Func<Session, IReadOnlyList<AgendaBlock>, string> description)
    {
        var calendar = new Calendar { ProductId = "-//Samskap//Samlinger//NB" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddTimeZone(Zone, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), includeHistoricalData: false);
        foreach (var item in sessions)
        {
            calendar.Events.Add(Event(item, description(item.Session, item.Blocks)));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(CalendarSession item, string description)
    {
        var session = item.Session;
        var (start, end) = AgendaRules.Span(session.Date, session.Start, session.End);
        return new CalendarEvent
        {
            Uid = Uid(session.Id),
            Sequence = session.Sequence,
            Summary = session.Title,
            Description = description,
            Location = item.Venue is { } venue ? string.Join(", ", new[] { venue.Name, venue.Address }.Where(p => !string.IsNullOrWhiteSpace(p))) : null,
            DtStart = OnTheClock(start),
            DtEnd = OnTheClock(end),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(session.UpdatedAt, DateTimeKind.Utc)),
            Status = session.Status == SessionStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Url = item.Url,
        };
    }

    /// <summary>The Norwegian wall-clock time of an instant, tagged with the zone.</summary>
    private static CalDateTime OnTheClock(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, NorwegianTime.Zone).DateTime;
        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone, hasTime: true);
    }
}
