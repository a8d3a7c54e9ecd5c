using System.Globalization;
using System.Resources;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Report;

/// <summary>
/// The report's words in the language chosen for it, not the reader's: a leader reading in English
/// may make the report in nynorsk. Its own texts are in ReportText; the names it shares with other
/// features (statements, prerequisites, approaches, kinds) are read from their texts, so they are
/// worded once.
/// </summary>
public sealed class ReportWords
{
    private static readonly ResourceManager _report = new(typeof(ReportText));
    private static readonly ResourceManager _evaluation = new(typeof(EvaluationText));
    private static readonly ResourceManager _live = new(typeof(LiveText));
    private static readonly ResourceManager _readiness = new(typeof(ReadinessText));
    private static readonly ResourceManager _veivalg = new(typeof(VeivalgText));

    private ReportWords(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }
    public CultureInfo Culture { get; }

    /// <summary>The words in one of the three languages; null for any other.</summary>
    public static ReportWords? For(string? language) =>
        language is "nb" or "nn" or "en" ? new ReportWords(language) : null;

    public string this[string key] => Text(_report, key);
    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);

    public string Statement(string id) => Text(_evaluation, $"Statement.{id}");
    public string Group(EvaluationGroup group) => Text(_evaluation, $"Group.{EvaluationGroups.Word(group)}");
    public string PulseStatement(string id) => Text(_live, $"Pulse.{id}");
    public string Kind(string kind) => Text(_live, $"Kind.{kind}");
    public string Prerequisite(string id) => Text(_readiness, $"Prerequisite.{id}");
    public string Verdict(string word) => Text(_readiness, $"Verdict.{word}");
    public string Approach(Approach approach) => Text(_veivalg, $"Approach.{approach}");
    public string Promise(Approach approach) => Text(_veivalg, $"Promise.{approach}");

    public string Date(DateOnly date) => DateText.LongDate(date, Language);

    public string Number(long number) =>
        number.ToString("N0", Language == Cultures.English ? CultureInfo.GetCultureInfo("en") : new NumberFormatInfo { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] });

    public string Amount(decimal amount) =>
        amount.ToString("#,0.#", Language == Cultures.English ? CultureInfo.GetCultureInfo("en") : new NumberFormatInfo { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3], NumberDecimalSeparator = "," });

    public string Mean(double? mean) => mean is { } value ? value.ToString("0.0", Culture) : "–";

    /// <summary>A figure hidden by the group-size rule, as a table cell.</summary>
    public string Cell(double? mean, int needed) => mean is { } value ? Mean(value) : needed > 0 ? Format("Figure.Needs", Number(needed)) : "–";

    private string Text(ResourceManager resources, string key) =>
        resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"No text '{key}' for the report.");
}
