using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Competence;

/// <summary>
/// As a reader without an account, I choose my language in the header and read every competence
/// page in it: bokmål, nynorsk or English.
/// </summary>
public sealed class CompetencePagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("nb", "Bokmål", "Kompetanse om samskaping", "Hvilken kunnskap trenger du?")]
    [InlineData("nn", "Nynorsk", "Kompetanse om samskaping", "Kva kunnskap treng du?")]
    [InlineData("en", "English", "Competence in co-creation", "Which knowledge do you need?")]
    public async Task An_anonymous_reader_reads_every_competence_page_in_the_language_chosen_in_the_header(
        string culture, string languageLink, string overviewHeading, string knowledgeHeading)
    {
        // Without any user the app leads everyone to setup.
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("CompetencePages");
        var page = story.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await page.GotoAsync("/competence");
        var switcher = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Navigation, new() { Name = "Språk" });
        await switcher.GetByRole(AriaRole.Link, new() { Name = languageLink }).ClickAsync();
        await page.WaitForPathAsync("/competence");
        await page.ExpectLanguageAsync(culture);
        await Expect(heading).ToHaveTextAsync(overviewHeading);
        await Expect(page.Locator($"header a[hreflang='{culture}']")).ToHaveAttributeAsync("aria-current", "true");
        await story.CheckPageAsync("competence");

        var links = page.GetByRole(AriaRole.Main).Locator("> ul.ds-list > li > a");
        var targets = new List<(string Href, string Title)>();
        foreach (var link in await links.AllAsync())
        {
            targets.Add((await link.GetAttributeAsync("href") ?? "", await link.InnerTextAsync()));
        }

        Assert.Equal(
            ["/competence/paradigms", "/competence/knowledge", "/competence/core-elements", "/competence/prerequisites", "/competence/rule", "/competence/sources"],
            targets.Select(target => target.Href));
        Assert.Contains(knowledgeHeading, targets.Select(target => target.Title));

        foreach (var (href, title) in targets)
        {
            await page.GetByRole(AriaRole.Main).Locator($"> ul.ds-list > li > a[href='{href}']").ClickAsync();
            await page.WaitForPathAsync(href);
            await page.ExpectLanguageAsync(culture);
            await Expect(heading).ToHaveTextAsync(title);
            await story.CheckPageAsync(href.Trim('/').Replace('/', '-'));
            await page.GoBackAsync();
            await Expect(heading).ToHaveTextAsync(overviewHeading);
        }
    }
}
