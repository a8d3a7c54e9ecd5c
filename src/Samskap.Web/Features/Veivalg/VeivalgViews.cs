using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Veivalg;

public sealed record QuestionsForm(AnswerSheet Sheet, string Action);

/// <summary>
/// What the result partial shows. ProjectId is null for the anonymous try; Readiness is null until the
/// project has a readiness round with enough answers for a result.
/// </summary>
public sealed record RecommendationView(ApproachRecommendation Recommendation, string AnswersQuery, Guid? ProjectId = null, LatestReadiness? Readiness = null);

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

/// <summary>The "what holds now" notice beside a saved decision.</summary>
public sealed record OvertakenView(Guid ProjectId, OvertakenDecision Overtaken, bool CanEdit);

/// <summary>The one next step a recommendation leads to: its link text (a VeivalgText key) and address.</summary>
public sealed record NextStep(string TextKey, string Url)
{
    /// <summary>
    /// Co-creation that is ready goes on to the readiness assessment (in a project) or to the four
    /// prerequisites (when only trying); not ready goes to what must be in place; unclear goes back to
    /// the answers. A literature study starts from the knowledge there is; participation from how it
    /// differs from co-creation.
    /// </summary>
    public static NextStep For(Approach approach, ApproachStatus status, Guid? projectId, string answersQuery) => (approach, status) switch
    {
        (Approach.CoCreation, ApproachStatus.Ready) when projectId is { } id => new("NextStep.Readiness", Readiness.ReadinessRoutes.Project(id)),
        (Approach.CoCreation, ApproachStatus.Ready) => new("NextStep.Prerequisites", Competence.CompetenceRoutes.Prerequisites),
        (Approach.CoCreation, ApproachStatus.NotReady) => new("NextStep.WhatIsMissing", Competence.CompetenceRoutes.Prerequisites),
        (Approach.CoCreation, _) => new("NextStep.Clarify", projectId is { } id ? VeivalgRoutes.Questions(id, answersQuery) : VeivalgRoutes.TryAgain(answersQuery)),
        (Approach.LiteratureStudy, _) => new("NextStep.LiteratureStudy", Competence.CompetenceRoutes.Knowledge),
        _ => new("NextStep.Participation", Competence.CompetenceRoutes.Paradigms),
    };
}
