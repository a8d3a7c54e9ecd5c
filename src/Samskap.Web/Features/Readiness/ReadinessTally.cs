namespace Samskap.Web.Features.Readiness;

/// <summary>How a point's answers spread over the scale: counts for 1–5 and for "don't know".</summary>
public sealed record PointSpread(string PointId, IReadOnlyList<int> Counts, int DontKnow)
{
    public int Total => Counts.Sum() + DontKnow;
}

/// <summary>
/// A round's answers put together. Results exist only when enough people have answered that no
/// one's answers can be picked out; below that, only the count is known.
/// </summary>
public sealed record ReadinessTally(int Respondents, ReadinessResult? Result, IReadOnlyList<PointSpread> Spreads)
{
    public const int MinimumRespondents = 3;

    public int RespondentsNeeded => Math.Max(0, MinimumRespondents - Respondents);

    /// <summary>Tallies the responses of one round; a response with no answers yet does not count as a respondent.</summary>
    public static ReadinessTally Of(IEnumerable<IReadOnlyDictionary<string, int?>> responses)
    {
        var answered = responses.Where(response => response.Count > 0).ToList();
        if (answered.Count < MinimumRespondents)
        {
            return new ReadinessTally(answered.Count, null, []);
        }

        var byPoint = ReadinessScoring.PointIds.ToDictionary(
            id => id,
            id => answered.SelectMany(response => ReadinessStatements.All
                    .Where(statement => statement.PointId == id && response.ContainsKey(statement.Id))
                    .Select(statement => response[statement.Id]))
                .ToList());
        var result = ReadinessScoring.ScoreAnswers(byPoint.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<int?>)pair.Value));
        var spreads = byPoint.Select(pair => new PointSpread(
                pair.Key,
                Enumerable.Range(1, 5).Select(value => pair.Value.Count(answer => answer == value)).ToList(),
                pair.Value.Count(answer => answer is null)))
            .ToList();
        return new ReadinessTally(answered.Count, result, spreads);
    }
}
