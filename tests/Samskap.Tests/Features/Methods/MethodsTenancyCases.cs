using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Methods;

namespace Samskap.Tests.Features.Methods;

/// <summary>The organisations' own methods in the cross-tenant matrix: {methodId} is the other organisation's method.</summary>
public sealed class MethodsTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/methods/{methodId}", HttpMethod.Get, "/methods/{methodId}"),
        new("/methods/{methodId:guid}/edit", HttpMethod.Get, "/methods/{methodId}/edit"),
        new("/methods/{methodId:guid}/edit", HttpMethod.Post, "/methods/{methodId}/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Overtatt", ["Input.Minutes"] = "5", ["Input.GroupMin"] = "1", ["Input.GroupMax"] = "5",
        }),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var method = await world.App.Arrange.OwnMethodAsync(world.Organization.Id, "Hemmelig metode");
        world.Values["methodId"] = method.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var method = Assert.Single(await world.App.WithDbAsync(db => db.OrganizationMethods.IgnoreQueryFilters().AsNoTracking().Where(m => m.OrganizationId == world.Organization.Id).ToListAsync()));
        Assert.Equal("Hemmelig metode", method.Name);
    }
}
