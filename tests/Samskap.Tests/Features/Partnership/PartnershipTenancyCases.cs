using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Partnership;

namespace Samskap.Tests.Features.Partnership;

/// <summary>The partnership's rows in the cross-tenant matrix: {partnerId} and {contributionId} belong to the other organisation's project.</summary>
public sealed class PartnershipTenancyCases : ITenancyCases
{
    private static readonly Dictionary<string, string> _partner = new()
    {
        ["Input.Name"] = "Overtatt",
        ["Input.Kind"] = "other",
    };

    private static readonly Dictionary<string, string> _contribution = new()
    {
        ["Contribution.Kind"] = "money",
        ["Contribution.Description"] = "Overtatt",
    };

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/projects/{id:guid}/partners", HttpMethod.Get, "/projects/{id}/partners"),
        new("/projects/{id:guid}/partners/new", HttpMethod.Get, "/projects/{id}/partners/new"),
        new("/projects/{id:guid}/partners/new", HttpMethod.Post, "/projects/{id}/partners/new", _partner),
        new("/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Get, "/projects/{id}/partners/{partnerId}"),
        new("/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Post, "/projects/{id}/partners/{partnerId}?handler=Contribute", _contribution),
        new("/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Post, "/projects/{id}/partners/{partnerId}?handler=DeleteContribution&contributionId={contributionId}"),
        new("/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Post, "/projects/{id}/partners/{partnerId}?handler=Delete"),
        new("/projects/{id:guid}/partners/{partnerId:guid}/edit", HttpMethod.Get, "/projects/{id}/partners/{partnerId}/edit"),
        new("/projects/{id:guid}/partners/{partnerId:guid}/edit", HttpMethod.Post, "/projects/{id}/partners/{partnerId}/edit", _partner),
        new("/api/v1/projects/{id:guid}/partners", HttpMethod.Get, "/api/v1/projects/{id}/partners"),
        new("/api/v1/projects/{id:guid}/partners", HttpMethod.Post, "/api/v1/projects/{id}/partners"),
        new("/api/v1/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/partners/{partnerId}"),
        new("/api/v1/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Put, "/api/v1/projects/{id}/partners/{partnerId}"),
        new("/api/v1/projects/{id:guid}/partners/{partnerId:guid}", HttpMethod.Delete, "/api/v1/projects/{id}/partners/{partnerId}"),
        new("/api/v1/projects/{id:guid}/contributions", HttpMethod.Get, "/api/v1/projects/{id}/contributions"),
        new("/api/v1/projects/{id:guid}/contributions", HttpMethod.Post, "/api/v1/projects/{id}/contributions"),
        new("/api/v1/projects/{id:guid}/contributions/{contributionId:guid}", HttpMethod.Get, "/api/v1/projects/{id}/contributions/{contributionId}"),
        new("/api/v1/projects/{id:guid}/contributions/{contributionId:guid}", HttpMethod.Put, "/api/v1/projects/{id}/contributions/{contributionId}"),
        new("/api/v1/projects/{id:guid}/contributions/{contributionId:guid}", HttpMethod.Delete, "/api/v1/projects/{id}/contributions/{contributionId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var partner = await world.App.Arrange.PartnerAsync(world.Project, "Hemmelig partner", PartnerKind.Citizen);
        var contribution = await world.App.Arrange.ContributionAsync(partner, ContributionKind.Knowledge, description: "Hemmelig bidrag");
        world.Values["partnerId"] = partner.Id.ToString();
        world.Values["contributionId"] = contribution.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var partners = await world.App.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking().Where(p => p.ProjectId == world.Project.Id).ToListAsync());
        var partner = Assert.Single(partners);
        Assert.Equal("Hemmelig partner", partner.Name);
        var contributions = await world.App.WithDbAsync(db => db.Contributions.IgnoreQueryFilters().AsNoTracking().Where(c => c.ProjectId == world.Project.Id).ToListAsync());
        Assert.Equal("Hemmelig bidrag", Assert.Single(contributions).Description);
    }
}
