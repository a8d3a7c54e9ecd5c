namespace Samskap.Klarsprak;

/// <summary>
/// The forms of one verb that an active suggestion needs, in lower case, in one written standard.
/// <see cref="Past"/> is null when the rules cannot tell it (a nynorsk verb not in the list).
/// </summary>
internal sealed record VerbForms(string Infinitive, string Present, string? Past, string Participle)
{
    public VerbForms WithPrefix(string prefix) =>
        prefix.Length == 0 ? this : new(prefix + Infinitive, prefix + Present, Past is null ? null : prefix + Past, prefix + Participle);
}

/// <summary>
/// Tells the active forms of a verb from its participle or its infinitive, for one written standard:
/// first from the table of Lists/verb-forms.*.txt (strong, irregular and common verbs), a compound by
/// its last part (vedtatt as ved + tatt); then by the rules of the regular classes:
/// <list type="bullet">
/// <item>both standards: -ert is an -ere verb (vurdert: vurdere, vurderer, vurderte; nynorsk also the
/// plural vurderte);</item>
/// <item>bokmål: -et is a verb like kaste (behandlet: behandle, behandler, behandlet); -t, -d and -dd
/// are verbs like kjøpe, prøve and nå (sendt: sende, sender, sendte), taken only when the infinitive,
/// or its last part, is on the list of passive verbs or in the table;</item>
/// <item>nynorsk: -a is an a-verb (handsama: handsame, handsamar, handsama). Other nynorsk verbs are
/// taken from the table only: the present and past of e-verbs and strong verbs cannot be told safely
/// from the participle (brukt: brukar, but kjøpt: kjøper).</item>
/// </list>
/// A participle that two verbs share (nynorsk sett: sjå and setje) gives nothing.
/// </summary>
internal sealed class VerbLexicon
{
    /// <summary>A compound's first part has at least this many letters (ved+tatt), so that no short word is read as one.</summary>
    private const int MinPrefix = 2;

    private readonly WrittenStandard _standard;
    private readonly Dictionary<string, VerbForms?> _byParticiple = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VerbForms?> _byInfinitive = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownInfinitives;

    private VerbLexicon(WrittenStandard standard, IReadOnlyList<(VerbForms Forms, IReadOnlyList<string> Participles)> table, IEnumerable<string> listedVerbs)
    {
        _standard = standard;
        foreach (var (forms, participles) in table)
        {
            _byInfinitive.TryAdd(forms.Infinitive, forms);
            foreach (var participle in participles)
            {
                // Two verbs with one participle: no suggestion is better than a wrong one.
                _byParticiple[participle] = _byParticiple.TryGetValue(participle, out var other) && other != forms ? null : forms;
            }
        }

        _knownInfinitives = [.. listedVerbs, .. _byInfinitive.Keys];
    }

    public static VerbLexicon For(WrittenStandard standard)
    {
        var suffix = EmbeddedLists.Suffix(standard);
        var listed = EmbeddedLists.ContentLines(EmbeddedLists.Read($"passive-verbs.{suffix}.txt")).Select(line => line.Line.ToLowerInvariant());
        return new VerbLexicon(standard, Parse(EmbeddedLists.Read($"verb-forms.{suffix}.txt")), listed);
    }

    /// <summary>
    /// Parses the table: on each line the infinitive, present, past and participle, then any other
    /// forms of the participle. Throws <see cref="FormatException"/> naming the first malformed line.
    /// </summary>
    public static IReadOnlyList<(VerbForms Forms, IReadOnlyList<string> Participles)> Parse(string text)
    {
        var entries = new List<(VerbForms, IReadOnlyList<string>)>();
        foreach (var (lineNumber, line) in EmbeddedLists.ContentLines(text))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 4)
            {
                throw new FormatException($"Line {lineNumber}: expected 'infinitive present past participle [other participles]', found '{line}'.");
            }

            if (words.FirstOrDefault(word => !word.All(char.IsLower)) is { } notAWord)
            {
                throw new FormatException($"Line {lineNumber}: '{notAWord}' is not a word in lower case.");
            }

