using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;

namespace Samskap.Tests.Infrastructure;

/// <summary>Memberships are cached per person, but a change to them takes effect on the very next request.</summary>
public sealed class MembershipCacheTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_role_applies_at_once_although_memberships_are_cached(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (_, organization, admin) = await app.SignedInAdminAsync();
        var member = await app.AddMemberAsync(organization.Id);
        using var memberBrowser = Browserless.For(app);
        await memberBrowser.SignInAsync(member.Email!);
        var (before, _) = await memberBrowser.GetPageAsync("/organizations/members");
        var membershipId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == member.Id).Select(m => m.Id).SingleAsync());

        await admin.SubmitAsync("/organizations/members", new Dictionary<string, string>
        {
            ["membershipId"] = membershipId.ToString(),
            ["role"] = nameof(OrganizationRole.Administrator),
        }, action: "handler=Role");
        var (promoted, _) = await memberBrowser.GetPageAsync("/organizations/members");
        await admin.SubmitAsync("/organizations/members", new Dictionary<string, string>
        {
            ["membershipId"] = membershipId.ToString(),
            ["role"] = nameof(OrganizationRole.Member),
        }, action: "handler=Role");
        var (demoted, _) = await memberBrowser.GetPageAsync("/organizations/members");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, demoted.StatusCode);
    }
}
