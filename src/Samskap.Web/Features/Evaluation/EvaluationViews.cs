using System.Globalization;
using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Live;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Evaluation;

/// <summary>How the evaluation's pages write its figures.</summary>
public static class EvaluationViews
{
    /// <summary>A mean on the 1–5 scale to one decimal: "3,4" in bokmål and nynorsk, "3.4" in English.</summary>
    public static string Mean(double mean) =>
        mean.ToString("0.0", Cultures.Current == Cultures.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("nb"));

    /// <summary>A figure as a table cell reads it: the mean, or how many more answers it needs.</summary>
    public static string Cell(double? mean, int needed, IStringLocalizer<EvaluationText> evaluationText) =>
        mean is { } value ? Mean(value) : needed > 0 ? evaluationText["Figure.Needs", NumberText.Of(needed)] : "–";

    public static string Statement(string id, IStringLocalizer<EvaluationText> evaluationText) => evaluationText[$"Statement.{id}"];

    public static string Group(EvaluationGroup group, IStringLocalizer<EvaluationText> evaluationText) => evaluationText[$"Group.{EvaluationGroups.Word(group)}"];

    /// <summary>A participant kind's name in the splits; the kinds are the partner kinds and "not said".</summary>
    public static string Kind(string kind, IStringLocalizer<LiveText> liveText) => liveText[$"Kind.{kind}"];

    public static string PulseStatement(string id, IStringLocalizer<LiveText> liveText) => liveText[$"Pulse.{id}"];
}
