namespace Samskap.Klarsprak;

/// <summary>How hard a text is to read, from its LIX score.</summary>
public enum LixBand
{
    VeryEasy,
    Easy,
    Medium,
    Difficult,
    VeryDifficult,
}

/// <summary>The LIX bands and their ids. The ids are a contract: the web app localises messages by them.</summary>
public static class LixBands
{
    public const string VeryEasyId = "very-easy";
    public const string EasyId = "easy";
    public const string MediumId = "medium";
    public const string DifficultId = "difficult";
    public const string VeryDifficultId = "very-difficult";

    /// <summary>Below 30 very easy, 30 to below 40 easy, 40 to below 50 medium, 50 to below 60 difficult, 60 and above very difficult; unrounded.</summary>
    public static LixBand Of(double lix) => lix switch
    {
        < 30 => LixBand.VeryEasy,
        < 40 => LixBand.Easy,
        < 50 => LixBand.Medium,
        < 60 => LixBand.Difficult,
        _ => LixBand.VeryDifficult,
    };

    public static string Id(LixBand band) => band switch
    {
        LixBand.VeryEasy => VeryEasyId,
        LixBand.Easy => EasyId,
        LixBand.Medium => MediumId,
        LixBand.Difficult => DifficultId,
        LixBand.VeryDifficult => VeryDifficultId,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };
}
