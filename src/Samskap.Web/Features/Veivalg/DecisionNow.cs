namespace Samskap.Web.Features.Veivalg;

/// <summary>A saved decision that a later readiness round has overtaken, and why.</summary>
/// <param name="RoundNumber">The readiness round whose result changes the picture.</param>
/// <param name="RedPrerequisites">The prerequisites that round found red.</param>
/// <param name="AnswersQuery">The saved answers, to start Veivalg again from them.</param>
public sealed record OvertakenDecision(int RoundNumber, IReadOnlyList<string> RedPrerequisites, string AnswersQuery);

/// <summary>
/// A saved decision is a record and stays as it was. What holds now is worked out again from its
/// answers and the latest readiness result: when that makes the same approach not ready, the page
/// must say so beside the record. Plain rules, no ASP.NET.
/// </summary>
public static class DecisionNow
{
    /// <param name="savedApproach">The approach the saved decision chose.</param>
    /// <param name="savedStatus">The status it was saved with.</param>
    /// <param name="answers">The decision's stored answers (question → "yes" | "no" | "unsure").</param>
    /// <param name="latestRound">The latest readiness round with a result, or null.</param>
    /// <param name="redPrerequisites">That round's red prerequisites.</param>
    public static OvertakenDecision? Check(
        Approach savedApproach, ApproachStatus savedStatus, IReadOnlyDictionary<string, string> answers, int? latestRound, IReadOnlyList<string> redPrerequisites)
    {
        if (latestRound is not { } round || savedStatus == ApproachStatus.NotReady)
        {
            return null;
        }

        var sheet = AnswerSheet.FromStored(answers);
        var signal = redPrerequisites.Count > 0 ? ReadinessSignal.RedPrerequisite : ReadinessSignal.NoRedPrerequisite;
        var now = ApproachRules.Recommend(sheet.Answers, signal);
        return now.Approach == savedApproach && now.Status == ApproachStatus.NotReady
            ? new OvertakenDecision(round, redPrerequisites, sheet.ToQuery())
            : null;
    }
}
