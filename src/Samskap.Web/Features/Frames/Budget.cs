namespace Samskap.Web.Features.Frames;

/// <summary>
/// Used against planned, for hours and for money. An amount that is not planned has no share and
/// cannot overrun; using exactly what was planned is not an overrun, anything above it is.
/// </summary>
public sealed record Budget(long? PlannedHours, long? UsedHours, long? PlannedNok, long? UsedNok)
{
    public static Budget None { get; } = new(null, null, null, null);

    /// <summary>Used hours as a share of the planned (1 is all of it), or null when either is missing or nothing is planned.</summary>
    public decimal? HoursShare => Share(PlannedHours, UsedHours);

    public decimal? NokShare => Share(PlannedNok, UsedNok);

    public bool HoursOverrun => Overruns(PlannedHours, UsedHours);

    public bool NokOverrun => Overruns(PlannedNok, UsedNok);

    public bool Overrun => HoursOverrun || NokOverrun;

    /// <summary>True when anything at all has been entered.</summary>
    public bool IsSet => PlannedHours is not null || UsedHours is not null || PlannedNok is not null || UsedNok is not null;

    private static decimal? Share(long? planned, long? used) =>
        planned is > 0 && used is { } spent ? (decimal)spent / planned.Value : null;

    private static bool Overruns(long? planned, long? used) =>
        planned is { } plan && used is { } spent && spent > plan;
}
