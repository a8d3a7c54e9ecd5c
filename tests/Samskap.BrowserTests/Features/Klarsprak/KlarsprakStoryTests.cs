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

    /// <summary>A stiff word, a passive, a sentence dense with nouns, a long sentence and all three kinds of personal data.</summary>
    private const string EveryFinding =
        "Vedrørende søknaden: Søknaden behandles fortløpende. Gjennomføringen av kartleggingen krever involvering og koordinering av ledelsen. "
        + "Barn og unge som bor i kommunen skal ha like muligheter til å delta i fritidsaktiviteter uavhengig av foreldrenes økonomi, og kommunen vil "
        + "derfor i samarbeid med idrettslag og frivilligsentralen utvikle et tilbud som er tilgjengelig for alle.\n"
        + "Ring 22 33 44 55 eller skriv til folkehelsekoordinator@vestfold-og-telemark.fylkeskommune.no. Kari har fødselsnummer 01019012480.";

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

    [Theory]
    [InlineData(390)]
    [InlineData(320)]
    public async Task On_a_phone_the_result_with_every_kind_of_finding_fits_the_screen(int width)
    {
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync($"Klarsprak-phone-{width}", phone: true);
        var page = story.Page;
        await page.SetViewportSizeAsync(width, 844);
        await page.GotoAsync("/klarsprak");
        await page.Locator("#language-nb").CheckAsync();
        await page.Locator("#Text").FillAsync(EveryFinding);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sjekk teksten" }).TapAsync(),
            response => response.Request.IsNavigationRequest && response.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.Load);

        foreach (var rule in new[] { "stiff-word", "passive", "nominalisation", "long-sentence", "personal-data" })
        {
            await Expect(page.Locator($".klarsprak-findings li[data-rule={rule}]").First).ToBeVisibleAsync();
        }

        await Expect(page.Locator(".klarsprak-findings li[data-rule=personal-data]")).ToHaveCountAsync(3);
        await story.CheckPageAsync($"result-{width}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder, "screenshots", $"klarsprak-{width}.png"), FullPage = true });

        // WCAG 1.4.10: the page never scrolls sideways, and nothing in the result runs past the screen or is cut off inside its box.
        // A phone browser zooms out to show a page wider than the screen, and window.innerWidth grows with it: the screen's own
        // width is the measure.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == width, $"The Klarspråk page is {widths[0]} px wide, shown {widths[1]} px wide on a {width} px phone.");
        var clipped = await page.EvaluateAsync<string[]>(
            """
            width => [...document.querySelectorAll('.klarsprak-result *, .klarsprak-form *')]
                .filter(element => element.getClientRects().length > 0)
                .filter(element => {
                    const box = element.getBoundingClientRect();
                    const cut = element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
                    return box.left < 0 || box.right > width + 0.5 || cut;
                })
                .map(element => `${element.tagName.toLowerCase()}${element.dataset.testid ? '[data-testid=' + element.dataset.testid + ']' : ''}: ${element.textContent.trim().slice(0, 40)}`)
            """,
            width);
        Assert.True(clipped.Length == 0, $"At {width} px these run past the screen or are cut off: {string.Join("; ", clipped)}");
        var lix = await page.Locator("[data-testid=lix]").BoundingBoxAsync();
        Assert.NotNull(lix);
        Assert.True(lix.X >= 0 && lix.X + lix.Width <= width, $"The LIX value spans {lix.X}–{lix.X + lix.Width} px on a {width} px phone.");
    }
}
