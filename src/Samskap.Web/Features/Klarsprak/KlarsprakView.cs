using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Samskap.Klarsprak;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>One finding as people read it: numbered, named, explained in their language.</summary>
public sealed record FindingView(int Number, string Rule, string RuleName, string Excerpt, string Message, string? Suggestion, int Start, int Length)
{
    /// <summary>For personal data: <see cref="PersonalDataAdvice.Remove"/> or <see cref="PersonalDataAdvice.Check"/>.</summary>
    public string? Advice { get; init; }

    /// <summary>The advice in the reader's language ("Fjern alltid", "Sjekk"), shown beside the rule's name.</summary>
    public string? AdviceName { get; init; }

    /// <summary>The message of a stiff word or a passive form quotes the words themselves.</summary>
    public bool QuotedInMessage => Rule is RuleIds.StiffWord or RuleIds.Passive;
}

/// <summary>What the result and the inline check show for one text.</summary>
public sealed record KlarsprakView(string Text, WrittenStandard Language, Analysis Analysis, IReadOnlyList<FindingView> Findings)
{
    /// <summary>Findings listed in reading order, a sentence before the words inside it.</summary>
    public static KlarsprakView Create(string text, WrittenStandard language, Analysis analysis, IStringLocalizer<KlarsprakText> klarsprakText)
    {
        var ordered = analysis.Findings.OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        var findings = ordered.Select((finding, index) => new FindingView(
                index + 1,
                finding.Rule,
                klarsprakText[$"Rule.{finding.Rule}"],
                Excerpt(text, finding),
                KlarsprakMessages.Message(finding, text, klarsprakText),
                // A passive's active form is part of its message already.
                finding.Rule == RuleIds.Passive ? null : finding.Suggestion,
                finding.Start,
                finding.Length)
            {
                Advice = finding.Advice,
                AdviceName = finding.Advice is { } advice ? klarsprakText[$"Advice.{advice}"].Value : null,
            })
            .ToList();
        return new KlarsprakView(text, language, analysis, findings);
    }

    /// <summary>
    /// The text with each finding marked and numbered, as one piece of HTML: built here rather than in
    /// Razor because the text keeps its own line breaks (white-space: pre-wrap), and template
    /// whitespace would show.
    /// </summary>
    public IHtmlContent MarkedText(IStringLocalizer<KlarsprakText> klarsprakText)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(Text.Length + (Findings.Count * 120));
        foreach (var segment in HighlightSegments.Split(Text, Findings.Select(f => new Finding(f.Rule, f.Start, f.Length)).ToList()))
        {
            var part = encoder.Encode(Text.Substring(segment.Start, segment.Length));
            if (segment.Findings.Count == 0)
            {
                html.Append(part);
            }
            else
            {
                var rules = string.Join(' ', segment.Findings.Select(index => Findings[index].Rule).Distinct());
                html.Append("<mark class=\"klarsprak-mark\" data-rules=\"").Append(encoder.Encode(rules)).Append("\">").Append(part).Append("</mark>");
            }

            foreach (var ending in segment.EndingHere)
            {
                var number = Findings[ending].Number.ToString(CultureInfo.InvariantCulture);
                html.Append("<a class=\"klarsprak-ref\" href=\"#finding-").Append(number).Append("\" aria-label=\"")
                    .Append(encoder.Encode(klarsprakText["Result.FindingRef", number])).Append("\"><sup>").Append(number).Append("</sup></a>");
            }
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>The finding's own text, shortened in the middle when it is a whole long sentence.</summary>
    private static string Excerpt(string text, Finding finding)
    {
        const int Room = 90;
        var span = text.Substring(finding.Start, finding.Length).ReplaceLineEndings(" ");
        return span.Length <= Room ? span : $"{span[..(Room / 2)].TrimEnd()} … {span[^(Room / 2)..].TrimStart()}";
    }
}

/// <summary>Words each finding in the reader's language; the analyser itself has ids and data only.</summary>
public static class KlarsprakMessages
{
    public static string Message(Finding finding, string text, IStringLocalizer<KlarsprakText> klarsprakText) => finding.Rule switch
    {
        RuleIds.LongSentence => klarsprakText["Message.long-sentence", finding.WordCount ?? 0, KlarsprakAnalyzer.LongSentenceWords],
        RuleIds.StiffWord => klarsprakText["Message.stiff-word", text.Substring(finding.Start, finding.Length)],
        RuleIds.Passive => finding.Suggestion is { } active
            ? klarsprakText["Message.passive.active", text.Substring(finding.Start, finding.Length), active]
            : klarsprakText["Message.passive", text.Substring(finding.Start, finding.Length)],
        RuleIds.Nominalisation => klarsprakText["Message.nominalisation", finding.NominalisationCount ?? 0, finding.WordCount ?? 0],
        RuleIds.PersonalData => klarsprakText[$"Message.personal-data.{finding.Kind}"],
        _ => finding.Rule,
    };

    public static string BandName(Analysis analysis, IStringLocalizer<KlarsprakText> klarsprakText) => klarsprakText[$"Band.{analysis.BandId}"];

    /// <summary>One line for the live region and the inline check: LIX, its band and how many findings.</summary>
    public static string Summary(KlarsprakView view, IStringLocalizer<KlarsprakText> klarsprakText) =>
        klarsprakText["Summary", view.Analysis.Lix.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture), BandName(view.Analysis, klarsprakText), view.Findings.Count];
}
