using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Live;

/// <summary>Phones and the projector on /hubs/live through the real SignalR client: joining, taking part, and every refusal.</summary>
public sealed class LiveHubTests(Apps apps)
{
    private static readonly string[] _fourWords = ["a", "b", "c", "d"];

    private sealed record Room(SamskapFactory App, Session Session, LiveRoom LiveRoom, string PresenterToken);

    private async Task<Room> LiveRoomAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Kveldsmøte om turstien");
        var (room, presenter) = await app.Arrange.LiveAsync(session, admin);
        return new Room(app, session, room, presenter);
    }

    private static string Id() => Guid.NewGuid().ToString();

    private static Task<int> CountAsync(SamskapFactory app, Guid sessionId) =>
        app.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().CountAsync(c => c.SessionId == sessionId));

    [Fact]
    public async Task A_phone_joins_with_the_code_in_any_case_and_gets_a_token_the_title_and_what_is_open()
    {
        var room = await LiveRoomAsync();
        var open = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas, title: "Hva savner du langs turstien?", categories: ["Trygghet"]);
        await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Words, ActivityState.Ready, title: "Ikke åpnet ennå");
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var joined = await phone.InvokeAsync<JsonElement>("Join", room.LiveRoom.Code.ToLowerInvariant(), "nn", "civil-society");

        var token = joined.GetProperty("participantToken").GetString();
        Assert.True(LiveSecrets.IsParticipantToken(token));
        Assert.Equal("Kveldsmøte om turstien", joined.GetProperty("session").GetProperty("title").GetString());
        var activity = Assert.Single(joined.GetProperty("activities").EnumerateArray());
        Assert.Equal(open.Id, activity.GetProperty("id").GetGuid());
        Assert.Equal("ideas", activity.GetProperty("kind").GetString());
        Assert.Equal("open", activity.GetProperty("state").GetString());
        Assert.False(activity.GetProperty("resultsRevealed").GetBoolean());
        var participant = await room.App.WithDbAsync(db => db.LiveParticipants.SingleAsync(p => p.RoomId == room.LiveRoom.Id));
        Assert.Equal(("nn", "civil-society"), (participant.Language, participant.Kind));
        Assert.Equal(LiveSecrets.Hash(token!), participant.TokenHash);

        var resumed = await phone.InvokeAsync<JsonElement>("Resume", token);
        Assert.Equal(open.Id, resumed.GetProperty("activities")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_wrong_or_ended_code_is_refused_in_the_language_the_phone_chose()
    {
        var room = await LiveRoomAsync();
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var wrong = await phone.RefusedAsync("Join", "ZZZZZZ", "en", null);
        await room.App.WithDbAsync(async db =>
        {
            var stored = await db.LiveRooms.SingleAsync(r => r.Id == room.LiveRoom.Id);
            stored.EndedAt = DateTime.UnixEpoch;
            return await db.SaveChangesAsync();
        });
        var ended = await phone.RefusedAsync("Join", room.LiveRoom.Code, "nb", "citizen");

        Assert.Equal(("code", LiveReasons.CodeUnknown, "We found no session with that code. Check the code on the screen and try again."), wrong);
        Assert.Equal(("code", LiveReasons.CodeUnknown), (ended.Field, ended.Reason));
        Assert.StartsWith("Vi fant ingen samling", ended.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_language_or_participant_kind_is_refused_and_nobody_joins()
    {
        var room = await LiveRoomAsync();
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        Assert.Equal(LiveReasons.LanguageUnknown, (await phone.RefusedAsync("Join", room.LiveRoom.Code, "de", null)).Reason);
        Assert.Equal(LiveReasons.ParticipantKindUnknown, (await phone.RefusedAsync("Join", room.LiveRoom.Code, "nb", "politician")).Reason);
        Assert.Equal(0, await room.App.WithDbAsync(db => db.LiveParticipants.CountAsync(p => p.RoomId == room.LiveRoom.Id)));
    }

    [Fact]
    public async Task An_idea_reaches_the_wall_at_once_and_the_phone_sees_it_as_its_own()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom, kind: "citizen");
        await using var wall = await LiveHubClient.ConnectAsync(room.App);
        var arrived = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        wall.On<JsonElement>("ContributionAdded", contribution => arrived.TrySetResult(contribution));
        var watched = await wall.InvokeAsync<JsonElement>("WatchWall", room.PresenterToken);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var submitted = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, Id(), "  Lys langs turstien om kvelden ", null);
        var contribution = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var mine = await phone.InvokeAsync<JsonElement>("Mine", token);

        Assert.Equal(room.LiveRoom.Code, watched.GetProperty("code").GetString());
        Assert.False(submitted.GetProperty("held").GetBoolean());
        Assert.Equal(submitted.GetProperty("id").GetGuid(), contribution.GetProperty("id").GetGuid());
        Assert.Equal("Lys langs turstien om kvelden", contribution.GetProperty("text").GetString());
        Assert.Equal("citizen", contribution.GetProperty("participantKind").GetString());
        Assert.Equal(0, contribution.GetProperty("upvotes").GetInt32());
        Assert.Equal(activity.Id, contribution.GetProperty("activityId").GetGuid());
        Assert.Equal(submitted.GetProperty("id").GetGuid(), Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_replayed_operation_answers_the_first_result_and_is_stored_once(DatabaseProvider provider)
    {
        var room = await LiveRoomAsync(provider);
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);
        var operation = Id();

        var first = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, operation, "Benker ved vannet", null);
        var again = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, operation, "Benker ved vannet", null);
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, "race-" + operation, "Toalett ved parkeringen", null)));
        var changed = await phone.RefusedAsync("SubmitIdea", token, activity.Id, operation, "Noe helt annet", null);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Single(racing.Select(r => r.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(("clientOperationId", LiveReasons.OperationReused), (changed.Field, changed.Reason));
        var texts = await room.App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.SessionId == room.Session.Id).Select(c => c.Text).ToListAsync());
        Assert.Equal(["Benker ved vannet", "Toalett ved parkeringen"], texts.Order());
    }

    [Fact]
    public async Task Every_operation_is_idempotent_on_its_id()
    {
        var room = await LiveRoomAsync();
        var ideas = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var dots = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Dots, dots: 3);
        var rating = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Rating);
        var words = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Words);
        var pulse = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Pulse);
        var (other, _) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var idea = await room.App.Arrange.IdeaAsync(ideas, other);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);
        (string Method, object?[] Arguments)[] operations =
        [
            ("SubmitIdea", [token, ideas.Id, "op-idea", "Grillplass", null]),
            ("Upvote", [token, idea.Id, "op-upvote"]),
            ("CastDots", [token, dots.Id, "op-dots", new Dictionary<string, int> { ["o1"] = 2, ["o2"] = 1 }]),
            ("Rate", [token, rating.Id, "op-rate", new Dictionary<string, int> { ["o1"] = 4 }]),
            ("SubmitWords", [token, words.Id, "op-words", new[] { "trygghet", "lys" }]),
            ("AnswerPulse", [token, pulse.Id, "op-pulse", new Dictionary<string, int?> { [PulseStatements.SafeToDisagree] = 5 }, "Mer tid til pauser"]),
        ];

        foreach (var (method, arguments) in operations)
        {
            var first = await phone.InvokeCoreAsync<JsonElement>(method, arguments);
            var replay = await phone.InvokeCoreAsync<JsonElement>(method, arguments);
            Assert.Equal(first.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        }

        Assert.Equal(6, await CountAsync(room.App, room.Session.Id));
        Assert.Equal(1, await room.App.WithDbAsync(db => db.LiveUpvotes.IgnoreQueryFilters().CountAsync(u => u.ContributionId == idea.Id)));
        Assert.Equal(6, await room.App.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().CountAsync(o => o.SessionId == room.Session.Id)));
    }

    [Fact]
    public async Task An_idea_with_a_national_identity_number_is_held_from_the_wall_and_can_be_edited_free()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom, language: "en");
        await using var wall = await LiveHubClient.ConnectAsync(room.App);
        var added = new List<JsonElement>();
        var changed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        wall.On<JsonElement>("ContributionAdded", added.Add);
        wall.On<JsonElement>("ContributionChanged", contribution => changed.TrySetResult(contribution));
        await wall.InvokeAsync<JsonElement>("WatchWall", room.PresenterToken);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var held = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, Id(), "Ring sønnen min, fødselsnummer 01019012480", null);
        var mine = Assert.Single((await phone.InvokeAsync<JsonElement>("Mine", token)).EnumerateArray());
        var edited = await phone.InvokeAsync<JsonElement>("EditIdea", token, held.GetProperty("id").GetGuid(), Id(), "Flere som kan hjelpe eldre på turen", null);
        var shown = await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(held.GetProperty("held").GetBoolean());
        Assert.True(mine.GetProperty("held").GetBoolean());
        Assert.Equal(["national-id"], mine.GetProperty("heldFor").EnumerateArray().Select(k => k.GetString()));
        Assert.Empty(added);
        Assert.False(edited.GetProperty("held").GetBoolean());
        Assert.Equal("Flere som kan hjelpe eldre på turen", shown.GetProperty("text").GetString());
        Assert.False(shown.GetProperty("held").GetBoolean());
    }

    [Fact]
    public async Task A_held_idea_shows_the_facilitator_only_that_one_is_waiting()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (participant, _) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await room.App.Arrange.IdeaAsync(activity, participant, "Ring meg på 912 34 567", held: true);
        await using var wall = await LiveHubClient.ConnectAsync(room.App);

        var watched = await wall.InvokeAsync<JsonElement>("WatchWall", room.PresenterToken);

        Assert.Empty(watched.GetProperty("contributions").EnumerateArray());
        Assert.Equal(1, watched.GetProperty("counts").GetProperty("held").GetInt32());
        Assert.DoesNotContain("912 34 567", watched.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upvotes_are_one_per_person_per_idea_and_not_on_ones_own()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (author, authorToken) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var idea = await room.App.Arrange.IdeaAsync(activity, author);
        var (_, voterToken) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var vote = await phone.InvokeAsync<JsonElement>("Upvote", voterToken, idea.Id, Id());
        var second = await phone.InvokeAsync<JsonElement>("Upvote", voterToken, idea.Id, Id());
        var own = await phone.RefusedAsync("Upvote", authorToken, idea.Id, Id());
        var ideas = await phone.InvokeAsync<JsonElement>("Ideas", voterToken, activity.Id);

        Assert.Equal(vote.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(LiveReasons.OwnIdea, own.Reason);
        Assert.Equal(1, Assert.Single(ideas.EnumerateArray()).GetProperty("upvotes").GetInt32());
    }

    [Fact]
    public async Task Dots_replace_the_earlier_dots_and_are_refused_beyond_the_allowed_number_or_on_another_activitys_target()
    {
        var room = await LiveRoomAsync();
        var ideas = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var otherIdeas = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (author, _) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var idea = await room.App.Arrange.IdeaAsync(ideas, author, "Gatelys");
        var elsewhere = await room.App.Arrange.IdeaAsync(otherIdeas, author, "Annet sted");
        var dots = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Dots, dots: 3, sourceActivityId: ideas.Id);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        await phone.InvokeAsync<JsonElement>("CastDots", token, dots.Id, Id(), new Dictionary<string, int> { [idea.Id.ToString()] = 1 });
        await phone.InvokeAsync<JsonElement>("CastDots", token, dots.Id, Id(), new Dictionary<string, int> { [idea.Id.ToString()] = 3 });
        var tooMany = await phone.RefusedAsync("CastDots", token, dots.Id, Id(), new Dictionary<string, int> { [idea.Id.ToString()] = 4 });
        var foreign = await phone.RefusedAsync("CastDots", token, dots.Id, Id(), new Dictionary<string, int> { [elsewhere.Id.ToString()] = 1 });

        Assert.Equal(("dots", LiveReasons.DotsTooMany), (tooMany.Field, tooMany.Reason));
        Assert.Equal(LiveReasons.DotsTarget, foreign.Reason);
        var stored = Assert.Single(await room.App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.ActivityId == dots.Id).ToListAsync()));
        Assert.Equal(new Dictionary<string, int> { [idea.Id.ToString()] = 3 }, stored.Values);
    }

    [Fact]
    public async Task Ratings_words_and_the_pulse_refuse_what_is_out_of_range_and_keep_the_rest_unchanged()
    {
        var room = await LiveRoomAsync();
        var rating = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Rating);
        var words = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Words);
        var pulse = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Pulse);
        var ideas = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom, language: "en");
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var sixStars = await phone.RefusedAsync("Rate", token, rating.Id, Id(), new Dictionary<string, int> { ["o1"] = 6 });
        var fourWords = await phone.RefusedAsync("SubmitWords", token, words.Id, Id(), _fourWords);
        var pulseZero = await phone.RefusedAsync("AnswerPulse", token, pulse.Id, Id(), new Dictionary<string, int?> { [PulseStatements.KnowledgeValued] = 0 }, null);
        var empty = await phone.RefusedAsync("SubmitIdea", token, ideas.Id, Id(), "   ", null);
        var tooLong = await phone.RefusedAsync("SubmitIdea", token, ideas.Id, Id(), new string('a', 501), null);
        var wrongKind = await phone.RefusedAsync("Rate", token, words.Id, Id(), new Dictionary<string, int> { ["o1"] = 3 });

        Assert.Equal(("ratings.o1", LiveReasons.RatingRange, "A rating must be from 1 to 5."), sixStars);
        Assert.Equal(("words", LiveReasons.WordsCount), (fourWords.Field, fourWords.Reason));
        Assert.Equal(($"answers.{PulseStatements.KnowledgeValued}", LiveReasons.PulseRange), (pulseZero.Field, pulseZero.Reason));
        Assert.Equal(("text", LiveReasons.TextEmpty), (empty.Field, empty.Reason));
        Assert.Equal(("text", LiveReasons.TextTooLong), (tooLong.Field, tooLong.Reason));
        Assert.Equal(("activityId", LiveReasons.WrongKind), (wrongKind.Field, wrongKind.Reason));
        Assert.Equal(0, await CountAsync(room.App, room.Session.Id));
    }

    [Fact]
    public async Task A_closed_activity_and_another_sessions_token_are_refused()
    {
        var room = await LiveRoomAsync();
        var closed = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas, ActivityState.Closed);
        var open = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var elsewhere = await LiveRoomAsync();
        var (_, otherToken) = await elsewhere.App.Arrange.ParticipantAsync(elsewhere.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        var late = await phone.RefusedAsync("SubmitIdea", token, closed.Id, Id(), "For sent", null);
        var foreign = await phone.RefusedAsync("SubmitIdea", otherToken, open.Id, Id(), "Fra en annen samling", null);
        var noToken = await phone.RefusedAsync("SubmitIdea", "slp_" + new string('a', 43), open.Id, Id(), "Uten plass", null);

        Assert.Equal(("activityId", LiveReasons.ActivityNotOpen), (late.Field, late.Reason));
        Assert.Equal(("activityId", LiveReasons.ActivityUnknown), (foreign.Field, foreign.Reason));
        Assert.Equal(("participantToken", LiveReasons.TokenUnknown), (noToken.Field, noToken.Reason));
        Assert.Equal(0, await CountAsync(room.App, room.Session.Id));
        Assert.Equal(0, await CountAsync(room.App, elsewhere.Session.Id));
    }

    [Fact]
    public async Task A_message_of_the_wrong_shape_gets_a_refusal_in_the_phones_language_and_the_connection_stays()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App, language: "nn");

        var missing = await phone.RefusedAsync("SubmitIdea", token, activity.Id);
        var wrongType = await phone.RefusedAsync("SubmitIdea", token, "not-a-guid", Id(), "Tekst", null);
        var unknown = await phone.RefusedAsync("DropTables", token);
        var still = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, Id(), "Framleis her", null);

        Assert.Equal(("SubmitIdea", LiveReasons.BadShape), (missing.Field, missing.Reason));
        Assert.StartsWith("Meldinga hadde feil form", missing.Message, StringComparison.Ordinal);
        Assert.Equal(LiveReasons.BadShape, wrongType.Reason);
        Assert.Equal(("DropTables", LiveReasons.BadShape), (unknown.Field, unknown.Reason));
        Assert.False(still.GetProperty("held").GetBoolean());
    }

    [Fact]
    public async Task A_flood_from_one_token_is_stopped_while_another_phone_goes_on()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, flooding) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var (_, calm) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);
        var refused = 0;

        for (var i = 0; i < LiveFloodGuard.DefaultBurstPerToken + 10; i++)
        {
            try
            {
                await phone.InvokeAsync<JsonElement>("SubmitIdea", flooding, activity.Id, Id(), $"Idé {i}", null);
            }
            catch (Microsoft.AspNetCore.SignalR.HubException exception)
            {
                Assert.Equal(LiveReasons.TooFast, LiveHubClient.Refusal(exception).Reason);
                refused++;
            }
        }

        var other = await phone.InvokeAsync<JsonElement>("SubmitIdea", calm, activity.Id, Id(), "Rolig idé", null);

        Assert.InRange(refused, 10, 12);
        Assert.False(other.GetProperty("held").GetBoolean());
    }

    [Fact]
    public async Task Guessing_codes_from_one_address_is_stopped_after_ten_wrong_ones_even_for_the_right_code()
    {
        var room = await LiveRoomAsync();
        await using var limited = room.App.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:LiveFailedJoinsPerAddress", LiveFloodGuard.DefaultFailedJoinsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var phone = await LiveHubClient.ConnectAsync(limited);

        for (var i = 0; i < LiveFloodGuard.DefaultFailedJoinsPerAddress; i++)
        {
            Assert.Equal(LiveReasons.CodeUnknown, (await phone.RefusedAsync("Join", "QQQQQ" + LiveSecrets.CodeAlphabet[i], "nb", null)).Reason);
        }

        var stopped = await phone.RefusedAsync("Join", room.LiveRoom.Code, "nb", null);

        Assert.Equal(("code", LiveReasons.TooFast), (stopped.Field, stopped.Reason));
    }

    [Fact]
    public async Task A_watcher_with_a_renewed_presenter_link_is_refused()
    {
        var room = await LiveRoomAsync();
        await using var projector = await LiveHubClient.ConnectAsync(room.App);
        await room.App.WithDbAsync(async db =>
        {
            var stored = await db.LiveRooms.SingleAsync(r => r.Id == room.LiveRoom.Id);
            stored.PresenterTokenHash = LiveSecrets.Hash(LiveSecrets.NewPresenterToken());
            return await db.SaveChangesAsync();
        });

        var refused = await projector.RefusedAsync("WatchWall", room.PresenterToken);

        Assert.Equal(("presenterToken", LiveReasons.PresenterUnknown), (refused.Field, refused.Reason));
    }

    [Fact]
    public async Task A_phone_deletes_its_own_idea_while_the_activity_is_open_but_not_anothers()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (author, authorToken) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var (_, otherToken) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        var own = await room.App.Arrange.IdeaAsync(activity, author, "Min idé");
        var kept = await room.App.Arrange.IdeaAsync(activity, author, "Blir stående");
        await using var phone = await LiveHubClient.ConnectAsync(room.App);

        await phone.InvokeAsync("DeleteOwn", otherToken, kept.Id);
        await phone.InvokeAsync("DeleteOwn", authorToken, own.Id);
        await phone.InvokeAsync("DeleteOwn", authorToken, own.Id);

        var left = await room.App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.SessionId == room.Session.Id).Select(c => c.Text).ToListAsync());
        Assert.Equal(["Blir stående"], left);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Ideas_sent_at_the_same_moment_are_committed_together_and_a_repeat_sent_alongside_answers_the_first(DatabaseProvider provider)
    {
        var room = await LiveRoomAsync(provider);
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var phones = new List<(HubConnection Hub, string Token)>();
        for (var i = 0; i < 12; i++)
        {
            var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
            phones.Add((await LiveHubClient.ConnectAsync(room.App), token));
        }

        try
        {
            // The same phone's repeat comes over a second connection, so it races the first in the same batch.
            var (_, repeater) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
            await using var first = await LiveHubClient.ConnectAsync(room.App);
            await using var second = await LiveHubClient.ConnectAsync(room.App);
            var repeated = Id();
            var sends = phones.SelectMany((phone, p) => Enumerable.Range(0, 3).Select(i =>
                    phone.Hub.InvokeAsync<JsonElement>("SubmitIdea", phone.Token, activity.Id, $"{p}-{i}", $"Idé {p}.{i}", null)))
                .Append(first.InvokeAsync<JsonElement>("SubmitIdea", repeater, activity.Id, repeated, "Samme idé to ganger", null))
                .Append(second.InvokeAsync<JsonElement>("SubmitIdea", repeater, activity.Id, repeated, "Samme idé to ganger", null))
                .ToList();
            var answers = await Task.WhenAll(sends);

            var ids = answers.Select(a => a.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(answers[^2].GetProperty("id").GetGuid(), answers[^1].GetProperty("id").GetGuid());
            Assert.Equal(37, ids.Distinct().Count());
            var stored = await room.App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.SessionId == room.Session.Id).Select(c => c.Id).ToListAsync());
            Assert.Equal(ids.Distinct().Order(), stored.Order());
            Assert.Equal(37, await room.App.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().CountAsync(o => o.SessionId == room.Session.Id)));
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.Hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_phone_that_replays_an_idea_after_the_activity_closed_gets_its_first_answer_and_a_new_idea_is_refused()
    {
        var room = await LiveRoomAsync();
        var activity = await room.App.Arrange.LiveActivityAsync(room.Session, ActivityKind.Ideas);
        var (_, token) = await room.App.Arrange.ParticipantAsync(room.LiveRoom);
        await using var phone = await LiveHubClient.ConnectAsync(room.App);
        var operation = Id();
        var first = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, operation, "Lys i lysløypa", null);

        await room.App.Arrange.CloseLiveActivityAsync(activity);
        var replay = await phone.InvokeAsync<JsonElement>("SubmitIdea", token, activity.Id, operation, "Lys i lysløypa", null);
        var late = await phone.RefusedAsync("SubmitIdea", token, activity.Id, Id(), "For sent", null);

        Assert.Equal(first.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        Assert.Equal(("activityId", LiveReasons.ActivityNotOpen), (late.Field, late.Reason));
        Assert.Equal(1, await CountAsync(room.App, room.Session.Id));
    }

    [Fact]
    public async Task The_benchmarks_bare_echo_hub_answers_only_where_Bench_EchoHub_is_set_and_stores_nothing()
    {
        var room = await LiveRoomAsync();
        using var plain = room.App.CreateClient();
        using var missing = await plain.PostAsync($"{LiveRoutes.EchoHub}/negotiate?negotiateVersion=1", null);
        await using var bench = room.App.WithWebHostBuilder(builder => builder.UseSetting("Bench:EchoHub", "true"));
        await using var watcher = await LiveHubClient.ConnectAsync(bench, hub: LiveRoutes.EchoHub);
        await using var phone = await LiveHubClient.ConnectAsync(bench, hub: LiveRoutes.EchoHub);
        var seen = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<JsonElement>("ContributionAdded", contribution => seen.TrySetResult(contribution));

        await watcher.InvokeAsync<JsonElement>("WatchWall", "any");
        var joined = await phone.InvokeAsync<JsonElement>("Join", room.LiveRoom.Code, "nb", null);
        var answer = await phone.InvokeAsync<JsonElement>("SubmitIdea", joined.GetProperty("participantToken").GetString(), Guid.NewGuid(), Id(), "Bare et ekko", null);
        var shown = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(answer.GetProperty("id").GetGuid(), shown.GetProperty("id").GetGuid());
        Assert.Equal("Bare et ekko", shown.GetProperty("text").GetString());
        Assert.Equal(0, await CountAsync(room.App, room.Session.Id));
        Assert.Equal(0, await room.App.WithDbAsync(db => db.LiveParticipants.CountAsync(p => p.RoomId == room.LiveRoom.Id)));
    }
}
