using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>
/// The tenancy matrix for the hub: every method that takes a phone's token, called with a token of
/// another organisation's room on this organisation's activities and contributions, is refused and
/// changes nothing; the watchers see only their own session.
/// </summary>
public sealed class LiveHubTenancyTests(Apps apps)
{
    private sealed record World(LiveActivity Ideas, LiveActivity Dots, LiveActivity Rating, LiveActivity Words, LiveActivity Pulse, LiveContribution Idea, string PresenterToken, Guid SessionId);

    private static async Task<World> ArrangeAsync(SamskapFactory app, string title)
    {
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: title);
        var (room, presenter) = await app.Arrange.LiveAsync(session, admin);
        var ideas = await app.Arrange.LiveActivityAsync(session, ActivityKind.Ideas);
        var (author, _) = await app.Arrange.ParticipantAsync(room);
        return new World(
            ideas,
            await app.Arrange.LiveActivityAsync(session, ActivityKind.Dots),
            await app.Arrange.LiveActivityAsync(session, ActivityKind.Rating),
            await app.Arrange.LiveActivityAsync(session, ActivityKind.Words),
            await app.Arrange.LiveActivityAsync(session, ActivityKind.Pulse),
            await app.Arrange.IdeaAsync(ideas, author, $"Idé i {title}"),
            presenter,
            session.Id);
    }

    public static TheoryData<string> ParticipantMethods => ["SubmitIdea", "EditIdea", "Upvote", "CastDots", "Rate", "SubmitWords", "AnswerPulse", "DeleteOwn", "Ideas"];

    [Theory]
    [MemberData(nameof(ParticipantMethods))]
    public async Task A_token_of_another_organisations_room_reaches_nothing_of_this_one(string method)
    {
        var app = apps.For(DatabaseProvider.Postgres);
        var ours = await ArrangeAsync(app, "Vår samling");
        var theirs = await ArrangeAsync(app, "Deres samling");
        var theirRoom = await app.WithDbAsync(db => db.LiveRooms.SingleAsync(r => r.SessionId == theirs.SessionId));
        var (_, stranger) = await app.Arrange.ParticipantAsync(theirRoom);
        await using var phone = await LiveHubClient.ConnectAsync(app);
        var operation = Guid.NewGuid().ToString();
        object?[] arguments = method switch
        {
            "SubmitIdea" => [stranger, ours.Ideas.Id, operation, "Overtatt", null],
            "EditIdea" => [stranger, ours.Idea.Id, operation, "Overtatt", null],
            "Upvote" => [stranger, ours.Idea.Id, operation],
            "CastDots" => [stranger, ours.Dots.Id, operation, new Dictionary<string, int> { ["o1"] = 1 }],
            "Rate" => [stranger, ours.Rating.Id, operation, new Dictionary<string, int> { ["o1"] = 3 }],
            "SubmitWords" => [stranger, ours.Words.Id, operation, new[] { "overtatt" }],
            "AnswerPulse" => [stranger, ours.Pulse.Id, operation, new Dictionary<string, int?> { [PulseStatements.SafeToDisagree] = 1 }, null],
            "DeleteOwn" => [stranger, ours.Idea.Id],
            _ => [stranger, ours.Ideas.Id],
        };

        if (method is "DeleteOwn")
        {
            await phone.InvokeCoreAsync(method, typeof(object), arguments);
        }
        else if (method is "Ideas")
        {
            Assert.Empty((await phone.InvokeCoreAsync<JsonElement>(method, arguments)).EnumerateArray());
        }
        else
        {
            var refused = await phone.RefusedAsync(method, arguments);
            Assert.Contains(refused.Reason, new[] { LiveReasons.ActivityUnknown, LiveReasons.ContributionUnknown });
        }

        var idea = await app.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().SingleAsync(c => c.SessionId == ours.SessionId));
        Assert.Equal(("Idé i Vår samling", false), (idea.Text, idea.Hidden));
        Assert.Equal(0, await app.WithDbAsync(db => db.LiveUpvotes.IgnoreQueryFilters().CountAsync(u => u.SessionId == ours.SessionId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().CountAsync(o => o.SessionId == ours.SessionId || o.SessionId == theirs.SessionId)));
    }

    [Fact]
    public async Task The_projector_of_another_room_sees_only_its_own_wall()
    {
        var app = apps.For(DatabaseProvider.Postgres);
        var ours = await ArrangeAsync(app, "Vår samling");
        var theirs = await ArrangeAsync(app, "Deres samling");
        await using var projector = await LiveHubClient.ConnectAsync(app);

        var wall = await projector.InvokeAsync<JsonElement>("WatchWall", theirs.PresenterToken);

        Assert.DoesNotContain("Vår samling", wall.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(theirs.Idea.Id, Assert.Single(wall.GetProperty("contributions").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.NotEqual(ours.Idea.Id, theirs.Idea.Id);
    }
}
