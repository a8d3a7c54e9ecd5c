namespace Samskap.Klarsprak;

/// <summary>What a word does in a verb phrase, for the passive rule.</summary>
[Flags]
internal enum WordClass : byte
{
    None = 0,

    /// <summary>skal, må, kan … : an s-passive infinitive may follow (skal sendes, må sendast).</summary>
    Modal = 1,

    /// <summary>blir, ble, vert, vart, blitt, vorte … : a participle may follow (blir sendt).</summary>
    PassiveAuxiliary = 2,

    /// <summary>er, har, var … : may stand before blitt/vorte (er blitt sendt).</summary>
    PerfectAuxiliary = 4,

    /// <summary>Adverbs and pronouns that may stand inside the verb phrase (skal ikke sendes, blir det gjort).</summary>
    Transparent = 8,

    /// <summary>The pronouns among the transparent words: an active suggestion cannot keep them in place (kan det søkes).</summary>
    Pronoun = 16,
}

/// <summary>
/// A trie over lower-cased characters that holds the stiff-word entries (words and phrases, with
/// * for inflected forms) and the grammatical class of the function words. One walk from a word's
/// start finds the longest listed term there and the class of the word.
/// </summary>
/// <remarks>
/// Every word of a text is looked up here, so the layout is chosen for speed: the characters used
/// in terms form a small alphabet, and each node is a row of one flat table with a slot per
/// letter of the alphabet, holding the child's row. A node is its row's offset, so one step costs
/// one table read. The extra slots of a row hold the node's class and flags, its entry, and the
/// nodes reached by * (rest of the word) and by a blank (next word of a phrase). The table takes
/// a few hundred kilobytes for a list of some hundred entries.
/// </remarks>
internal sealed class PhraseTrie
{
    /// <summary>The root is row 0; as no edge leads to it, 0 also means "no node".</summary>
    private const int None = 0;

    /// <summary>Words of a phrase; bounds the recursion.</summary>
    private const int MaxPhraseWords = 8;

    /// <summary>Blanks allowed between two words of a phrase.</summary>
    private const int MaxPhraseGap = 16;

    // Bits of the meta slot, above the word class.
    private const int HasEntry = 1 << 8;
    private const int HasStar = 1 << 9;
    private const int HasSpace = 1 << 10;
    private const int ClassMask = 0xFF;

    /// <summary>For every Latin-1 character, the alphabet number of its lower case (1 …), or 0 when no term uses it.</summary>
    private readonly byte[] _symbolOf = new byte[256];

    private readonly int _metaSlot;
    private readonly int _entrySlot;
    private readonly int _starSlot;
    private readonly int _spaceSlot;
    private readonly int[] _rows;
    private readonly int[] _entryTermLength;

    private PhraseTrie(BuildNode root, int[] entryTermLength)
    {
        _entryTermLength = entryTermLength;
        var nodes = new List<BuildNode>();
        var queue = new Queue<BuildNode>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            nodes.Add(node);
            foreach (var next in node.Children.Values.Append(node.Star).Append(node.Space))
            {
                if (next is not null)
                {
                    queue.Enqueue(next);
                }
            }
        }

        var alphabet = nodes.SelectMany(node => node.Children.Keys).Distinct().Order().ToList();
        for (var c = 0; c < 256; c++)
        {
            _symbolOf[c] = (byte)(alphabet.IndexOf(TextChars.Fold((char)c)) + 1);
        }

