using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Veivalg;

public sealed record QuestionsForm(AnswerSheet Sheet, string Action);

/// <summary>
/// What the result partial shows. ProjectId is null for the anonymous try; Readiness is null until the
/// project has a readiness round with enough answers for a result.
/// </summary>
public sealed record RecommendationView(ApproachRecommendation Recommendation, Guid? ProjectId = null, LatestReadiness? Readiness = null);

public static class VeivalgViews
{
    /// <summary>«A», «B» og «C»: names quoted (they may contain "og" themselves) and joined as the language does.</summary>
    public static string NamedList(IReadOnlyList<string> names, Microsoft.Extensions.Localization.IStringLocalizer veivalgText)
    {
        var quoted = names.Select(name => veivalgText["List.Quoted", name].Value).ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : $"{string.Join(", ", quoted.Take(quoted.Count - 1))} {veivalgText["List.And"]} {quoted[^1]}";
    }
}

/// <summary>One saved decision in a list, with the project it belongs to for its print link.</summary>
public sealed record DecisionSummary(Guid ProjectId, DecisionRow Decision);
