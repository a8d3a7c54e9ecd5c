using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

/// <summary>
/// The evaluation's rows in the cross-tenant matrix: {roundId} is the other organisation's open
/// round and {sessionId} its session; the participants' link is a public key and exempt.
/// </summary>
public sealed class EvaluationTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/evaluation", HttpMethod.Get, "/projects/{id}/evaluation"),
        new("/projects/{id:guid}/evaluation/new", HttpMethod.Get, "/projects/{id}/evaluation/new"),
        new("/projects/{id:guid}/evaluation/new", HttpMethod.Post, "/projects/{id}/evaluation/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Overtatt",
            ["Input.OpensOn"] = "2030-01-01",
            ["Input.ClosesOn"] = "2030-01-10",
        }),
        new("/projects/{id:guid}/evaluation/sessions/{sessionId:guid}", HttpMethod.Get, "/projects/{id}/evaluation/sessions/{sessionId}"),
        new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}", HttpMethod.Get, "/projects/{id}/evaluation/rounds/{roundId}"),
        new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}", HttpMethod.Post, "/projects/{id}/evaluation/rounds/{roundId}?handler=Close"),
        new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}/answer", HttpMethod.Get, "/projects/{id}/evaluation/rounds/{roundId}/answer"),
        new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}/answer", HttpMethod.Post, "/projects/{id}/evaluation/rounds/{roundId}/answer", new Dictionary<string, string>
        {
            ["trust-held"] = "1",
        }),
        new("/api/v1/projects/{id:guid}/evaluation", HttpMethod.Get, "/api/v1/projects/{id}/evaluation"),
    ];

    public IEnumerable<TenancyExemption> Exemptions =>
    [
        new("/e/{token?}", "The participants' link and code are the round's public key: whoever has them may answer, anonymously and from any organisation or none, and see nothing of the results."),
    ];

    /// <summary>After the sessions' cases: the pulse page names the session they arranged.</summary>
    public int Stage => 1;

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var round = await world.App.Arrange.EvaluationRoundAsync(world.Project, world.Owner);
        world.Values["roundId"] = round.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var round = Assert.Single(await world.App.WithDbAsync(db => db.EvaluationRounds.IgnoreQueryFilters().AsNoTracking().Where(r => r.ProjectId == world.Project.Id).ToListAsync()));
        Assert.Null(round.ClosedAt);
        Assert.Equal(0, await world.App.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
    }
}
