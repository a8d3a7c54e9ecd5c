using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Profile;

/// <summary>
/// A token signs in an API request as its person in its organisation, with the same rights as the
/// cookie, and nothing else: not another organisation, not the pages, not once it has ended.
/// </summary>
public sealed class AccessTokenApiTests(Apps apps)
{
    /// <summary>A client without cookies that sends the token, as another system would.</summary>
    internal static HttpClient TokenClient(SamskapFactory app, string token, string language = "nb")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>401, a problem in the caller's language, the bearer challenge and no way to a sign-in form.</summary>
    internal static async Task AssertRefusedAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_gets_the_same_projects_and_project_as_the_cookie(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, "Møteplasser");
        await app.Arrange.ProjectAsync(organization.Id, admin, "Ungdomsråd");
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var system = TokenClient(app, token);

        var byToken = (await GetAsync(system, ProjectRoutes.ApiList), await GetAsync(system, ProjectRoutes.Api(project.Id)));
        var byCookie = (await GetAsync(browser.Client, ProjectRoutes.ApiList), await GetAsync(browser.Client, ProjectRoutes.Api(project.Id)));

        Assert.Equal(HttpStatusCode.OK, byToken.Item1.Status);
        Assert.Equal(HttpStatusCode.OK, byToken.Item2.Status);
        Assert.Equal(byCookie, byToken);
        Assert.Equal(2, JsonDocument.Parse(byToken.Item1.Body).RootElement.GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_of_one_organisation_does_not_see_another_organisations_project(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (otherAdmin, other) = await app.Arrange.OrganizationAsync();
        var foreign = await app.Arrange.ProjectAsync(other.Id, otherAdmin, "Hemmelig");
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var system = TokenClient(app, token);

        var project = await system.GetAsync(ProjectRoutes.Api(foreign.Id));
        var list = await GetAsync(system, ProjectRoutes.ApiList);

        Assert.Equal(HttpStatusCode.NotFound, project.StatusCode);
        Assert.Equal((HttpStatusCode.OK, "[]"), list);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_acts_in_its_own_organisation_whichever_the_person_chose_in_the_switcher(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, first) = await app.Arrange.OrganizationAsync();
        var (otherAdmin, second) = await app.Arrange.OrganizationAsync();
        await app.Arrange.AddAsync(new Membership { OrganizationId = second.Id, UserId = admin.Id, Role = OrganizationRole.Member });
        await app.Arrange.ProjectAsync(first.Id, admin, "I den første");
        var inSecond = await app.Arrange.ProjectAsync(second.Id, otherAdmin, "I den andre");
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, second.Id);
        using var system = TokenClient(app, token);
        using var request = new HttpRequestMessage(HttpMethod.Get, ProjectRoutes.ApiList);
        request.Headers.Add("Cookie", $"samskap.org={first.Id}");

        var listed = JsonDocument.Parse(await (await system.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal([inSecond.Id.ToString()], listed.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_revoked_token_is_refused_with_401(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id, revoked: true);
        using var system = TokenClient(app, token, "en");

        await AssertRefusedAsync(await system.GetAsync(ProjectRoutes.ApiList), "The access token has been revoked.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_or_malformed_token_is_refused_with_401_in_the_callers_language(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        using var unknown = TokenClient(app, AccessTokenRules.NewToken(), "nn");
        using var malformed = TokenClient(app, "not-a-token", "en");
        using var empty = TokenClient(app, "", "nb");

        await AssertRefusedAsync(await unknown.GetAsync(ProjectRoutes.ApiList), "Tilgangsnøkkelen er ikkje gyldig. Sjekk at heile nøkkelen er send etter «Bearer ».");
        await AssertRefusedAsync(await malformed.GetAsync(ProjectRoutes.ApiList), "The access token is not valid. Check that the whole token is sent after “Bearer ”.");
        await AssertRefusedAsync(await empty.GetAsync(ProjectRoutes.Api(Guid.NewGuid())), "Tilgangsnøkkelen er ikke gyldig. Sjekk at hele nøkkelen er sendt etter «Bearer ».");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_stops_working_when_its_person_leaves_the_organisation(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (_, organization) = await app.Arrange.OrganizationAsync();
        var member = await app.Arrange.MemberAsync(organization.Id);
        var (_, token) = await app.Arrange.AccessTokenAsync(member, organization.Id);
        using var system = TokenClient(app, token, "en");
        var before = await system.GetAsync(ProjectRoutes.ApiList);

        await app.WithDbAsync(async db =>
        {
            db.Memberships.Remove(await db.Memberships.SingleAsync(m => m.UserId == member.Id));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await AssertRefusedAsync(await system.GetAsync(ProjectRoutes.ApiList), "The person behind the access token no longer belongs to the organisation the token is for.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_is_not_a_sign_in_to_the_pages(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var system = TokenClient(app, token);

        var projects = await system.GetAsync(ProjectRoutes.List);
        var profile = await system.GetAsync(ProfileRoutes.Profile);

        Assert.Equal(HttpStatusCode.Redirect, projects.StatusCode);
        Assert.Contains(AccountRoutes.SignIn, projects.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_request_needs_no_antiforgery_token_and_can_revoke_its_own_token(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var (row, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        var (other, otherToken) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var system = TokenClient(app, token, "en");
        using var stillWorking = TokenClient(app, otherToken);

        var revoked = await system.DeleteAsync(ProfileRoutes.CurrentTokenApi);
        var byCookie = await browser.Client.DeleteAsync(ProfileRoutes.CurrentTokenApi);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await AssertRefusedAsync(await system.GetAsync(ProjectRoutes.ApiList), "The access token has been revoked.");
        Assert.Equal(HttpStatusCode.OK, (await stillWorking.GetAsync(ProjectRoutes.ApiList)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byCookie.StatusCode);
        var stored = await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.Id == row.Id || t.Id == other.Id).ToDictionaryAsync(t => t.Id, t => t.RevokedAt));
        Assert.NotNull(stored[row.Id]);
        Assert.Null(stored[other.Id]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_bearer_header_does_not_lift_the_antiforgery_check_of_a_signed_in_page_post(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var (row, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, ProfileRoutes.RevokeToken(row.Id)) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == row.Id))).RevokedAt);
    }
}
