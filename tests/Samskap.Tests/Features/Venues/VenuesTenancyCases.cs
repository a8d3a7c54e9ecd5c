using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Venues;

namespace Samskap.Tests.Features.Venues;

/// <summary>The venues in the cross-tenant matrix: {venueId} is the other organisation's venue.</summary>
public sealed class VenuesTenancyCases : ITenancyCases
{
    private static readonly Dictionary<string, string> _venue = new() { ["Input.Name"] = "Overtatt", ["Input.Capacity"] = "5" };

    public IEnumerable<TenancyCase> Cases =>
    [
        new("/venues/{venueId:guid}", HttpMethod.Get, "/venues/{venueId}"),
        new("/venues/{venueId:guid}", HttpMethod.Post, "/venues/{venueId}", _venue),
        new("/venues/{venueId:guid}", HttpMethod.Post, "/venues/{venueId}?handler=Delete"),
        new("/api/v1/venues/{venueId:guid}", HttpMethod.Get, "/api/v1/venues/{venueId}"),
        new("/api/v1/venues/{venueId:guid}", HttpMethod.Put, "/api/v1/venues/{venueId}"),
        new("/api/v1/venues/{venueId:guid}", HttpMethod.Delete, "/api/v1/venues/{venueId}"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var venue = await world.App.Arrange.VenueAsync(world.Organization.Id, capacity: 12, name: "Hemmelig lokale");
        world.Values["venueId"] = venue.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var venue = Assert.Single(await world.App.WithDbAsync(db => db.Venues.IgnoreQueryFilters().AsNoTracking().Where(v => v.OrganizationId == world.Organization.Id).ToListAsync()));
        Assert.Equal(("Hemmelig lokale", 12), (venue.Name, venue.Capacity));
    }
}
