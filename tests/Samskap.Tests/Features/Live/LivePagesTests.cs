using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Live;

/// <summary>Live mode's pages as plain forms, without JavaScript: joining, the phone's room, the facilitator's board, the projector and the export.</summary>
public sealed class LivePagesTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    private async Task<(Session Session, LiveRoom Room, string Presenter, Samskap.Web.Features.Account.AppUser Admin)> LiveSessionAsync()
    {
        var (admin, organization) = await App.Arrange.OrganizationAsync();
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        var session = await App.Arrange.SessionAsync(project, title: "Kveld om turstien");
        var (room, presenter) = await App.Arrange.LiveAsync(session, admin);
        return (session, room, presenter, admin);
    }

    private static Task<int> IdeasAsync(SamskapFactory app, Guid sessionId) =>
        app.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().CountAsync(c => c.SessionId == sessionId));

    [Fact]
    public async Task A_phone_without_javascript_joins_with_the_code_sends_an_idea_and_a_second_post_of_the_same_form_counts_once()
    {
        var (session, room, _, _) = await LiveSessionAsync();
        var activity = await App.Arrange.LiveActivityAsync(session, ActivityKind.Ideas, title: "Hva savner du langs turstien?");
        using var phone = Browserless.For(App, "nb");

        var (joined, _) = await phone.SubmitAsync(LiveRoutes.JoinWith(room.Code), new() { ["code"] = room.Code.ToLowerInvariant(), ["Language"] = "nn", ["Kind"] = "citizen" });
        var (_, page) = await phone.GetPageAsync(LiveRoutes.Room);
        var idea = await phone.FormAsync(LiveRoutes.Room, action: "handler=Idea");
        var (sent, _) = await idea.PostAsync(new() { ["Text"] = "Benker ved vannet" });
        var (again, _) = await idea.PostAsync(new() { ["Text"] = "Benker ved vannet" });
        var (_, after) = await phone.GetPageAsync(LiveRoutes.RoomSent);

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(LiveRoutes.Room, joined.Headers.Location?.OriginalString);
        Assert.Equal("Kveld om turstien", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Hva savner du langs turstien?", page.QuerySelector($"#activity-{activity.Id} h2")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("nn", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await IdeasAsync(App, session.Id));
        Assert.Contains("Benker ved vannet", after.QuerySelector("[data-live-own]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector(".ds-alert[data-color=success]"));
        var participant = await App.WithDbAsync(db => db.LiveParticipants.SingleAsync(p => p.RoomId == room.Id));
        Assert.Equal(("nn", "citizen"), (participant.Language, participant.Kind));
    }

    [Theory]
    [InlineData("nb", "Vi fant ingen samling med den koden.")]
    [InlineData("nn", "Vi fann inga samling med den koden.")]
    [InlineData("en", "We found no session with that code.")]
    public async Task A_wrong_code_is_refused_naming_the_code_field_in_the_pages_language(string language, string message)
    {
        using var phone = Browserless.For(App, language);

        var (response, page) = await phone.SubmitAsync(LiveRoutes.Join, new() { ["code"] = "ZZZZZZ", ["Language"] = language, ["Kind"] = "not-said" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith(message, page.QuerySelector("#code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#code")?.GetAttribute("aria-invalid"));
        Assert.Equal("ZZZZZZ", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#code")?.Value);
    }

    [Fact]
    public async Task A_double_click_on_join_makes_one_participant_and_the_last_token_works()
    {
        var (_, room, _, _) = await LiveSessionAsync();
        using var phone = Browserless.For(App, "nb");
        var form = await phone.FormAsync(LiveRoutes.JoinWith(room.Code));

        await form.PostAsync(new() { ["code"] = room.Code, ["Language"] = "nb", ["Kind"] = "not-said" });
        var (second, _) = await form.PostAsync(new() { ["code"] = room.Code, ["Language"] = "nb", ["Kind"] = "public" });
        var (page, _) = await phone.GetPageAsync(LiveRoutes.Room);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var participant = await App.WithDbAsync(db => db.LiveParticipants.SingleAsync(p => p.RoomId == room.Id));
        Assert.Equal("public", participant.Kind);
    }

    [Fact]
    public async Task An_idea_with_a_phone_number_is_held_the_phone_is_told_why_and_rewriting_it_sets_it_free()
    {
        var (session, room, _, _) = await LiveSessionAsync();
        await App.Arrange.LiveActivityAsync(session, ActivityKind.Ideas);
        using var phone = Browserless.For(App, "nb");
        await phone.SubmitAsync(LiveRoutes.JoinWith(room.Code), new() { ["code"] = room.Code, ["Language"] = "nb", ["Kind"] = "citizen" });

        await phone.SubmitAsync(LiveRoutes.Room, new() { ["Text"] = "Ring meg på 912 34 567 om lyset" }, action: "handler=Idea");
        var (_, held) = await phone.GetPageAsync(LiveRoutes.Room);
        var (edited, _) = await phone.SubmitAsync(LiveRoutes.Room, new() { ["Text"] = "Mer lys ved broa" }, action: "handler=Edit");
        var stored = await App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().SingleAsync(c => c.SessionId == session.Id));

        Assert.Contains("et telefonnummer", held.QuerySelector("[data-live-own] .ds-alert")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(("Mer lys ved broa", false), (stored.Text, stored.Held));
    }

    [Fact]
    public async Task Without_a_working_token_the_room_sends_the_phone_back_to_join_and_says_why()
    {
        using var phone = Browserless.For(App, "en");

        var (response, _) = await phone.GetPageAsync(LiveRoutes.Room);
        var (_, join) = await phone.GetPageAsync(LiveRoutes.Expired);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LiveRoutes.Expired, response.Headers.Location?.OriginalString);
        Assert.Contains("no longer valid", join.QuerySelector(".ds-alert")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dots_ratings_words_and_the_pulse_work_as_plain_forms_and_a_bad_number_is_named()
    {
        var (session, room, _, _) = await LiveSessionAsync();
        var dots = await App.Arrange.LiveActivityAsync(session, ActivityKind.Dots, dots: 3);
        var rating = await App.Arrange.LiveActivityAsync(session, ActivityKind.Rating);
        var words = await App.Arrange.LiveActivityAsync(session, ActivityKind.Words);
        var pulse = await App.Arrange.LiveActivityAsync(session, ActivityKind.Pulse);
        using var phone = Browserless.For(App, "en");
        await phone.SubmitAsync(LiveRoutes.JoinWith(room.Code), new() { ["code"] = room.Code, ["Language"] = "en", ["Kind"] = "not-said" });

        var (tooMany, tooManyPage) = await phone.SubmitAsync(LiveRoutes.Room, new() { ["dot:o1"] = "4" }, action: "handler=Dots");
        await phone.SubmitAsync(LiveRoutes.Room, new() { ["dot:o1"] = "2", ["dot:o2"] = "1" }, action: "handler=Dots");
        await phone.SubmitAsync(LiveRoutes.Room, new() { ["rate:o1"] = "5", ["rate:o3"] = "2" }, action: "handler=Rate");
        await phone.SubmitAsync(LiveRoutes.Room, new() { ["Words"] = "trygghet" }, action: "handler=Words");
        await phone.SubmitAsync(LiveRoutes.Room, new() { [$"pulse:{PulseStatements.SafeToDisagree}"] = "4", ["OpenAnswer"] = "Flere pauser" }, action: "handler=Pulse");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("more dots than you have", tooManyPage.QuerySelector($"#activity-{dots.Id} .ds-alert")?.TextContent, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.SessionId == session.Id).ToListAsync());
        Assert.Equal(new Dictionary<string, int> { ["o1"] = 2, ["o2"] = 1 }, stored.Single(c => c.ActivityId == dots.Id).Values);
        Assert.Equal(new Dictionary<string, int> { ["o1"] = 5, ["o3"] = 2 }, stored.Single(c => c.ActivityId == rating.Id).Values);
        Assert.Equal(["trygghet"], stored.Single(c => c.ActivityId == words.Id).Words);
        var answer = stored.Single(c => c.ActivityId == pulse.Id);
        Assert.Equal((4, "Flere pauser"), (answer.Values[PulseStatements.SafeToDisagree], answer.Text));
    }

    [Fact]
    public async Task The_facilitator_starts_live_mode_adds_an_activity_refused_without_a_title_and_runs_it_from_the_board()
    {
        var app = App;
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Verksted", blocks: [("Idémyldring", 30, false, false)]);
        var board = LiveRoutes.Live(project.Id, session.Id);

        var (started, _) = await browser.SubmitAsync(board, [], action: "handler=Start");
        var (_, live) = await browser.GetPageAsync(board);
        var (untitled, untitledPage) = await browser.SubmitAsync(board, new() { ["Kind"] = "dots", ["Title"] = " ", ["Options"] = "Lys\nBenker" }, action: "handler=Add");
        var (added, _) = await browser.SubmitAsync(board, new() { ["Kind"] = "dots", ["Title"] = "Hva er viktigst?", ["Options"] = "Lys\nBenker\n\nToalett", ["Dots"] = "3" }, action: "handler=Add");
        var activity = await app.WithDbAsync(db => db.LiveActivities.IgnoreQueryFilters().SingleAsync(a => a.SessionId == session.Id));
        await browser.SubmitAsync(board, new() { ["ActivityId"] = activity.Id.ToString(), ["Change"] = "open" }, action: "handler=Activity");
        var (_, fromAgenda) = await browser.GetPageAsync(board);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var code = live.QuerySelector("[data-testid=live-code]")?.TextContent;
        Assert.Equal(code, LiveSecrets.NormalizeCode(code));
        Assert.NotNull(live.QuerySelector("svg.live-qr[role=img]"));
        Assert.Contains($"/j/{code}", live.QuerySelector("#join-url")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, untitled.StatusCode);
        Assert.Equal("Give the activity a title.", untitledPage.QuerySelector("#title-error")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal((ActivityKind.Dots, 3, 3), (activity.Kind, activity.Dots, activity.Options.Count));
        Assert.Equal(ActivityState.Open, (await app.WithDbAsync(db => db.LiveActivities.IgnoreQueryFilters().SingleAsync(a => a.Id == activity.Id))).State);
        Assert.Contains("Collect ideas for “Idémyldring”", fromAgenda.QuerySelector(".live-add")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_has_every_contribution_with_held_text_left_out_and_formulas_escaped()
    {
        var app = App;
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Verksted");
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var ideas = await app.Arrange.LiveActivityAsync(session, ActivityKind.Ideas, title: "Idéer");
        var (author, _) = await app.Arrange.ParticipantAsync(room, kind: "civil-society");
        await app.Arrange.IdeaAsync(ideas, author, "Lys, benker og «ro»");
        await app.Arrange.IdeaAsync(ideas, author, "=HYPERLINK(\"http://example.com\")");
        await app.Arrange.IdeaAsync(ideas, author, "Ring 912 34 567", held: true);

        using var response = await browser.Client.GetAsync(LiveRoutes.Export(project.Id, session.Id));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = Encoding.UTF8.GetString(bytes);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Id,Activity,Kind,Text,Category,Words,Values,Upvotes,ParticipantKind,Held", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Lys, benker og «ro»\"", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[2], StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("912 34 567", csv, StringComparison.Ordinal);
        Assert.Contains("civil-society", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_projector_shows_the_code_and_the_wall_at_its_secret_link_and_a_renewed_link_answers_404()
    {
        var (session, room, presenter, _) = await LiveSessionAsync();
        var ideas = await App.Arrange.LiveActivityAsync(session, ActivityKind.Ideas, title: "Hva savner du?");
        var (author, _) = await App.Arrange.ParticipantAsync(room);
        await App.Arrange.IdeaAsync(ideas, author, "Gatelys");
        await App.Arrange.IdeaAsync(ideas, author, "Skriv til meg på ola@example.no", held: true);
        using var projector = Browserless.For(App, "nb");

        var (shown, page) = await projector.GetPageAsync(LiveRoutes.Presenter(presenter));
        await App.WithDbAsync(async db =>
        {
            var stored = await db.LiveRooms.SingleAsync(r => r.Id == room.Id);
            stored.PresenterTokenHash = LiveSecrets.Hash(LiveSecrets.NewPresenterToken());
            return await db.SaveChangesAsync();
        });
        var (renewed, _) = await projector.GetPageAsync(LiveRoutes.Presenter(presenter));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(room.Code, page.QuerySelector("[data-testid=presenter-code]")?.TextContent);
        Assert.Contains("Gatelys", page.QuerySelector(".live-presenter__ideas")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ola@example.no", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, renewed.StatusCode);
    }
}
