using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Frames;

/// <summary>
/// The frames' rows in the cross-tenant matrix: {milestoneId}, {itemId} and {uncertaintyId} are the
/// other organisation's. The matrix asks with GET and POST; the API's PUT and DELETE are asked in
/// <see cref="FramesApiTests"/>.
/// </summary>
public sealed class FramesTenancyCases : ITenancyCases
{
    private static readonly Dictionary<string, string> _frames = new()
    {
        ["FramesForm.Start"] = "2030-01-01",
        ["FramesForm.End"] = "2030-12-31",
        ["FramesForm.PlannedHours"] = "10",
    };

    private static readonly Dictionary<string, string> _milestone = new()
    {
        ["NewMilestone.Title"] = "Overtatt",
        ["NewMilestone.Date"] = "2030-01-01",
        ["Input.Date"] = "2030-01-01",
    };

    private static readonly Dictionary<string, string> _scope = new()
    {
        ["NewScopeItem.Text"] = "Overtatt",
        ["NewScopeItem.Open"] = "true",
        ["Input.Text"] = "Overtatt",
        ["Input.Open"] = "true",
    };

    private static readonly Dictionary<string, string> _uncertainty = new()
    {
        ["NewUncertainty.Text"] = "Overtatt",
        ["NewUncertainty.Likelihood"] = "high",
        ["NewUncertainty.Consequence"] = "high",
        ["NewUncertainty.Status"] = "open",
        ["Input.Text"] = "Overtatt",
        ["Input.Likelihood"] = "high",
        ["Input.Consequence"] = "high",
        ["Input.Status"] = "closed",
    };

    private static readonly Dictionary<string, string> _phase = new()
    {
        ["phase"] = "exploration",
        ["name"] = "Overtatt",
        ["NewName"] = "Overtatt",
    };

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/frames", HttpMethod.Get, "/projects/{id}/frames"),
        new("/projects/{id:guid}/frames", HttpMethod.Post, "/projects/{id}/frames?handler=Frames", _frames),
        new("/projects/{id:guid}/frames", HttpMethod.Post, "/projects/{id}/frames?handler=AddMilestone", _milestone),
        new("/projects/{id:guid}/frames", HttpMethod.Post, "/projects/{id}/frames?handler=AddScopeItem", _scope),
        new("/projects/{id:guid}/frames", HttpMethod.Post, "/projects/{id}/frames?handler=AddUncertainty", _uncertainty),
        new("/projects/{id:guid}/frames/milestones/{milestoneId:guid}", HttpMethod.Get, "/projects/{id}/frames/milestones/{milestoneId}"),
        new("/projects/{id:guid}/frames/milestones/{milestoneId:guid}", HttpMethod.Post, "/projects/{id}/frames/milestones/{milestoneId}", _milestone),
        new("/projects/{id:guid}/frames/milestones/{milestoneId:guid}", HttpMethod.Post, "/projects/{id}/frames/milestones/{milestoneId}?handler=Delete"),
        new("/projects/{id:guid}/frames/scope/{itemId:guid}", HttpMethod.Get, "/projects/{id}/frames/scope/{itemId}"),
        new("/projects/{id:guid}/frames/scope/{itemId:guid}", HttpMethod.Post, "/projects/{id}/frames/scope/{itemId}", _scope),
        new("/projects/{id:guid}/frames/scope/{itemId:guid}", HttpMethod.Post, "/projects/{id}/frames/scope/{itemId}?handler=Delete"),
        new("/projects/{id:guid}/frames/uncertainties/{uncertaintyId:guid}", HttpMethod.Get, "/projects/{id}/frames/uncertainties/{uncertaintyId}"),
        new("/projects/{id:guid}/frames/uncertainties/{uncertaintyId:guid}", HttpMethod.Post, "/projects/{id}/frames/uncertainties/{uncertaintyId}", _uncertainty),
        new("/projects/{id:guid}/frames/uncertainties/{uncertaintyId:guid}", HttpMethod.Post, "/projects/{id}/frames/uncertainties/{uncertaintyId}?handler=Delete"),
        new("/projects/{id:guid}/phases", HttpMethod.Get, "/projects/{id}/phases"),
        new("/projects/{id:guid}/phases", HttpMethod.Post, "/projects/{id}/phases?handler=Rename", _phase),
        new("/projects/{id:guid}/phases", HttpMethod.Post, "/projects/{id}/phases?handler=Skip", _phase),
        new("/projects/{id:guid}/phases", HttpMethod.Post, "/projects/{id}/phases?handler=Current", _phase),
        new("/projects/{id:guid}/phases", HttpMethod.Post, "/projects/{id}/phases?handler=Add", _phase),
        new("/api/v1/projects/{id:guid}/frames", HttpMethod.Get, "/api/v1/projects/{id}/frames"),
        new("/api/v1/projects/{id:guid}/milestones", HttpMethod.Get, "/api/v1/projects/{id}/milestones"),
        new("/api/v1/projects/{id:guid}/milestones", HttpMethod.Post, "/api/v1/projects/{id}/milestones"),
        new("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/milestones/{milestoneId}"),
        new("/api/v1/projects/{id:guid}/scope", HttpMethod.Get, "/api/v1/projects/{id}/scope"),
        new("/api/v1/projects/{id:guid}/scope", HttpMethod.Post, "/api/v1/projects/{id}/scope"),
        new("/api/v1/projects/{id:guid}/scope/{itemId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/scope/{itemId}"),
        new("/api/v1/projects/{id:guid}/uncertainties", HttpMethod.Get, "/api/v1/projects/{id}/uncertainties"),
        new("/api/v1/projects/{id:guid}/uncertainties", HttpMethod.Post, "/api/v1/projects/{id}/uncertainties"),
        new("/api/v1/projects/{id:guid}/uncertainties/{uncertaintyId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/uncertainties/{uncertaintyId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var milestone = await world.App.Arrange.MilestoneAsync(world.Project, new DateOnly(2029, 6, 1), "Hemmelig milepæl");
        var item = await world.App.Arrange.ScopeItemAsync(world.Project, open: false, "Hemmelig ramme");
        var uncertainty = await world.App.Arrange.UncertaintyAsync(world.Project, world.Owner, text: "Hemmelig usikkerhet");
        world.Values["milestoneId"] = milestone.Id.ToString();
        world.Values["itemId"] = item.Id.ToString();
        world.Values["uncertaintyId"] = uncertainty.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var projectId = world.Project.Id;
        var milestone = Assert.Single(await world.App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().AsNoTracking().Where(m => m.ProjectId == projectId).ToListAsync()));
        Assert.Equal("Hemmelig milepæl", milestone.Title);
        var item = Assert.Single(await world.App.WithDbAsync(db => db.ScopeItems.IgnoreQueryFilters().AsNoTracking().Where(i => i.ProjectId == projectId).ToListAsync()));
        Assert.Equal("Hemmelig ramme", item.Text);
        var uncertainty = Assert.Single(await world.App.WithDbAsync(db => db.Uncertainties.IgnoreQueryFilters().AsNoTracking().Where(u => u.ProjectId == projectId).ToListAsync()));
        Assert.Equal(UncertaintyStatus.Open, uncertainty.Status);
        Assert.Equal(0, await world.App.WithDbAsync(db => db.ProjectBudgets.IgnoreQueryFilters().CountAsync(b => b.ProjectId == projectId)));
        Assert.Equal(0, await world.App.WithDbAsync(db => db.ProjectPhases.IgnoreQueryFilters().CountAsync(p => p.ProjectId == projectId)));
        var project = await world.App.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == projectId));
        Assert.Null(project.StartsOn);
    }
}
