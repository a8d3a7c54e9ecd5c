using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Profile;

/// <summary>A token's expiry and its last use, with the app's one clock moved by the test.</summary>
public sealed class AccessTokenClockTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_works_through_its_expiry_date_in_Norwegian_time_and_is_refused_after(DatabaseProvider provider)
    {
        // 1 June 2027, 12:00 in Oslo; the token's last day is 3 June.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(provider, clock);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id, expiresOn: new DateOnly(2027, 6, 3));
        using var system = AccessTokenApiTests.TokenClient(app, token, "en");

        clock.SetUtcNow(new DateTimeOffset(2027, 6, 2, 10, 0, 0, TimeSpan.Zero));
        var dayBefore = await system.GetAsync(ProjectRoutes.ApiList);
        // 23:59 on 3 June in Oslo (summer time, UTC+2).
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 3, 21, 59, 0, TimeSpan.Zero));
        var lastMinute = await system.GetAsync(ProjectRoutes.ApiList);
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 3, 22, 1, 0, TimeSpan.Zero));
        var afterMidnight = await system.GetAsync(ProjectRoutes.ApiList);

        Assert.Equal(HttpStatusCode.OK, dayBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lastMinute.StatusCode);
        await AccessTokenApiTests.AssertRefusedAsync(afterMidnight, "The access token has expired. Make a new one on your profile page.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Last_used_is_written_on_first_use_and_then_at_most_once_a_minute(DatabaseProvider provider)
    {
        var start = new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var app = new SamskapFactory(provider, clock);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (row, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var system = AccessTokenApiTests.TokenClient(app, token);
        async Task<DateTime?> LastUsedAfterCallAsync()
        {
            Assert.Equal(HttpStatusCode.OK, (await system.GetAsync(ProjectRoutes.ApiList)).StatusCode);
            return await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.Id == row.Id).Select(t => t.LastUsedAt).SingleAsync());
        }

        var unused = await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.Id == row.Id).Select(t => t.LastUsedAt).SingleAsync());
        var first = await LastUsedAfterCallAsync();
        clock.Advance(TimeSpan.FromSeconds(59));
        var withinTheMinute = await LastUsedAfterCallAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        var aMinuteLater = await LastUsedAfterCallAsync();

        Assert.Null(unused);
        Assert.Equal(start.UtcDateTime, first);
        Assert.Equal(start.UtcDateTime, withinTheMinute);
        Assert.Equal(start.AddMinutes(1).UtcDateTime, aMinuteLater);
    }
}
