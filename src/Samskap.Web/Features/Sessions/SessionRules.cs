using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>A session as a form or the API sends it: every value as text, checked by <see cref="SessionRules"/>.</summary>
public sealed class SessionInput
{
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public string? Kind { get; set; }
    public string? Phase { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? Date { get; set; }

    /// <summary>HH:mm, Norwegian local time.</summary>
    public string? Start { get; set; }

    /// <summary>HH:mm; before the start means the next day.</summary>
    public string? End { get; set; }

    public string? VenueId { get; set; }
    public string? FacilitatorId { get; set; }
    public string? HostId { get; set; }
    public string? Status { get; set; }
    [FieldLabel(typeof(SessionsText), "Field.RelationBuilding")]
    public bool RelationBuilding { get; set; }

    /// <summary>Partner kind → how many are expected, as typed.</summary>
    [FieldLabel(typeof(SessionsText), "Field.Expected")]
    public Dictionary<string, string?> Expected { get; set; } = [];

    public static SessionInput From(Session session) => new()
    {
        Title = session.Title,
        Purpose = session.Purpose,
        Kind = SessionWords.Word(session.Kind),
        Phase = session.Phase,
        Date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Start = DateText.ClockTime(session.Start),
        End = DateText.ClockTime(session.End),
        VenueId = session.VenueId?.ToString(),
        FacilitatorId = session.FacilitatorUserId,
        HostId = session.HostUserId,
        Status = SessionWords.Word(session.Status),
        RelationBuilding = session.RelationBuilding,
        Expected = session.Expected.ToDictionary(e => e.Key, e => (string?)e.Value.ToString(CultureInfo.InvariantCulture)),
    };
}

/// <summary>A session that has passed the rules.</summary>
public sealed record CheckedSession(
    string Title,
    string Purpose,
    SessionKind Kind,
    string? Phase,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    Guid? VenueId,
    string? FacilitatorId,
    string? HostId,
    IReadOnlyDictionary<string, int> Expected,
    SessionStatus Status,
    bool RelationBuilding);

/// <summary>What a session may refer to in its project: the phases, the people, and the organisation's venues.</summary>
public sealed record SessionContext(IReadOnlySet<string> PhaseIds, IReadOnlySet<string> PeopleIds, IReadOnlySet<Guid> VenueIds, IReadOnlyList<string> PartnerKinds);

/// <summary>The rules a session must keep, for the pages and the API alike.</summary>
public static class SessionRules
{
    /// <summary>More than this many of one kind is a typing mistake, not a session.</summary>
    public const int MaxExpectedPerKind = 100_000;

    public static (List<FieldError> Errors, CheckedSession? Session) Check(SessionInput input, SessionContext context)
    {
        var errors = new List<FieldError>();
        var title = Text(errors, nameof(SessionInput.Title), input.Title, Session.TitleMaxLength, required: true);
        var purpose = Text(errors, nameof(SessionInput.Purpose), input.Purpose, Session.PurposeMaxLength, required: false);

        var kind = SessionKind.Workshop;
        if (!SessionWords.TryParseKind(input.Kind, out kind))
        {
            errors.Add(new FieldError(nameof(SessionInput.Kind), "Session.Error.Kind"));
        }

        var status = SessionStatus.Planned;
        if (!string.IsNullOrEmpty(input.Status) && !SessionWords.TryParseStatus(input.Status, out status))
        {
            errors.Add(new FieldError(nameof(SessionInput.Status), "Session.Error.Status"));
        }

        var phase = string.IsNullOrWhiteSpace(input.Phase) ? null : input.Phase.Trim();
        if (phase is not null && !context.PhaseIds.Contains(phase))
        {
            errors.Add(new FieldError(nameof(SessionInput.Phase), "Session.Error.Phase"));
        }

        DateOnly? date = DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        if (date is null)
        {
            errors.Add(new FieldError(nameof(SessionInput.Date), string.IsNullOrWhiteSpace(input.Date) ? "Session.Error.DateRequired" : "Session.Error.Date"));
        }

        var start = Clock(errors, nameof(SessionInput.Start), input.Start);
        var end = Clock(errors, nameof(SessionInput.End), input.End);
        if (date is { } on && start is { } from && end is { } to)
        {
            switch (AgendaRules.CheckSpan(on, from, to))
            {
                case SpanCheck.EndIsStart:
                    errors.Add(new FieldError(nameof(SessionInput.End), "Session.Error.EndIsStart"));
                    break;
                case SpanCheck.TooLong:
                    errors.Add(new FieldError(nameof(SessionInput.End), "Session.Error.TooLong", NumberText.Of(AgendaRules.MaxSessionMinutes / 60)));
                    break;
            }
        }

        Guid? venueId = null;
        if (!string.IsNullOrWhiteSpace(input.VenueId))
        {
            // A venue of another organisation is not among the context's, and reads as unknown.
            if (Guid.TryParse(input.VenueId, out var venue) && context.VenueIds.Contains(venue))
            {
                venueId = venue;
            }
            else
            {
                errors.Add(new FieldError(nameof(SessionInput.VenueId), "Session.Error.Venue"));
            }
        }

        var facilitator = Person(errors, nameof(SessionInput.FacilitatorId), input.FacilitatorId, context);
        var host = Person(errors, nameof(SessionInput.HostId), input.HostId, context);
        var expected = Expected(errors, input.Expected, context);

        return errors.Count > 0
            ? (errors, null)
            : (errors, new CheckedSession(title!, purpose ?? "", kind, phase, date!.Value, start!.Value, end!.Value, venueId, facilitator, host, expected, status, input.RelationBuilding));
    }

