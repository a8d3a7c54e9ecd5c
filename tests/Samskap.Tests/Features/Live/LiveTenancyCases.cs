using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Live;

/// <summary>
/// Live mode's routes in the cross-tenant matrix: {sessionId}, {activityId} and {contributionId} are the
/// other organisation's, whose session is live with an open activity and one idea.
/// </summary>
public sealed class LiveTenancyCases : ITenancyCases
{
    private const string Activities = "/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/live/activities";

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Get, "/api/v1/projects/{id}/sessions/{sessionId}/live"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/api/v1/projects/{id}/sessions/{sessionId}/live"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Delete, "/api/v1/projects/{id}/sessions/{sessionId}/live"),
        new(Activities, HttpMethod.Get, "/api/v1/projects/{id}/sessions/{sessionId}/live/activities"),
        new(Activities, HttpMethod.Post, "/api/v1/projects/{id}/sessions/{sessionId}/live/activities"),
        new(Activities + "/{activityId:guid}/{change:regex(^(open|close|reveal)$)}", HttpMethod.Post, "/api/v1/projects/{id}/sessions/{sessionId}/live/activities/{activityId}/{change}"),
        new(
            "/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/live/contributions/{contributionId:guid}/{moderation:regex(^(hide|show|pin|unpin|merge)$)}",
            HttpMethod.Post,
            "/api/v1/projects/{id}/sessions/{sessionId}/live/contributions/{contributionId}/{moderation}"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}/contributions", HttpMethod.Get, "/api/v1/projects/{id}/sessions/{sessionId}/contributions"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/live"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/live?handler=Export"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/live?handler=End"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/live?handler=Renew"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/live?handler=Add", new Dictionary<string, string> { ["Kind"] = "ideas", ["Title"] = "Overtatt" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/live?handler=Activity", new Dictionary<string, string> { ["ActivityId"] = "{activityId}", ["Change"] = "close" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/live", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/live?handler=Moderate", new Dictionary<string, string> { ["ContributionId"] = "{contributionId}", ["Change"] = "hide" }),
    ];

    public IEnumerable<TenancyExemption> Exemptions =>
    [
        new("/j/{code?}", "The join code is the room's public key: whoever has it may join, from any organisation or none, as a participant and no more."),
        new("/present/{token}", "The presenter link is a secret meant to work without signing in, on the projector's machine; it shows only the wall, and a renewed link answers 404."),
    ];

    /// <summary>After the sessions' cases: live mode runs on the session they arranged.</summary>
    public int Stage => 1;

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var sessionId = Guid.Parse(world.Values["sessionId"]);
        var session = await world.App.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().AsNoTracking().FirstAsync(s => s.Id == sessionId));
        var (room, _) = await world.App.Arrange.LiveAsync(session, world.Owner);
        var activity = await world.App.Arrange.LiveActivityAsync(session, ActivityKind.Ideas, title: "Hemmelige idéer");
        var (participant, _) = await world.App.Arrange.ParticipantAsync(room);
        var idea = await world.App.Arrange.IdeaAsync(activity, participant, "Hemmelig idé");
        world.Values["activityId"] = activity.Id.ToString();
        world.Values["contributionId"] = idea.Id.ToString();
        world.Values["change"] = "reveal";
        world.Values["moderation"] = "hide";
        world.Values["presenterHash"] = room.PresenterTokenHash;
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var sessionId = Guid.Parse(world.Values["sessionId"]);
        var room = Assert.Single(await world.App.WithDbAsync(db => db.LiveRooms.AsNoTracking().Where(r => r.SessionId == sessionId).ToListAsync()));
        Assert.Null(room.EndedAt);
        Assert.Equal(world.Values["presenterHash"], room.PresenterTokenHash);
        var activity = Assert.Single(await world.App.WithDbAsync(db => db.LiveActivities.IgnoreQueryFilters().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync()));
        Assert.Equal(("Hemmelige idéer", ActivityState.Open, false), (activity.Title, activity.State, activity.ResultsRevealed));
        var idea = Assert.Single(await world.App.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().AsNoTracking().Where(c => c.SessionId == sessionId).ToListAsync()));
        Assert.False(idea.Hidden);
    }
}
