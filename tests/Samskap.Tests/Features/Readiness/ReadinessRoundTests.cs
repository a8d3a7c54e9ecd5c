using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Projects;
using static Samskap.Tests.Features.Readiness.ReadinessFlow;

namespace Samskap.Tests.Features.Readiness;

public sealed class ReadinessRoundTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_leader_starts_a_round_and_three_members_answer_through_its_link(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, leader) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin);
        var (roundPage, link) = await StartRoundAsync(leader, projectId);

        // Two agree strongly on everything; the third doubts time and resources.
        foreach (var doubts in new[] { false, false, true })
        {
            using var member = await SignedInMemberAsync(app, organization.Id);
            await AnswerAllAsync(member, link, statement => doubts && statement.PointId.StartsWith("frames.", StringComparison.Ordinal) ? "1" : "5");
        }

        var (response, page) = await leader.GetPageAsync(roundPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", page.QuerySelector("[data-testid=respondents]")!.TextContent.Trim());
        Assert.Equal("conditionally-ready", page.QuerySelector("[data-verdict]")!.GetAttribute("data-verdict"));
        var frames = page.QuerySelector("[data-testid=prerequisite-table] tr[data-prerequisite=frames]")!.TextContent;
        Assert.Contains("3.7", frames, StringComparison.Ordinal);
        Assert.Contains("Partly in place", frames, StringComparison.Ordinal);
        var time = page.QuerySelector("tr[data-point='frames.time']")!;
        Assert.NotNull(time.QuerySelector("[data-disagreement]"));
        Assert.Equal(["1", "0", "0", "0", "2", "0"], time.QuerySelectorAll("td.numeric").Select(cell => cell.TextContent));
        Assert.NotNull(page.QuerySelector("svg[role=img] polygon.radar-area"));
        Assert.Equal(["frames.time", "frames.resources", "frames.unpredictability"], page.QuerySelectorAll("[data-action]").Select(a => a.GetAttribute("data-action")));
        // The frames points lead to the project's own frames, where the team acts on them.
        Assert.Equal(Samskap.Web.Features.Frames.FramesRoutes.Milestones(projectId), page.QuerySelector("[data-action='frames.time'] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_stay_hidden_until_three_people_have_answered()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var projectId = await CreateProjectAsync(app, admin);
        var (roundPage, link) = await StartRoundAsync(leader, projectId);
        await AnswerAllAsync(leader, link, _ => "4");
        using var member = await SignedInMemberAsync(app, organization.Id);
        await AnswerAllAsync(member, link, _ => "2");

        var (_, page) = await leader.GetPageAsync(roundPage);
        var json = JsonDocument.Parse(await leader.Client.GetStringAsync($"/api/v1/projects/{projectId}/readiness-rounds")).RootElement;

        Assert.Equal("2 har svart. Resultatet vises når minst 3 har svart. Det trengs 1 svar til.", page.QuerySelector("[data-testid=too-few]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-verdict]"));
        Assert.Null(page.QuerySelector("tr[data-point]"));
        Assert.Null(page.QuerySelector("svg"));
        Assert.Equal(2, json[0].GetProperty("respondents").GetInt32());
        Assert.Equal(1, json[0].GetProperty("respondentsNeeded").GetInt32());
        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("result").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Answers_are_saved_step_by_step_and_can_be_changed_until_the_leader_closes_the_round(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var projectId = await CreateProjectAsync(app, admin);
        var (roundPage, link) = await StartRoundAsync(leader, projectId);
        using var member = await SignedInMemberAsync(app, organization.Id);

        await member.SubmitAsync($"{link}/competence", new Dictionary<string, string> { ["competence.what.1"] = "2", ["competence.how.1"] = "?" });
        var (_, landing) = await member.GetPageAsync(link);
        Assert.Contains("2 av 4 besvart", landing.QuerySelector("main ol")!.TextContent, StringComparison.Ordinal);
        var (_, again) = await member.GetPageAsync($"{link}/competence");
        Assert.True(again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#competence_what_1-2")!.IsChecked);
        Assert.True(again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#competence_how_1-dk")!.IsChecked);

        await member.SubmitAsync($"{link}/competence", new Dictionary<string, string> { ["competence.what.1"] = "5" });
        Assert.Equal(new Dictionary<string, int?> { ["competence.what.1"] = 5, ["competence.how.1"] = null }, await StoredAnswersAsync(app, projectId));

        var (closed, _) = await leader.SubmitAsync(roundPage, [], action: "handler=Close");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var token = await member.AntiforgeryTokenAsync();
        var (late, latePage) = await member.PostAsync($"{link}/competence", new Dictionary<string, string> { ["competence.what.1"] = "1" }, token);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Runden er lukket", latePage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, int?> { ["competence.what.1"] = 5, ["competence.how.1"] = null }, await StoredAnswersAsync(app, projectId));
        var (_, closedPage) = await member.GetPageAsync(link);
        Assert.Null(closedPage.QuerySelector("main a.ds-button"));
    }

    [Fact]
    public async Task A_tampered_answer_is_refused_with_a_message_and_nothing_is_saved()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, leader) = await app.SignedInAdminAsync("nn");
        var projectId = await CreateProjectAsync(app, admin);
        var (_, link) = await StartRoundAsync(leader, projectId);

        var (response, page) = await leader.SubmitAsync($"{link}/trust", new Dictionary<string, string> { ["trust.curiosity.1"] = "7", ["trust.language.1"] = "4" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Svaret på «Vi er nysgjerrige på kva deltakarane veit og meiner.» kan ikkje brukast.", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesToAsync(app, projectId));
    }

    [Fact]
    public async Task A_round_that_has_not_opened_takes_no_answers_yet()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, leader) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin);
        var (_, link) = await StartRoundAsync(leader, projectId, opensIn: 3, closesIn: 10);

        var (_, landing) = await leader.GetPageAsync(link);
        var token = await leader.AntiforgeryTokenAsync();
        var (early, _) = await leader.PostAsync($"{link}/trust", new Dictionary<string, string> { ["trust.language.1"] = "4" }, token);

        Assert.StartsWith("The round opens on", landing.QuerySelector("main p:not(.readiness-muted)")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
    }

    [Fact]
    public async Task The_link_opens_the_round_only_for_members_of_its_organisation()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, leader) = await app.SignedInAdminAsync();
        var projectId = await CreateProjectAsync(app, admin);
        var (_, link) = await StartRoundAsync(leader, projectId);
        var (outsider, _) = await app.CreateOrganizationAsync();
        using var stranger = Browserless.For(app);
        await stranger.SignInAsync(outsider.Email!);
        using var anonymous = Browserless.For(app);

        var (strangerView, _) = await stranger.GetPageAsync(link);
        var token = await stranger.AntiforgeryTokenAsync();
        var (strangerPost, _) = await stranger.PostAsync($"{link}/competence", new Dictionary<string, string> { ["competence.what.1"] = "1" }, token);
        var (anonymousView, _) = await anonymous.GetPageAsync(link);
        var (madeUp, _) = await leader.GetPageAsync($"/readiness/answer/{new string('a', 64)}");
        var (badStep, _) = await leader.GetPageAsync($"{link}/budget");

        Assert.Equal(HttpStatusCode.NotFound, strangerView.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousView.StatusCode);
        Assert.Equal("/account/sign-in", anonymousView.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badStep.StatusCode);
        Assert.Equal(0, await ResponsesToAsync(app, projectId));
    }

    [Fact]
    public async Task Only_the_project_owner_or_an_administrator_starts_and_closes_rounds()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var projectId = await CreateProjectAsync(app, admin);
        var (roundPage, _) = await StartRoundAsync(leader, projectId);
        using var member = await SignedInMemberAsync(app, organization.Id);

        var (newRound, _) = await member.GetPageAsync(ReadinessRoutes.NewRound(projectId));
        var token = await member.AntiforgeryTokenAsync();
        var (close, _) = await member.PostAsync($"{roundPage}?handler=Close", [], token);
        var (_, overview) = await member.GetPageAsync(ReadinessRoutes.Project(projectId));
        var (_, round) = await member.GetPageAsync(roundPage);

        Assert.Equal(HttpStatusCode.Forbidden, newRound.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Null(overview.QuerySelector($"a[href='/projects/{projectId}/readiness/new']"));
        Assert.Null(round.QuerySelector("main form button"));
        Assert.Null(await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().Where(r => r.ProjectId == projectId).Select(r => r.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task Round_dates_are_checked_and_a_second_open_round_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, leader) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin);

        async Task<(HttpStatusCode Status, string Errors)> TryAsync(string opens, string closes)
        {
            var (response, page) = await leader.SubmitAsync(ReadinessRoutes.NewRound(projectId), new Dictionary<string, string>
            {
                ["Input.OpensOn"] = opens,
                ["Input.ClosesOn"] = closes,
            });
            return (response.StatusCode, page.QuerySelector(".ds-error-summary")?.TextContent ?? "");
        }

        var past = await TryAsync(Date(-1), Date(5));
        var backwards = await TryAsync(Date(5), Date(2));
        var tooLong = await TryAsync(Date(0), Date(ReadinessRound.MaxLengthInDays + 1));
        var garbage = await TryAsync("i morgen", "");
        Assert.Equal(0, await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().CountAsync(r => r.ProjectId == projectId)));

        await StartRoundAsync(leader, projectId);
        var token = await leader.AntiforgeryTokenAsync();
        var (second, secondPage) = await leader.PostAsync(ReadinessRoutes.NewRound(projectId), new Dictionary<string, string>
        {
            ["Input.OpensOn"] = Date(0),
            ["Input.ClosesOn"] = Date(3),
        }, token);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (past.Status, past.Errors.Contains("cannot open on a day that has passed", StringComparison.Ordinal)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (backwards.Status, backwards.Errors.Contains("cannot close before it opens", StringComparison.Ordinal)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (tooLong.Status, tooLong.Errors.Contains($"at most {ReadinessRound.MaxLengthInDays} days", StringComparison.Ordinal)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (garbage.Status, garbage.Errors.Contains("valid date for when the round opens", StringComparison.Ordinal) && garbage.Errors.Contains("valid date for when the round closes", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Close it before you start a new one", secondPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().CountAsync(r => r.ProjectId == projectId)));
    }

    [Fact]
    public async Task Nobody_sees_who_answered_what()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var projectId = await CreateProjectAsync(app, admin);
        var (roundPage, link) = await StartRoundAsync(leader, projectId);
        var names = new[] { "Kari Nordmann", "Ola Nordmann", "Per Hansen" };
        foreach (var name in names)
        {
            using var member = await SignedInMemberAsync(app, organization.Id, displayName: name);
            await AnswerAllAsync(member, link, _ => "3");
        }

        var html = await leader.Client.GetStringAsync(roundPage);
        var json = await leader.Client.GetStringAsync($"/api/v1/projects/{projectId}/readiness-rounds");

        Assert.All(names, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
        Assert.All(names, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
        Assert.DoesNotContain("respondentUserId", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("answers", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_project_shows_the_trend_of_each_prerequisite_across_rounds(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, leader) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin);
        var (firstRound, link) = await StartRoundAsync(leader, projectId);
        foreach (var value in new[] { "2", "3", "4" })
        {
            using var member = await SignedInMemberAsync(app, organization.Id);
            await AnswerAllAsync(member, link, _ => value);
        }

        await leader.SubmitAsync(firstRound, [], action: "handler=Close");
        var (_, secondLink) = await StartRoundAsync(leader, projectId);
        foreach (var value in new[] { "4", "4", "5" })
        {
            using var member = await SignedInMemberAsync(app, organization.Id);
            await AnswerAllAsync(member, secondLink, _ => value);
        }

        var (_, page) = await leader.GetPageAsync(ReadinessRoutes.Project(projectId));
        var rows = page.QuerySelectorAll(".readiness-trend tbody tr").ToList();
        var json = JsonDocument.Parse(await leader.Client.GetStringAsync($"/api/v1/projects/{projectId}/readiness-rounds")).RootElement;

        Assert.Equal(2, rows.Count);
        Assert.StartsWith("Round 1", rows[0].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3.0", rows[0].QuerySelector("td[data-prerequisite=trust]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4.3", rows[1].QuerySelector("td[data-prerequisite=trust]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("up 1.3", rows[1].QuerySelector("td[data-prerequisite=trust]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, json[0].GetProperty("number").GetInt32());
        Assert.Equal("ready", json[0].GetProperty("result").GetProperty("verdict").GetString());
        Assert.Equal("conditionally-ready", json[1].GetProperty("result").GetProperty("verdict").GetString());
        Assert.Equal("closed", json[1].GetProperty("state").GetString());
        var (_, overview) = await leader.GetPageAsync(ProjectRoutes.Details(projectId));
        Assert.Contains("Ready", overview.QuerySelector("#readiness-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_red_prerequisite_in_the_latest_round_makes_co_creation_not_ready()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin);
        const string coCreation = "knowledgeExists=no&newKnowledgeNeeded=yes&othersHoldKnowledge=yes&expertOrRegulated=no&mandate=yes&openOutcomeAccepted=yes&resourcesSecured=yes";
        var (_, before) = await leader.GetPageAsync($"{VeivalgRoutes.Result(projectId)}?{coCreation}");
        Assert.Null(before.QuerySelector("[data-blocker=readiness]"));

        var (_, link) = await StartRoundAsync(leader, projectId);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var member = await SignedInMemberAsync(app, organization.Id);
            await AnswerAllAsync(member, link, statement => statement.PointId.StartsWith("trust.", StringComparison.Ordinal) ? "2" : "5");
        }

        var (_, after) = await leader.GetPageAsync($"{VeivalgRoutes.Result(projectId)}?{coCreation}");
        var fields = coCreation.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        fields["Rationale"] = "Tilliten mangler.";
        await leader.SubmitAsync($"{VeivalgRoutes.Result(projectId)}?{coCreation}", fields);
        var decisions = JsonDocument.Parse(await leader.Client.GetStringAsync($"/api/v1/projects/{projectId}/approach-decisions")).RootElement;

        Assert.NotNull(after.QuerySelector("[data-blocker=readiness]"));
        Assert.Equal("not-ready", after.QuerySelector("[data-readiness]")!.GetAttribute("data-readiness"));
        Assert.Equal("not-ready", decisions[0].GetProperty("status").GetString());
        Assert.Equal(["readiness"], decisions[0].GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
    }

    private static IQueryable<ReadinessResponse> ResponsesOf(AppDbContext db, Guid projectId) =>
        db.ReadinessResponses.IgnoreQueryFilters()
            .Where(r => db.Set<ReadinessRound>().IgnoreQueryFilters().Any(round => round.Id == r.RoundId && round.ProjectId == projectId));

    private static Task<Dictionary<string, int?>> StoredAnswersAsync(SamskapFactory app, Guid projectId) =>
        app.WithDbAsync(db => ResponsesOf(db, projectId).Select(r => r.Answers).SingleAsync());

    private static Task<int> ResponsesToAsync(SamskapFactory app, Guid projectId) =>
        app.WithDbAsync(db => ResponsesOf(db, projectId).CountAsync());
}
