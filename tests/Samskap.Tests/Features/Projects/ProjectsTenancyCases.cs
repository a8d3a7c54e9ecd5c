using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Projects;

/// <summary>The projects feature's rows in the cross-tenant matrix.</summary>
public sealed class ProjectsTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}", HttpMethod.Get, "/projects/{id}"),
        new("/projects/{id:guid}", HttpMethod.Post, "/projects/{id}?handler=Archive"),
        new("/projects/{id:guid}", HttpMethod.Post, "/projects/{id}?handler=Restore"),
        new("/projects/{id:guid}/edit", HttpMethod.Get, "/projects/{id}/edit"),
        new("/projects/{id:guid}/edit", HttpMethod.Post, "/projects/{id}/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "Overtatt",
            ["Input.Status"] = "Completed",
        }),
        new("/api/v1/projects/{id:guid}", HttpMethod.Get, "/api/v1/projects/{id}"),
        new("/api/v1/projects/{id:guid}/people", HttpMethod.Get, "/api/v1/projects/{id}/people"),
    ];

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var stored = await world.App.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == world.Project.Id));
        Assert.Equal(world.Project.Title, stored.Title);
        Assert.Null(stored.ArchivedAt);
    }
}
