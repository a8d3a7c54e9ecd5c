namespace Samskap.Klarsprak;

/// <summary>The result of analysing one text.</summary>
public sealed class Analysis
{
    /// <summary>Below this many words the LIX score says little; show it as indicative.</summary>
    public const int IndicativeBelowWords = 50;

    internal Analysis(int words, int sentences, int longWords, IReadOnlyList<Finding> findings)
    {
        Words = words;
        Sentences = sentences;
        LongWords = longWords;
        Findings = findings;
        Lix = words == 0 ? 0 : ((double)words / sentences) + (100.0 * longWords / words);
        Band = LixBands.Of(Lix);
    }

    /// <summary>
    /// LIX = words / sentences + 100 × long words / words, unrounded. A text without words has
    /// no sentences either; its LIX is defined as 0 (so it lands in the very-easy band).
    /// </summary>
    public double Lix { get; }

    public LixBand Band { get; }

    /// <summary>The band's id: very-easy, easy, medium, difficult or very-difficult.</summary>
    public string BandId => LixBands.Id(Band);

    /// <summary>True below <see cref="IndicativeBelowWords"/> words.</summary>
    public bool IsIndicative => Words < IndicativeBelowWords;

    public int Words { get; }

    public int Sentences { get; }

    /// <summary>Words with more than six letters.</summary>
    public int LongWords { get; }

    /// <summary>Words per sentence; 0 for a text without words.</summary>
    public double AverageSentenceLength => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>Ordered by <see cref="Finding.Start"/>, then longer spans first.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
