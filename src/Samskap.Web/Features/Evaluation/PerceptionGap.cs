namespace Samskap.Web.Features.Evaluation;

/// <summary>The answers of one group to one statement: how many gave a value, and their sum (1–5 each; "vet ikke" is not counted).</summary>
public readonly record struct ScaleAnswers(int Count, int Sum)
{
    public double? Mean => Count == 0 ? null : (double)Sum / Count;
}

/// <summary>
/// The <c>perception-gap</c> rule: a statement is flagged when the leaders' mean and the
/// participants' mean, or the leaders' and the partners' mean, differ by 1.0 or more, and both means
/// are shown under the group-size rule. The comparison is made on the exact fractions, so a
/// difference of exactly 1.0 is never lost to rounding (4.2 − 3.2 is not 1.0 in floating point).
/// </summary>
public static class PerceptionGap
{
    public const string RuleId = "perception-gap";

    /// <summary>Whether the two groups' means are at least 1.0 apart, both shown; null when either is hidden or empty.</summary>
    public static bool? Differs(ScaleAnswers leaders, ScaleAnswers other)
    {
        if (leaders.Count < GroupSizeRule.MinimumAnswers || other.Count < GroupSizeRule.MinimumAnswers)
        {
            return null;
        }

        // |Sa/na − Sb/nb| ≥ 1  ⇔  |Sa·nb − Sb·na| ≥ na·nb, in whole numbers.
        var difference = Math.Abs(((long)leaders.Sum * other.Count) - ((long)other.Sum * leaders.Count));
        return difference >= (long)leaders.Count * other.Count;
    }

    /// <summary>The difference of the means (leaders minus the other group), for the page's plain words.</summary>
    public static double Difference(ScaleAnswers leaders, ScaleAnswers other) => (leaders.Mean ?? 0) - (other.Mean ?? 0);
}
