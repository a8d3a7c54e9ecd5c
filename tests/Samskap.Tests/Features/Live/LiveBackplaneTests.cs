using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>Two nodes over one PostgreSQL database with Redis between them, as the README describes for several servers.</summary>
public sealed class LiveBackplaneTests(Apps apps)
{
    public const string RedisVariable = "SAMSKAP_TEST_REDIS";

    private static string Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis
        ? redis
        : throw new InvalidOperationException($"{RedisVariable} is not set. Run the tests with ./tools/test.sh, which starts Redis on 127.0.0.1 and sets it.");

    [Fact]
    public async Task An_idea_sent_to_node_a_reaches_a_wall_on_node_b_and_the_phone_can_go_on_at_node_b()
    {
        var app = apps.For(DatabaseProvider.Postgres);
        await using var nodeA = app.WithWebHostBuilder(builder => builder.UseSetting("Redis:Connection", Redis));
        await using var nodeB = app.WithWebHostBuilder(builder => builder.UseSetting("Redis:Connection", Redis));
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var (room, presenter) = await app.Arrange.LiveAsync(session, admin);
        var ideas = await app.Arrange.LiveActivityAsync(session, ActivityKind.Ideas);
        await using var wall = await LiveHubClient.ConnectAsync(nodeB);
        var arrived = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        wall.On<JsonElement>("ContributionAdded", contribution => arrived.TrySetResult(contribution));
        await wall.InvokeAsync<JsonElement>("WatchWall", presenter);
        await using var phoneOnA = await LiveHubClient.ConnectAsync(nodeA);
        var joined = await phoneOnA.InvokeAsync<JsonElement>("Join", room.Code, "nb", "citizen");
        var token = joined.GetProperty("participantToken").GetString();

        var sent = await phoneOnA.InvokeAsync<JsonElement>("SubmitIdea", token, ideas.Id, "over-redis", "Lys langs elva", null);
        var shown = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var phoneOnB = await LiveHubClient.ConnectAsync(nodeB);
        var replayedOnB = await phoneOnB.InvokeAsync<JsonElement>("SubmitIdea", token, ideas.Id, "over-redis", "Lys langs elva", null);

        Assert.Equal(sent.GetProperty("id").GetGuid(), shown.GetProperty("id").GetGuid());
        Assert.Equal("Lys langs elva", shown.GetProperty("text").GetString());
        Assert.Equal(sent.GetProperty("id").GetGuid(), replayedOnB.GetProperty("id").GetGuid());
    }
}
