using System.Collections.Frozen;

namespace Samskap.Klarsprak;

/// <summary>
/// The passive heuristic for one written standard. It aims at few false alarms rather than at
/// finding every passive:
/// <list type="bullet">
/// <item>s-passive after a modal (skal, må, kan, vil, bør, skulle …), with up to two adverbs or
/// pronouns between (skal ikke sendes, kan det søkes): in bokmål a word in -es, or a listed verb +
/// s (gis, tas, mottas); in nynorsk a word in -ast (må sendast). Possessives, genitive plurals
/// (-enes, -ernes) and -es adverbs (aldeles) are not taken unless they are a listed verb;</item>
/// <item>s-passive in the present without a modal only for verbs on the list of
/// Lists/passive-verbs.*.txt (søknaden behandles; nynorsk: søknadene handsamast);</item>
/// <item>blir/ble/bli/blitt (bokmål) and vert/vart/verte/vorte/blir/blei (nynorsk), with er/har
/// before blitt/vorte, and a participle after: a listed participle or a compound ending in one
/// (gjort, sendt, gjennomført), a word in -ert (vurdert; nynorsk also -erte), in bokmål a word in
/// -et (behandlet), in nynorsk a word in -a (handsama); a list of definite nouns (møtet, samlinga)
/// and of nouns in -ert (konsert) is kept out.</item>
/// </list>
/// Words in capitals after a modal or auxiliary are names, not verbs, and are not taken.
/// </summary>
internal sealed class PassiveGrammar
{
    /// <summary>Longer words are not checked at all; no verb form comes close.</summary>
    public const int MaxWordLength = 40;

    private readonly WrittenStandard _standard;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _participleEndings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactParticiples;
    private readonly string[] _notParticipleEndings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notSPassive;
    private readonly string[] _shortSPassiveEndings;

    private PassiveGrammar(
        WrittenStandard standard,
        IEnumerable<string> verbs,
        IEnumerable<string> participleEndings,
        IEnumerable<string> exactParticiples,
        string[] notParticipleEndings,
        IEnumerable<string> notSPassive,
        string[] shortSPassiveEndings,
        IReadOnlyDictionary<string, WordClass> functionWords)
    {
        _standard = standard;
        _verbs = Lookup(verbs);
        ListedParticiples = [.. participleEndings, .. exactParticiples];
        _participleEndings = Lookup(participleEndings);
        _exactParticiples = Lookup(exactParticiples);
        _notParticipleEndings = notParticipleEndings;
        _notSPassive = Lookup(notSPassive);
        _shortSPassiveEndings = shortSPassiveEndings;
        FunctionWords = functionWords;
    }

    public IReadOnlyDictionary<string, WordClass> FunctionWords { get; }

    /// <summary>The participles of the grammar's own list (sendt, gjort, vedteke …), whole words and compound endings alike.</summary>
    public IReadOnlyList<string> ListedParticiples { get; }

