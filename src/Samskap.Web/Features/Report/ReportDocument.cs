using System.Text.Json.Serialization;

namespace Samskap.Web.Features.Report;

/// <summary>One part of the report, in the order it is read: the print view, the DOCX and the JSON all draw the same parts. In JSON, "type" names the part.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReportHeading), "heading")]
[JsonDerivedType(typeof(ReportParagraph), "paragraph")]
[JsonDerivedType(typeof(ReportTable), "table")]
[JsonDerivedType(typeof(ReportRadar), "radar")]
public abstract record ReportBlock;

/// <summary>A heading; level 1 is the report's title, 2 a chapter, 3 a part of one.</summary>
public sealed record ReportHeading(int Level, string Text, string Id) : ReportBlock;

/// <summary>A paragraph. <see cref="Generated"/> is true for the report's own words, false for what someone wrote (the challenge, a reason, the lessons).</summary>
public sealed record ReportParagraph(string Text, bool Generated = true) : ReportBlock;

/// <summary>A table whose first row is its header, repeated on every page it runs over.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A readiness round's radar: the four prerequisites' scores (1–5, none where unknown), their names, and the text that says what it shows.</summary>
public sealed record ReportRadar(IReadOnlyList<double?> Scores, IReadOnlyList<string> Labels, string Alt) : ReportBlock;

/// <summary>The whole report in one language.</summary>
public sealed record ReportDocument(string Language, string Title, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>The report's own sentences, for the plain-language check.</summary>
    [JsonIgnore]
    public IEnumerable<string> GeneratedProse => Blocks.OfType<ReportParagraph>().Where(p => p.Generated).Select(p => p.Text);
}
