using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Readiness;

/// <summary>The next round's result shows, under each point, what the project did about it since the last round.</summary>
public sealed class RoundActionsSinceTests(Apps apps)
{
    private sealed record Arranged(Project Project, ReadinessRound First, ReadinessRound Second, ProjectAction Done, ProjectAction Open);

    /// <summary>A closed first round a month ago and an open second one, both with a result, and two actions on frames.time made between them: one done, one open.</summary>
    private static async Task<Arranged> ArrangeAsync(SamskapFactory app, AppUser admin, Organization organization)
    {
        var today = NorwegianTime.Today(app.Clock);
        var dayStart = app.Clock.GetUtcNow().UtcDateTime.Date;
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var first = await app.Arrange.ReadinessRoundWithResultAsync(project, admin, 1, today.AddDays(-30), today.AddDays(-16), dayStart.AddDays(-32));
        var second = await app.Arrange.ReadinessRoundWithResultAsync(project, admin, 2, today.AddDays(-1), today.AddDays(13), dayStart.AddDays(-2));
        var owner = await app.Arrange.MemberAsync(organization.Id, displayName: "Kari Eier");
        var done = await app.Arrange.PointActionAsync(project, owner, "frames.time", "Sett av to timer i uka", dayStart.AddDays(-25), today.AddDays(-10), doneAt: dayStart.AddDays(-12).AddHours(12));
        var open = await app.Arrange.PointActionAsync(project, admin, "frames.time", "Legg milepælene i kalenderen", dayStart.AddDays(-20), today.AddDays(20));
        return new Arranged(project, first, second, done, open);
    }

    [Fact]
    public async Task The_second_rounds_result_lists_the_actions_on_a_point_since_the_first_and_the_first_round_does_not()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var arranged = await ArrangeAsync(app, admin, organization);

        var (_, second) = await leader.GetPageAsync(ReadinessRoutes.Round(arranged.Project.Id, arranged.Second.Id));
        var (_, first) = await leader.GetPageAsync(ReadinessRoutes.Round(arranged.Project.Id, arranged.First.Id));

        var section = second.QuerySelector("[data-testid=actions-since]")!;
        Assert.Equal("Gjort siden forrige runde", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("runde 1", section.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["frames.time"], section.QuerySelectorAll("ul[data-since-point]").Select(list => list.GetAttribute("data-since-point")));
        var items = section.QuerySelectorAll("ul[data-since-point='frames.time'] > li").ToList();
        Assert.Equal([arranged.Done.Id.ToString(), arranged.Open.Id.ToString()], items.Select(item => item.GetAttribute("data-action-id")));
        Assert.Contains("Sett av to timer i uka", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Ansvarlig: Kari Eier", items[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Gjort ", items[0].QuerySelector(".ds-tag")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Legg milepælene i kalenderen", items[1].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Åpen, frist ", items[1].QuerySelector(".ds-tag")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("[data-testid=prerequisite-table]"));
        Assert.Null(first.QuerySelector("[data-testid=actions-since]"));
        Assert.DoesNotContain("Sett av to timer i uka", first.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nn", "Gjort sidan førre runde", "Open, frist ")]
    [InlineData("en", "Done since the last round", "Open, due ")]
    public async Task The_list_speaks_the_readers_language(string language, string heading, string openStatus)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync(language);
        var arranged = await ArrangeAsync(app, admin, organization);

        var (_, page) = await leader.GetPageAsync(ReadinessRoutes.Round(arranged.Project.Id, arranged.Second.Id));

        var section = page.QuerySelector("[data-testid=actions-since]")!;
        Assert.Equal(heading, section.QuerySelector("h2")!.TextContent.Trim());
        Assert.StartsWith(openStatus, section.QuerySelector($"li[data-action-id='{arranged.Open.Id}'] .ds-tag")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_round_with_no_actions_since_the_first_says_nothing_about_them()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var arranged = await ArrangeAsync(app, admin, organization);
        await app.WithDbAsync(db => db.ProjectActions.IgnoreQueryFilters().Where(a => a.ProjectId == arranged.Project.Id).ExecuteDeleteAsync());

        var (_, page) = await leader.GetPageAsync(ReadinessRoutes.Round(arranged.Project.Id, arranged.Second.Id));

        Assert.NotNull(page.QuerySelector("[data-testid=prerequisite-table]"));
        Assert.Null(page.QuerySelector("[data-testid=actions-since]"));
    }

    [Fact]
    public async Task The_rounds_api_lists_the_actions_since_the_last_round_under_each_point()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var arranged = await ArrangeAsync(app, admin, organization);

        var rounds = await leader.Client.GetFromJsonAsync<JsonElement>(ReadinessRoutes.RoundsApi(arranged.Project.Id));

        static JsonElement Point(JsonElement round, string id) =>
            round.GetProperty("result").GetProperty("points").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        var time = Point(rounds[0], "frames.time").GetProperty("actionsSinceLastRound");
        Assert.Equal(2, time.GetArrayLength());
        Assert.Equal(arranged.Done.Id, time[0].GetProperty("id").GetGuid());
        Assert.Equal("Sett av to timer i uka", time[0].GetProperty("title").GetString());
        Assert.Equal("done", time[0].GetProperty("status").GetString());
        Assert.Equal(RoundDates.Format(arranged.Done.Due), time[0].GetProperty("due").GetString());
        Assert.Equal(RoundDates.Format(DateOnly.FromDateTime(NorwegianTime.FromUtc(arranged.Done.DoneAt!.Value))), time[0].GetProperty("doneOn").GetString());
        Assert.Equal("open", time[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, time[1].GetProperty("doneOn").ValueKind);
        Assert.Equal(0, Point(rounds[0], "trust.relations").GetProperty("actionsSinceLastRound").GetArrayLength());
        Assert.Equal(0, Point(rounds[1], "frames.time").GetProperty("actionsSinceLastRound").GetArrayLength());
    }
}
