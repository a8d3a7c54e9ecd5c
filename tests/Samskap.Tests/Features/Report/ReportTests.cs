using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.VisualBasic.FileIO;
using Samskap.Klarsprak;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Report;

namespace Samskap.Tests.Features.Report;

/// <summary>The project report (print view, DOCX, JSON) and the data export (CSV in a ZIP, JSON).</summary>
public sealed class ReportTests(Apps apps)
{
    private static readonly KlarsprakAnalyzer _analyzer = new();

    [Fact]
    public async Task The_print_view_has_every_part_of_the_report_in_the_language_chosen_for_it()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);

        var (response, page) = await browser.GetPageAsync(ReportRoutes.Report(world.Project.Id, "nn"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = page.QuerySelector("[data-testid=report]")!;
        Assert.Equal("nn", report.GetAttribute("lang"));
        Assert.Equal(
            ["challenge", "approach", "readiness", "partnership", "frames", "sessions", "pulse", "evaluation", "decisions", "changed", "lessons"],
            report.QuerySelectorAll("h3[id], h4[id]").Select(h => h.Id!["report-".Length..]));
        var text = report.TextContent;
        Assert.Contains("Utfordringa", text, StringComparison.Ordinal);
        Assert.Contains("Unge i bydelen har få steder å være etter skoletid.", text, StringComparison.Ordinal);
        Assert.Contains("De valde samskaping", text, StringComparison.Ordinal);
        Assert.Contains("Leiarane svarte 5,0 i snitt, deltakarane 2,0.", text, StringComparison.Ordinal);
        Assert.Contains("1-2-4-alle", text, StringComparison.Ordinal);
        Assert.Contains("1 av 2 avgjerder bygde på det innbyggjarar", text, StringComparison.Ordinal);
        Assert.Contains("Start med de unge, ikke med lokalet.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("912 34 567", text, StringComparison.Ordinal);
        Assert.NotNull(report.QuerySelector("figure.report-radar svg[role=img][aria-label]"));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public async Task The_reports_own_sentences_read_below_LIX_45(string language)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);

        var body = JsonDocument.Parse(await browser.Client.GetStringAsync(ReportRoutes.Api(world.Project.Id, language))).RootElement;

        var prose = body.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "paragraph" && b.GetProperty("generated").GetBoolean())
            .Select(b => b.GetProperty("text").GetString()!)
            .ToList();
        var analysis = _analyzer.Analyze(string.Join('\n', prose), language == "nn" ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal);
        Assert.True(analysis.Words > 150, $"Only {analysis.Words} words of the report's own.");
        Assert.True(analysis.Lix < 45, $"LIX {analysis.Lix:0.0} in {language}.");
        Assert.Equal(language, body.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_docx_passes_the_validator_with_heading_styles_repeating_header_rows_the_radar_with_alt_text_and_its_properties()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);

        var response = await browser.Client.GetAsync(ReportRoutes.Docx(world.Project.Id, "nn"));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportApi.DocxType, response.Content.Headers.ContentType!.MediaType);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5)));
        var body = document.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Utfordringa", "Vegvalet", "Klar til å samskape", "Partnarar og bidrag", "Rammer: plan og bruk", "Samlingar og metodar", "Pulsen over tid", "Vart det samskaping?", "Avgjerder og kva dei bygde på", "Kva vi lærte"], headings);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 6);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        var picture = Assert.Single(body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.StartsWith("Radar for runde 1", picture.Description!.Value, StringComparison.Ordinal);
        Assert.Equal("nn-NO", document.PackageProperties.Language);
        Assert.StartsWith("Rapport: ", document.PackageProperties.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_is_one_csv_per_table_with_a_byte_order_mark_and_semicolons_that_a_second_parser_reads_back()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);

        var response = await browser.Client.GetAsync(ReportRoutes.ExportZip(world.Project.Id));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("ideas.csv", zip.Entries.Select(e => e.FullName));
        var tables = zip.Entries.ToDictionary(e => e.FullName, e => Read(e));
        var ideas = tables["ideas.csv"];
        Assert.Equal(["id", "sessionId", "activity", "text", "category", "participantKind", "heldForPersonalData", "hidden", "mergedInto", "createdAt"], ideas[0]);
        var bench = ideas.Single(row => row[0] == world.Idea.Id.ToString());
        Assert.Equal(("Benker og lys ved skateparken", "citizen", "false"), (bench[3], bench[5], bench[6]));
        var held = ideas.Single(row => row[6] == "true");
        Assert.Equal("", held[3]);
        var contributions = tables["contributions.csv"];
        Assert.Contains(contributions.Skip(1), row => row[3] == "Møterom hver tirsdag" && row[4] == "20" && row[5] == "15000");
        var results = tables["evaluation-results.csv"];
        Assert.Contains(results.Skip(1), row => row[1] == "participants" && row[2] == "everyday-knowledge-valued" && row[3] == "6" && row[4] == "2");
        Assert.All(tables.Values, rows => Assert.All(rows, row => Assert.Equal(rows[0].Length, row.Length)));

        // Nothing ties what was said to a person: no phone, token or account, and no text held for personal data.
        var all = string.Join('\n', zip.Entries.Select(e => Encoding.UTF8.GetString(Bytes(e))));
        var phones = await app.WithDbAsync(db => Task.FromResult(db.Set<Samskap.Web.Features.Live.LiveParticipant>().Where(p => p.SessionId == world.FirstSession.Id).Select(p => new { p.Id, p.TokenHash }).ToList()));
        Assert.All(phones, p => Assert.DoesNotContain(p.Id.ToString(), all, StringComparison.Ordinal));
        Assert.All(phones, p => Assert.DoesNotContain(p.TokenHash, all, StringComparison.Ordinal));
        Assert.DoesNotContain(admin.Id, all, StringComparison.Ordinal);
        Assert.DoesNotContain("912 34 567", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_data_comes_as_json_and_the_report_through_a_personal_access_token()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var export = JsonDocument.Parse(await client.GetStringAsync(ReportRoutes.ExportApi(world.Project.Id))).RootElement;
        var report = JsonDocument.Parse(await client.GetStringAsync(ReportRoutes.Api(world.Project.Id, "en"))).RootElement;

        Assert.Equal(2, export.GetProperty("decisions").GetArrayLength());
        Assert.Contains(export.GetProperty("ideas").EnumerateArray(), i => i.GetProperty("text").GetString() == "Benker og lys ved skateparken");
        Assert.Equal(2, export.GetProperty("sessions").GetArrayLength());
        Assert.Equal("en", report.GetProperty("language").GetString());
        var types = report.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()).Distinct().ToList();
        Assert.Equal(["heading", "paragraph", "radar", "table"], types.Order());
    }

    [Fact]
    public async Task A_partner_sees_the_evaluation_but_not_the_report_or_the_export()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var world = await app.Arrange.ReportProjectAsync(organization.Id, admin);
        var external = await app.Arrange.ExternalPartnerAsync(world.Project);
        var member = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(world.Project, member, Samskap.Web.Features.Projects.ProjectRole.Partner);
        using var externalBrowser = Browserless.For(app);
        await externalBrowser.SignInAsync(external.Email!);
        using var memberBrowser = Browserless.For(app);
        await memberBrowser.SignInAsync(member.Email!);
        var id = world.Project.Id;
        string[] closed = [ReportRoutes.Report(id), ReportRoutes.Docx(id, "nb"), ReportRoutes.ExportZip(id), ReportRoutes.ExportApi(id), ReportRoutes.Api(id)];

        var evaluations = await Task.WhenAll(externalBrowser.Client.GetAsync(EvaluationRoutes.Api(id)), memberBrowser.Client.GetAsync(EvaluationRoutes.Api(id)));
        var externalRefused = await Task.WhenAll(closed.Select(externalBrowser.Client.GetAsync));
        var memberRefused = await Task.WhenAll(closed.Select(memberBrowser.Client.GetAsync));

        Assert.All(evaluations, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        // An external partner is no member: the organisation's pages answer them 404, as for every feature of the organisation's own.
        Assert.All(externalRefused, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All(memberRefused, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Fact]
    public async Task The_lessons_are_saved_and_a_form_drawn_before_another_leaders_save_is_refused_with_its_text_kept()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var first = await browser.FormAsync(ReportRoutes.Report(project.Id, "nb"));
        var second = await browser.FormAsync(ReportRoutes.Report(project.Id, "nb"));

        var (saved, _) = await first.PostAsync(new() { ["Lessons"] = "Vi lærte å spørre tidlig." });
        var (stale, page) = await second.PostAsync(new() { ["Lessons"] = "Min egen tekst" });
        var (_, report) = await browser.GetPageAsync(ReportRoutes.Report(project.Id, "nb"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Min egen tekst", page.QuerySelector("#Lessons")!.TextContent.Trim());
        Assert.Contains("Vi lærte å spørre tidlig.", report.QuerySelector("[data-testid=report]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_that_is_none_of_the_three_is_refused_and_named()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var docx = await browser.Client.GetAsync(ReportRoutes.Docx(project.Id, "de"));
        var (page, document) = await browser.GetPageAsync(ReportRoutes.Report(project.Id, "de"));

        Assert.Equal(HttpStatusCode.BadRequest, docx.StatusCode);
        Assert.Contains("nb, nn or en", await docx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("The language must be nb, nn or en.", document.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads a CSV file with .NET's own TextFieldParser, a second parser next to CsvHelper that wrote it; checks the byte-order mark first.</summary>
    private static List<string[]> Read(ZipArchiveEntry entry)
    {
        var bytes = Bytes(entry);
        Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..], $"{entry.FullName} has no byte-order mark.");
        using var parser = new TextFieldParser(new StreamReader(new MemoryStream(bytes), Encoding.UTF8)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(ProjectExport.Separator.ToString());
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
