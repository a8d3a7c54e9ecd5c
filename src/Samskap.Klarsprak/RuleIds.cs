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

    /// <summary>An e-mail address, a Norwegian phone number or a valid fødselsnummer / D-number; <see cref="Finding.Kind"/> says which.</summary>
    public const string PersonalData = "personal-data";
}

/// <summary>The values of <see cref="Finding.Kind"/> for <see cref="RuleIds.PersonalData"/> findings.</summary>
public static class PersonalDataKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string NationalId = "national-id";
}
