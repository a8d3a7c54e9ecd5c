using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Organizations;

public sealed class InvitationTests(Apps apps)
{
    private static async Task<string> InviteAsync(Browserless admin, string role = "Member")
    {
        var (response, _) = await admin.SubmitAsync(OrganizationRoutes.Members, new Dictionary<string, string>
        {
            ["Invite.Note"] = "Ny kollega",
            ["Invite.Role"] = role,
        }, action: "handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await ShownLinkAsync(admin);
    }

    /// <summary>The link the members page shows once, after the redirect.</summary>
    private static async Task<string> ShownLinkAsync(Browserless admin)
    {
        var (_, page) = await admin.GetPageAsync(OrganizationRoutes.Members);
        var link = page.QuerySelector("#invitation-link")?.TextContent.Trim()
            ?? throw new InvalidOperationException("The members page shows no new invitation link.");
        return new Uri(link).PathAndQuery;
    }

    private static Dictionary<string, string> Newcomer(string email) => new()
    {
        ["Input.Name"] = "Ola Nykommer",
        ["Input.Email"] = email,
        ["Input.Password"] = "ola sin lange passordsetning",
    };

    [Fact]
    public async Task A_newcomer_joins_with_an_invitation_link_in_the_role_the_admin_chose()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, adminBrowser) = await app.SignedInAdminAsync();
        var link = await InviteAsync(adminBrowser, "Administrator");