    public static PassiveGrammar For(WrittenStandard standard)
    {
        var verbs = EmbeddedLists.ContentLines(EmbeddedLists.Read($"passive-verbs.{EmbeddedLists.Suffix(standard)}.txt"))
            .Select(line => line.Line.ToLowerInvariant());
        return standard switch
        {
            WrittenStandard.Bokmal => new PassiveGrammar(
                standard,
                verbs,
                participleEndings: Words("""
                    gjort sagt lagt satt gitt tatt sett latt holdt sendt stengt brukt søkt kjøpt kjørt hørt
                    spurt bedt ført valgt kalt nevnt delt betalt fylt fulgt solgt skrevet funnet bundet
                    drevet strøket lært glemt dømt vist krevd prøvd nådd bygd løst ringt spilt slått budt
                    avlyst utlyst godkjent anerkjent vedtatt gjennomgått forstått oppnådd
                    """),
                exactParticiples: Words("lest"),
                notParticipleEndings: Words("""
                    møtet kurset arrangementet prosjektet resultatet tilbudet barnet huset stedet året
                    budsjettet tiltaket programmet opplegget utvalget styret rådet kontoret området innholdet
                    spørsmålet målet været landet teamet svaret skjemaet beløpet nivået forslaget vedtaket
                    samarbeidet miljøet samfunnet vesenet nettet brevet faget feltet bildet ordet lokalet
                    senteret biblioteket meget konsert ekspert dessert desert
                    """),
                notSPassive: Words("hennes deres aldeles likeledes særdeles ansattes"),
                shortSPassiveEndings: Words("gås"),
                functionWords: Classes(
                    modal: "skal må kan vil bør skulle måtte kunne ville burde",
                    passiveAuxiliary: "blir ble bli blitt blei",
                    perfectAuxiliary: "er har var hadde ha være vært",
                    transparent: """
                        ikke også derfor alltid aldri snart først fortsatt fremdeles likevel da nå gjerne helst
                        bare kun straks ofte vanligvis normalt allerede senere deretter så dessverre egentlig
                        heller ellers muligens kanskje sannsynligvis trolig nok jo vel altså dermed dessuten
                        likeledes aldeles særdeles uansett ennå automatisk raskt fort helt delvis alt snarest
                        senest tidligst fortløpende løpende her der
                        """,
                    pronouns: "det den dette denne disse han hun vi dere de du jeg man")),
            WrittenStandard.Nynorsk => new PassiveGrammar(
                standard,
                verbs,
                participleEndings: Words("""
                    gjort sagt lagt sett gitt gjeve gjeven teke teken tatt sendt stengt brukt søkt kjøpt
                    køyrt høyrt spurt bede ført vald valt nemnt delt betalt fylt følgd solgt selt skrive
                    skriven funne funnen bunde bunden driven vist kravd prøvd levd nådd bygd løyst ringt
                    slått slege godkjend godkjent anerkjend avlyst utlyst vedteke vedtatt tilboden tilbode
                    gjennomgått forstått oppnådd motteke mottatt halde tekne gjevne skrivne
                    """),
                exactParticiples: Words("drive"),
                notParticipleEndings: Words("""
                    inga heita jenta kvinna klokka helga stova lista heima barna husa møta kursa tilboda
                    prosjekta resultata tiltaka gruppa kyrkja skjema firma drama problema konsert ekspert
                    dessert desert
                    """),
                notSPassive: Words("kontrast ballast podkast"),
                shortSPassiveEndings: Words("takast gjevast sjåast fåast nåast slåast bedast"),
                functionWords: Classes(
                    modal: "skal må kan vil bør skulle måtte kunne ville burde lyt laut",
                    passiveAuxiliary: "vert vart verte vorte vorten vortne blir blei bli blitt",
                    perfectAuxiliary: "er har var hadde ha vere vore",
                    transparent: """
                        ikkje òg også difor derfor alltid aldri snart først fyrst framleis likevel då no gjerne
                        helst berre kun straks ofte vanlegvis normalt alt allereie seinare deretter så dessverre
                        eigentleg heller elles kanskje truleg nok jo vel altså dermed dessutan uansett enno endå
                        automatisk raskt fort heilt delvis snarast seinast tidlegast fortløpande her der
                        """,
                    pronouns: "det den dette denne desse han ho vi me de dei du eg dykk")),
            _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
        };
    }

    /// <summary>Whether a lower-cased word after blir/vert … is a participle.</summary>
    public bool IsParticiple(ReadOnlySpan<char> word)
    {
        if (EndsWithAny(word, _notParticipleEndings))
        {
            return false;
        }

        if (_exactParticiples.Contains(word) || EndsWithListed(word, _participleEndings))
        {
            return true;
        }

        // vurdert, registrert; nynorsk also has the plural registrerte (vart registrerte).
        if ((word.Length >= 6 && word.EndsWith("ert")) || (_standard == WrittenStandard.Nynorsk && word.Length >= 7 && word.EndsWith("erte")))
        {
            return true;
        }

        return _standard == WrittenStandard.Bokmal
            ? word.Length >= 5 && word.EndsWith("et") && !word.EndsWith("het")
            : word.Length >= 5 && word[^1] == 'a';
    }

