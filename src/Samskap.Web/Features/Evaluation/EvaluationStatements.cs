namespace Samskap.Web.Features.Evaluation;

/// <summary>One statement of the core-element evaluation and the theme it belongs to.</summary>
public sealed record EvaluationStatement(string Id, string Theme);

/// <summary>
/// The core-element evaluation: twelve statements that leaders, partners and participants answer on
/// the same 1–5 scale with "vet ikke". They cover the seed's three core elements of co-creation
/// (Tortzen 2019), the four themes of the SAMSON scorecard (KS and USN 2018) and trust and language.
/// The ids are a contract (the API and the export name them); the wording is our own, in EvaluationText.
/// </summary>
public static class EvaluationStatements
{
    public const string CorePartnership = "core-partnership";
    public const string CoreResources = "core-resources";
    public const string CoreEverydayKnowledge = "core-everyday-knowledge";
    public const string SamsonEquality = "samson-equality";
    public const string SamsonExchange = "samson-exchange";
    public const string SamsonLearning = "samson-learning";
    public const string SamsonLeadership = "samson-leadership";
    public const string TrustLanguage = "trust-language";

    public static IReadOnlyList<EvaluationStatement> All { get; } =
    [
        new("shared-responsibility", CorePartnership),
        new("citizens-involved", CorePartnership),
        new("all-contributed", CoreResources),
        new("knowledge-from-all", CoreResources),
        new("everyday-knowledge-valued", CoreEverydayKnowledge),
        new("everyday-knowledge-changed", CoreEverydayKnowledge),
        new("equal-footing", SamsonEquality),
        new("mutual-exchange", SamsonExchange),
        new("learned-together", SamsonLearning),
        new("led-together", SamsonLeadership),
        new("trust-held", TrustLanguage),
        new("understandable-language", TrustLanguage),
    ];

    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(s => s.Id)];

    public static IReadOnlyList<string> Themes { get; } = [.. All.Select(s => s.Theme).Distinct()];

    public static bool IsStatement(string id) => Ids.Contains(id);
}

/// <summary>Who answered a round. The wire words are a contract: leaders, partners, participants.</summary>
public enum EvaluationGroup
{
    /// <summary>The project's leaders and facilitators.</summary>
    Leaders = 0,

    /// <summary>The partners' people, external ones included.</summary>
    Partners = 1,

    /// <summary>Participants, anonymously through the link or the code.</summary>
    Participants = 2,
}

public static class EvaluationGroups
{
    public static IReadOnlyList<EvaluationGroup> All { get; } = Enum.GetValues<EvaluationGroup>();

    public static string Word(EvaluationGroup group) => group.ToString().ToLowerInvariant();
}
