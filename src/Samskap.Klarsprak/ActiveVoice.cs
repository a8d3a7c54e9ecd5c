using System.Text;

namespace Samskap.Klarsprak;

/// <summary>
/// Turns a passive the analyser found into an active form with "vi", in the same tense, when the verb's
/// forms can be told with confidence (see <see cref="VerbLexicon"/>); otherwise gives null:
/// <list type="bullet">
/// <item>present: blir sendt, sendes → vi sender (nynorsk: vert sendt, sendast → vi sender);</item>
/// <item>past: ble sendt → vi sendte (nynorsk: vart sendt → vi sende);</item>
/// <item>after a modal: skal sendes, vil bli sendt → vi skal sende, vi vil sende;</item>
/// <item>perfect: er blitt sendt, har blitt sendt → vi har sendt (var blitt → vi hadde).</item>
/// </list>
/// Adverbs inside the phrase follow the verb or the modal (blir ikke gitt → vi gir ikke). A phrase
/// with a pronoun inside (kan det søkes), an auxiliary without its tense (bli sendt, blitt sendt)
/// or a word of anything but letters gets nothing. The suggestion starts with a capital when the
/// passive does.
/// </summary>
internal sealed class ActiveVoice
{
    private readonly WrittenStandard _standard;
    private readonly PassiveGrammar _grammar;
    private readonly VerbLexicon _verbs;
    private readonly HashSet<string> _presentAuxiliaries;
    private readonly HashSet<string> _pastAuxiliaries;
    private readonly HashSet<string> _infinitiveAuxiliaries;
    private readonly HashSet<string> _participleAuxiliaries;
    private readonly Dictionary<string, string> _activePerfect;

    /// <summary>Nynorsk s-passives whose infinitive is not the stem + e (takast: ta).</summary>
    private readonly Dictionary<string, string> _shortSPassives;

    private ActiveVoice(
        WrittenStandard standard,
        PassiveGrammar grammar,
        string present,
        string past,
        string infinitive,
        string participle,
        Dictionary<string, string> activePerfect,
        Dictionary<string, string> shortSPassives)
    {
        _standard = standard;
        _grammar = grammar;
        _verbs = VerbLexicon.For(standard);
        _presentAuxiliaries = Set(present);
        _pastAuxiliaries = Set(past);
        _infinitiveAuxiliaries = Set(infinitive);
        _participleAuxiliaries = Set(participle);
        _activePerfect = activePerfect;
        _shortSPassives = shortSPassives;
    }

