using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>The sessions' rows in the cross-tenant matrix: {sessionId} and {blockId} are the other organisation's.</summary>
public sealed class SessionsTenancyCases : ITenancyCases
{
    private static readonly Dictionary<string, string> _session = new()
    {
        ["Input.Title"] = "Overtatt", ["Input.Kind"] = "meeting", ["Input.Date"] = "2027-01-01", ["Input.Start"] = "09:00", ["Input.End"] = "10:00",
    };

    private static readonly Dictionary<string, string> _block = new() { ["Block.Title"] = "Overtatt", ["Block.Minutes"] = "10" };

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/sessions", HttpMethod.Get, "/projects/{id}/sessions"),
        new("/projects/{id:guid}/sessions/new", HttpMethod.Get, "/projects/{id}/sessions/new"),
        new("/projects/{id:guid}/sessions/new", HttpMethod.Post, "/projects/{id}/sessions/new", _session),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}?handler=AddBlock", _block),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}?handler=AddMethod", new Dictionary<string, string> { ["MethodId"] = "check-in-round" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}?handler=Move", new Dictionary<string, string> { ["BlockId"] = "{blockId}", ["Step"] = "1" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}?handler=Remove", new Dictionary<string, string> { ["BlockId"] = "{blockId}" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}?handler=Reorder", new Dictionary<string, string> { ["Order"] = "{blockId}" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/edit", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/edit"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/edit", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/edit", _session),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/edit", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/edit?handler=Delete"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/blocks/{blockId:guid}", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/blocks/{blockId}"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/blocks/{blockId:guid}", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/blocks/{blockId}", _block),
        new("/projects/{id:guid}/sessions/{sessionId:guid}.ics", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}.ics"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/script", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/script"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/copy", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/copy"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/copy", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/copy", new Dictionary<string, string> { ["Date"] = "2027-06-01" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/invitation", HttpMethod.Get, "/projects/{id}/sessions/{sessionId}/invitation"),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/invitation", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/invitation", new Dictionary<string, string> { ["Language"] = "nb", ["Text"] = "Overtatt" }),
        new("/projects/{id:guid}/sessions/{sessionId:guid}/invitation", HttpMethod.Post, "/projects/{id}/sessions/{sessionId}/invitation?handler=Send", new Dictionary<string, string> { ["Language"] = "nb", ["Text"] = "Overtatt" }),
        new("/projects/{id:guid}/sessions/calendar", HttpMethod.Get, "/projects/{id}/sessions/calendar"),
        new("/projects/{id:guid}/sessions/calendar", HttpMethod.Post, "/projects/{id}/sessions/calendar"),
        new("/projects/{id:guid}/sessions/calendar", HttpMethod.Post, "/projects/{id}/sessions/calendar?handler=Revoke&feedId={feedId}"),
        new("/calendar/{token}.ics", HttpMethod.Get, "/calendar/{token}.ics"),
        new("/api/v1/projects/{id:guid}/sessions", HttpMethod.Get, "/api/v1/projects/{id}/sessions"),
        new("/api/v1/projects/{id:guid}/sessions", HttpMethod.Post, "/api/v1/projects/{id}/sessions"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/sessions/{sessionId}"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Put, "/api/v1/projects/{id}/sessions/{sessionId}"),
        new("/api/v1/projects/{id:guid}/sessions/{sessionId:guid}", HttpMethod.Delete, "/api/v1/projects/{id}/sessions/{sessionId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var session = await world.App.Arrange.SessionAsync(world.Project, title: "Hemmelig samling", blocks: [("Hemmelig bolk", 15, false, true), ("Andre bolk", 15, false, false)]);
        var block = await world.App.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().FirstAsync(b => b.SessionId == session.Id));
        world.Values["sessionId"] = session.Id.ToString();
        world.Values["blockId"] = block.Id.ToString();
        var token = CalendarFeed.NewToken();
        var feed = await world.App.Arrange.AddAsync(new CalendarFeed
        {
            OrganizationId = world.Organization.Id, UserId = world.Owner.Id, ProjectId = world.Project.Id, TokenHash = CalendarFeed.Hash(token), RevokedAt = DateTime.UtcNow,
        });
        world.Values["feedId"] = feed.Id.ToString();
        world.Values["token"] = token;
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var session = Assert.Single(await world.App.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => s.ProjectId == world.Project.Id).ToListAsync()));
        Assert.Equal(("Hemmelig samling", 0), (session.Title, session.Sequence));
        var blocks = await world.App.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().AsNoTracking().Where(b => b.SessionId == session.Id).OrderBy(b => b.Position).ToListAsync());
        Assert.Equal(["Hemmelig bolk", "Andre bolk"], blocks.Select(b => b.Title));
        Assert.Null(session.Invitation);
        Assert.Equal(1, await world.App.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().CountAsync(s => s.OrganizationId == world.Organization.Id)));
        Assert.Single(await world.App.WithDbAsync(db => db.CalendarFeeds.Where(f => f.OrganizationId == world.Organization.Id).ToListAsync()));
    }
}