        // Slot 0 of every row stays 0, for characters outside the alphabet.
        _metaSlot = alphabet.Count + 1;
        _entrySlot = _metaSlot + 1;
        _starSlot = _metaSlot + 2;
        _spaceSlot = _metaSlot + 3;
        var rowSize = _metaSlot + 4;
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Row = i * rowSize;
        }

        _rows = new int[nodes.Count * rowSize];
        foreach (var node in nodes)
        {
            foreach (var (c, child) in node.Children)
            {
                _rows[node.Row + alphabet.IndexOf(c) + 1] = child.Row;
            }

            _rows[node.Row + _metaSlot] = (int)node.Class
                | (node.Entry >= 0 ? HasEntry : 0)
                | (node.Star is null ? 0 : HasStar)
                | (node.Space is null ? 0 : HasSpace);
            _rows[node.Row + _entrySlot] = node.Entry;
            _rows[node.Row + _starSlot] = node.Star?.Row ?? None;
            _rows[node.Row + _spaceSlot] = node.Space?.Row ?? None;
        }
    }

    public static PhraseTrie Build(IReadOnlyList<StiffWordEntry> entries, IEnumerable<KeyValuePair<string, WordClass>> wordClasses)
    {
        var root = new BuildNode();
        var termLengths = new int[entries.Count];
        for (var index = 0; index < entries.Count; index++)
        {
            var node = Add(root, entries[index].Term);
            termLengths[index] = entries[index].Term.Length;

            // The first of two identical terms wins; the list tests forbid duplicates anyway.
            if (node.Entry < 0)
            {
                node.Entry = index;
            }
        }

        foreach (var (word, wordClass) in wordClasses)
        {
            Add(root, word).Class |= wordClass;
        }

        return new PhraseTrie(root, termLengths);
    }

    /// <summary>A walk that follows a word's characters while <see cref="TextChars.ScanWord{TVisitor}"/> reads them.</summary>
    public Walker StartWalk() => new(this);

    /// <summary>
    /// Finishes a walk over the word <c>[start, end)</c> and, through phrase entries, the words
    /// after it. Returns the word's class; <paramref name="entry"/> is the index of the longest
    /// listed term that starts at the word (−1 if none) and <paramref name="matchEnd"/> where it ends.
    /// </summary>
    public WordClass FinishWalk(in Walker walker, string text, int start, int end, out int entry, out int matchEnd)
    {
        entry = -1;
        matchEnd = start;
        if (walker.NeedsFullWalk)
        {
            return WalkAll(text, start, end, out entry, out matchEnd);
        }

        if (walker.Row < 0)
        {
            return WordClass.None;
        }

        // Most words leave the trie after a character or two, or end on a node that starts no
        // term (a function word); phrases and * forms are walked only from nodes that have them.
        var meta = _rows[walker.Row + _metaSlot];
        return (meta & (HasEntry | HasStar | HasSpace)) == 0
            ? (WordClass)(meta & ClassMask)
            : WalkAll(text, start, end, out entry, out matchEnd);
    }

    /// <summary>Walks the word <c>[start, end)</c> on its own; see <see cref="FinishWalk"/>.</summary>
    public WordClass Walk(string text, int start, int end, out int entry, out int matchEnd)
    {
        var walker = StartWalk();
        for (var position = start; position < end; position++)
        {
            walker.Visit(text[position]);
        }

        return FinishWalk(walker, text, start, end, out entry, out matchEnd);
    }

    private WordClass WalkAll(string text, int start, int end, out int entry, out int matchEnd)
    {
        var best = new Best { Entry = -1 };
        var wordClass = WalkWord(text, None, start, end, viaStar: false, depth: 0, ref best);
        entry = best.Entry;
        matchEnd = best.Entry < 0 ? start : best.End;
        return wordClass;
    }

    /// <summary>
    /// Follows the characters of the word at <paramref name="position"/>. <paramref name="end"/>
    /// is the word's end when the caller knows it, or −1: the words after the first one in a phrase
    /// are only read as far as the trie follows them.
    /// </summary>
    private WordClass WalkWord(string text, int row, int position, int end, bool viaStar, int depth, ref Best best)
    {
        while (true)
        {
            var star = _rows[row + _starSlot];
            if (star != None)
            {
                AtWordEnd(text, star, end >= 0 ? end : TextChars.ScanWord(text, position, out _), viaStar: true, depth, ref best);
            }

            if (end >= 0 ? position == end : !ContinuesWord(text, position))
            {
                AtWordEnd(text, row, position, viaStar, depth, ref best);
                return (WordClass)(_rows[row + _metaSlot] & ClassMask);
            }

            var c = TextChars.Fold(text[position]);
            row = c < 256 ? _rows[row + _symbolOf[c]] : None;
            if (row == None)
            {
                return WordClass.None;
            }

            position++;
        }
    }

    private void AtWordEnd(string text, int row, int end, bool viaStar, int depth, ref Best best)
    {
        var entry = _rows[row + _entrySlot];
        if (entry >= 0)
        {
            best.Consider(entry, end, viaStar, _entryTermLength[entry]);
        }

        var space = _rows[row + _spaceSlot];
        if (space == None || depth + 1 >= MaxPhraseWords)
        {
            return;
        }

        var next = end;
        while (next < text.Length && next - end < MaxPhraseGap && TextChars.IsPhraseSpace(text[next]))
        {
            next++;
        }

        if (next > end && next < text.Length && TextChars.IsWordCharAt(text, next))
        {
            WalkWord(text, space, next, end: -1, viaStar, depth + 1, ref best);
        }
    }

    /// <summary>Whether the word that reached <paramref name="position"/> goes on there (the same test as <see cref="TextChars.ScanWord"/>).</summary>
    private static bool ContinuesWord(string text, int position)
    {
        if (position >= text.Length)
        {
            return false;
        }

        var c = text[position];
        if (c < 0x80)
        {
            var kind = TextChars.AsciiKind(c);
            return kind is TextChars.Letter or TextChars.Digit
                || (kind == TextChars.Joiner && position + 1 < text.Length && TextChars.IsWordCharAt(text, position + 1));
        }

        return TextChars.IsWordCharAt(text, position)
            || TextChars.IsWordInternalMark(c)
            || (c == '\u2019' && position + 1 < text.Length && TextChars.IsWordCharAt(text, position + 1));
    }

    private static BuildNode Add(BuildNode root, string term)
    {
        var node = root;
        foreach (var c in term.Select(TextChars.Fold))
        {
            if (c == '*')
            {
                node = node.Star ??= new BuildNode();
            }
            else if (c == ' ')
            {
                node = node.Space ??= new BuildNode();
            }
            else
            {
                if (c >= 256)
                {
                    throw new ArgumentException($"'{term}' has a character outside Latin-1, which the trie's alphabet does not hold.", nameof(term));
                }

                if (!node.Children.TryGetValue(c, out var child))
                {
                    child = new BuildNode();
                    node.Children.Add(c, child);
                }

                node = child;
            }
        }

        return node;
    }

    /// <summary>Steps through the trie, one character at a time, as far as the word follows it.</summary>
    internal struct Walker(PhraseTrie trie) : IWordCharVisitor
    {
        private readonly int[] _rows = trie._rows;
        private readonly byte[] _symbolOf = trie._symbolOf;
        private readonly int _metaSlot = trie._metaSlot;

        /// <summary>The node reached (the root at first), or −1 once the word has left the trie.</summary>
        public int Row { get; private set; }

        /// <summary>The word reached a * node, or has a character outside Latin-1: walk it again in full.</summary>
        public bool NeedsFullWalk { get; private set; }

        public void Visit(char c)
        {
            var row = Row;
            if (row < 0)
            {
                return;
            }

            if (c >= 256 || (_rows[row + _metaSlot] & HasStar) != 0)
            {
                NeedsFullWalk = true;
                Row = -1;
                return;
            }

            var next = _rows[row + _symbolOf[c]];
            Row = next == None ? -1 : next;
        }
    }

    /// <summary>The longest match; at equal length an exact form beats a * form, then the longer (more specific) term, then the earlier entry.</summary>
    private struct Best
    {
        public int Entry;
        public int End;
        private bool _viaStar;
        private int _termLength;

        public void Consider(int entry, int end, bool viaStar, int termLength)
        {
            var better = Entry < 0
                || end > End
                || (end == End && (_viaStar && !viaStar
                    || (_viaStar == viaStar && (termLength > _termLength || (termLength == _termLength && entry < Entry)))));
            if (better)
            {
                Entry = entry;
                End = end;
                _viaStar = viaStar;
                _termLength = termLength;
            }
        }
    }

    private sealed class BuildNode
    {
        public Dictionary<char, BuildNode> Children { get; } = [];

        public BuildNode? Star { get; set; }

        public BuildNode? Space { get; set; }

        public int Entry { get; set; } = -1;

        public WordClass Class { get; set; }

        public int Row { get; set; }
    }
}
