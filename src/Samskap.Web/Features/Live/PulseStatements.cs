namespace Samskap.Web.Features.Live;

/// <summary>
/// The pulse: six short statements on trust and language, each on a 1–5 scale, asked after every
/// session, and one open question. The ids are a contract; the wording is in LiveText.
/// </summary>
public static class PulseStatements
{
    public const string SaidWhatIMeant = "said-what-i-meant";
    public const string SafeToDisagree = "safe-to-disagree";
    public const string UnderstandableLanguage = "understandable-language";
    public const string KnowWhatHappens = "know-what-happens";
    public const string KnowledgeValued = "knowledge-valued";
    public const string BeliefInInfluence = "belief-in-influence";

    public const int OpenAnswerMaxLength = 1000;

    public static IReadOnlyList<string> Ids { get; } =
        [SaidWhatIMeant, SafeToDisagree, UnderstandableLanguage, KnowWhatHappens, KnowledgeValued, BeliefInInfluence];

    public static bool IsStatement(string id) => Ids.Contains(id);
}
