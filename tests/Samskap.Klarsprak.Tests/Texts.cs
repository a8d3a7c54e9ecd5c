namespace Samskap.Klarsprak.Tests;

/// <summary>One analyser for all tests, as the app has one; and helpers to read findings as text.</summary>
internal static class Texts
{
    public static readonly KlarsprakAnalyzer Analyzer = new();

    public static Analysis Bokmal(string text) => Analyzer.Analyze(text, WrittenStandard.Bokmal);

    public static Analysis Nynorsk(string text) => Analyzer.Analyze(text, WrittenStandard.Nynorsk);

    public static Analysis Analyze(string text, string standard) => Analyzer.Analyze(text, standard == "nn" ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal);

    /// <summary>The text of each finding of a rule, in order.</summary>
    public static List<string> Spans(this Analysis analysis, string text, string rule) =>
        [.. analysis.Findings.Where(f => f.Rule == rule).Select(f => text.Substring(f.Start, f.Length))];
}
