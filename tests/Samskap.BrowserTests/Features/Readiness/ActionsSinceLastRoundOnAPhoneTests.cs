using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Readiness;

/// <summary>
/// As a project leader, I open the second round's result on my phone and read, under each point,
/// what we have done about it since the first round: who did it, and whether it is done or still
/// open by its date, in words and not by colour alone, without scrolling sideways.
/// </summary>
public sealed class ActionsSinceLastRoundOnAPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<int> Screens => [BrowserApp.Phone.Width, BrowserApp.Zoomed.Width];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_actions_since_the_last_round_are_a_list_per_point_that_fits_the_screen(int width)
    {
        var arrange = app.Factory.Arrange;
        var (leader, organization) = await arrange.OrganizationAsync();
        var project = await arrange.ProjectAsync(organization.Id, leader, "Aktive eldre i Bø");
        var today = NorwegianTime.Today(app.Factory.Clock);
        var dayStart = app.Factory.Clock.GetUtcNow().UtcDateTime.Date;
        await arrange.ReadinessRoundWithResultAsync(project, leader, 1, today.AddDays(-40), today.AddDays(-26), dayStart.AddDays(-42));
        var second = await arrange.ReadinessRoundWithResultAsync(project, leader, 2, today.AddDays(-2), today.AddDays(12), dayStart.AddDays(-3));
        var owner = await arrange.MemberAsync(organization.Id, displayName: "Kari Nordmann-Johannessen Bakkeli-Solberg");
        await arrange.PointActionAsync(project, owner, "frames.time", "Sett av to timer i uka i kalenderen til alle i prosjektgruppen, også de fra frivilligsentralen", dayStart.AddDays(-30), today.AddDays(-14), doneAt: dayStart.AddDays(-15));
        await arrange.PointActionAsync(project, leader, "frames.time", "Folkehelsekoordinatorstillingsbeskrivelsesgjennomgang", dayStart.AddDays(-20), today.AddDays(30));
        await arrange.PointActionAsync(project, owner, "trust.relations", "Felles middag for eldre og unge på Bø samfunnshus", dayStart.AddDays(-10), today.AddDays(5));

        var phone = width == BrowserApp.Phone.Width;
        await using var story = await app.StartStoryAsync($"Actions-since-{width}", phone ? BrowserApp.Phone : BrowserApp.Zoomed, phone);
        var page = story.Page;
        await story.SignInAsync(leader.Email!);
        await page.GotoAsync(ReadinessRoutes.Round(project.Id, second.Id));

        var section = page.Locator("[data-testid=actions-since]");
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Gjort siden forrige runde" })).ToBeVisibleAsync();
        var time = section.GetByRole(AriaRole.List, new() { Name = "Nok tid" });
        await Expect(time.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(time.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Gjort ");
        await Expect(time.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("Åpen, frist ");
        await Expect(section.Locator("ul[data-since-point='trust.relations'] > li")).ToHaveCountAsync(1);
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("round");
        Directory.CreateDirectory(Path.Combine(TestOutput.Folder, "screenshots"));
        await section.ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder, "screenshots", $"actions-since-{width}.png") });
    }
}
