using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

/// <summary>
/// Readiness's rows in the cross-tenant matrix: {roundId} is the other organisation's open round and
/// {token} its answering link, which opens only for members of that organisation.
/// </summary>
public sealed class ReadinessTenancyCases : ITenancyCases
{
    private static readonly Dictionary<string, string> _roundDates = new()
    {
        ["Input.OpensOn"] = "2030-01-01",
        ["Input.ClosesOn"] = "2030-01-10",
    };

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/readiness", HttpMethod.Get, "/projects/{id}/readiness"),
        new("/projects/{id:guid}/readiness/new", HttpMethod.Get, "/projects/{id}/readiness/new"),
        new("/projects/{id:guid}/readiness/new", HttpMethod.Post, "/projects/{id}/readiness/new", _roundDates),
        new("/projects/{id:guid}/readiness/rounds/{roundId:guid}", HttpMethod.Get, "/projects/{id}/readiness/rounds/{roundId}"),
        new("/projects/{id:guid}/readiness/rounds/{roundId:guid}", HttpMethod.Post, "/projects/{id}/readiness/rounds/{roundId}?handler=Close"),
        new("/projects/{id:guid}/readiness/rounds/{roundId:guid}", HttpMethod.Post, "/projects/{id}/readiness/rounds/{roundId}?handler=Invite", new Dictionary<string, string>
        {
            ["Invite.Emails"] = "someone@example.no",
            ["Invite.Language"] = "nb",
        }),
        new("/api/v1/projects/{id:guid}/readiness-rounds", HttpMethod.Get, "/api/v1/projects/{id}/readiness-rounds"),
        new("/readiness/answer/{token}/{step?}", HttpMethod.Get, "/readiness/answer/{token}"),
        new("/readiness/answer/{token}/{step?}", HttpMethod.Get, "/readiness/answer/{token}/{step}"),
        new("/readiness/answer/{token}/{step?}", HttpMethod.Post, "/readiness/answer/{token}/{step}", new Dictionary<string, string>
        {
            ["competence.what.1"] = "1",
        }),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var round = await world.App.Arrange.ReadinessRoundAsync(world.Project, world.Owner);
        world.Values["roundId"] = round.Id.ToString();
        world.Values["token"] = round.InvitationToken;
        world.Values["step"] = ReadinessStatements.Steps[0];
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var rounds = await world.App.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().AsNoTracking().Where(r => r.ProjectId == world.Project.Id).ToListAsync());
        var round = Assert.Single(rounds);
        Assert.Null(round.ClosedAt);
        Assert.Equal(0, await world.App.WithDbAsync(db => db.ReadinessResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
        Assert.Equal(0, await world.App.WithDbAsync(db => db.RoundInvitees.IgnoreQueryFilters().CountAsync(i => i.RoundId == round.Id)));
    }
}