    public static void Apply(CheckedSession input, Session session)
    {
        session.Title = input.Title;
        session.Purpose = input.Purpose;
        session.Kind = input.Kind;
        session.Phase = input.Phase;
        session.Date = input.Date;
        session.Start = input.Start;
        session.End = input.End;
        session.VenueId = input.VenueId;
        session.FacilitatorUserId = input.FacilitatorId;
        session.HostUserId = input.HostId;
        session.Expected = new Dictionary<string, int>(input.Expected);
        session.Status = input.Status;
        session.RelationBuilding = input.RelationBuilding;
    }

    /// <summary>How many are expected in all.</summary>
    public static int ExpectedTotal(IReadOnlyDictionary<string, int> expected) => expected.Values.Sum();

    /// <summary>
    /// The project's sessions as the list shows them: the coming ones first, soonest first, then the
    /// ones that have passed, latest first. Cancelled ones stay in place, marked.
    /// </summary>
    public static IReadOnlyList<T> NextFirst<T>(IEnumerable<T> sessions, Func<T, DateOnly> date, DateOnly today)
    {
        var all = sessions.ToList();
        return [.. all.Where(s => date(s) >= today).OrderBy(date), .. all.Where(s => date(s) < today).OrderByDescending(date)];
    }

    private static string? Text(List<FieldError> errors, string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            errors.Add(new FieldError(field, $"Session.Error.{field}Required"));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, "Session.Error.TooLongText", NumberText.Of(maxLength)));
            return null;
        }

        return text;
    }

    private static TimeOnly? Clock(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, $"Session.Error.{field}Required"));
            return null;
        }

        if (DateText.ParseClockTime(value.Trim()) is { } time)
        {
            return time;
        }

        errors.Add(new FieldError(field, "Session.Error.Clock"));
        return null;
    }

    private static string? Person(List<FieldError> errors, string field, string? value, SessionContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (context.PeopleIds.Contains(value))
        {
            return value;
        }

        errors.Add(new FieldError(field, "Session.Error.Person"));
        return null;
    }

    private static Dictionary<string, int> Expected(List<FieldError> errors, IReadOnlyDictionary<string, string?> expected, SessionContext context)
    {
        var counted = new Dictionary<string, int>();
        foreach (var (kind, value) in expected)
        {
            if (!context.PartnerKinds.Contains(kind))
            {
                errors.Add(new FieldError($"Expected[{kind}]", "Session.Error.ExpectedKind"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxExpectedPerKind)
            {
                errors.Add(new FieldError($"Expected[{kind}]", "Session.Error.Expected", NumberText.Of(MaxExpectedPerKind)));
                continue;
            }

            if (count > 0)
            {
                counted[kind] = count;
            }
        }

        return counted;
    }
}

/// <summary>The wire words of a session's kind and status, and its clock times.</summary>
public static class SessionWords
{
    public static IReadOnlyList<SessionKind> Kinds { get; } = Enum.GetValues<SessionKind>();
    public static IReadOnlyList<SessionStatus> Statuses { get; } = Enum.GetValues<SessionStatus>();

    public static string Word(SessionKind kind) => kind.ToString().ToLowerInvariant();

    public static string Word(SessionStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? word, out SessionKind kind)
    {
        kind = Kinds.FirstOrDefault(k => Word(k) == word);
        return Kinds.Any(k => Word(k) == word);
    }

    public static bool TryParseStatus(string? word, out SessionStatus status)
    {
        status = Statuses.FirstOrDefault(s => Word(s) == word);
        return Statuses.Any(s => Word(s) == word);
    }
}
