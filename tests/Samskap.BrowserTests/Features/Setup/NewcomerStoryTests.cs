using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Projects;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Setup;

/// <summary>
/// As a newcomer who has just installed Samskap, I am led to set it up, land signed in among my
/// projects in the language I chose, create my first project, and sign out again.
/// </summary>
public sealed class NewcomerStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_newcomer_sets_up_Samskap_creates_a_project_and_signs_out()
    {
        await using var story = await app.StartStoryAsync("NewcomerStory");
        var page = story.Page;
        var unique = Guid.NewGuid().ToString("N")[..8];
        var organization = $"Nome kommune {unique}";
        var name = $"Kari Nordmann {unique}";
        var email = $"kari-{unique}@example.no";
        var title = $"Møteplass for unge {unique}";

        // An empty database: whatever address they open, they are led to setup.
        await page.GotoAsync("/");
        Assert.Equal("/setup", page.Path());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kom i gang");
        await story.CheckPageAsync("setup");

        // A password that is too short: a clear message, focus on the summary, nothing typed is lost.
        await page.GetByLabel("Navn på organisasjonen").FillAsync(organization);
        await page.GetByLabel("Ditt navn").FillAsync(name);
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Velg passord").FillAsync("for kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett og logg inn" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Navn på organisasjonen")).ToHaveValueAsync(organization);
        await Expect(page.GetByLabel("E-post")).ToHaveValueAsync(email);
        await story.CheckPageAsync("setup-error");

        // Setup done properly, in nynorsk: signed in, on the (empty) project list, in nynorsk.
        await page.GetByLabel("Velg passord").FillAsync("ein lang og trygg passordsetning");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Nynorsk" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett og logg inn" }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);
        await page.ExpectLanguageAsync("nn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prosjekt");
        await Expect(page.GetByTestId("newcomer")).ToBeVisibleAsync();
        await Expect(page.Locator(".site-header__org")).ToHaveTextAsync(organization);
        await story.CheckPageAsync("projects-empty");

        // The first project.
        await page.GetByTestId("newcomer").GetByRole(AriaRole.Link, new() { Name = "Opprett det første prosjektet" }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.New);
        await story.CheckPageAsync("project-new");
        await page.GetByLabel("Tittel").FillAsync(title);
        await page.GetByLabel("Utfordringa").FillAsync("Unge i bygda har få stader å møtast.\nKva treng dei sjølve?");
        await page.GetByLabel("Eigar").SelectOptionAsync(new SelectOptionValue { Label = name });
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Planlegging" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett prosjektet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.Locator(".page-heading .ds-tag")).ToHaveTextAsync("Planlegging");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(name);
        await Expect(page.GetByText("Kva treng dei sjølve?")).ToBeVisibleAsync();
        await story.CheckPageAsync("project");
        var projectPath = page.Path();

        // In the list, and the list leads back to its page.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Prosjekt", Exact = true }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);
        var row = page.Locator("table.project-table tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Planlegging");
        await Expect(row).ToContainTextAsync(name);
        await story.CheckPageAsync("projects");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.WaitForPathAsync(projectPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await story.CheckPageAsync("project-again");

        // Signing out through the header's user menu ends the session.
        await story.SignOutAsync(signedInAs: "Innlogga som");
        await page.GotoAsync(ProjectRoutes.List);
        Assert.Equal("/account/sign-in", page.Path());
        await story.CheckPageAsync("sign-in");
    }
}
