using Microsoft.Extensions.Localization;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Frames;

/// <summary>How the frames' values read on a page, in the reader's language.</summary>
public static class FramesViews
{
    /// <summary>The project's own name for a phase, or the default phase's name in the reader's language.</summary>
    public static string PhaseName(PhaseView phase, IStringLocalizer<FramesText> framesText) =>
        phase.Name ?? (phase.Key is { } key ? framesText[$"Phase.{key}"] : phase.Id);

    public static string Amount(long? amount) => amount is { } value ? NumberText.Of(value) : "–";

    /// <summary>A share as whole per cent: "85 %", "85%" in English.</summary>
    public static string Percent(decimal? share, IStringLocalizer<FramesText> framesText) =>
        share is { } value ? framesText["Budget.Percent", NumberText.Of((long)Math.Round(value * 100, MidpointRounding.AwayFromZero))] : "–";

    public static string Level(Level level, IStringLocalizer<FramesText> framesText) => framesText[$"Level.{FramesWords.Word(level)}"];

    public static string Status(UncertaintyStatus status, IStringLocalizer<FramesText> framesText) => framesText[$"Status.{FramesWords.Word(status)}"];
}

/// <summary>A milestone's fields under a form prefix ("NewMilestone", "Input"), for the adding and the editing form.</summary>
public sealed record MilestoneFields(string Prefix, MilestoneInput Input);

public sealed record ScopeItemFields(string Prefix, ScopeItemInput Input);

public sealed record UncertaintyFields(string Prefix, UncertaintyInput Input, IReadOnlyList<Projects.ProjectPersonView> People);
