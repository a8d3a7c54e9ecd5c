using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Projects;

public sealed class ArchivedProjectTests(Apps apps)
{
    [Fact]
    public async Task Every_page_of_an_archived_project_says_so_and_offers_nothing_that_cannot_be_done()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, archived: true);
        var decision = await app.Arrange.ApproachDecisionAsync(project, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        string[] pages =
        [
            ProjectRoutes.Details(project.Id),
            VeivalgRoutes.Project(project.Id),
            VeivalgRoutes.Decision(project.Id, decision.Id),
            ReadinessRoutes.Project(project.Id),
            ReadinessRoutes.Round(project.Id, round.Id),
        ];

        foreach (var url in pages)
        {
            var (response, page) = await browser.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector("[data-testid=archived-notice]"));
            var main = page.QuerySelector("main")!;
            var links = main.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.DoesNotContain(links, href => href.StartsWith(VeivalgRoutes.Questions(project.Id), StringComparison.Ordinal)
                || href == ReadinessRoutes.NewRound(project.Id) || href == ProjectRoutes.Edit(project.Id));
            // Only bringing the project back can be done.
            Assert.All(main.QuerySelectorAll("form[method=post]"), form => Assert.Equal(ProjectRoutes.Restore(project.Id), form.GetAttribute("action")));
        }
    }
}
