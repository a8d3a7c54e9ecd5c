namespace Samskap.Klarsprak;

/// <summary>The ids of the finding rules. They are a contract: the web app localises messages by them.</summary>
public static class RuleIds
{
    /// <summary>A sentence of more than <see cref="KlarsprakAnalyzer.LongSentenceWords"/> words; the span is the sentence.</summary>
    public const string LongSentence = "long-sentence";

    /// <summary>A word or phrase from the stiff-word list of the analysed standard; the span is the listed word or phrase.</summary>
    public const string StiffWord = "stiff-word";

    /// <summary>An s-passive verb, or blir/ble/vert/vart (and er blitt, har vorte …) with a participle; the span runs from the auxiliary to the verb.</summary>
    public const string Passive = "passive";

    /// <summary>A sentence dense with nouns in -ing, -else, -het/-heit and -sjon; the span is the sentence.</summary>
    public const string Nominalisation = "nominalisation";

    /// <summary>An e-mail address, a Norwegian phone number or a valid fødselsnummer / D-number; <see cref="Finding.Kind"/> says which, <see cref="Finding.Advice"/> what to do.</summary>
    public const string PersonalData = "personal-data";
}

/// <summary>The values of <see cref="Finding.Kind"/> for <see cref="RuleIds.PersonalData"/> findings.</summary>
public static class PersonalDataKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string NationalId = "national-id";
}

/// <summary>
/// The values of <see cref="Finding.Advice"/> for <see cref="RuleIds.PersonalData"/> findings. An
/// invitation may well give the organisation's own contact details on purpose; a fødselsnummer is
/// always about someone else.
/// </summary>
public static class PersonalDataAdvice
{
    /// <summary>A fødselsnummer or D-number: it never belongs in a text that is shared.</summary>
    public const string Remove = "remove";

    /// <summary>An e-mail address or a phone number: fine if it is a contact the writer means to share, not if it is someone else's.</summary>
    public const string Check = "check";

    /// <summary>The advice for a <see cref="PersonalDataKinds"/> value.</summary>
    public static string For(string kind) => kind == PersonalDataKinds.NationalId ? Remove : Check;
}
