using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Readiness;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Readiness;

/// <summary>
/// As a project leader, I start a readiness round and share its link; three people on my team answer
/// on their phones (one with a keyboard alone); I read what our answers say, in nynorsk.
/// </summary>
public sealed class TeamReadinessStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Three_team_members_answer_on_their_phones_and_the_leader_reads_the_result_in_nynorsk()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var projectId = (await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Aktive eldre i Bø")).Id;

        await using var leaderStory = await app.StartStoryAsync("Readiness-leader");
        var page = leaderStory.Page;
        await leaderStory.SignInAsync(leader.Email!);
        await page.GotoAsync($"{ReadinessRoutes.Project(projectId)}?culture=nn");
        await leaderStory.CheckPageAsync("readiness");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start ein ny runde" }).ClickAsync();
        await page.WaitForPathAsync(ReadinessRoutes.NewRound(projectId));
        await leaderStory.CheckPageAsync("new-round");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start runden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Runden er starta.");
        await leaderStory.CheckPageAsync("round-started");
        var link = new Uri((await page.Locator("#invitation-link").InnerTextAsync()).Trim()).AbsolutePath;
        var roundPage = new Uri(page.Url).AbsolutePath;

        // The first answers with the keyboard alone; the other two tap. One of them doubts the trust in the team.
        await AnswerOnPhoneAsync(organization.Id, "Readiness-phone-keyboard", link, _ => 4, byKeyboard: true, checkPages: true);
        await AnswerOnPhoneAsync(organization.Id, "Readiness-phone-2", link, _ => 5, byKeyboard: false, checkPages: false);
        await AnswerOnPhoneAsync(organization.Id, "Readiness-phone-3", link, statement => statement.PointId.StartsWith("trust.", StringComparison.Ordinal) ? 2 : 4, byKeyboard: false, checkPages: false);

        await page.GotoAsync(roundPage);
        await Expect(page.Locator("[data-testid=respondents]")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-verdict]")).ToHaveTextAsync("Klare, med atterhald");
        await Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=prerequisite-table] tr[data-prerequisite=trust]")).ToContainTextAsync("Delvis på plass");
        await Expect(page.Locator("tr[data-point='trust.language'] [data-disagreement]")).ToHaveTextAsync("Usemje");
        await Expect(page.Locator("[data-action='trust.language'] a").First).ToHaveAttributeAsync("href", ReadinessActions.KlarsprakPath);
        Assert.Equal("nn", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await leaderStory.CheckPageAsync("result");
    }

    private async Task AnswerOnPhoneAsync(Guid organizationId, string storyName, string link, Func<Statement, int> answer, bool byKeyboard, bool checkPages)
    {
        var member = await app.Factory.AddMemberAsync(organizationId);
        await using var story = await app.StartStoryAsync(storyName, phone: true);
        var page = story.Page;
        var keyboard = new KeyboardUser(page);
        await story.SignInAsync(member.Email!);
        await page.GotoAsync(link);
        if (checkPages)
        {
            await story.CheckPageAsync("start");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
        foreach (var step in ReadinessStatements.Steps)
        {
            await page.WaitForPathAsync($"{link}/{step}");
            await AssertFitsThePhoneAsync(page);
            if (checkPages)
            {
                await story.CheckPageAsync(step);
            }

            foreach (var statement in ReadinessStatements.InStep(step))
            {
                var fieldId = statement.Id.Replace('.', '_');
                var value = answer(statement);
                if (byKeyboard)
                {
                    // Nothing is chosen yet, so Tab lands on the group's first option ("1"); each arrow moves one step up the scale.
                    await keyboard.TabUntilAsync($"#{fieldId}-1");
                    for (var moves = 1; moves < value; moves++)
                    {
                        await page.Keyboard.PressAsync("ArrowDown");
                    }

                    if (value == 1)
                    {
                        await keyboard.SpaceAsync();
                    }
                }
                else
                {
                    await page.Locator($"label[for='{fieldId}-{value}']").TapAsync();
                }

                await Expect(page.Locator($"#{fieldId}-{value}")).ToBeCheckedAsync();
            }

            if (byKeyboard)
            {
                await keyboard.TabUntilAsync("form.readiness-form button[type=submit]");
                await keyboard.EnterAsync();
            }
            else
            {
                await page.Locator("form.readiness-form button[type=submit]").TapAsync();
            }
        }

        await page.WaitForPathAsync(link);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Takk! Alle svarene dine er lagret.");
        if (checkPages)
        {
            await story.CheckPageAsync("thanks");
        }
    }

    /// <summary>Nothing on the page is wider than the phone: no sideways scrolling of the page itself.</summary>
    private static async Task AssertFitsThePhoneAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide on a {widths[1]} px phone.");
    }
}
