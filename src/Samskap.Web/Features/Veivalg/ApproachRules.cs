namespace Samskap.Web.Features.Veivalg;

public enum Answer
{
    Unsure = 0,
    Yes = 1,
    No = 2,
}

public enum Approach
{
    LiteratureStudy,
    Participation,
    CoCreation,
}

public enum ApproachStatus
{
    Ready,
    NotReady,
    Clarify,
}

/// <summary>What the project's latest readiness round says, as far as the rules care; None before any round.</summary>
public enum ReadinessSignal
{
    None,
    NoRedPrerequisite,
    RedPrerequisite,
}

public sealed record ApproachRecommendation(
    Approach Approach,
    ApproachStatus Status,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> Suggestions);

/// <summary>
/// The Veivalg rules: the knowledge you need decides the approach, and co-creation is recommended
/// only when it is strictly necessary and the gates let it through. Ids are a contract of the API.
/// </summary>
public static class ApproachRules
{
    public const string KnowledgeExists = "knowledgeExists";
    public const string ImprovedByInvolvement = "improvedByInvolvement";
    public const string NewKnowledgeNeeded = "newKnowledgeNeeded";
    public const string OthersHoldKnowledge = "othersHoldKnowledge";
    public const string OthersMustAct = "othersMustAct";
    public const string ExpertOrRegulated = "expertOrRegulated";
    public const string Mandate = "mandate";
    public const string OpenOutcomeAccepted = "openOutcomeAccepted";
    public const string ResourcesSecured = "resourcesSecured";

    /// <summary>The nine questions, in the order they are asked.</summary>
    public static readonly IReadOnlyList<string> Questions =
    [
        KnowledgeExists, ImprovedByInvolvement, NewKnowledgeNeeded, OthersHoldKnowledge, OthersMustAct,
        ExpertOrRegulated, Mandate, OpenOutcomeAccepted, ResourcesSecured,
    ];

    /// <summary>The questions whose "unsure" asks the team to clarify before co-creating.</summary>
    private static readonly string[] _gateQuestions = [ExpertOrRegulated, Mandate, OpenOutcomeAccepted, ResourcesSecured];

    /// <summary>The API's and the URL's words for an answer.</summary>
    public static string Word(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        _ => "unsure",
    };

    public static bool TryParseAnswer(string? word, out Answer answer)
    {
        answer = word switch
        {
            "yes" => Answer.Yes,
            "no" => Answer.No,
            "unsure" => Answer.Unsure,
            _ => (Answer)(-1),
        };
        return Enum.IsDefined(answer);
    }

    public static string Word(Approach approach) => approach switch
    {
        Approach.LiteratureStudy => "literature-study",
        Approach.Participation => "participation",
        _ => "co-creation",
    };

    public static string Word(ApproachStatus status) => status switch
    {
        ApproachStatus.Ready => "ready",
        ApproachStatus.NotReady => "not-ready",
        _ => "clarify",
    };

    public static ApproachRecommendation Recommend(IReadOnlyDictionary<string, Answer> answers, ReadinessSignal readiness = ReadinessSignal.None)
    {
        // An unanswered question counts as unsure.
        Answer A(string question) => answers.TryGetValue(question, out var answer) ? answer : Answer.Unsure;

        var rules = new List<string>();
        var blockers = new List<string>();
        Approach approach;
        var status = ApproachStatus.Ready;

        if (A(NewKnowledgeNeeded) == Answer.Yes && (A(OthersHoldKnowledge) == Answer.Yes || A(OthersMustAct) == Answer.Yes))
        {
            rules.Add("new-knowledge-shared");
            if (A(ExpertOrRegulated) == Answer.Yes)
            {
                rules.Add("expert-or-regulated");
                approach = Approach.Participation;
            }
            else if (A(Mandate) == Answer.No)
            {
                rules.Add("no-mandate");
                approach = Approach.Participation;
            }
            else
            {
                approach = Approach.CoCreation;
                if (A(OpenOutcomeAccepted) == Answer.No || A(ResourcesSecured) == Answer.No)
                {
                    status = ApproachStatus.NotReady;
                    if (A(OpenOutcomeAccepted) == Answer.No)
                    {
                        blockers.Add("open-outcome");
                    }

                    if (A(ResourcesSecured) == Answer.No)
                    {
                        blockers.Add("resources");
                    }
                }
                else if (_gateQuestions.Any(question => A(question) == Answer.Unsure))
                {
                    status = ApproachStatus.Clarify;
                    blockers.AddRange(_gateQuestions.Where(question => A(question) == Answer.Unsure));
                }
                else if (readiness == ReadinessSignal.RedPrerequisite)
                {
                    status = ApproachStatus.NotReady;
                    blockers.Add("readiness");
                }
            }
        }
        else if (A(NewKnowledgeNeeded) == Answer.Yes)
        {
            rules.Add("new-knowledge-not-shared");
            approach = Approach.Participation;
        }
        else if (A(ImprovedByInvolvement) == Answer.Yes)
        {
            rules.Add("improved-by-involvement");
            approach = Approach.Participation;
        }
        else
        {
            rules.Add(A(KnowledgeExists) == Answer.Yes ? "existing-knowledge" : "start-with-what-is-known");
            approach = Approach.LiteratureStudy;
        }

        var suggestions = A(KnowledgeExists) != Answer.No && approach != Approach.LiteratureStudy
            ? new[] { "literature-first" }
            : [];
        return new ApproachRecommendation(approach, status, rules, blockers, suggestions);
    }
}
