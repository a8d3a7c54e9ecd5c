using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Live;

/// <summary>The facilitator's live API: start and end live mode, run the activities, moderate the wall, and read what was said.</summary>
public sealed class LiveApiTests(Apps apps)
{
    private static readonly string[] _trygg = ["trygg"];
    private static readonly string[] _late = ["sent"];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private sealed record Facilitator(SamskapFactory App, Browserless Browser, Project Project, Session Session, Samskap.Web.Features.Account.AppUser Admin);

    private async Task<Facilitator> FacilitatorAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, SessionStatus status = SessionStatus.Planned)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Verksted om turstien", status: status);
        return new Facilitator(app, browser, project, session, admin);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_live_mode_gives_a_code_a_join_link_and_a_presenter_link_and_a_second_start_the_same(DatabaseProvider provider)
    {
        var f = await FacilitatorAsync(provider);

        using var first = await f.Browser.Client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);
        using var second = await f.Browser.Client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);
        var started = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var code = started.GetProperty("code").GetString()!;
        Assert.Equal(code, LiveSecrets.NormalizeCode(code));
        Assert.Equal($"https://localhost/j/{code}", started.GetProperty("joinUrl").GetString());
        Assert.StartsWith("https://localhost/present/slv_", started.GetProperty("presenterUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(started.GetRawText(), again.GetRawText());
        Assert.Equal(1, await f.App.WithDbAsync(db => db.LiveRooms.CountAsync(r => r.SessionId == f.Session.Id)));
    }

    [Fact]
    public async Task A_cancelled_session_cannot_go_live()
    {
        var f = await FacilitatorAsync(status: SessionStatus.Cancelled);

        using var response = await f.Browser.Client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Only a planned session can go live. This one is cancelled or already held.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_activity_is_added_with_its_options_and_a_bad_one_is_refused_naming_the_field()
    {
        var f = await FacilitatorAsync();

        using var added = await f.Browser.Client.PostAsync(LiveRoutes.ActivitiesApi(f.Project.Id, f.Session.Id), Json("""{"kind": "dots", "title": "Hva er viktigst?", "options": ["Lys", "Benker", "Toalett"], "dots": 3}"""));
        using var noKind = await f.Browser.Client.PostAsync(LiveRoutes.ActivitiesApi(f.Project.Id, f.Session.Id), Json("""{"kind": "quiz", "title": "Quiz"}"""));
        using var oneOption = await f.Browser.Client.PostAsync(LiveRoutes.ActivitiesApi(f.Project.Id, f.Session.Id), Json("""{"kind": "rating", "title": "Vurder", "options": ["Bare én"]}"""));
        using var unknown = await f.Browser.Client.PostAsync(LiveRoutes.ActivitiesApi(f.Project.Id, f.Session.Id), Json("""{"kind": "ideas", "title": "Idéer", "colour": "red"}"""));
        using var list = await f.Browser.Client.GetAsync(LiveRoutes.ActivitiesApi(f.Project.Id, f.Session.Id));
        var activities = await list.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var activity = Assert.Single(activities.EnumerateArray());
        Assert.Equal(("dots", "ready", 3), (activity.GetProperty("kind").GetString(), activity.GetProperty("state").GetString(), activity.GetProperty("dots").GetInt32()));
        Assert.Equal(["o1", "o2", "o3"], activity.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.True((await noKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True((await oneOption.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("options", out _));
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("colour", out _));
    }

    [Fact]
    public async Task An_activity_opens_only_in_live_mode_and_phones_hear_it_open_and_close()
    {
        var f = await FacilitatorAsync();
        var activity = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Words, ActivityState.Ready, title: "Ett ord om turstien");

        using var notLive = await f.Browser.Client.PostAsync(LiveRoutes.ActivityApi(f.Project.Id, f.Session.Id, activity.Id, "open"), null);
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var (_, token) = await f.App.Arrange.ParticipantAsync(room);
        await using var phone = await LiveHubClient.ConnectAsync(f.App);
        await phone.InvokeAsync<JsonElement>("Resume", token);
        var changes = new List<string>();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.On<JsonElement>("ActivityChanged", changed =>
        {
            changes.Add(changed.GetProperty("state").GetString()!);
            if (changes.Count == 2)
            {
                closed.TrySetResult();
            }
        });
        using var opened = await f.Browser.Client.PostAsync(LiveRoutes.ActivityApi(f.Project.Id, f.Session.Id, activity.Id, "open"), null);
        await phone.InvokeAsync<JsonElement>("SubmitWords", token, activity.Id, Guid.NewGuid().ToString(), _trygg);
        using var close = await f.Browser.Client.PostAsync(LiveRoutes.ActivityApi(f.Project.Id, f.Session.Id, activity.Id, "close"), null);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.Conflict, notLive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(["open", "closed"], changes);
        Assert.Equal(LiveReasons.ActivityNotOpen, (await phone.RefusedAsync("SubmitWords", token, activity.Id, Guid.NewGuid().ToString(), _late)).Reason);
    }

    [Fact]
    public async Task A_dot_vote_stays_hidden_until_revealed_and_then_the_room_gets_the_totals()
    {
        var f = await FacilitatorAsync();
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var vote = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Dots, dots: 3, options: ["Lys", "Benker", "Toalett"]);
        await using var phone = await LiveHubClient.ConnectAsync(f.App);
        foreach (var (o1, o2) in new[] { (3, 0), (1, 2) })
        {
            var (_, voter) = await f.App.Arrange.ParticipantAsync(room);
            await phone.InvokeAsync<JsonElement>("CastDots", voter, vote.Id, Guid.NewGuid().ToString(), new Dictionary<string, int> { ["o1"] = o1, ["o2"] = o2 });
        }

        var (_, watcher) = await f.App.Arrange.ParticipantAsync(room);
        var before = await phone.InvokeAsync<JsonElement>("Resume", watcher);
        var revealed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.On<Guid, JsonElement>("ResultsRevealed", (_, results) => revealed.TrySetResult(results));
        using var reveal = await f.Browser.Client.PostAsync(LiveRoutes.ActivityApi(f.Project.Id, f.Session.Id, vote.Id, "reveal"), null);
        var results = await revealed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(before.GetProperty("activities")[0].GetProperty("resultsRevealed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Equal(2, results.GetProperty("people").GetInt32());
        Assert.Equal(
            [("o1", 4, 2), ("o2", 2, 1)],
            results.GetProperty("dots").EnumerateArray().Select(d => (d.GetProperty("id").GetString(), d.GetProperty("dots").GetInt32(), d.GetProperty("people").GetInt32())));
    }

    [Fact]
    public async Task Merging_a_duplicate_adds_its_upvotes_to_the_idea_and_hidden_ideas_leave_the_wall()
    {
        var f = await FacilitatorAsync();
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var ideas = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Ideas);
        var (author, _) = await f.App.Arrange.ParticipantAsync(room);
        var idea = await f.App.Arrange.IdeaAsync(ideas, author, "Lys på stien");
        var duplicate = await f.App.Arrange.IdeaAsync(ideas, author, "Mer lys langs stien");
        var rude = await f.App.Arrange.IdeaAsync(ideas, author, "Noe frekt");
        await using var phone = await LiveHubClient.ConnectAsync(f.App);
        for (var i = 0; i < 2; i++)
        {
            var (_, voter) = await f.App.Arrange.ParticipantAsync(room);
            await phone.InvokeAsync<JsonElement>("Upvote", voter, duplicate.Id, Guid.NewGuid().ToString());
        }

        var (_, reader) = await f.App.Arrange.ParticipantAsync(room);
        await phone.InvokeAsync<JsonElement>("Upvote", reader, idea.Id, Guid.NewGuid().ToString());

        using var merge = await f.Browser.Client.PostAsync(LiveRoutes.ContributionApi(f.Project.Id, f.Session.Id, duplicate.Id, "merge"), Json($$"""{"into": "{{idea.Id}}"}"""));
        using var intoItself = await f.Browser.Client.PostAsync(LiveRoutes.ContributionApi(f.Project.Id, f.Session.Id, idea.Id, "merge"), Json($$"""{"into": "{{idea.Id}}"}"""));
        using var hide = await f.Browser.Client.PostAsync(LiveRoutes.ContributionApi(f.Project.Id, f.Session.Id, rude.Id, "hide"), null);
        using var pin = await f.Browser.Client.PostAsync(LiveRoutes.ContributionApi(f.Project.Id, f.Session.Id, idea.Id, "pin"), null);
        var wall = await phone.InvokeAsync<JsonElement>("Ideas", reader, ideas.Id);

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, intoItself.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, hide.StatusCode);
        var shown = Assert.Single(wall.EnumerateArray());
        Assert.Equal((idea.Id, 3, true), (shown.GetProperty("id").GetGuid(), shown.GetProperty("upvotes").GetInt32(), shown.GetProperty("pinned").GetBoolean()));
    }

    [Fact]
    public async Task Every_stored_contribution_is_listed_with_held_ones_marked_and_their_text_kept_back()
    {
        var f = await FacilitatorAsync();
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var ideas = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Ideas);
        var (author, _) = await f.App.Arrange.ParticipantAsync(room, kind: null);
        await f.App.Arrange.IdeaAsync(ideas, author, "Lys på stien");
        await f.App.Arrange.IdeaAsync(ideas, author, "Ring meg på 912 34 567", held: true);

        using var response = await f.Browser.Client.GetAsync(LiveRoutes.ContributionsApi(f.Project.Id, f.Session.Id));
        var list = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal(2, list.Count);
        Assert.Equal([false, true], list.Select(c => c.GetProperty("held").GetBoolean()));
        Assert.Equal("Lys på stien", list[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("text").ValueKind);
        Assert.Equal("not-said", list[0].GetProperty("participantKind").GetString());
    }

    [Fact]
    public async Task Ending_live_mode_stops_the_code_tells_the_room_and_marks_the_session_held()
    {
        var f = await FacilitatorAsync();
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var ideas = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Ideas);
        var (_, token) = await f.App.Arrange.ParticipantAsync(room);
        await using var phone = await LiveHubClient.ConnectAsync(f.App);
        await phone.InvokeAsync<JsonElement>("Resume", token);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.On("LiveEnded", () => ended.TrySetResult());

        using var end = await f.Browser.Client.DeleteAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id));
        await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var again = await f.Browser.Client.DeleteAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id));

        Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(LiveReasons.CodeUnknown, (await phone.RefusedAsync("Join", room.Code, "nb", null)).Reason);
        Assert.Equal(LiveReasons.TokenUnknown, (await phone.RefusedAsync("SubmitIdea", token, ideas.Id, "late", "For sent", null)).Reason);
        var session = await f.App.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.Id == f.Session.Id));
        Assert.Equal(SessionStatus.Held, session.Status);
        Assert.Equal(ActivityState.Closed, (await f.App.WithDbAsync(db => db.LiveActivities.IgnoreQueryFilters().SingleAsync(a => a.Id == ideas.Id))).State);
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_run_live_mode_and_an_external_partner_finds_nothing()
    {
        var f = await FacilitatorAsync();
        var viewer = await f.App.Arrange.MemberAsync(f.Project.OrganizationId);
        await f.App.Arrange.ProjectPersonAsync(f.Project, viewer, ProjectRole.Viewer);
        var partner = await f.App.Arrange.ExternalPartnerAsync(f.Project);
        using var viewing = Browserless.For(f.App, "en");
        await viewing.SignInAsync(viewer.Email!);
        using var outside = Browserless.For(f.App, "en");
        await outside.SignInAsync(partner.Email!);

        using var start = await viewing.Client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);
        using var read = await viewing.Client.GetAsync(LiveRoutes.ContributionsApi(f.Project.Id, f.Session.Id));
        using var partnerStart = await outside.Client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, partnerStart.StatusCode);
        Assert.Equal(0, await f.App.WithDbAsync(db => db.LiveRooms.CountAsync(r => r.SessionId == f.Session.Id)));
    }

    [Fact]
    public async Task A_personal_access_token_runs_live_mode_like_the_cookie()
    {
        var f = await FacilitatorAsync();
        var (_, key) = await f.App.Arrange.AccessTokenAsync(f.Admin, f.Project.OrganizationId);
        using var client = f.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        using var start = await client.PostAsync(LiveRoutes.Api(f.Project.Id, f.Session.Id), null);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task A_member_watches_the_session_with_held_ideas_marked_and_a_member_of_another_organisation_is_refused()
    {
        var f = await FacilitatorAsync();
        var (room, _) = await f.App.Arrange.LiveAsync(f.Session, f.Admin);
        var ideas = await f.App.Arrange.LiveActivityAsync(f.Session, ActivityKind.Ideas);
        var (author, _) = await f.App.Arrange.ParticipantAsync(room);
        await f.App.Arrange.IdeaAsync(ideas, author, "Lys på stien");
        await f.App.Arrange.IdeaAsync(ideas, author, "Skriv til meg på ola@example.no", held: true);
        var (_, _, stranger) = await f.App.SignedInAdminAsync("en");
        await using var member = await LiveHubClient.ConnectAsync(f.App, f.Browser.SignInCookie);
        await using var other = await LiveHubClient.ConnectAsync(f.App, stranger.SignInCookie);
        await using var anonymous = await LiveHubClient.ConnectAsync(f.App);

        var wall = await member.InvokeAsync<JsonElement>("WatchSession", f.Session.Id);
        var refused = await other.RefusedAsync("WatchSession", f.Session.Id);
        var nobody = await anonymous.RefusedAsync("WatchSession", f.Session.Id);

        Assert.Equal(room.Code, wall.GetProperty("code").GetString());
        Assert.Equal([false, true], wall.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("held").GetBoolean()));
        Assert.DoesNotContain("ola@example.no", wall.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(LiveReasons.NotLive, refused.Reason);
        Assert.Equal(LiveReasons.NotLive, nobody.Reason);
    }
}
