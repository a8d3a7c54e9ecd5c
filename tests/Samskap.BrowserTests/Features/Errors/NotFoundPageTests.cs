using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Errors;

/// <summary>As a reader who followed a broken link, I am told in my own language that the page is not there, and where to go.</summary>
public sealed class NotFoundPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_in_nynorsk()
    {
        // Without any user the app leads everyone to setup.
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("NotFoundPage");
        var page = story.Page;

        // A reader who reads nynorsk has chosen it in the header before.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Nynorsk" }).ClickAsync();
        await page.ExpectLanguageAsync("nn");
        await story.CheckPageAsync("home");

        await AssertNotFoundInNynorskAsync(story);
    }

    [Fact]
    public async Task An_unknown_address_with_culture_nn_is_in_nynorsk_on_the_very_first_visit()
    {
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("NotFoundPage");
        await AssertNotFoundInNynorskAsync(story);
    }

    private static async Task AssertNotFoundInNynorskAsync(Story story)
    {
        var page = story.Page;
        var response = await page.GotoAsync($"/finst-ikkje-{Guid.NewGuid():N}?culture=nn");
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await page.ExpectLanguageAsync("nn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vi finn ikkje sida");
        await story.CheckPageAsync("not-found");

        // The way out it offers leads to the front page, still in nynorsk.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Gå til framsida" }).ClickAsync();
        await page.WaitForPathAsync("/");
        await page.ExpectLanguageAsync("nn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samskap – leie samskaping");
        await story.CheckPageAsync("home-again");
    }
}
