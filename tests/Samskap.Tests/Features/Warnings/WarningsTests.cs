using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Warnings;

namespace Samskap.Tests.Features.Warnings;

/// <summary>The warnings as the overview and the API show them, from the project's own data.</summary>
public sealed class WarningsTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_co_creation_project_with_only_public_partners_and_nothing_open_is_warned_on_the_overview_and_in_the_api(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation);
        var school = await app.Arrange.PartnerAsync(project, "Skolen", PartnerKind.Public);
        await app.Arrange.ContributionAsync(school);
        await app.Arrange.ScopeItemAsync(project, open: false);
        await app.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High);

        var (_, overview) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        using var api = JsonDocument.Parse(await browser.Client.GetStringAsync($"{ProjectRoutes.Api(project.Id)}?culture=en"));

        var shown = overview.QuerySelectorAll("[data-testid=warnings] [data-warning]").Select(w => w.GetAttribute("data-warning")).ToList();
        Assert.Equal([WarningRules.NoCitizenPartner, WarningRules.NothingOpen, WarningRules.OpenHighUncertainty], shown);
        Assert.Equal(PartnershipRoutes.New(project.Id), overview.QuerySelector($"[data-warning='{WarningRules.NoCitizenPartner}'] a")!.GetAttribute("href"));
        var warnings = api.RootElement.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(shown, warnings.Select(w => w.GetProperty("id").GetString()));
        Assert.StartsWith("You chose co-creation", warnings[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_warning_has_a_text_and_a_way_to_act_in_each_language()
    {
        foreach (var language in new[] { "nb", "nn", "en" })
        {
            var keys = System.Xml.Linq.XDocument.Load(Repository.TextFile("WarningsText", language)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
            Assert.All(WarningRules.All, id => Assert.Contains($"Warning.{id}", keys));
            Assert.All(WarningRules.All, id => Assert.Contains($"Act.{id}", keys));
        }
    }
}
