using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Veivalg;

public sealed record QuestionsForm(AnswerSheet Sheet, string Action);

/// <summary>
/// What the result partial shows. ProjectId is null for the anonymous try; Readiness is null until the
/// project has a readiness round with enough answers for a result.
/// </summary>
public sealed record RecommendationView(ApproachRecommendation Recommendation, Guid? ProjectId = null, LatestReadiness? Readiness = null);

/// <summary>One saved decision in a list, with the project it belongs to for its print link.</summary>
public sealed record DecisionSummary(Guid ProjectId, DecisionRow Decision);
