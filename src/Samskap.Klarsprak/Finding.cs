namespace Samskap.Klarsprak;

/// <summary>
/// One thing worth a second look in a text. <see cref="Start"/> and <see cref="Length"/> are in
/// UTF-16 code units into the analysed string, so <c>text.Substring(Start, Length)</c> is the
/// span. The finding carries ids and data, never a message: the web app words the message in the
/// reader's language from <see cref="Rule"/> and the data.
/// </summary>
public sealed record Finding(string Rule, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>
    /// For <see cref="RuleIds.StiffWord"/>: the plainer alternative from the word list. For
    /// <see cref="RuleIds.Passive"/>: the active form with "vi" when the verb's forms are known
    /// (blir sendt: vi sender), else null. Both in the analysed standard.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// For <see cref="RuleIds.StiffWord"/>: the list entry as written in the list (a trailing * marks
    /// inflected forms), to tell which entry matched. The matched text itself is the span.
    /// </summary>
    public string? Term { get; init; }

    /// <summary>For <see cref="RuleIds.LongSentence"/> and <see cref="RuleIds.Nominalisation"/>: the words in the sentence.</summary>
    public int? WordCount { get; init; }

    /// <summary>For <see cref="RuleIds.Nominalisation"/>: the nouns in -ing, -else, -het/-heit and -sjon in the sentence.</summary>
    public int? NominalisationCount { get; init; }

    /// <summary>
    /// For <see cref="RuleIds.PersonalData"/>: one of <see cref="PersonalDataKinds"/>. The finding
    /// does not copy the personal data itself, so that findings can be logged or stored safely.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>
    /// For <see cref="RuleIds.PersonalData"/>: one of <see cref="PersonalDataAdvice"/>, what the
    /// writer should do about it, following from <see cref="Kind"/>.
    /// </summary>
    public string? Advice => Rule == RuleIds.PersonalData && Kind is not null ? PersonalDataAdvice.For(Kind) : null;
}
