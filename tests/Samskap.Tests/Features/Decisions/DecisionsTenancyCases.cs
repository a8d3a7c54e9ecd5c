using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Decisions;

namespace Samskap.Tests.Features.Decisions;

/// <summary>The decision log's rows in the cross-tenant matrix: {decisionId} is the other organisation's decision.</summary>
public sealed class DecisionsTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/decisions", HttpMethod.Get, "/projects/{id}/decisions"),
        new("/projects/{id:guid}/decisions/new", HttpMethod.Get, "/projects/{id}/decisions/new"),
        new("/projects/{id:guid}/decisions/new", HttpMethod.Get, "/projects/{id}/decisions/new?corrects={decisionId}"),
        new("/projects/{id:guid}/decisions/new", HttpMethod.Post, "/projects/{id}/decisions/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Overtatt",
            ["Input.DecidedOn"] = "2026-01-01",
            ["Input.CitizenKnowledgeChanged"] = "no",
        }),
        new("/api/v1/projects/{id:guid}/decisions", HttpMethod.Get, "/api/v1/projects/{id}/decisions"),
        new("/api/v1/projects/{id:guid}/decisions", HttpMethod.Post, "/api/v1/projects/{id}/decisions"),
        new("/api/v1/projects/{id:guid}/decisions/{decisionId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/decisions/{decisionId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var decision = await world.App.Arrange.AddAsync(new DecisionEntry
        {
            OrganizationId = world.Organization.Id,
            ProjectId = world.Project.Id,
            Title = "Hemmelig beslutning",
            DecidedOn = new DateOnly(2026, 11, 1),
            CitizenKnowledgeChanged = KnowledgeChanged.Yes,
            RecordedByUserId = world.Owner.Id,
        });
        world.Values["decisionId"] = decision.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var decisions = await world.App.WithDbAsync(db => db.Decisions.IgnoreQueryFilters().AsNoTracking().Where(d => d.ProjectId == world.Project.Id).ToListAsync());
        Assert.Equal("Hemmelig beslutning", Assert.Single(decisions).Title);
    }
}
