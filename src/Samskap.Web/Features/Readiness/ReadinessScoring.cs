namespace Samskap.Web.Features.Readiness;

public enum ReadinessStatus
{
    Unknown,
    Red,
    Yellow,
    Green,
}

public enum ReadinessVerdict
{
    NotReady,
    Unclear,
    ConditionallyReady,
    Ready,
}

public sealed record PointScore(string Id, double? Score, ReadinessStatus Status, bool Disagreement);

public sealed record PrerequisiteScore(string Id, double? Score, ReadinessStatus Status);

public sealed record ReadinessResult(IReadOnlyList<PrerequisiteScore> Prerequisites, IReadOnlyList<PointScore> Points, ReadinessVerdict Verdict);

/// <summary>
/// The four prerequisites and their twelve points, and how a team's answers (1–5, or null for
/// "don't know") become scores, colours and a verdict. Ids are a contract of the API.
/// </summary>
public static class ReadinessScoring
{
    public static readonly IReadOnlyList<(string Prerequisite, IReadOnlyList<string> Points)> Model =
    [
        ("competence", ["competence.what", "competence.whenWhy", "competence.how"]),
        ("frames", ["frames.time", "frames.resources", "frames.unpredictability"]),
        ("trust", ["trust.curiosity", "trust.relations", "trust.language"]),
        ("facilitation", ["facilitation.leadership", "facilitation.venue", "facilitation.process"]),
    ];

    public static IEnumerable<string> PointIds => Model.SelectMany(prerequisite => prerequisite.Points);

    /// <summary>Red below 3.0, yellow from 3.0 to below 4.0, green from 4.0; unrounded.</summary>
    public static ReadinessStatus StatusOf(double? score) => score switch
    {
        null => ReadinessStatus.Unknown,
        < 3.0 => ReadinessStatus.Red,
        < 4.0 => ReadinessStatus.Yellow,
        _ => ReadinessStatus.Green,
    };

    /// <summary>
    /// Scores one respondent-per-entry set of answers, as the API receives them. A point missing
    /// from a response counts as "don't know"; values must already be 1–5 or null.
    /// </summary>
    public static ReadinessResult Score(IReadOnlyList<IReadOnlyDictionary<string, int?>> responses) =>
        ScoreAnswers(PointIds.ToDictionary(
            id => id,
            IReadOnlyList<int?> (id) => responses.Select(response => response.TryGetValue(id, out var value) ? value : null).ToList()));

    /// <summary>
    /// Scores every answer given to each point (a point may have several statements, and each
    /// respondent answers each statement once). Null is "don't know"; a point with no entry has no answers.
    /// </summary>
    public static ReadinessResult ScoreAnswers(IReadOnlyDictionary<string, IReadOnlyList<int?>> answersByPoint)
    {
        var points = new List<PointScore>();
        var prerequisites = new List<PrerequisiteScore>();
        foreach (var (prerequisite, pointIds) in Model)
        {
            var scored = pointIds.Select(id => ScorePoint(id, answersByPoint.TryGetValue(id, out var answers) ? answers : [])).ToList();
            points.AddRange(scored);
            var known = scored.Where(p => p.Score is not null).Select(p => p.Score!.Value).ToList();
            double? mean = known.Count == 0 ? null : known.Average();
            prerequisites.Add(new PrerequisiteScore(prerequisite, mean, StatusOf(mean)));
        }

        var verdict = prerequisites.Any(p => p.Status == ReadinessStatus.Red) ? ReadinessVerdict.NotReady
            : points.Any(p => p.Status == ReadinessStatus.Unknown) ? ReadinessVerdict.Unclear
            : prerequisites.Any(p => p.Status == ReadinessStatus.Yellow) ? ReadinessVerdict.ConditionallyReady
            : ReadinessVerdict.Ready;
        return new ReadinessResult(prerequisites, points, verdict);
    }

    /// <summary>The prerequisite a point belongs to: the part of its id before the dot.</summary>
    public static string PrerequisiteOf(string pointId) => pointId[..pointId.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The ids the API and stored data use for statuses and verdicts.</summary>
    public static string Word(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Red => "red",
        ReadinessStatus.Yellow => "yellow",
        ReadinessStatus.Green => "green",
        _ => "unknown",
    };

    public static string Word(ReadinessVerdict verdict) => verdict switch
    {
        ReadinessVerdict.NotReady => "not-ready",
        ReadinessVerdict.Unclear => "unclear",
        ReadinessVerdict.ConditionallyReady => "conditionally-ready",
        _ => "ready",
    };

    private static PointScore ScorePoint(string id, IReadOnlyList<int?> answers)
    {
        var given = answers.Where(a => a is not null).Select(a => a!.Value).ToList();
        var dontKnow = answers.Count - given.Count;

        // Unknown when nobody answered, or when more than half said "don't know".
        double? score = given.Count == 0 || dontKnow * 2 > answers.Count ? null : given.Average();
        var disagreement = given.Count > 0 && given.Max() - given.Min() >= 3;
        return new PointScore(id, score, StatusOf(score), disagreement);
    }
}
