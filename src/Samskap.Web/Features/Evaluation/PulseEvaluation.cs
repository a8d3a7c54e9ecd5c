namespace Samskap.Web.Features.Evaluation;

/// <summary>One answer to one pulse statement: the value 1–5 and the kind the participant gave (none when they did not say).</summary>
public sealed record PulseAnswer(string StatementId, int Value, string? ParticipantKind);

/// <summary>A statement's figure under the group-size rule: the answers it rests on, the mean when shown, and how many more are needed when not.</summary>
public sealed record StatementFigure(string Id, int N, double? Mean, int Needed)
{
    /// <summary>How many gave 1, 2, 3, 4 and 5; empty when the figure is hidden.</summary>
    public IReadOnlyList<int> Distribution { get; init; } = [];
}

/// <summary>A session's pulse: every statement for all, and split by participant kind.</summary>
public sealed record SessionPulse(IReadOnlyList<StatementFigure> Statements, IReadOnlyDictionary<string, IReadOnlyList<StatementFigure>> ByKind);

/// <summary>
/// The pulse of one session as the evaluation shows it. The rule applies to each statement on its
/// own, and to each participant kind in its split, so a statement few answered stays hidden even
/// when the others are shown, and a kind is hidden in a split when it could be worked out.
/// </summary>
public static class PulseEvaluation
{
    public static SessionPulse Of(IEnumerable<PulseAnswer> answers, IReadOnlyList<string> statementIds, IReadOnlyList<string> kinds, string notSaid)
    {
        var given = answers.Where(a => a.Value is >= 1 and <= 5).ToList();
        var statements = new List<StatementFigure>();
        var byKind = kinds.Append(notSaid).Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => new List<StatementFigure>(), StringComparer.Ordinal);
        foreach (var statement in statementIds)
        {
            var mine = given.Where(a => a.StatementId == statement).ToList();
            var groups = byKind.Keys
                .Select(kind => (Kind: kind, Answers: mine.Where(a => (a.ParticipantKind ?? notSaid) == kind).ToList()))
                .ToList();
            var unknown = mine.Count - groups.Sum(g => g.Answers.Count);
            if (unknown > 0)
            {
                throw new ArgumentException("Every answer's participant kind must be one of the kinds given.", nameof(answers));
            }

            var split = GroupSizeRule.Split(mine.Count, [.. groups.Select(g => (g.Kind, g.Answers.Count))]);
            statements.Add(Figure(statement, split.Total, mine));
            foreach (var (kind, kindAnswers) in groups)
            {
                byKind[kind].Add(Figure(statement, split.Group(kind), kindAnswers));
            }
        }

        return new SessionPulse(statements, byKind.ToDictionary(k => k.Key, k => (IReadOnlyList<StatementFigure>)k.Value, StringComparer.Ordinal));
    }

    private static StatementFigure Figure(string statement, GroupFigure figure, List<PulseAnswer> answers) =>
        new(statement, figure.Answers, figure.Shown ? answers.Average(a => a.Value) : null, figure.Needed)
        {
            Distribution = figure.Shown ? [.. Enumerable.Range(1, 5).Select(v => answers.Count(a => a.Value == v))] : [],
        };
}
