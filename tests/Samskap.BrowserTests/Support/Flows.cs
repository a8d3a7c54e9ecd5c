using Microsoft.Playwright;
using Samskap.Web.Features.Projects;

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
        await page.WaitForPathAsync(ProjectRoutes.List);
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

    /// <summary>The titles in the project list's table, as the list shows them now.</summary>
    public static async Task<IReadOnlyList<string>> ProjectTitlesAsync(this IPage page) =>
        await page.Locator("table.project-table tbody tr td:first-child a").AllInnerTextsAsync();
}
