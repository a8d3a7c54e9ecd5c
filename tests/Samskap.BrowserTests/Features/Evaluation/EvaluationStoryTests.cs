using System.Diagnostics;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Report;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Evaluation;

/// <summary>
/// As a project leader, I read the evaluation where the leaders and the citizens disagree, and the
/// disagreement comes first; I write what we learned, print the report for the politicians, and
/// download it as Word and the data for the archive. As a citizen who took part, I answer the
/// evaluation on my phone, in nynorsk, without an account.
/// </summary>
public sealed class EvaluationStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_leader_reads_the_gap_first_prints_the_report_and_downloads_the_word_file_and_the_data()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var world = await app.Factory.Arrange.ReportProjectAsync(organization.Id, leader, "Møteplass for unge i Bø");
        await using var story = await app.StartStoryAsync("Evaluation-leader");
        var page = story.Page;
        await story.SignInAsync(leader.Email!);

        await page.GotoAsync(ProjectRoutes.Details(world.Project.Id));
        await page.Locator("a[href$='/evaluation']").ClickAsync();
        await page.WaitForPathAsync(EvaluationRoutes.Project(world.Project.Id));
        var firstSection = page.Locator("main h2").First;
        await Expect(firstSection).ToHaveTextAsync("Her ser dere prosjektet ulikt");
        await Expect(page.Locator("[data-gap=everyday-knowledge-valued]")).ToContainTextAsync("Lederne er mer enige enn deltakerne");
        await story.CheckPageAsync("evaluation");

        await page.GotoAsync(ReportRoutes.Report(world.Project.Id, "nb"));
        await page.Locator("#Lessons").FillAsync("Start med de unge, ikke med lokalet. Avtal faste kvelder tidlig.");
        await page.Locator("form:has(#Lessons) button[type=submit]").ClickAsync();
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("Det dere lærte er lagret");
        await Expect(page.Locator("[data-testid=report]")).ToContainTextAsync("Avtal faste kvelder tidlig.");
        await story.CheckPageAsync("report");

        // The print view: only the report, on A4.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("#Lessons")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=report] h2")).ToBeVisibleAsync();
        Directory.CreateDirectory(story.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(story.Folder, "report-print-view.png"), FullPage = true });
        await page.PdfAsync(new() { Path = Path.Combine(story.Folder, "report-print-view.pdf"), Format = "A4", PrintBackground = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.Locator("#Language").SelectOptionAsync("nn");
        await page.Locator("form.report-language button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=report]")).ToHaveAttributeAsync("lang", "nn");
        var word = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href='{ReportRoutes.Docx(world.Project.Id, "nn")}']").ClickAsync());
        var docx = Path.Combine(story.Folder, "rapport-nn.docx");
        await word.SaveAsAsync(docx);
        var data = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href='{ReportRoutes.ExportZip(world.Project.Id)}']").ClickAsync());
        var zip = Path.Combine(story.Folder, "data.zip");
        await data.SaveAsAsync(zip);

        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Contains("decisions.csv", archive.Entries.Select(e => e.FullName));
        }

        // LibreOffice makes a PDF of the Word file, as a leader without Word would; its text holds the report.
        await RunAsync("soffice", $"--headless --norestore --convert-to pdf --outdir \"{story.Folder}\" \"{docx}\"");
        var pdf = Path.ChangeExtension(docx, ".pdf");
        var text = await RunAsync("pdftotext", $"-layout \"{pdf}\" -");
        Assert.Contains("Kva kunnskapen til innbyggjarane endra", text, StringComparison.Ordinal);
        Assert.Contains("Vart det samskaping?", text, StringComparison.Ordinal);
        Assert.Contains("Møteplassen legges til biblioteket", text, StringComparison.Ordinal);
        await RunAsync("pdftoppm", $"-png -r 50 \"{pdf}\" \"{Path.Combine(story.Folder, "rapport-nn-side")}\"");
        Assert.NotEmpty(Directory.GetFiles(story.Folder, "rapport-nn-side*.png"));
    }

    [Fact]
    public async Task A_participant_answers_the_evaluation_on_a_phone_in_nynorsk_with_the_code_from_the_projector()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Turstien langs elva");
        var round = await app.Factory.Arrange.EvaluationRoundAsync(project, leader, title: "Etter utprøvinga");
        await using var story = await app.StartStoryAsync("Evaluation-participant", phone: true);
        var page = story.Page;

        await page.GotoAsync(EvaluationRoutes.Join);
        await page.Locator("summary.site-menu__button").ClickAsync();
        await page.Locator(".language-switcher a[hreflang=nn]").ClickAsync();
        await page.ExpectLanguageAsync("nn");
        await page.Locator("#Code").FillAsync(round.JoinCode.ToLowerInvariant());
        await story.CheckPageAsync("code");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForPathAsync(EvaluationRoutes.Participate(round.ParticipantToken));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Korleis gjekk samarbeidet?");
        await story.CheckPageAsync("form");

        await page.Locator("label[for='trust-held-4']").ClickAsync();
        await page.Locator("label[for='everyday-knowledge-valued-2']").ClickAsync();
        await page.Locator("label[for='understandable-language-dk']").ClickAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=participant-thanks]")).ToContainTextAsync("Takk for svara dine!");
        await story.CheckPageAsync("thanks");

        var response = Assert.Single(await app.Factory.WithDbAsync(db => db.Set<EvaluationResponse>().IgnoreQueryFilters().Where(r => r.RoundId == round.Id).ToListAsync()));
        Assert.Equal((EvaluationGroup.Participants, (string?)null), (response.Group, response.RespondentUserId));
        Assert.Equal(new Dictionary<string, int?> { ["trust-held"] = 4, ["everyday-knowledge-valued"] = 2, ["understandable-language"] = null }, response.Answers);
    }

    /// <summary>Runs a program of the machine's (LibreOffice, Poppler) to its end and returns what it printed.</summary>
    private static async Task<string> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {arguments} ended with {process.ExitCode}: {await errors}");
        return await output;
    }
}
