namespace Samskap.Web.Features.Live;

/// <summary>What a live operation gave: its value, or the refusal that names the field.</summary>
public readonly record struct LiveOutcome<T>(T? Value, LiveRefusal? Refusal)
{
    public static implicit operator LiveOutcome<T>(T value) => new(value, null);

    public static implicit operator LiveOutcome<T>(LiveRefusal refusal) => new(default, refusal);
}
