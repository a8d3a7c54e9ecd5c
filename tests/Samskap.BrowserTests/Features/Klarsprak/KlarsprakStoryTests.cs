using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Klarsprak;

/// <summary>
/// As someone who writes to citizens, I paste my invitation into Klarspråk, in my own language,
/// and see how easy it is to read and what to make plainer, while I type and without JavaScript.
/// </summary>
public sealed class KlarsprakStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Invitation = "Vi ber deg benytte skjemaet. Søknaden behandles fortløpende.\nRing 22 33 44 55 om du lurer på noe.";

    [Theory]
    [InlineData("nb", "Sjekk teksten", "LIX 33,8 (lett). 4 funn.")]
    [InlineData("nn", "Sjekk teksten", "LIX 33,8 (lett). 4 funn.")]
    [InlineData("en", "Check the text", "LIX 33.8 (easy). 4 findings.")]
    public async Task A_writer_checks_an_invitation_and_the_result_follows_the_text_as_it_is_typed(string culture, string submit, string summary)
    {
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync($"Klarsprak-{culture}");
        var page = story.Page;

        await page.GotoAsync($"/klarsprak?culture={culture}");
        await story.CheckPageAsync("empty");
        await page.Locator("#language-nb").CheckAsync();
        await page.Locator("#Text").FillAsync(Invitation);

        // Typing alone brings the result, and the live region reads out its summary.
        await Expect(page.Locator("#klarsprak-status")).ToHaveTextAsync(summary);
        await Expect(page.Locator("[data-testid=marked-text] mark[data-rules~='stiff-word']").First).ToHaveTextAsync("benytte");
        await story.CheckPageAsync("live");

        await page.Locator("#Text").PressSequentiallyAsync(" Vi vil iverksette tiltak.");
        await Expect(page.Locator("[data-testid=marked-text] mark", new() { HasText = "iverksette" })).ToBeVisibleAsync();

        // The form posts to the page's own address, so waiting for the address would match at once and race the
        // navigation; wait for the posted page itself instead.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync(),
            response => response.Request.IsNavigationRequest && response.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("/klarsprak", page.Path());
        await Expect(page.Locator(".klarsprak-findings li[data-rule=personal-data]")).ToBeVisibleAsync();
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await story.CheckPageAsync("submitted");
    }

    [Fact]
    public async Task Without_javascript_the_checker_works_by_submitting_the_form()
    {
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("Klarsprak-no-script", javaScript: false);
        var page = story.Page;

        await page.GotoAsync("/klarsprak?culture=nn");
        await page.Locator("#Text").FillAsync("Vi vil med omsyn til tida nytte eit anna rom.");
        await page.Locator("#language-nn").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sjekk teksten" }).ClickAsync();

        await Expect(page.Locator(".klarsprak-findings li[data-rule=stiff-word]")).ToContainTextAsync("med omsyn til");
    }
}