    public static ActiveVoice For(WrittenStandard standard, PassiveGrammar grammar) => standard switch
    {
        WrittenStandard.Bokmal => new ActiveVoice(
            standard,
            grammar,
            present: "blir",
            past: "ble blei",
            infinitive: "bli",
            participle: "blitt",
            activePerfect: new(StringComparer.Ordinal) { ["er"] = "har", ["har"] = "har", ["var"] = "hadde", ["hadde"] = "hadde" },
            shortSPassives: []),
        WrittenStandard.Nynorsk => new ActiveVoice(
            standard,
            grammar,
            present: "vert blir",
            past: "vart blei",
            infinitive: "verte bli",
            participle: "vorte vorten vortne blitt",
            activePerfect: new(StringComparer.Ordinal) { ["er"] = "har", ["har"] = "har", ["var"] = "hadde", ["hadde"] = "hadde" },
            shortSPassives: new(StringComparer.Ordinal)
            {
                ["takast"] = "ta", ["gjevast"] = "gje", ["sjåast"] = "sjå", ["fåast"] = "få",
                ["nåast"] = "nå", ["slåast"] = "slå", ["bedast"] = "be",
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };

    /// <summary>The active form for the passive phrase <c>[start, end)</c> of <paramref name="text"/>, or null.</summary>
    public string? Suggest(string text, int start, int end)
    {
        var words = Words(text, start, end);
        if (words is null || words.Count == 0)
        {
            return null;
        }

        var verb = words[^1];
        if (words.Count == 1)
        {
            return PresentOfSPassive(verb) is { } present ? Phrase(text, start, present, []) : null;
        }

        string? modal = null;
        string? perfect = null;
        string? auxiliary = null;
        var next = 1;
        var first = words[0];
        var firstClass = _grammar.FunctionWords.GetValueOrDefault(first);
        if ((firstClass & WordClass.Modal) != 0)
        {
            modal = first;
        }
        else if (_activePerfect.TryGetValue(first, out var activeAuxiliary) && _participleAuxiliaries.Contains(words[1]))
        {
            perfect = activeAuxiliary;
            next = 2;
        }
        else if ((firstClass & WordClass.PassiveAuxiliary) != 0)
        {
            auxiliary = first;
        }
        else
        {
            return null;
        }

        var adverbs = new List<string>();
        for (var i = next; i < words.Count - 1; i++)
        {
            var word = words[i];
            var wordClass = _grammar.FunctionWords.GetValueOrDefault(word);
            if (modal is not null && auxiliary is null && (wordClass & WordClass.PassiveAuxiliary) != 0)
            {
                auxiliary = word;
            }
            else if ((wordClass & WordClass.Transparent) != 0 && (wordClass & WordClass.Pronoun) == 0)
            {
                adverbs.Add(word);
            }
            else
            {
                return null;
            }
        }

        if (perfect is not null)
        {
            return _verbs.FromParticiple(verb) is { } forms ? Phrase(text, start, perfect, [.. adverbs, forms.Participle]) : null;
        }

        if (modal is not null)
        {
            var infinitive = auxiliary is null ? InfinitiveOfSPassive(verb)
                : _infinitiveAuxiliaries.Contains(auxiliary) ? _verbs.FromParticiple(verb)?.Infinitive
                : null;
            return infinitive is null ? null : Phrase(text, start, modal, [.. adverbs, infinitive]);
        }

        var finite = auxiliary is null ? null
            : _presentAuxiliaries.Contains(auxiliary) ? _verbs.FromParticiple(verb)?.Present
            : _pastAuxiliaries.Contains(auxiliary) ? _verbs.FromParticiple(verb)?.Past
            : null;
        return finite is null ? null : Phrase(text, start, finite, adverbs);
    }

    /// <summary>The infinitive of an s-passive after a modal: sendes → sende; nynorsk sendast → sende, takast → ta.</summary>
    private string? InfinitiveOfSPassive(string word)
    {
        if (_standard == WrittenStandard.Bokmal)
        {
            return word.Length >= 3 && word[^1] == 's' ? word[..^1] : null;
        }

        foreach (var (ending, infinitive) in _shortSPassives)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length] + infinitive;
            }
        }

        if (word.Length < 5 || !word.EndsWith("ast", StringComparison.Ordinal))
        {
            return null;
        }

        // nåast → nå, sendast → sende.
        var stem = word[..^3];
        return IsVowel(stem[^1]) ? stem : stem + "e";
    }

    /// <summary>The present of an s-passive without a modal: behandles → behandler; nynorsk handsamast → handsamar.</summary>
    private string? PresentOfSPassive(string word)
    {
        if (_standard == WrittenStandard.Bokmal)
        {
            return InfinitiveOfSPassive(word) is { } infinitive ? _verbs.PresentOf(infinitive) : null;
        }

        if (InfinitiveOfSPassive(word) is { } modalForm)
        {
            return _verbs.PresentOf(modalForm);
        }

        // sendest → sende.
        return word.Length >= 6 && word.EndsWith("est", StringComparison.Ordinal) ? _verbs.PresentOf(word[..^3] + "e") : null;
    }

    private static string Phrase(string text, int start, string finite, IReadOnlyList<string> rest)
    {
        var phrase = new StringBuilder(TextChars.StartsUpper(text, start) ? "Vi " : "vi ").Append(finite);
        foreach (var word in rest)
        {
            phrase.Append(' ').Append(word);
        }

        return phrase.ToString();
    }

    /// <summary>The words of the phrase in lower case; null when one has anything but letters in it.</summary>
    private static List<string>? Words(string text, int start, int end)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = start; i <= end; i++)
        {
            if (i == end || char.IsWhiteSpace(text[i]))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }

                continue;
            }

            if (!char.IsLetter(text[i]))
            {
                return null;
            }

            word.Append(TextChars.Fold(text[i]));
        }

        return words;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'æ' or 'ø' or 'å';

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
