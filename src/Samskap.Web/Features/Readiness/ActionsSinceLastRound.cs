using Samskap.Web.Features.Actions;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// What the project did about each point between two rounds: the actions that address the point
/// and were made after the previous round opened (in answer to it), up to the shown round's close.
/// </summary>
public static class ActionsSinceLastRound
{
    /// <summary>The latest other round of the same project that opened before the shown one; null for the first round.</summary>
    public static ReadinessRound? PreviousOf(ReadinessRound shown, IEnumerable<ReadinessRound> rounds) =>
        rounds
            .Where(r => r.ProjectId == shown.ProjectId && r.Id != shown.Id && Ran(r) && OpenedAt(r) < OpenedAt(shown))
            .OrderBy(OpenedAt)
            .ThenBy(r => r.Number)
            .LastOrDefault();

    /// <summary>Point id → its actions, oldest first; a point without such actions is absent, and so is every point of a first round.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ProjectAction>> ByPoint(ReadinessRound shown, ReadinessRound? previous, IEnumerable<ProjectAction> actions)
    {
        if (previous is null)
        {
            return new Dictionary<string, IReadOnlyList<ProjectAction>>();
        }

        var from = OpenedAt(previous);
        var until = ClosesAt(shown);
        // From the previous opening inclusive, since its answers can prompt an action from that moment; to this close exclusive, since a later action answers this round and belongs to the next.
        return actions
            .Where(a => a.ProjectId == shown.ProjectId && a.Point is not null && a.CreatedAt >= from && a.CreatedAt < until)
            .GroupBy(a => a.Point!)
            .ToDictionary(g => g.Key, IReadOnlyList<ProjectAction> (g) => g.OrderBy(a => a.CreatedAt).ToList());
    }

    /// <summary>A round opens at the start of its opening day in Norway, or when it was started, if that came later in the day.</summary>
    public static DateTime OpenedAt(ReadinessRound round)
    {
        var dayStarts = StartOfDay(round.OpensOn);
        return round.CreatedAt > dayStarts ? round.CreatedAt : dayStarts;
    }

    /// <summary>When the leader closed the round, or else midnight in Norway after its closing date; still ahead while it is open.</summary>
    public static DateTime ClosesAt(ReadinessRound round) => round.ClosedAt ?? StartOfDay(round.ClosesOn.AddDays(1));

    /// <summary>A round closed before it opened never ran, so it answers nothing and prompts nothing.</summary>
    private static bool Ran(ReadinessRound round) => ClosesAt(round) > OpenedAt(round);

    private static DateTime StartOfDay(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), NorwegianTime.Zone);
}
