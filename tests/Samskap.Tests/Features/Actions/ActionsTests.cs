using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Actions;

/// <summary>Shared actions through the pages and the API.</summary>
public sealed class ActionsTests(Apps apps)
{
    [Fact]
    public async Task A_readiness_suggestion_becomes_a_project_action_with_an_owner_a_due_date_and_its_point()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.MemberAsync(organization.Id, displayName: "Per Partner");
        await app.Arrange.ProjectPersonAsync(project, partner, ProjectRole.Partner);

        var (_, form) = await browser.GetPageAsync(ActionsRoutes.FromReadiness(project.Id, "frames.time"));
        var suggested = form.QuerySelector("#Input_Title")!.TextContent;
        var (added, _) = await browser.SubmitAsync(ActionsRoutes.FromReadiness(project.Id, "frames.time"), new Dictionary<string, string>
        {
            ["Input.Title"] = suggested,
            ["Input.OwnerId"] = partner.Id,
            ["Input.Due"] = "2027-01-15",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var action = await app.WithDbAsync(db => db.ProjectActions.IgnoreQueryFilters().SingleAsync(a => a.ProjectId == project.Id));
        Assert.Equal("frames.time", action.Point);
        Assert.Equal(partner.Id, action.OwnerUserId);
        Assert.False(string.IsNullOrWhiteSpace(action.Title));
        Assert.Equal(new DateOnly(2027, 1, 15), action.Due);
    }

    [Fact]
    public async Task The_readiness_result_offers_to_make_each_suggestion_an_action()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        for (var i = 0; i < 3; i++)
        {
            await app.Arrange.ReadinessResponseAsync(round, await app.Arrange.MemberAsync(organization.Id), ReadinessStatements.All.ToDictionary(s => s.Id, _ => (int?)2));
        }

        var (_, page) = await browser.GetPageAsync(ReadinessRoutes.Round(project.Id, round.Id));

        Assert.Equal(ActionsRoutes.FromReadiness(project.Id, "frames.time"), page.QuerySelector("[data-action='frames.time'] [data-testid=make-action]")!.GetAttribute("href"));
        // The frames points lead to where the project acts on them, no longer to reading matter.
        Assert.Equal(FramesRoutes.Milestones(project.Id), page.QuerySelector("[data-action='frames.time'] a")!.GetAttribute("href"));
        Assert.Equal(FramesRoutes.Budget(project.Id), page.QuerySelector("[data-action='frames.resources'] a")!.GetAttribute("href"));
        Assert.Equal(FramesRoutes.Scope(project.Id), page.QuerySelector("[data-action='frames.unpredictability'] a")!.GetAttribute("href"));
        Assert.Equal(FramesRoutes.RelationBuilding(project.Id), page.QuerySelector("[data-action='trust.relations'] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_overdue_action_shows_on_the_overview_the_day_after_its_due_date_and_not_before()
    {
        // 23:50 in Oslo (winter time), then 00:10 the next day: the sign-in stays fresh across the move.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 22, 50, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.AddAsync(new ProjectAction
        {
            OrganizationId = organization.Id, ProjectId = project.Id, Title = "Book Storsalen", OwnerUserId = admin.Id, Due = new DateOnly(2026, 12, 2),
        });

        var (_, onTheDay) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 23, 10, 0, TimeSpan.Zero));
        var (_, dayAfter) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        Assert.Null(onTheDay.QuerySelector("[data-testid=overdue-actions]"));
        Assert.Contains("Book Storsalen", dayAfter.QuerySelector("[data-testid=overdue-actions]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_actions_lists_what_I_have_taken_on_across_projects()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var first = await app.Arrange.ProjectAsync(organization.Id, admin, "Første");
        var second = await app.Arrange.ProjectAsync(organization.Id, admin, "Andre");
        var colleague = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.AddAsync(new ProjectAction { OrganizationId = organization.Id, ProjectId = first.Id, Title = "Min i første", OwnerUserId = admin.Id, Due = new DateOnly(2027, 1, 1) });
        await app.Arrange.AddAsync(new ProjectAction { OrganizationId = organization.Id, ProjectId = second.Id, Title = "Min i andre", OwnerUserId = admin.Id, Due = new DateOnly(2026, 12, 20) });
        await app.Arrange.AddAsync(new ProjectAction { OrganizationId = organization.Id, ProjectId = second.Id, Title = "Kollegaens", OwnerUserId = colleague.Id, Due = new DateOnly(2026, 12, 20) });

        var (_, page) = await browser.GetPageAsync(ActionsRoutes.Mine);

        var titles = page.QuerySelectorAll("[data-testid=my-open-actions] li a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Min i andre", "Min i første"], titles);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_api_refuses_an_owner_who_is_not_a_person_of_the_project(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var outsider = await app.Arrange.MemberAsync(organization.Id);

        using var refused = await browser.Client.PostAsync(ActionsRoutes.Api(project.Id), JsonContent.Create(new { title = "Ring skolen", ownerId = outsider.Id, due = "2027-01-10" }));
        using var created = await browser.Client.PostAsync(ActionsRoutes.Api(project.Id), JsonContent.Create(new { title = "Ring skolen", ownerId = admin.Id, due = "2027-01-10", point = "frames.time" }));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var action = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ownerId", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("open", action.GetProperty("status").GetString());
        Assert.Equal("2027-01-10", action.GetProperty("due").GetString());
    }
}