        using var newcomer = Browserless.For(app);
        var email = $"ola-{Guid.NewGuid():N}@example.no";
        var (joined, _) = await newcomer.SubmitAsync(link, Newcomer(email), action: "handler=Register");

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.Client.GetAsync(ProjectRoutes.List)).StatusCode);
        var membership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.OrganizationId == organization.Id && m.User!.Email == email));
        Assert.Equal(OrganizationRole.Administrator, membership.Role);
    }

    [Fact]
    public async Task A_used_link_cannot_be_used_again()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, adminBrowser) = await app.SignedInAdminAsync();
        var link = await InviteAsync(adminBrowser);
        using var first = Browserless.For(app);
        await first.SubmitAsync(link, Newcomer($"first-{Guid.NewGuid():N}@example.no"), action: "handler=Register");

        using var second = Browserless.For(app, "en");
        var (response, page) = await second.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("already been used", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Forms, f => f.Action.Contains("Register", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expired_revoked_and_unknown_links_are_explained()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, adminBrowser) = await app.SignedInAdminAsync();
        var expiring = await InviteAsync(adminBrowser);
        var revoking = await InviteAsync(adminBrowser);
        await app.WithDbAsync(async db =>
        {
            var invitations = await db.Invitations.Where(i => i.OrganizationId == organization.Id).OrderBy(i => i.CreatedAt).ToListAsync();
            invitations[0].ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var revokeId = await app.WithDbAsync(db => db.Invitations.Where(i => i.OrganizationId == organization.Id).OrderBy(i => i.CreatedAt).Select(i => i.Id).Skip(1).FirstAsync());
        await adminBrowser.SubmitAsync("/organizations/members", new Dictionary<string, string> { ["invitationId"] = revokeId.ToString() }, action: "handler=Revoke");

        using var visitor = Browserless.For(app, "nn");
        var (expired, expiredPage) = await visitor.GetPageAsync(expiring);
        var (revoked, revokedPage) = await visitor.GetPageAsync(revoking);
        var (unknown, _) = await visitor.GetPageAsync("/invitations/not-a-real-token");
        var (postExpired, _) = await visitor.PostAsync($"{expiring}?handler=Register", Newcomer($"late-{Guid.NewGuid():N}@example.no"), await visitor.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Invitasjonen har gått ut.", expiredPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Contains("Invitasjonen er trekt tilbake.", revokedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, postExpired.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task A_duplicate_email_is_refused_with_a_message()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, adminBrowser) = await app.SignedInAdminAsync();
        var link = await InviteAsync(adminBrowser);

        using var newcomer = Browserless.For(app, "en");
        var (response, page) = await newcomer.SubmitAsync(link, Newcomer(admin.Email!), action: "handler=Register");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("already in use", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.OrganizationId == organization.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_user_of_two_organisations_switches_between_them_and_sees_each_ones_projects(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (first, firstOrganization) = await app.CreateOrganizationAsync();
        var (second, secondOrganization) = await app.CreateOrganizationAsync();
        await app.Arrange.ProjectAsync(secondOrganization.Id, second, "Andre sitt prosjekt");
        await app.Arrange.ProjectAsync(firstOrganization.Id, first, "Første sitt prosjekt");
        using var secondAdmin = Browserless.For(app);
        await secondAdmin.SignInAsync(second.Email!);
        var link = await InviteAsync(secondAdmin);

        using var user = Browserless.For(app);
        await user.SignInAsync(first.Email!);
        await user.SubmitAsync(link, [], action: "handler=Join");

        var (_, inSecond) = await user.GetPageAsync(ProjectRoutes.List);
        Assert.Contains("Andre sitt prosjekt", inSecond.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Første sitt prosjekt", inSecond.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var firstOrganizationId = inSecond.QuerySelectorAll("#org-switcher option").Select(o => o.GetAttribute("value")!).Single(v => v != secondOrganization.Id.ToString());

        var (switched, _) = await user.SubmitAsync(ProjectRoutes.List, new Dictionary<string, string> { ["organizationId"] = firstOrganizationId, ["returnUrl"] = "/projects" }, action: "/organizations/switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var (_, inFirst) = await user.GetPageAsync(ProjectRoutes.List);
        Assert.Contains("Første sitt prosjekt", inFirst.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Andre sitt prosjekt", inFirst.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (foreign, _) = await user.SubmitAsync(ProjectRoutes.List, new Dictionary<string, string> { ["organizationId"] = Guid.NewGuid().ToString() }, action: "/organizations/switch");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_members_and_the_last_one_cannot_step_down()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, adminBrowser) = await app.SignedInAdminAsync("en");
        var link = await InviteAsync(adminBrowser);
        using var member = Browserless.For(app);
        await member.SubmitAsync(link, Newcomer($"member-{Guid.NewGuid():N}@example.no"), action: "handler=Register");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/organizations/members")).StatusCode);

        var adminMembership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.OrganizationId == organization.Id && m.UserId == admin.Id));
        var (response, page) = await adminBrowser.SubmitAsync("/organizations/members", new Dictionary<string, string>
        {
            ["membershipId"] = adminMembership.Id.ToString(),
            ["role"] = "Member",
        }, action: "handler=Role");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("at least one administrator", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OrganizationRole.Administrator, (await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.Id == adminMembership.Id))).Role);

        var memberMembership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.OrganizationId == organization.Id && m.UserId != admin.Id));
        var (promoted, _) = await adminBrowser.SubmitAsync("/organizations/members", new Dictionary<string, string>
        {
            ["membershipId"] = memberMembership.Id.ToString(),
            ["role"] = "Administrator",
        }, action: "handler=Role");
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/organizations/members")).StatusCode);
    }

    [Fact]
    public async Task A_used_or_unknown_invitation_offers_a_way_to_sign_in_and_the_one_who_used_it_goes_on()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, adminBrowser) = await app.SignedInAdminAsync();
        var link = await InviteAsync(adminBrowser);
        using var newcomer = Browserless.For(app);
        await newcomer.SubmitAsync(link, Newcomer($"used-{Guid.NewGuid():N}@example.no"), action: "handler=Register");
        using var stranger = Browserless.For(app);

        var (_, used) = await stranger.GetPageAsync(link);
        var (_, unknown) = await stranger.GetPageAsync(AccountRoutesFor.Unknown);
        var (_, mine) = await newcomer.GetPageAsync(link);

        Assert.Equal(AccountRoutes.SignIn, used.QuerySelector("[data-testid=sign-in]")!.GetAttribute("href"));
        Assert.Equal(AccountRoutes.SignIn, unknown.QuerySelector("[data-testid=sign-in]")!.GetAttribute("href"));
        Assert.Null(mine.QuerySelector("[data-testid=sign-in]"));
        Assert.Contains(mine.QuerySelectorAll("main a"), a => a.GetAttribute("href") == ProjectRoutes.List);
    }

    private static class AccountRoutesFor
    {
        public static readonly string Unknown = AccountRoutes.Invitation(new string('a', 64));
    }
}
