using System.Text;

namespace Samskap.Klarsprak;

/// <summary>One entry of a stiff-word list: the stiff word or phrase and its plainer alternative.</summary>
/// <param name="Term">As written in the list, in lower case with single spaces; a word ending in * also matches its inflected forms.</param>
/// <param name="Suggestion">The plainer alternative, in the list's written standard.</param>
public sealed record StiffWordEntry(string Term, string Suggestion)
{
    public bool MatchesInflectedForms => Term.Contains('*', StringComparison.Ordinal);

    public int WordCount => Term.Count(c => c == ' ') + 1;
}

/// <summary>
/// The stiff, old-fashioned and bureaucratic words and phrases the analyser looks for, one list for
/// each written standard (embedded from Lists/stiff-words.nb.txt and Lists/stiff-words.nn.txt).
/// </summary>
public sealed class StiffWordList
{
    private static readonly Lazy<StiffWordList> BokmalList = new(() => Load(WrittenStandard.Bokmal));
    private static readonly Lazy<StiffWordList> NynorskList = new(() => Load(WrittenStandard.Nynorsk));

    private StiffWordList(WrittenStandard standard, IReadOnlyList<StiffWordEntry> entries)
    {
        Standard = standard;
        Entries = entries;
    }

    public WrittenStandard Standard { get; }

    /// <summary>In the order of the file.</summary>
    public IReadOnlyList<StiffWordEntry> Entries { get; }

    public static StiffWordList For(WrittenStandard standard) => standard switch
    {
        WrittenStandard.Bokmal => BokmalList.Value,
        WrittenStandard.Nynorsk => NynorskList.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };

    /// <summary>
    /// Parses a list in the file format: one <c>term | alternative</c> a line, # starts a comment
    /// line. Throws <see cref="FormatException"/> naming the line of the first malformed entry.
    /// </summary>
    public static IReadOnlyList<StiffWordEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<StiffWordEntry>();
        foreach (var (lineNumber, line) in EmbeddedLists.ContentLines(text))
        {
            var parts = line.Split('|');
            if (parts.Length != 2)
            {
                throw new FormatException($"Line {lineNumber}: expected 'term | alternative', found '{line}'.");
            }

            var term = NormaliseTerm(parts[0], lineNumber);
            var suggestion = parts[1].Trim();
            if (suggestion.Length == 0)
            {
                throw new FormatException($"Line {lineNumber}: '{term}' has no alternative.");
            }

            entries.Add(new StiffWordEntry(term, suggestion));
        }

        return entries;
    }

    private static StiffWordList Load(WrittenStandard standard) =>
        new(standard, Parse(EmbeddedLists.Read($"stiff-words.{EmbeddedLists.Suffix(standard)}.txt")));

    private static string NormaliseTerm(string raw, int lineNumber)
    {
        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new FormatException($"Line {lineNumber}: the term is empty.");
        }

        foreach (var word in words)
        {
            var body = word.EndsWith('*') ? word[..^1] : word;
            if (body.Length == 0 || !body.All(c => char.IsLetter(c) || TextChars.IsJoiner(c)) || !char.IsLetter(body[0]) || !char.IsLetter(body[^1]))
            {
                throw new FormatException($"Line {lineNumber}: '{word}' is not a word (letters, inner hyphens or apostrophes, optionally a final *).");
            }
        }

        return string.Join(' ', words).ToLowerInvariant().Normalize(NormalizationForm.FormC);
    }
}
