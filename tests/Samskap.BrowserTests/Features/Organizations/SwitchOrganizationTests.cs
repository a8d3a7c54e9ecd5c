using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Projects;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Organizations;

/// <summary>
/// As someone who works for two organisations, I join the second through an invitation link and
/// switch between them in the header, seeing only the projects of the one I act in.
/// </summary>
public sealed class SwitchOrganizationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_member_of_two_organisations_switches_between_them_and_sees_each_ones_own_projects()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var (first, firstOrganization) = await app.Factory.CreateOrganizationAsync($"Alfa kommune {unique}", $"alfa-{unique}@example.no");
        var (second, secondOrganization) = await app.Factory.CreateOrganizationAsync($"Beta fylkeskommune {unique}", $"beta-{unique}@example.no");
        var firstProject = $"Alfa-prosjekt {unique}";
        var secondProject = $"Beta-prosjekt {unique}";
        await app.Factory.Arrange.ProjectAsync(secondOrganization.Id, second, secondProject);
        await app.Factory.Arrange.ProjectAsync(firstOrganization.Id, first, firstProject);
        await using var story = await app.StartStoryAsync("SwitchOrganization");
        var page = story.Page;

        // The second organisation's administrator creates an invitation link.
        await story.SignInAsync(second.Email!);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Organisasjon" }).ClickAsync();
        await page.WaitForPathAsync("/organizations/members");
        await story.CheckPageAsync("members");
        await page.GetByLabel("Hvem er lenken til?").FillAsync(first.DisplayName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag invitasjonslenke" }).ClickAsync();
        var linkField = page.Locator("#invitation-link");
        await Expect(linkField).ToBeVisibleAsync();
        var invitationLink = (await linkField.InnerTextAsync()).Trim();
        Assert.StartsWith(app.BaseAddress.ToString(), invitationLink, StringComparison.Ordinal);
        await story.CheckPageAsync("members-invitation");
        await story.SignOutAsync();

        // The first organisation's administrator has a project of their own, then accepts the invitation.
        await story.SignInAsync(first.Email!);
        await page.GotoAsync(invitationLink);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Invitasjon");
        await story.CheckPageAsync("invitation");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Bli med i {secondOrganization.Name}" }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);

        // Now acting in the second organisation, as a member: its projects only, and no administration.
        var switcher = page.Locator("#org-switcher");
        await AssertActingInAsync(page, secondOrganization.Name, secondProject, firstProject);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Organisasjon" })).ToHaveCountAsync(0);
        await story.CheckPageAsync("projects-second");

        // Switch to the first organisation with the header's switcher: its projects, and administration again.
        await switcher.SelectOptionAsync(new SelectOptionValue { Label = firstOrganization.Name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bytt" }).ClickAsync();
        await AssertActingInAsync(page, firstOrganization.Name, firstProject, secondProject);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Organisasjon" })).ToBeVisibleAsync();
        await story.CheckPageAsync("projects-first");

        // And back.
        await switcher.SelectOptionAsync(new SelectOptionValue { Label = secondOrganization.Name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bytt" }).ClickAsync();
        await AssertActingInAsync(page, secondOrganization.Name, secondProject, firstProject);
        await story.CheckPageAsync("projects-second-again");
    }

    private static async Task AssertActingInAsync(IPage page, string organization, string ownProject, string otherProject)
    {
        // Switching posts from /projects back to /projects: the path alone does not show the new page has come.
        await page.WaitForPathAsync(ProjectRoutes.List);
        await Expect(page.Locator("#org-switcher option:checked")).ToHaveTextAsync(organization);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = ownProject })).ToBeVisibleAsync();
        var titles = await page.ProjectTitlesAsync();
        Assert.Contains(ownProject, titles);
        Assert.DoesNotContain(otherProject, titles);
    }
}
