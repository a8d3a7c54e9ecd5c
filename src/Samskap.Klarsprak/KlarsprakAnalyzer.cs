namespace Samskap.Klarsprak;

/// <summary>
/// The plain-language analyser: LIX and its band, and findings for long sentences, stiff words,
/// passive, nominalisations and personal data. Build one and share it: construction reads and
/// indexes the word lists; <see cref="Analyze"/> is thread-safe and allocates little besides the
/// findings.
/// </summary>
public sealed class KlarsprakAnalyzer
{
    /// <summary>A sentence with more words than this is a long sentence.</summary>
    public const int LongSentenceWords = 25;

    /// <summary>A word with more letters than this is a long word in LIX.</summary>
    public const int LongWordLetters = 6;

    /// <summary>A sentence is dense with nominalisations when it has at least this many …</summary>
    public const int NominalisationMinimum = 3;

    /// <summary>… and at least one in this many of its words is one.</summary>
    public const int NominalisationOneIn = 5;

    private readonly LanguageModel _bokmal = new(WrittenStandard.Bokmal);
    private readonly LanguageModel _nynorsk = new(WrittenStandard.Nynorsk);

    /// <summary>
    /// Analyses <paramref name="text"/> as <paramref name="language"/> (which picks the stiff-word
    /// list and the passive grammar; LIX and the other rules are the same for both).
    /// </summary>
    /// <remarks>
    /// The rules, exactly:
    /// <list type="bullet">
    /// <item>A word is a maximal run of letters and decimal digits; a single hyphen-minus or
    /// apostrophe (' or ’) between two runs joins them (e-post). Combining marks and soft hyphens
    /// inside a word continue it without counting as letters. A long word has more than six
    /// letters (digits do not count).</item>
    /// <item>A sentence ends at . ! or ? (a run counts once), at a colon when the next word starts
    /// with a capital letter, and at a line break after a line with words that did not end with
    /// a terminator. A period of a listed abbreviation (f.eks., bl.a., kl., osv. …) or between two
    /// digits (18.00) never ends a sentence, even at the true end of a sentence; the text after the
    /// last end, if it holds words, is a sentence too, so a text with words has at least one.</item>
    /// <item>LIX = words / sentences + 100 × long words / words; 0 for a text without words.</item>
    /// </list>
    /// </remarks>
    public Analysis Analyze(string text, WrittenStandard language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var model = language switch
        {
            WrittenStandard.Bokmal => _bokmal,
            WrittenStandard.Nynorsk => _nynorsk,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
        return new AnalysisRun(text, model).Run();
    }
}

/// <summary>Everything the analyser knows about one written standard.</summary>
internal sealed class LanguageModel
{
    public LanguageModel(WrittenStandard standard)
    {
        StiffWords = StiffWordList.For(standard).Entries;
        Grammar = PassiveGrammar.For(standard);
        ActiveVoice = ActiveVoice.For(standard, Grammar);
        Trie = PhraseTrie.Build(StiffWords, Grammar.FunctionWords);
    }

    public IReadOnlyList<StiffWordEntry> StiffWords { get; }

    public PassiveGrammar Grammar { get; }

    public ActiveVoice ActiveVoice { get; }

    public PhraseTrie Trie { get; }
}