            entries.Add((new VerbForms(words[0], words[1], words[2], words[3]), words[3..]));
        }

        return entries;
    }

    /// <summary>The forms of the verb whose participle (lower case, as a passive takes it) this is; null when it cannot be told safely.</summary>
    public VerbForms? FromParticiple(string participle)
    {
        if (FromTable(participle, _byParticiple, minLength: 4, out var listed))
        {
            return listed;
        }

        var length = participle.Length;
        if (_standard == WrittenStandard.Nynorsk && length >= 7 && participle.EndsWith("erte", StringComparison.Ordinal))
        {
            participle = participle[..^1];
            length--;
        }

        if (length >= 6 && participle.EndsWith("ert", StringComparison.Ordinal))
        {
            var infinitive = participle[..^1] + "e";
            return new VerbForms(infinitive, infinitive + "r", participle + "e", participle);
        }

        return _standard == WrittenStandard.Bokmal ? BokmalWeak(participle) : NynorskWeak(participle);
    }

    /// <summary>The present of a verb from its infinitive (lower case); null when it cannot be told safely.</summary>
    public string? PresentOf(string infinitive)
    {
        if (FromTable(infinitive, _byInfinitive, minLength: 2, out var listed))
        {
            return listed?.Present;
        }

        // Every bokmål verb outside the table makes its present with -r (sende → sender, nå → når);
        // in nynorsk only the -ere verbs can be told from the infinitive (sende → sender, but bruke → brukar).
        return _standard == WrittenStandard.Bokmal || infinitive.EndsWith("ere", StringComparison.Ordinal) ? infinitive + "r" : null;
    }

    private VerbForms? BokmalWeak(string participle)
    {
        var length = participle.Length;
        if (length >= 5 && participle.EndsWith("et", StringComparison.Ordinal) && !participle.EndsWith("het", StringComparison.Ordinal))
        {
            var infinitive = participle[..^1];
            return new VerbForms(infinitive, infinitive + "r", participle, participle);
        }

        // nådd → nå; sendt → sende; glemt → glemme; prøvd → prøve; bygd → bygge.
        string[] candidates = participle.EndsWith("dd", StringComparison.Ordinal) ? [participle[..^2]]
            : length >= 3 && participle[^1] is 't' or 'd' ? [participle[..^1] + "e", participle[..^1] + participle[^2] + "e"]
            : [];
        foreach (var infinitive in candidates)
        {
            if (IsKnown(infinitive) && PresentOf(infinitive) is { } present)
            {
                return new VerbForms(infinitive, present, participle + "e", participle);
            }
        }

        return null;
    }

    private static VerbForms? NynorskWeak(string participle) =>
        participle.Length >= 5 && participle[^1] == 'a'
            ? new VerbForms(participle[..^1] + "e", participle + "r", participle, participle)
            : null;

    /// <summary>The word as an infinitive on the list of passive verbs or in the table, or a compound whose last part is one.</summary>
    private bool IsKnown(string infinitive)
    {
        if (infinitive.Length < 2)
        {
            return false;
        }

        if (_knownInfinitives.Contains(infinitive))
        {
            return true;
        }

        for (var prefix = MinPrefix; infinitive.Length - prefix >= 4; prefix++)
        {
            if (_knownInfinitives.Contains(infinitive[prefix..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word in the table, or a compound whose last part of at least <paramref name="minLength"/>
    /// letters is (the longest such part). True when the table answers, with null for a shared participle.
    /// </summary>
    private static bool FromTable(string word, Dictionary<string, VerbForms?> table, int minLength, out VerbForms? forms)
    {
        for (var prefix = 0; word.Length - prefix >= minLength; prefix = prefix == 0 ? MinPrefix : prefix + 1)
        {
            if (table.TryGetValue(word[prefix..], out var listed))
            {
                forms = listed?.WithPrefix(word[..prefix]);
                return true;
            }
        }

        forms = null;
        return false;
    }
}
