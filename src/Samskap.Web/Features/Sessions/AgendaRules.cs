namespace Samskap.Web.Features.Sessions;

/// <summary>What the agenda rules need to know of one block.</summary>
public sealed record AgendaBlockTiming(int Minutes, bool IsBreak, bool RelationBuilding);

/// <summary>When a block starts and ends, as instants with the offset Norwegian clocks show then.</summary>
public sealed record TimedBlock(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// A rule the agenda breaks; <c>Minutes</c> is set for <c>overrun</c> and <c>unplanned-time</c>, and
/// <c>Over</c> for <c>venue-too-small</c> (how many more are expected than the venue takes).
/// </summary>
public sealed record AgendaWarning(string Id, int? Minutes = null, int? Over = null);

/// <summary>An agenda laid out on the clock: the session's length, the blocks' total, each block's times, and the warnings.</summary>
public sealed record AgendaPlan(
    DateTimeOffset Start,
    DateTimeOffset End,
    int LengthMinutes,
    int TotalMinutes,
    IReadOnlyList<TimedBlock> Blocks,
    IReadOnlyList<AgendaWarning> Warnings);

/// <summary>Whether a session's date, start and end make a session.</summary>
public enum SpanCheck
{
    Ok,

    /// <summary>The end is the start: no session has no length.</summary>
    EndIsStart,

    /// <summary>Longer than <see cref="AgendaRules.MaxSessionMinutes"/>.</summary>
    TooLong,
}

/// <summary>
/// The agenda rules of a session, exactly as the contract names them. Times are counted in elapsed
/// minutes from the start and shown as Norwegian clocks read them, so a session across a change to or
/// from summer time shows the wall-clock times those minutes reach (01:30 + 60 min on 2026-03-29 is 03:30).
/// </summary>
public static class AgendaRules
{
    public const string Overrun = "overrun";
    public const string NoBreak = "no-break";
    public const string LongStretch = "long-stretch";
    public const string NoRelationOpening = "no-relation-opening";
    public const string UnplannedTime = "unplanned-time";

    /// <summary>Every rule id, in the order the warnings are listed.</summary>
    public static readonly IReadOnlyList<string> RuleIds = [Overrun, UnplannedTime, NoBreak, LongStretch, NoRelationOpening];

    public const int MinBlockMinutes = 1;
    public const int MaxBlockMinutes = 480;
    public const int MaxBlocks = 60;
    public const int MaxSessionMinutes = 12 * 60;

    /// <summary>The longest a session, or a stretch of it, may run without a break.</summary>
    public const int LongestWithoutBreak = 90;

    /// <summary>More unplanned minutes than this is worth a warning; a few minutes of slack is good planning.</summary>
    public const int MostUnplannedMinutes = 15;

    private static readonly TimeZoneInfo _oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>Well under the months between two changes of Norwegian clocks.</summary>
    private static readonly TimeSpan _steadyCheckLimit = TimeSpan.FromDays(60);

    public static bool IsValidDuration(int minutes) => minutes is >= MinBlockMinutes and <= MaxBlockMinutes;

    /// <summary>
    /// The instant a Norwegian clock shows <paramref name="time"/> on <paramref name="date"/>. A time in
    /// the hour skipped in spring is read with the winter offset, so it lands as far past the gap as it
    /// was into it (02:30 is 03:30); a time that comes twice in autumn is read as the first, summer one.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (_oslo.IsInvalidTime(local))
        {
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, _oslo.BaseUtcOffset), _oslo);
        }

        var offset = _oslo.IsAmbiguousTime(local) ? _oslo.GetAmbiguousTimeOffsets(local).Max() : _oslo.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The start and end instants of a session: an end before the start is on the next day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(DateOnly date, TimeOnly start, TimeOnly end) =>
        (At(date, start), At(end <= start ? date.AddDays(1) : date, end));

    /// <summary>The session's length in elapsed minutes.</summary>
    public static int LengthMinutes(DateOnly date, TimeOnly start, TimeOnly end)
    {
        var (from, to) = Span(date, start, end);
        return (int)(to - from).TotalMinutes;
    }

    public static SpanCheck CheckSpan(DateOnly date, TimeOnly start, TimeOnly end) =>
        end == start ? SpanCheck.EndIsStart
        : LengthMinutes(date, start, end) > MaxSessionMinutes ? SpanCheck.TooLong
        : SpanCheck.Ok;

    /// <summary>Lays the blocks out from the session's start and checks the agenda against the rules.</summary>
    public static AgendaPlan Plan(DateOnly date, TimeOnly start, TimeOnly end, IReadOnlyList<AgendaBlockTiming> blocks)
    {
        var (from, to) = Span(date, start, end);
        var length = (int)(to - from).TotalMinutes;
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.Minutes;
        }

        var steady = IsSteady(from, Math.Max(length, total));
        var timed = new List<TimedBlock>(blocks.Count);
        var elapsed = 0;
        foreach (var block in blocks)
        {
            timed.Add(new TimedBlock(OnTheClock(from, elapsed, steady), OnTheClock(from, elapsed + block.Minutes, steady)));
            elapsed += block.Minutes;
        }

        return new AgendaPlan(from, OnTheClock(from, length, steady), length, total, timed, Warnings(length, total, blocks));
    }

    /// <summary>
    /// Whether Norwegian clocks keep <paramref name="start"/>'s offset for the next <paramref name="minutes"/>.
    /// They change twice a year, months apart, so over less than <see cref="_steadyCheckLimit"/> the same
    /// offset at both ends means no change in between, and the time zone need not be asked for every block.
    /// </summary>
    private static bool IsSteady(DateTimeOffset start, int minutes) =>
        minutes < _steadyCheckLimit.TotalMinutes && TimeZoneInfo.ConvertTime(start.AddMinutes(minutes), _oslo).Offset == start.Offset;

    private static DateTimeOffset OnTheClock(DateTimeOffset start, int elapsedMinutes, bool steady) =>
        steady ? start.AddMinutes(elapsedMinutes) : TimeZoneInfo.ConvertTime(start.AddMinutes(elapsedMinutes), _oslo);

    private static List<AgendaWarning> Warnings(int length, int total, IReadOnlyList<AgendaBlockTiming> blocks)
    {
        var warnings = new List<AgendaWarning>();
        if (total > length)
        {
            warnings.Add(new AgendaWarning(Overrun, total - length));
        }

        if (length - total > MostUnplannedMinutes)
        {
            warnings.Add(new AgendaWarning(UnplannedTime, length - total));
        }

        var hasBreak = blocks.Any(b => b.IsBreak);
        if (!hasBreak && length > LongestWithoutBreak)
        {
            warnings.Add(new AgendaWarning(NoBreak));
        }

        if (hasBreak && LongestStretch(blocks) > LongestWithoutBreak)
        {
            warnings.Add(new AgendaWarning(LongStretch));
        }

        if (blocks.Count > 0 && !blocks[0].RelationBuilding)
        {
            warnings.Add(new AgendaWarning(NoRelationOpening));
        }

        return warnings;
    }

    /// <summary>The most minutes in a row without a break block.</summary>
    public static int LongestStretch(IReadOnlyList<AgendaBlockTiming> blocks)
    {
        int longest = 0, current = 0;
        foreach (var block in blocks)
        {
            current = block.IsBreak ? 0 : current + block.Minutes;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
