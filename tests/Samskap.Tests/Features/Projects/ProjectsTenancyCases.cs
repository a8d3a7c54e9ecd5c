using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Organizations;
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
        new("/projects/{id:guid}/people", HttpMethod.Get, "/projects/{id}/people"),
        new("/projects/{id:guid}/people", HttpMethod.Post, "/projects/{id}/people?handler=Add", new Dictionary<string, string> { ["Add.UserId"] = "{ownerId}", ["Add.Role"] = "leader" }),
        new("/projects/{id:guid}/people", HttpMethod.Post, "/projects/{id}/people?handler=Role&personId={personId}", new Dictionary<string, string> { ["role"] = "leader" }),
        new("/projects/{id:guid}/people", HttpMethod.Post, "/projects/{id}/people?handler=Remove&personId={personId}"),
        new("/projects/{id:guid}/people", HttpMethod.Post, "/projects/{id}/people?handler=Invite", new Dictionary<string, string> { ["Invite.Note"] = "Inntrenger" }),
        new("/projects/{id:guid}/people", HttpMethod.Post, "/projects/{id}/people?handler=Revoke&invitationId={invitationId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var colleague = await world.App.Arrange.MemberAsync(world.Organization.Id);
        var person = await world.App.Arrange.ProjectPersonAsync(world.Project, colleague, ProjectRole.Viewer);
        var (invitation, _) = await world.App.Arrange.ProjectInvitationAsync(world.Project, world.Owner);
        world.Values["ownerId"] = world.Owner.Id;
        world.Values["personId"] = person.Id.ToString();
        world.Values["invitationId"] = invitation.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var stored = await world.App.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == world.Project.Id));
        Assert.Equal(world.Project.Title, stored.Title);
        Assert.Null(stored.ArchivedAt);
        var people = await world.App.WithDbAsync(db => db.ProjectPeople.IgnoreQueryFilters().AsNoTracking().Where(p => p.ProjectId == world.Project.Id).ToListAsync());
        Assert.Equal(ProjectRole.Viewer, Assert.Single(people).Role);
        var invitations = await world.App.WithDbAsync(db => db.Invitations.AsNoTracking().Where(i => i.ProjectId == world.Project.Id).ToListAsync());
        Assert.Null(Assert.Single(invitations).RevokedAt);
    }
}
