using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Report;

namespace Samskap.Tests.Features.Report;

/// <summary>The report's routes in the cross-tenant matrix: the other organisation's project has its lessons written.</summary>
public sealed class ReportTenancyCases : ITenancyCases
{
    private const string Lessons = "Hemmelig lærdom";

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/report", HttpMethod.Get, "/projects/{id}/report"),
        new("/projects/{id:guid}/report", HttpMethod.Post, "/projects/{id}/report", new Dictionary<string, string> { ["Lessons"] = "Overtatt" }),
        new("/projects/{id:guid}/report.docx", HttpMethod.Get, "/projects/{id}/report.docx?language=nb"),
        new("/projects/{id:guid}/export.zip", HttpMethod.Get, "/projects/{id}/export.zip"),
        new("/api/v1/projects/{id:guid}/report", HttpMethod.Get, "/api/v1/projects/{id}/report"),
        new("/api/v1/projects/{id:guid}/export", HttpMethod.Get, "/api/v1/projects/{id}/export"),
    ];

    public Task ArrangeAsync(TenancyWorld world) =>
        world.App.Arrange.AddAsync(new ReportNotes { OrganizationId = world.Organization.Id, ProjectId = world.Project.Id, Lessons = Lessons });

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var notes = await world.App.WithDbAsync(db => db.ReportNotes.IgnoreQueryFilters().AsNoTracking().Where(n => n.ProjectId == world.Project.Id).ToListAsync());
        Assert.Equal(Lessons, Assert.Single(notes).Lessons);
    }
}
