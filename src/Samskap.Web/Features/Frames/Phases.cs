using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Frames;

/// <summary>
/// One phase as the pages and the API show it. Id is the default phase's key ("exploration") or, for
/// a phase the project added, its row's id; Name is the project's own name, or null for the default name.
/// </summary>
public sealed record PhaseView(string Id, string? Key, string? Name, bool Skipped, bool Current);

/// <summary>The row of phases a project moves through, and what a leader may change in it.</summary>
public static class Phases
{
    /// <summary>The six default phases, in order; their names are texts ("Phase.exploration"), their keys a contract.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys = ["initiation", "exploration", "ideation", "testing", "implementation", "evaluation"];

    /// <summary>A project that has not changed its phases: the six defaults, at the first.</summary>
    public static IReadOnlyList<PhaseView> Defaults { get; } =
        DefaultKeys.Select((key, index) => new PhaseView(key, key, null, Skipped: false, Current: index == 0)).ToList();

    /// <summary>The phase the project is in: the one marked, else the first not skipped.</summary>
    public static PhaseView Current(IReadOnlyList<PhaseView> phases) =>
        phases.FirstOrDefault(p => p.Current) ?? phases.FirstOrDefault(p => !p.Skipped) ?? phases[0];

    /// <summary>Where the current phase is in the row, counting only phases not skipped: (3, 6) is the third of six.</summary>
    public static (int Number, int Of) Place(IReadOnlyList<PhaseView> phases)
    {
        var current = Current(phases);
        var taken = phases.Where(p => !p.Skipped).ToList();
        var index = taken.FindIndex(p => p.Id == current.Id);
        return (index + 1, taken.Count);
    }

    /// <summary>A new or changed name: required for an added phase; a default phase left empty goes back to its default name.</summary>
    public static IReadOnlyList<FieldError> CheckName(string? name, bool isDefault)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return isDefault ? [] : [new FieldError("Name", "Phases.Error.NameRequired")];
        }

        return name.Trim().Length > ProjectPhase.NameMaxLength
            ? [new FieldError("Name", "Phases.Error.NameTooLong", NumberText.Of(ProjectPhase.NameMaxLength))]
            : [];
    }

    /// <summary>The current phase cannot be skipped, and a skipped phase cannot become current: move on first.</summary>
    public static FieldError? CheckSkip(PhaseView phase, bool skip) =>
        skip && phase.Current ? new FieldError("", "Phases.Error.SkipCurrent") : null;

    public static FieldError? CheckCurrent(PhaseView phase) =>
        phase.Skipped ? new FieldError("", "Phases.Error.CurrentSkipped") : null;

    public static FieldError? CheckAdd(int count) =>
        count >= FramesLimits.Phases ? new FieldError("Name", "Phases.Error.TooMany", NumberText.Of(FramesLimits.Phases)) : null;
}
