namespace Samskap.Web.Features.Veivalg;

/// <summary>
/// Answers read from a form or a query string: every known question gets a value (unanswered is
/// unsure); an unknown question id or answer word is collected as a problem to report.
/// </summary>
public sealed class AnswerSheet
{
    private AnswerSheet(Dictionary<string, Answer> answers, List<(string Question, string Value)> badValues, List<string> unknownQuestions)
    {
        Answers = answers;
        BadValues = badValues;
        UnknownQuestions = unknownQuestions;
    }

    public IReadOnlyDictionary<string, Answer> Answers { get; }

    public IReadOnlyList<(string Question, string Value)> BadValues { get; }

    public IReadOnlyList<string> UnknownQuestions { get; }

    public bool IsValid => BadValues.Count == 0 && UnknownQuestions.Count == 0;

    /// <summary>Only pairs whose value is given count as answered.</summary>
    public IReadOnlyDictionary<string, Answer> Given { get; private init; } = new Dictionary<string, Answer>();

    /// <summary>A saved decision's stored answers (question → word), read back as a sheet.</summary>
    public static AnswerSheet FromStored(IReadOnlyDictionary<string, string> stored) =>
        Read(stored.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)), ignoreUnknownQuestions: true);

    public static AnswerSheet Read(IEnumerable<KeyValuePair<string, string?>> pairs, bool ignoreUnknownQuestions)
    {
        var answers = new Dictionary<string, Answer>();
        var given = new Dictionary<string, Answer>();
        var badValues = new List<(string, string)>();
        var unknown = new List<string>();
        foreach (var (question, value) in pairs)
        {
            if (!ApproachRules.Questions.Contains(question))
            {
                if (!ignoreUnknownQuestions)
                {
                    unknown.Add(question);
                }

                continue;
            }

            if (string.IsNullOrEmpty(value) && ignoreUnknownQuestions)
            {
                continue;
            }

            if (ApproachRules.TryParseAnswer(value, out var answer))
            {
                given[question] = answer;
            }
            else
            {
                badValues.Add((question, value ?? "null"));
            }
        }

        foreach (var question in ApproachRules.Questions)
        {
            answers[question] = given.TryGetValue(question, out var answer) ? answer : Answer.Unsure;
        }

        return new AnswerSheet(answers, badValues, unknown) { Given = given };
    }

    /// <summary>The answers as a query string, for links back to the questions and on to the result.</summary>
    public string ToQuery() => string.Join('&', Given.Select(pair => $"{pair.Key}={ApproachRules.Word(pair.Value)}"));
}
