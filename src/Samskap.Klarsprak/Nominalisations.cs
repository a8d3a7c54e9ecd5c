namespace Samskap.Klarsprak;

/// <summary>
/// Nouns made from verbs and adjectives: words in -ing, -else, -het/-heit and -sjon, with their
/// inflected forms in bokmål and nynorsk (-ingen, -inga, -ingar, -elsen, -heten, -heita,
/// -sjonen, -sjonar …). The part before the suffix must have at least three letters, which keeps
/// out ting, ingen, ring, finger, helse and nyhet; a few concrete nouns are not counted either,
/// as whole words (ingenting, storting, helsing, regning) or as the end of a compound (helse,
/// avdeling, bygning, stasjon, pensjon, befolkning: folkehelsen, helsestasjonen).
/// </summary>
internal static class Nominalisations
{
    /// <summary>Three letters of stem and the shortest suffix.</summary>
    public const int MinLength = 6;

    private const int MaxLength = 40;

    private static readonly SuffixTrie Suffixes = new(
        families:
        [
            ("ing", ["", "a", "en", "er", "ar", "ene", "ane"]),
            ("else", ["", "n", "r", "ne"]),
            ("het", ["", "en", "er", "ene"]),
            ("heit", ["", "a", "en", "er", "ar", "ene", "ane"]),
            ("sjon", ["", "en", "er", "ar", "ene", "ane"]),
        ],
        excludedWords: ["ingenting", "storting", "helsing", "regning"],
        excludedEndings: ["helse", "avdeling", "bygning", "stasjon", "pensjon", "befolkning"]);

    public static bool IsNominalisation(string text, int start, int end)
    {
        var length = end - start;
        return length is >= MinLength and <= MaxLength && Suffixes.IsNominalisation(text, end, length);
    }

    /// <summary>
    /// The suffixes and the exclusions (with every inflected form), reversed into one small trie
    /// that is walked from a word's last letter backwards; most words leave it after one or two
    /// letters. The longest entry that applies decides.
    /// </summary>
    private sealed class SuffixTrie
    {
        private const byte Suffix = 1;
        private const byte ExcludedEnding = 2;
        private const byte ExcludedWord = 3;

        private readonly int[] _rootChildren = new int[128];
        private readonly char[][] _edgeChars;
        private readonly int[][] _edgeNodes;
        private readonly byte[] _kindAt;

        public SuffixTrie((string Derivation, string[] Inflections)[] families, string[] excludedWords, string[] excludedEndings)
        {
            var children = new List<Dictionary<char, int>> { new() };
            var kinds = new List<byte> { 0 };
            void Add(string word, byte kind)
            {
                var node = 0;
                for (var i = word.Length - 1; i >= 0; i--)
                {
                    if (!children[node].TryGetValue(word[i], out var next))
                    {
                        children.Add([]);
                        kinds.Add(0);
                        next = children.Count - 1;
                        children[node].Add(word[i], next);
                    }

                    node = next;
                }

                kinds[node] = kind;
            }

            // An excluded word is excluded in each inflected form of its suffix's family.
            IEnumerable<string> Inflected(string word) =>
                families.Where(family => word.EndsWith(family.Derivation, StringComparison.Ordinal))
                    .SelectMany(family => family.Inflections)
                    .Select(inflection => word + inflection);

            foreach (var (derivation, inflections) in families)
            {
                foreach (var inflection in inflections)
                {
                    Add(derivation + inflection, Suffix);
                }
            }

            foreach (var word in excludedEndings.SelectMany(Inflected))
            {
                Add(word, ExcludedEnding);
            }

            foreach (var word in excludedWords.SelectMany(Inflected))
            {
                Add(word, ExcludedWord);
            }

            foreach (var (c, child) in children[0])
            {
                _rootChildren[c] = child;
            }

            _edgeChars = [.. children.Select(edges => edges.Keys.ToArray())];
            _edgeNodes = [.. children.Select(edges => edges.Values.ToArray())];
            _kindAt = [.. kinds];
        }

        public bool IsNominalisation(string text, int end, int wordLength)
        {
            var last = TextChars.Fold(text[end - 1]);
            var node = last < 128 ? _rootChildren[last] : 0;
            var decision = false;
            for (var length = 1; node != 0; length++)
            {
                switch (_kindAt[node])
                {
                    case Suffix when wordLength - length >= 3:
                        decision = true;
                        break;
                    case ExcludedEnding:
                    case ExcludedWord when length == wordLength:
                        decision = false;
                        break;
                }

                if (length == wordLength)
                {
                    break;
                }

                var c = TextChars.Fold(text[end - length - 1]);
                var edges = _edgeChars[node];
                var next = 0;
                for (var i = 0; i < edges.Length; i++)
                {
                    if (edges[i] == c)
                    {
                        next = _edgeNodes[node][i];
                        break;
                    }
                }

                node = next;
            }

            return decision;
        }
    }
}
