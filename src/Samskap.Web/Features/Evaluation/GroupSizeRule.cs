namespace Samskap.Web.Features.Evaluation;

/// <summary>Why a figure about people is not shown.</summary>
public enum HiddenBecause
{
    /// <summary>Shown: it rests on enough answers, and it gives away no hidden figure.</summary>
    NotHidden = 0,

    /// <summary>It rests on fewer than <see cref="GroupSizeRule.MinimumAnswers"/> answers.</summary>
    TooFewAnswers = 1,

    /// <summary>It has enough answers, but with it shown, a hidden group's figure could be worked out by subtraction.</summary>
    WouldRevealAnother = 2,
}

/// <summary>
/// One figure under the rule: the number of answers it rests on, whether it is shown, and, when it is
/// not, how many more answers would let it (and any figure hidden to protect it) be shown.
/// </summary>
public sealed record GroupFigure(string Key, int Answers, HiddenBecause Hidden, int Needed)
{
    public bool Shown => Hidden == HiddenBecause.NotHidden;
}

/// <summary>A total ("all") and its split into groups, after the rule.</summary>
public sealed record GroupSplit(GroupFigure Total, IReadOnlyList<GroupFigure> Groups)
{
    public GroupFigure Group(string key) => Groups.First(g => g.Key == key);
}

/// <summary>
/// The group-size rule for every figure about people (the pulse, the evaluation, the splits by
/// participant kind): a figure is shown only when it rests on at least <see cref="MinimumAnswers"/>
/// answers. A figure that could be worked out from the shown ones is hidden too: when the total and
/// every group but one are shown, the last group follows by subtraction (its count from the counts,
/// its mean from the sums), so then the smallest other group is hidden with it.
/// </summary>
public static class GroupSizeRule
{
    public const int MinimumAnswers = 5;

    /// <summary>A figure on its own, with no split to protect.</summary>
    public static GroupFigure Alone(string key, int answers) => Primary(key, answers);

    /// <summary>
    /// The total and its groups. The groups must add up to the total (every answer in exactly one
    /// group, "vil ikke si" included), which is what makes subtraction possible at all.
    /// </summary>
    public static GroupSplit Split(int totalAnswers, IReadOnlyList<(string Key, int Answers)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Sum(g => g.Answers) != totalAnswers || groups.Any(g => g.Answers < 0))
        {
            throw new ArgumentException("The groups must add up to the total, with no negative counts.", nameof(groups));
        }

        var total = Primary("all", totalAnswers);
        var figures = groups.Select(g => Primary(g.Key, g.Answers)).ToList();

        // A group with no answers gives nothing away: there is no figure to work out.
        var revealing = figures.Where(f => !f.Shown && f.Answers > 0).ToList();
        if (total.Shown && revealing.Count == 1)
        {
            var protectedGroup = revealing[0];
            var cover = figures
                .Select((figure, index) => (figure, index))
                .Where(x => x.figure.Shown)
                .OrderBy(x => x.figure.Answers)
                .ThenBy(x => x.index)
                .Select(x => (int?)x.index)
                .FirstOrDefault();
            if (cover is { } index)
            {
                // It can be shown as soon as the group it protects can.
                figures[index] = figures[index] with { Hidden = HiddenBecause.WouldRevealAnother, Needed = protectedGroup.Needed };
            }
        }

        return new GroupSplit(total, figures);
    }

    private static GroupFigure Primary(string key, int answers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(answers);
        return answers >= MinimumAnswers
            ? new GroupFigure(key, answers, HiddenBecause.NotHidden, 0)
            : new GroupFigure(key, answers, HiddenBecause.TooFewAnswers, MinimumAnswers - answers);
    }
}
