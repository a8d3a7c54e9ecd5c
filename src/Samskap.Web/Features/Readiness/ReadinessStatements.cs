namespace Samskap.Web.Features.Readiness;

public sealed record Statement(string Id, string PointId);

/// <summary>
/// The statements the team answers, at least one per point. Their texts are in
/// ReadinessText*.resx (in this folder) under "Statement.{id}", all in one file per language.
/// </summary>
public static class ReadinessStatements
{
    public static readonly IReadOnlyList<Statement> All =
    [
        new("competence.what.1", "competence.what"),
        new("competence.whenWhy.1", "competence.whenWhy"),
        new("competence.how.1", "competence.how"),
        new("competence.how.2", "competence.how"),
        new("frames.time.1", "frames.time"),
        new("frames.resources.1", "frames.resources"),
        new("frames.unpredictability.1", "frames.unpredictability"),
        new("trust.curiosity.1", "trust.curiosity"),
        new("trust.relations.1", "trust.relations"),
        new("trust.relations.2", "trust.relations"),
        new("trust.language.1", "trust.language"),
        new("facilitation.leadership.1", "facilitation.leadership"),
        new("facilitation.venue.1", "facilitation.venue"),
        new("facilitation.process.1", "facilitation.process"),
    ];

    /// <summary>The answering is split into one step per prerequisite, so answers are saved as the person goes.</summary>
    public static IReadOnlyList<string> Steps { get; } = ReadinessScoring.Model.Select(m => m.Prerequisite).ToList();

    public static IEnumerable<Statement> InStep(string prerequisite) =>
        All.Where(statement => ReadinessScoring.PrerequisiteOf(statement.PointId) == prerequisite);

    /// <summary>How many statements a point has: each person gives that many answers to it.</summary>
    public static int CountFor(string pointId) => All.Count(statement => statement.PointId == pointId);

    public static Statement? Find(string id) => All.FirstOrDefault(statement => statement.Id == id);
}

/// <summary>Reads and writes a response's stored answers; an answer is 1–5, or null for "don't know".</summary>
public static class ReadinessAnswers
{
    public const string DontKnow = "?";

    /// <summary>The stored answers that still name a statement and hold a valid value: a statement since removed is ignored.</summary>
    public static IReadOnlyDictionary<string, int?> Known(IReadOnlyDictionary<string, int?> stored) =>
        stored
            .Where(pair => ReadinessStatements.Find(pair.Key) is not null && pair.Value is null or (>= 1 and <= 5))
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>The form value of an answer: "1"…"5", or "?" for don't know.</summary>
    public static string Word(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? DontKnow;

    public static bool TryParse(string? text, out int? value)
    {
        value = null;
        if (text == DontKnow)
        {
            return true;
        }

        if (text is { Length: 1 } && text[0] is >= '1' and <= '5')
        {
            value = text[0] - '0';
            return true;
        }

        return false;
    }
}
