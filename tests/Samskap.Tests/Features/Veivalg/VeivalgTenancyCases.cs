using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Veivalg;

/// <summary>Veivalg's rows in the cross-tenant matrix: {decisionId} is the other organisation's saved decision.</summary>
public sealed class VeivalgTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/veivalg", HttpMethod.Get, "/projects/{id}/veivalg"),
        new("/projects/{id:guid}/veivalg/questions", HttpMethod.Get, "/projects/{id}/veivalg/questions"),
        new("/projects/{id:guid}/veivalg/result", HttpMethod.Get, "/projects/{id}/veivalg/result?newKnowledgeNeeded=yes"),
        new("/projects/{id:guid}/veivalg/result", HttpMethod.Post, "/projects/{id}/veivalg/result", new Dictionary<string, string>
        {
            ["newKnowledgeNeeded"] = "yes",
            ["Rationale"] = "Overtatt",
        }),
        new("/projects/{id:guid}/veivalg/decisions/{decisionId:guid}", HttpMethod.Get, "/projects/{id}/veivalg/decisions/{decisionId}"),
        new("/api/v1/projects/{id:guid}/approach-decisions", HttpMethod.Get, "/api/v1/projects/{id}/approach-decisions"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var decision = await world.App.Arrange.ApproachDecisionAsync(world.Project, world.Owner, rationale: "Vi vet nok.");
        world.Values["decisionId"] = decision.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world) =>
        Assert.Equal(1, await world.App.WithDbAsync(db => db.ApproachDecisions.IgnoreQueryFilters().CountAsync(d => d.ProjectId == world.Project.Id)));
}
