using Samskap.Web.Features.Account;

namespace Samskap.Web.Features.Veivalg;

/// <summary>
/// A saved Veivalg result on a project. Decisions are never changed or deleted: a new decision is
/// added, and the latest is the project's current one.
/// </summary>
public class ApproachDecision
{
    public const int RationaleMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The nine answers as "questionId=yes|no|unsure" pairs joined by ';', in question order.</summary>
    public string Answers { get; set; } = "";

    public Approach Approach { get; set; }
    public ApproachStatus Status { get; set; }

    /// <summary>Rule ids, blocker ids and suggestion ids as the rules gave them, joined by ';'.</summary>
    public string Rules { get; set; } = "";
    public string Blockers { get; set; } = "";
    public string Suggestions { get; set; } = "";

    public string Rationale { get; set; } = "";
    public string DecidedByUserId { get; set; } = "";
    public AppUser? DecidedBy { get; set; }
    public DateTime DecidedAt { get; set; } = DateTime.UtcNow;

    public static string Join(IEnumerable<string> ids) => string.Join(';', ids);

    public static IReadOnlyList<string> Split(string joined) =>
        joined.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static string JoinAnswers(IReadOnlyDictionary<string, Answer> answers) =>
        Join(ApproachRules.Questions.Select(q => $"{q}={ApproachRules.Word(answers.TryGetValue(q, out var a) ? a : Answer.Unsure)}"));

    public IReadOnlyDictionary<string, Answer> ParsedAnswers()
    {
        var answers = new Dictionary<string, Answer>();
        foreach (var pair in Split(Answers))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && ApproachRules.TryParseAnswer(parts[1], out var answer))
            {
                answers[parts[0]] = answer;
            }
        }

        return answers;
    }
}
