using System.Globalization;
using Samskap.Klarsprak;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Tests.Support;

/// <summary>The Klarspråk check for what we write to people by e-mail.</summary>
public static class MailKlarsprak
{
    /// <summary>The same ceiling as for our pages' texts (OurOwnTextsTests).</summary>
    public const double LixCeiling = 45;

    private static readonly KlarsprakAnalyzer _analyzer = new();

    /// <summary>
    /// Checks the subject and the plain-text body as sent, link included. Bokmål and nynorsk get
    /// every rule; English only those that do not depend on the language (sentence length and
    /// personal data), as the word lists and the passive grammar are Norwegian.
    /// </summary>
    public static void AssertPlain(EmailMessage message)
    {
        var language = message.Language;
        var prose = $"{message.Subject}\n{message.Text}";
        var analysis = _analyzer.Analyze(prose, language == "nn" ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal);
        var findings = analysis.Findings
            .Where(finding => language != "en" || finding.Rule is RuleIds.LongSentence or RuleIds.PersonalData)
            .Select(finding => $"{finding.Rule}: «{prose.Substring(finding.Start, finding.Length)}»")
            .ToList();

        Assert.True(findings.Count == 0, $"Klarspråk ({language}) finds: {string.Join("; ", findings)}");
        Assert.True(analysis.Lix < LixCeiling, $"Klarspråk ({language}): LIX {analysis.Lix.ToString("0.0", CultureInfo.InvariantCulture)}");
    }
}
