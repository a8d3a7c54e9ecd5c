using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

/// <summary>Steps several stories share, done the way a person does them (bokmål unless the step says otherwise).</summary>
public static class Flows
{
    /// <summary>Signs in at /account/sign-in and lands on the project list.</summary>
    public static async Task SignInAsync(this Story story, string email, string password = SamskapFactory.TestPassword)
    {
        var page = story.Page;
        await page.GotoAsync("/account/sign-in");
        await story.CheckPageAsync("sign-in");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await page.WaitForPathAsync("/projects");
    }

    /// <summary>Opens the header's user menu (a details element) and signs out; lands on the front page.</summary>
    public static async Task SignOutAsync(this Story story, string signedInAs = "Innlogget som")
    {
        var page = story.Page;
        await page.Locator("details.user-menu summary").Filter(new() { HasText = signedInAs }).ClickAsync();
        await page.Locator("details.user-menu").GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
        await page.WaitForPathAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Logg inn" })).ToBeVisibleAsync();
        await story.CheckPageAsync("signed-out");
    }

    /// <summary>Creates a project through /projects/new (bokmål labels) and returns the address of its page.</summary>
    public static async Task<string> CreateProjectAsync(this Story story, string title, string challenge)
    {
        var page = story.Page;
        await page.GotoAsync("/projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nytt prosjekt" }).ClickAsync();
        await page.WaitForPathAsync("/projects/new");
        await story.CheckPageAsync("project-new");
        await page.GetByLabel("Tittel").FillAsync(title);
        await page.GetByLabel("Utfordringen").FillAsync(challenge);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett prosjektet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await story.CheckPageAsync("project");
        return page.Url;
    }

    /// <summary>The titles in the project list's table, as the list shows them now.</summary>
    public static async Task<IReadOnlyList<string>> ProjectTitlesAsync(this IPage page) =>
        await page.Locator("table.project-table tbody tr td:first-child a").AllInnerTextsAsync();
}
