using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Projects;

public sealed class NewcomerTests(Apps apps)
{
    [Theory]
    [InlineData("nb", "Veivalg:", "Opprett det første prosjektet")]
    [InlineData("nn", "Vegval:", "Opprett det første prosjektet")]
    [InlineData("en", "Choosing the approach:", "Create the first project")]
    public async Task A_new_organisations_first_screen_explains_the_journey_in_the_models_order_and_offers_the_first_step(string culture, string firstStep, string firstButton)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, browser) = await app.SignedInAdminAsync(culture);

        var (_, page) = await browser.GetPageAsync(ProjectRoutes.List);

        var welcome = page.QuerySelector("[data-testid=newcomer]")!;
        var steps = welcome.QuerySelectorAll("ol li strong").Select(s => s.TextContent).ToList();
        Assert.Equal(4, steps.Count);
        Assert.Equal(firstStep, steps[0]);
        var primary = welcome.QuerySelector("[data-variant=primary]")!;
        Assert.Equal(firstButton, primary.TextContent);
        Assert.Equal(ProjectRoutes.New, primary.GetAttribute("href"));
        Assert.Equal(VeivalgRoutes.Try, welcome.QuerySelector("[data-variant=secondary]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Once_there_is_a_project_the_list_shows_it_instead_of_the_welcome()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        await app.Arrange.ProjectAsync(organization.Id, admin, "Første prosjekt");

        var (_, page) = await browser.GetPageAsync(ProjectRoutes.List);

        Assert.Null(page.QuerySelector("[data-testid=newcomer]"));
        Assert.Contains(page.QuerySelectorAll("table a"), a => a.TextContent == "Første prosjekt");
    }
}
