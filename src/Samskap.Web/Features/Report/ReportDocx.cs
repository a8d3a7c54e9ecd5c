using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Samskap.Web.Features.Report;

/// <summary>
/// The report as a Word document, made with the Open XML SDK: Word's own heading styles (so a table
/// of contents can be inserted), tables whose header row repeats on every page, the readiness radar
/// as a picture with its alt text, the title and language in the document's properties, on A4.
/// </summary>
public static class ReportDocx
{
    /// <summary>A4 in twentieths of a point, with 2.5 cm margins.</summary>
    private const uint PageWidth = 11906;
    private const uint PageHeight = 16838;
    private const int Margin = 1417;

    /// <summary>The radar is printed 8 cm wide; EMUs are 360 000 a centimetre.</summary>
    private const long RadarEmu = 8 * 360_000L;

    public static byte[] Write(ReportDocument report, Func<IReadOnlyList<double?>, byte[]> drawRadar)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(drawRadar);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = Tag(report.Language);
            document.PackageProperties.Creator = "Samskap";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(Tag(report.Language));
            var body = new Body();
            uint pictures = 0;
            foreach (var block in report.Blocks)
            {
                switch (block)
                {
                    case ReportHeading heading:
                        body.Append(Paragraph(heading.Text, heading.Level switch { 1 => "Title", 2 => "Heading1", _ => "Heading2" }));
                        break;
                    case ReportParagraph paragraph:
                        body.Append(Paragraph(paragraph.Text, null));
                        break;
                    case ReportTable table:
                        body.Append(Paragraph(table.Caption, "Caption"));
                        body.Append(Table(table));
                        break;
                    case ReportRadar radar:
                        pictures++;
                        var image = main.AddImagePart(ImagePartType.Png);
                        using (var png = new MemoryStream(drawRadar(radar.Scores)))
                        {
                            image.FeedData(png);
                        }

                        body.Append(new Paragraph(new Run(Picture(main.GetIdOfPart(image), pictures, radar.Alt))));
                        body.Append(Paragraph(string.Join("   ", radar.Labels.Select((label, i) => $"{i + 1} {label}")), "Caption"));
                        break;
                    default:
                        throw new InvalidOperationException($"The report has a part the document cannot draw: {block.GetType().Name}.");
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Tag(string language) => language switch
    {
        "nn" => "nn-NO",
        "en" => "en-GB",
        _ => "nb-NO",
    };

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        // A line break the writer typed stays a line break.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(ReportTable report)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var width in ColumnWidths(report.Header.Count))
        {
            grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(report.Header, header: true));
        foreach (var row in report.Rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    /// <summary>The first column names the row (a session, a statement), so it gets a third of the width when the others hold only figures.</summary>
    private static IEnumerable<int> ColumnWidths(int columns)
    {
        var page = (int)PageWidth - (2 * Margin);
        if (columns <= 3)
        {
            return Enumerable.Repeat(page / columns, columns);
        }

        var first = page / 3;
        return [first, .. Enumerable.Repeat((page - first) / (columns - 1), columns - 1)];
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            // Repeated at the top of every page the table runs over, and never split across two.
            row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var paragraph = Paragraph(cell, null);
            if (header)
            {
                paragraph.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), paragraph));
        }

        return row;
    }

    private static Drawing Picture(string relationshipId, uint id, string alt) =>
        new(new DW.Inline(
            new DW.Extent { Cx = RadarEmu, Cy = RadarEmu },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Radar {id}", Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0, Name = $"radar-{id}.png", Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = RadarEmu, Cy = RadarEmu }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });

    /// <summary>Word's built-in style ids and names, so Word, LibreOffice and screen readers know the headings for what they are.</summary>
    private static Styles Styles(string language)
    {
        static Style Heading(string id, string name, int outline, string size) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "40" }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            Heading("Heading1", "heading 1", 0, "32"),
            Heading("Heading2", "heading 2", 1, "26"),
            new Style(
                new StyleName { Val = "caption" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
                new StyleRunProperties(new Italic(), new FontSize { Val = "20" }))
            { Type = StyleValues.Paragraph, StyleId = "Caption" },
            new Style(
                new StyleName { Val = "Report Table" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "ReportTable" });
    }
}
