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
    /// Scores one respondent-per-entry set of answers. A point missing from a response counts as
    /// "don't know"; values must already be 1–5 or null.
    /// </summary>
    public static ReadinessResult Score(IReadOnlyList<IReadOnlyDictionary<string, int?>> responses)
    {
        var points = new List<PointScore>();
        var prerequisites = new List<PrerequisiteScore>();
        foreach (var (prerequisite, pointIds) in Model)
        {
            var scored = pointIds.Select(id => ScorePoint(id, responses)).ToList();
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

    private static PointScore ScorePoint(string id, IReadOnlyList<IReadOnlyDictionary<string, int?>> responses)
    {
        var answers = responses.Select(response => response.TryGetValue(id, out var value) ? value : null).ToList();
        var given = answers.Where(a => a is not null).Select(a => a!.Value).ToList();
        var dontKnow = answers.Count - given.Count;

        // Unknown when nobody answered, or when more than half said "don't know".
        double? score = given.Count == 0 || dontKnow * 2 > answers.Count ? null : given.Average();
        var disagreement = given.Count > 0 && given.Max() - given.Min() >= 3;
        return new PointScore(id, score, StatusOf(score), disagreement);
    }
}
