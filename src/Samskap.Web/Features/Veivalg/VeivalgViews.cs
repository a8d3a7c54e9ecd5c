namespace Samskap.Web.Features.Veivalg;

public sealed record QuestionsForm(AnswerSheet Sheet, string Action);

/// <summary>What the result partial shows; ReadinessKnown is false until the project has a readiness round.</summary>
public sealed record RecommendationView(ApproachRecommendation Recommendation, bool ReadinessKnown);
