using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Warnings;
using Samskap.Web.Infrastructure.Localisation;

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

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_silent_partner_no_time_to_get_to_know_each_other_an_overrun_and_an_overdue_action_are_each_warned_of(DatabaseProvider provider)
    {
        var (app, admin, browser, project, today) = await DatedProjectAsync(provider);
        var youth = await app.Arrange.PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        await app.Arrange.ContributionAsync(youth);
        await app.Arrange.PartnerAsync(project, "Biblioteket", PartnerKind.Public);
        await app.Arrange.MilestoneAsync(project, today.AddDays(10), "Verksted");
        await app.Arrange.BudgetAsync(project, plannedHours: 100, usedHours: 101);
        await ActionAsync(app, project, admin, today.AddDays(-1), ActionStatus.Open);
        await ActionAsync(app, project, admin, today.AddDays(-5), ActionStatus.Done);
        await ActionAsync(app, project, admin, today, ActionStatus.Open);

        Assert.Equal(
            [WarningRules.PartnerWithoutContribution, WarningRules.NoRelationTime, WarningRules.BudgetOverrun, WarningRules.OverdueActions],
            await ShownAsync(browser, project));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_project_whose_partners_all_bring_something_within_its_budget_and_with_time_to_get_to_know_each_other_has_no_warnings(DatabaseProvider provider)
    {
        var (app, admin, browser, project, today) = await DatedProjectAsync(provider);
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation);
        var club = await app.Arrange.PartnerAsync(project, "Idrettslaget", PartnerKind.CivilSociety);
        await app.Arrange.ContributionAsync(club, ContributionKind.Premises, nok: 2500m);
        await app.Arrange.MilestoneAsync(project, today.AddDays(-3), "Bli kjent", relationBuilding: true);
        await app.Arrange.ScopeItemAsync(project, open: false);
        await app.Arrange.ScopeItemAsync(project, open: true);
        await app.Arrange.BudgetAsync(project, plannedHours: 100, usedHours: 100, plannedNok: 5000, usedNok: 4000);
        await app.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High, UncertaintyStatus.Closed);
        await app.Arrange.UncertaintyAsync(project, admin, Level.High, Level.Medium);
        await ActionAsync(app, project, admin, today.AddDays(-1), ActionStatus.Done);

        Assert.Empty(await ShownAsync(browser, project));
    }

    /// <summary>A project with a start and an end, so that the relation-time rule applies, and its signed-in administrator.</summary>
    private async Task<(SamskapFactory App, AppUser Admin, Browserless Browser, Project Project, DateOnly Today)> DatedProjectAsync(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var today = NorwegianTime.Today(app.Clock);
        var project = await app.Arrange.AddAsync(new Project
        {
            OrganizationId = organization.Id,
            OwnerUserId = admin.Id,
            Title = $"Prosjekt {Guid.NewGuid():N}",
            StartsOn = today.AddDays(-30),
            EndsOn = today.AddDays(90),
        });
        return (app, admin, browser, project, today);
    }

    private static Task<ProjectAction> ActionAsync(SamskapFactory app, Project project, AppUser owner, DateOnly due, ActionStatus status) =>
        app.Arrange.AddAsync(new ProjectAction
        {
            OrganizationId = project.OrganizationId, ProjectId = project.Id, Title = $"Oppgave {due:yyyy-MM-dd}", OwnerUserId = owner.Id, Due = due, Status = status,
        });

    private static async Task<List<string?>> ShownAsync(Browserless browser, Project project)
    {
        var (_, overview) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        using var api = JsonDocument.Parse(await browser.Client.GetStringAsync(ProjectRoutes.Api(project.Id)));
        var shown = overview.QuerySelectorAll("[data-testid=warnings] [data-warning]").Select(w => w.GetAttribute("data-warning")).ToList();
        Assert.Equal(shown, api.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        return shown;
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