    /// <summary>Whether a lower-cased word after a modal is an s-passive infinitive.</summary>
    public bool IsModalSPassive(ReadOnlySpan<char> word)
    {
        if (_notSPassive.Contains(word))
        {
            return false;
        }

        if (EndsWithAny(word, _shortSPassiveEndings))
        {
            return true;
        }

        if (_standard == WrittenStandard.Nynorsk)
        {
            return word.Length >= 5 && word.EndsWith("ast");
        }

        if (word.Length < 3 || word[^1] != 's' || word[^2] == 's')
        {
            return false;
        }

        if (_verbs.Contains(word[..^1]))
        {
            return true;
        }

        // Genitive plurals (deltakernes, barnehagenes) after an inverted modal: only listed verbs.
        return word.Length >= 4 && word[^2] == 'e' && !word.EndsWith("enes") && !word.EndsWith("ernes");
    }

    /// <summary>Whether a lower-cased word, with no modal before it, is an s-passive in the present of a listed verb.</summary>
    public bool IsPresentSPassive(ReadOnlySpan<char> word)
    {
        if (_standard == WrittenStandard.Bokmal)
        {
            return word.Length >= 3 && word[^1] == 's' && word[^2] != 's' && _verbs.Contains(word[..^1]);
        }

        if (EndsWithAny(word, _shortSPassiveEndings))
        {
            return true;
        }

        if (word.Length < 6 || !(word.EndsWith("ast") || word.EndsWith("est")))
        {
            return false;
        }

        // handsamast → handsame or handsama; the stem needs three letters so that gjest, best and fest stay out.
        Span<char> infinitive = stackalloc char[MaxWordLength];
        var stem = word[..^3];
        stem.CopyTo(infinitive);
        infinitive[stem.Length] = 'e';
        if (_verbs.Contains(infinitive[..(stem.Length + 1)]))
        {
            return true;
        }

        infinitive[stem.Length] = 'a';
        return _verbs.Contains(infinitive[..(stem.Length + 1)]);
    }

    /// <summary>
    /// Whether the word <c>[start, end)</c> can be a present s-passive at all, from its last
    /// letters (bokmål: a vowel and s, as in behandles, gis, nås; nynorsk: -ast or -est), so that
    /// only those words are lower-cased and looked up.
    /// </summary>
    public bool MayBePresentSPassive(string text, int start, int end)
    {
        var length = end - start;
        if (length > MaxWordLength)
        {
            return false;
        }

        if (_standard == WrittenStandard.Bokmal)
        {
            return length >= 3
                && TextChars.Fold(text[end - 1]) == 's'
                && TextChars.Fold(text[end - 2]) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'æ' or 'ø' or 'å';
        }

        return length >= 5
            && TextChars.Fold(text[end - 1]) == 't'
            && TextChars.Fold(text[end - 2]) == 's'
            && TextChars.Fold(text[end - 3]) is 'a' or 'e';
    }

    private static bool EndsWithListed(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> endings)
    {
        // Listed participles are 4 to 10 letters; compounds put any prefix before them (gjennom+ført).
        for (var length = Math.Min(word.Length, 10); length >= 4; length--)
        {
            if (endings.Contains(word[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] Words(string words) => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, WordClass> Classes(string modal, string passiveAuxiliary, string perfectAuxiliary, string transparent, string pronouns)
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(string words, WordClass wordClass)
        {
            foreach (var word in Words(words))
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        Add(modal, WordClass.Modal);
        Add(passiveAuxiliary, WordClass.PassiveAuxiliary);
        Add(perfectAuxiliary, WordClass.PerfectAuxiliary);
        Add(transparent, WordClass.Transparent);
        Add(pronouns, WordClass.Transparent | WordClass.Pronoun);
        return classes;
    }
}
