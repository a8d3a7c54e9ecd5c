using System.Xml.Linq;
using Samskap.Klarsprak;

namespace Samskap.Tests.Features.Klarsprak;

/// <summary>We ask others to write plainly, so our own texts go through the same checker.</summary>
public sealed class OurOwnTextsTests
{
    private const double Ceiling = 45;
    private static readonly KlarsprakAnalyzer _analyzer = new();

    public static TheoryData<string, string> Files() => new()
    {
        { "CompetenceText", "nb" }, { "CompetenceText", "nn" },
        { "VeivalgText", "nb" }, { "VeivalgText", "nn" },
        { "ReadinessText", "nb" }, { "ReadinessText", "nn" },
        { "KlarsprakText", "nb" }, { "KlarsprakText", "nn" },
        { "SessionsText", "nb" }, { "SessionsText", "nn" },
        { "VenuesText", "nb" }, { "VenuesText", "nn" },
        { "MethodsText", "nb" }, { "MethodsText", "nn" },
        { "EvaluationText", "nb" }, { "EvaluationText", "nn" },
        { "ReportText", "nb" }, { "ReportText", "nn" },
    };

    /// <summary>Each text of a resource file on a line of its own, as the pages show them: a heading or a paragraph.</summary>
    private static List<(string Key, string Text)> Read(string file, string language) =>
        XDocument.Load(Repository.TextFile(file, language))
            .Root!.Elements("data")
            .Select(d => (d.Attribute("name")!.Value, d.Element("value")!.Value))
            .ToList();

    private static Analysis Analyze(IEnumerable<string> texts, string language) =>
        _analyzer.Analyze(string.Join('\n', texts), language == "nn" ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_text_file_reads_below_LIX_45(string file, string language)
    {
        var analysis = Analyze(Read(file, language).Select(entry => entry.Text), language);

        Assert.True(analysis.Words > 300, $"{file} ({language}) has only {analysis.Words} words.");
        Assert.True(analysis.Lix < Ceiling, $"{file} ({language}) has LIX {analysis.Lix:0.0}.");
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public void Each_competence_page_reads_below_LIX_45(string language)
    {
        // Keys start with the page they belong to: Paradigms.…, Knowledge.…, Prerequisites.…
        var pages = Read("CompetenceText", language).GroupBy(entry => entry.Key.Split('.')[0]).ToList();

        Assert.True(pages.Count >= 7);
        Assert.All(pages, page =>
        {
            var analysis = Analyze(page.Select(entry => entry.Text), language);
            Assert.True(analysis.Lix < Ceiling, $"The competence page '{page.Key}' ({language}) has LIX {analysis.Lix:0.0}.");
        });
    }
}
