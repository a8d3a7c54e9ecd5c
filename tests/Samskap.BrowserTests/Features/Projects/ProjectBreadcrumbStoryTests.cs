using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Projects;

public sealed class ProjectBreadcrumbStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(390)]
    [InlineData(320)]
    public async Task A_leader_on_a_phone_finds_the_way_back_from_a_round_to_the_project_and_the_list(int width)
    {
        var (leader, organization) = await app.Factory.Arrange.OrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Aktive eldre i Bø og Sauherad med eit langt namn");
        var round = await app.Factory.Arrange.ReadinessRoundAsync(project, leader);
        await using var story = await app.StartStoryAsync($"ProjectBreadcrumb-{width}", phone: true);
        var page = story.Page;
        await page.SetViewportSizeAsync(width, 844);
        await story.SignInAsync(leader.Email!);

        foreach (var (name, url) in new[]
                 {
                     ("veivalg", VeivalgRoutes.Project(project.Id)),
                     ("edit", ProjectRoutes.Edit(project.Id)),
                     ("readiness", ReadinessRoutes.Project(project.Id)),
                     ("round", ReadinessRoutes.Round(project.Id, round.Id)),
                 })
        {
            await page.GotoAsync(url);
            var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Brødsmulesti" });
            await Expect(breadcrumb.GetByRole(AriaRole.Link, new() { Name = project.Title })).ToBeVisibleAsync();
            await story.CheckPageAsync($"{name}-{width}");
            await AssertFitsTheScreenAsync(page);
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Brødsmulesti" }).GetByRole(AriaRole.Link, new() { Name = "Forutsetninger" }).ClickAsync();
        await page.WaitForPathAsync(ReadinessRoutes.Project(project.Id));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Brødsmulesti" }).GetByRole(AriaRole.Link, new() { Name = project.Title }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.Details(project.Id));
        await story.CheckPageAsync($"overview-{width}");
        await AssertFitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Brødsmulesti" }).GetByRole(AriaRole.Link, new() { Name = "Prosjekter" }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);
    }

    /// <summary>WCAG 1.4.10: the page itself never scrolls sideways.</summary>
    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide on a {widths[1]} px screen.");
    }
}
