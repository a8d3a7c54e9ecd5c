using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Competence;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Infrastructure;

/// <summary>The header's main menu says where the reader is: the section's own page, or a page inside it.</summary>
public sealed class MainNavigationTests(Apps apps)
{
    [Fact]
    public async Task The_main_menu_marks_the_current_section_and_no_other()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        Assert.Equal([("Prosjekter", "page")], await CurrentAsync(browser, ProjectRoutes.List));
        Assert.Equal([("Prosjekter", "true")], await CurrentAsync(browser, VeivalgRoutes.Project(project.Id)));
        Assert.Equal([("Veivalg", "page")], await CurrentAsync(browser, VeivalgRoutes.Try));
        Assert.Equal([("Kompetanse", "true")], await CurrentAsync(browser, CompetenceRoutes.Paradigms));
        Assert.Equal([("Organisasjon", "page")], await CurrentAsync(browser, Samskap.Web.Features.Organizations.OrganizationRoutes.Members));
        Assert.Empty(await CurrentAsync(browser, "/accessibility"));
    }

    private static async Task<List<(string Text, string Current)>> CurrentAsync(Browserless browser, string url)
    {
        var (_, page) = await browser.GetPageAsync(url);
        return page.QuerySelectorAll(".site-nav a[aria-current]")
            .Select(link => (link.TextContent.Trim(), link.GetAttribute("aria-current")!))
            .ToList();
    }
}
