using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Readiness;

/// <summary>
/// As a project leader, I read my team's readiness radar on my phone and on my laptop: the chart is
/// large, the team's scores are a filled area, the 3.0 and 4.0 lines differ by more than colour, and
/// the names of the prerequisites are at least as large as the text around them.
/// </summary>
public sealed class ReadableRadarChartTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<int> Screens => [BrowserApp.Phone.Width, BrowserApp.Laptop.Width];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_radar_is_large_filled_and_named_at_body_text_size(int width)
    {
        var (roundPage, leaderEmail) = await ClosedRoundAsync();
        var phone = width == BrowserApp.Phone.Width;
        await using var story = await app.StartStoryAsync($"Radar-{width}", phone ? BrowserApp.Phone : BrowserApp.Laptop, phone);
        var page = story.Page;
        await story.SignInAsync(leaderEmail);
        await page.GotoAsync(roundPage);

        var figure = page.Locator("figure.readiness-radar");
        await Expect(figure.GetByRole(AriaRole.Img, new() { Name = "Radardiagram over de fire forutsetningene. Tallene står i listen og i tabellen under." })).ToBeVisibleAsync();
        await Expect(figure.Locator(".radar-legend li")).ToHaveTextAsync(["1 Kompetanse 4,7 – På plass", "2 Tilstrekkelige rammer 3,3 – Delvis på plass", "3 Tillit og trygge relasjoner 1,7 – Ikke på plass", "4 Fasiliterte prosesser 4,0 – På plass"], new() { UseInnerText = true });

        var chart = await page.EvaluateAsync<ChartLook>(
            """
            () => {
                const svg = document.querySelector('figure.readiness-radar > svg');
                const box = svg.getBoundingClientRect();
                const legend = document.querySelector('.radar-legend').getBoundingClientRect();
                const style = selector => getComputedStyle(document.querySelector(selector));
                const area = style('svg .radar-area');
                const yellow = style('svg .radar-grid--yellow');
                const green = style('svg .radar-grid--green');
                const body = parseFloat(getComputedStyle(document.body).fontSize);
                const smallestName = Math.min(...[...document.querySelectorAll('.radar-legend li span')].map(span => parseFloat(getComputedStyle(span).fontSize)));
                const numberHeight = parseFloat(svg.querySelector('.radar-marker-number').getAttribute('font-size')) * box.width / svg.viewBox.baseVal.width;
                return {
                    width: box.width, space: svg.parentElement.clientWidth,
                    legendBelow: legend.top >= box.bottom - 1, legendBeside: legend.left >= box.right - 1,
                    fill: area.fill, fillOpacity: parseFloat(area.fillOpacity), outline: area.stroke, outlineWidth: parseFloat(area.strokeWidth),
                    yellowDashes: yellow.strokeDasharray, greenDashes: green.strokeDasharray,
                    yellowWidth: parseFloat(yellow.strokeWidth), greenWidth: parseFloat(green.strokeWidth),
                    body, smallestName, numberHeight,
                };
            }
            """);

        // Large: the whole width on a phone, a good 400 px on a laptop.
        Assert.True(phone ? chart.Width >= chart.Space - 1 : chart.Width >= 400, $"The chart is {chart.Width} px wide in {chart.Space} px.");

        // A filled area with a solid outline.
        Assert.NotEqual("none", chart.Fill);
        Assert.InRange(chart.FillOpacity, 0.15, 0.6);
        Assert.NotEqual("none", chart.Outline);
        Assert.True(chart.OutlineWidth >= 2);

        // 3.0 dashed, 4.0 solid and thicker: told apart without colour.
        Assert.NotEqual("none", chart.YellowDashes);
        Assert.Equal("none", chart.GreenDashes);
        Assert.True(chart.GreenWidth > chart.YellowWidth);
        await Expect(figure.Locator("figcaption")).ToContainTextAsync("Stiplet linje: 3,0");
        await Expect(figure.Locator("figcaption")).ToContainTextAsync("Tykk, hel linje: 4,0");

        // The names are body text, and the numbers at the axes no smaller; on a phone the names go below the chart.
        Assert.True(chart.SmallestName >= chart.Body, $"A name is {chart.SmallestName} px beside {chart.Body} px body text.");
        Assert.True(chart.NumberHeight >= chart.Body, $"The axes' numbers are {chart.NumberHeight} px beside {chart.Body} px body text.");
        Assert.True(phone ? chart.LegendBelow : chart.LegendBeside, phone ? "On a phone the names belong below the chart." : "On a laptop the names belong beside the chart.");

        await Expect(page.Locator("[data-testid=prerequisite-table] tr[data-prerequisite=trust]")).ToContainTextAsync("Ikke på plass");
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("round");
        Directory.CreateDirectory(Path.Combine(TestOutput.Folder, "screenshots"));
        await page.Locator(".readiness-overview").ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder, "screenshots", $"radar-{width}.png") });
    }

    [Fact]
    public async Task A_leader_prints_the_rounds_result_on_A4_without_the_invitations_and_forms()
    {
        var (roundPage, leaderEmail) = await ClosedRoundAsync();
        await using var story = await app.StartStoryAsync("Readiness-print");
        var page = story.Page;
        await story.SignInAsync(leaderEmail);
        await page.GotoAsync(roundPage);
        await Expect(page.Locator("[data-print]")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("figure.readiness-radar")).ToBeVisibleAsync();
        await Expect(page.Locator("#result-heading")).ToBeVisibleAsync();
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-print]")).ToBeHiddenAsync();
        Directory.CreateDirectory(story.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(story.Folder, "readiness-print-view.png"), FullPage = true });
        await page.PdfAsync(new() { Path = Path.Combine(story.Folder, "readiness-print-view.pdf"), Format = "A4" });
    }

    /// <summary>
    /// A closed round of three: competence green (4.7), frames yellow (3.3), trust red (1.7) and
    /// facilitation exactly on the 4.0 line; returns the round's page and its leader's e-mail.
    /// </summary>
    private async Task<(string RoundPage, string LeaderEmail)> ClosedRoundAsync()
    {
        var arrange = app.Factory.Arrange;
        var (leader, organization) = await arrange.OrganizationAsync();
        var project = await arrange.ProjectAsync(organization.Id, leader, "Aktive eldre i Bø");
        var today = NorwegianTime.Today(app.Factory.Clock);
        var round = await arrange.ReadinessRoundAsync(project, leader, today.AddDays(-20), today.AddDays(-6));
        var team = new[] { leader, await arrange.MemberAsync(organization.Id), await arrange.MemberAsync(organization.Id) };
        for (var respondent = 0; respondent < team.Length; respondent++)
        {
            var index = respondent;
            await arrange.ReadinessResponseAsync(round, team[index], ReadinessStatements.All.ToDictionary(
                statement => statement.Id,
                int? (statement) => ReadinessScoring.PrerequisiteOf(statement.Id) switch
                {
                    "competence" => index == 2 ? 4 : 5,
                    "frames" => index == 1 ? 4 : 3,
                    "trust" => index == 2 ? 1 : 2,
                    _ => 4,
                }));
        }

        return (ReadinessRoutes.Round(project.Id, round.Id), leader.Email!);
    }

    /// <summary>What the chart looks like, as the browser has laid it out and styled it.</summary>
    public sealed class ChartLook
    {
        public double Width { get; set; }
        public double Space { get; set; }
        public bool LegendBelow { get; set; }
        public bool LegendBeside { get; set; }
        public string Fill { get; set; } = "";
        public double FillOpacity { get; set; }
        public string Outline { get; set; } = "";
        public double OutlineWidth { get; set; }
        public string YellowDashes { get; set; } = "";
        public string GreenDashes { get; set; } = "";
        public double YellowWidth { get; set; }
        public double GreenWidth { get; set; }
        public double Body { get; set; }
        public double SmallestName { get; set; }
        public double NumberHeight { get; set; }
    }
}
