using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Actions;

namespace Samskap.Tests.Features.Actions;

/// <summary>The actions' rows in the cross-tenant matrix: {actionId} is the other organisation's action.</summary>
public sealed class ActionsTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/actions", HttpMethod.Get, "/projects/{id}/actions"),
        new("/projects/{id:guid}/actions", HttpMethod.Post, "/projects/{id}/actions", new Dictionary<string, string>
        {
            ["Input.Title"] = "Overtatt",
            ["Input.Due"] = "2027-01-01",
        }),
        new("/projects/{id:guid}/actions", HttpMethod.Post, "/projects/{id}/actions?handler=Status&actionId={actionId}&status=done"),
        new("/api/v1/projects/{id:guid}/actions", HttpMethod.Get, "/api/v1/projects/{id}/actions"),
        new("/api/v1/projects/{id:guid}/actions", HttpMethod.Post, "/api/v1/projects/{id}/actions"),
        new("/api/v1/projects/{id:guid}/actions/{actionId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/actions/{actionId}"),
        new("/api/v1/projects/{id:guid}/actions/{actionId:guid}", HttpMethod.Put, "/api/v1/projects/{id}/actions/{actionId}"),
        new("/api/v1/projects/{id:guid}/actions/{actionId:guid}", HttpMethod.Delete, "/api/v1/projects/{id}/actions/{actionId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var action = await world.App.Arrange.AddAsync(new ProjectAction
        {
            OrganizationId = world.Organization.Id,
            ProjectId = world.Project.Id,
            Title = "Hemmelig oppgave",
            OwnerUserId = world.Owner.Id,
            Due = new DateOnly(2027, 1, 1),
        });
        world.Values["actionId"] = action.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var actions = await world.App.WithDbAsync(db => db.ProjectActions.IgnoreQueryFilters().AsNoTracking().Where(a => a.ProjectId == world.Project.Id).ToListAsync());
        var action = Assert.Single(actions);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Equal("Hemmelig oppgave", action.Title);
    }
}
