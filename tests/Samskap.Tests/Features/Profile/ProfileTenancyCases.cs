using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Profile;

namespace Samskap.Tests.Features.Profile;

/// <summary>
/// The profile's rows in the cross-tenant matrix: {tokenId} is a personal access token of the other
/// organisation's administrator, which nobody else can revoke.
/// </summary>
public sealed class ProfileTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/account/profile/tokens/{tokenId:guid}/revoke", HttpMethod.Post, "/account/profile/tokens/{tokenId}/revoke"),
    ];

    public async Task ArrangeAsync(TenancyWorld world)
    {
        var (row, _) = await world.App.Arrange.AccessTokenAsync(world.Owner, world.Organization.Id);
        world.Values["tokenId"] = row.Id.ToString();
    }

    public async Task AssertUnchangedAsync(TenancyWorld world)
    {
        var tokens = await world.App.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == world.Owner.Id).ToListAsync());
        Assert.Null(Assert.Single(tokens).RevokedAt);
    }
}
