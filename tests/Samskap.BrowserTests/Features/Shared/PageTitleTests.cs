using Microsoft.Playwright;
using Samskap.BrowserTests.Support;

namespace Samskap.BrowserTests.Features.Shared;

/// <summary>
/// As a screen-reader user moving between tabs and pages, I hear which page I am on from its title
/// (WCAG 2.4.2 Page Titled, level A). axe only checks that a title exists, so this story checks what it says.
/// </summary>
public sealed class PageTitleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Every_page_is_titled_with_its_own_heading()
    {
        // Without any user the app leads everyone to setup.
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("PageTitle");
        var page = story.Page;

        (string Path, string Name)[] pages =
        [
            ("/", "home"), ("/competence", "competence"), ("/competence/rule", "competence-rule"),
            ("/account/sign-in", "sign-in"), ("/accessibility", "accessibility"), ($"/finnes-ikke-{Guid.NewGuid():N}", "not-found"),
        ];
        foreach (var (path, name) in pages)
        {
            await page.GotoAsync(path);
            var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            var title = await page.TitleAsync();
            Assert.True(
                title == $"{heading} – Samskap" || (path == "/" && title.Contains("Samskap", StringComparison.Ordinal) && title != "Samskap"),
                $"{path}: the title is \"{title}\", the heading \"{heading}\".");
            await story.CheckPageAsync(name);
        }
    }
}
