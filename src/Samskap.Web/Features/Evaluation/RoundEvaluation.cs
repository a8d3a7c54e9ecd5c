namespace Samskap.Web.Features.Evaluation;

/// <summary>One response as the results read it: the group that gave it and its answers (null for "vet ikke").</summary>
public sealed record GroupResponse(EvaluationGroup Group, IReadOnlyDictionary<string, int?> Answers);

/// <summary>A statement's figure for one group: the scale answers it rests on, the mean when shown, how many more are needed when not, the "vet ikke" count and the distribution 1–5 (empty when hidden).</summary>
public sealed record RoundFigure(string StatementId, int N, double? Mean, int Needed, int DontKnow, IReadOnlyList<int> Distribution);

/// <summary>A flagged statement: leaders against another group, with the difference of their means (leaders minus the other).</summary>
public sealed record RoundGap(string StatementId, EvaluationGroup Other, double Difference);

/// <summary>A round's results: every group's figure per statement, the gaps first-class, and the number of responses per group.</summary>
public sealed record RoundResult(
    IReadOnlyDictionary<EvaluationGroup, IReadOnlyList<RoundFigure>> Groups,
    IReadOnlyList<RoundGap> Gaps,
    IReadOnlyDictionary<EvaluationGroup, int> Responses)
{
    public RoundFigure Figure(EvaluationGroup group, string statementId) => Groups[group].First(f => f.StatementId == statementId);
}

/// <summary>
/// The results of a core-element evaluation round. Each group's figure per statement stands alone
/// under the group-size rule: no total across the groups is shown, so no group can be worked out by
/// subtraction. A statement is a gap (<see cref="PerceptionGap.RuleId"/>) when the leaders' mean
/// and the participants' or the partners' mean, both shown, are 1.0 or more apart.
/// </summary>
public static class RoundEvaluation
{
    /// <summary>The other groups the leaders are compared with, in the order the page names them.</summary>
    public static IReadOnlyList<EvaluationGroup> ComparedWithLeaders { get; } = [EvaluationGroup.Participants, EvaluationGroup.Partners];

    public static RoundResult Of(IEnumerable<GroupResponse> responses)
    {
        var byGroup = responses.GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.ToList());
        var groups = new Dictionary<EvaluationGroup, IReadOnlyList<RoundFigure>>();
        var sums = new Dictionary<(EvaluationGroup, string), ScaleAnswers>();
        foreach (var group in EvaluationGroups.All)
        {
            var mine = byGroup.GetValueOrDefault(group) ?? [];
            var figures = new List<RoundFigure>();
            foreach (var statement in EvaluationStatements.Ids)
            {
                var values = mine
                    .Select(r => r.Answers.TryGetValue(statement, out var value) ? (Given: true, Value: value) : (Given: false, Value: null))
                    .Where(a => a.Given)
                    .ToList();
                var scale = values.Where(a => a.Value is >= 1 and <= 5).Select(a => a.Value!.Value).ToList();
                var answers = new ScaleAnswers(scale.Count, scale.Sum());
                sums[(group, statement)] = answers;
                var rule = GroupSizeRule.Alone(EvaluationGroups.Word(group), scale.Count);
                figures.Add(new RoundFigure(
                    statement,
                    scale.Count,
                    rule.Shown ? answers.Mean : null,
                    rule.Needed,
                    values.Count(a => a.Value is null),
                    rule.Shown ? [.. Enumerable.Range(1, 5).Select(v => scale.Count(x => x == v))] : []));
            }

            groups[group] = figures;
        }

        var gaps = new List<RoundGap>();
        foreach (var statement in EvaluationStatements.Ids)
        {
            var leaders = sums[(EvaluationGroup.Leaders, statement)];
            foreach (var other in ComparedWithLeaders)
            {
                var theirs = sums[(other, statement)];
                if (PerceptionGap.Differs(leaders, theirs) == true)
                {
                    gaps.Add(new RoundGap(statement, other, PerceptionGap.Difference(leaders, theirs)));
                }
            }
        }

        return new RoundResult(
            groups,
            [.. gaps.OrderByDescending(g => Math.Abs(g.Difference))],
            EvaluationGroups.All.ToDictionary(g => g, g => byGroup.GetValueOrDefault(g)?.Count ?? 0));
    }
}
