using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Setup;

/// <summary>Each test needs an empty database, so each starts an app of its own.</summary>
public sealed class FirstRunSetupTests
{
    private static Dictionary<string, string> ValidSetup(string email) => new()
    {
        ["Input.OrganizationName"] = "Skien kommune",
        ["Input.AdminName"] = "Kari Nordmann",
        ["Input.Email"] = email,
        ["Input.Password"] = "en lang passordsetning",
        ["Input.Language"] = "nn",
    };

    [Fact]
    public async Task Every_page_leads_to_setup_while_no_user_exists()
    {
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite);
        using var browser = Browserless.For(app);

        foreach (var url in new[] { "/", ProjectRoutes.List, "/competence", "/account/sign-in" })
        {
            var response = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/setup", response.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Setup_creates_the_organisation_and_its_administrator_then_disappears()
    {
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite);
        using var browser = Browserless.For(app);

        var (response, _) = await browser.SubmitAsync("/setup", ValidSetup("kari@skien.kommune.no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProjectRoutes.List, response.Headers.Location?.OriginalString);
        var (projects, page) = await browser.GetPageAsync(ProjectRoutes.List);
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        Assert.Equal("nn", page.DocumentElement.GetAttribute("lang"));
        var membership = await app.WithDbAsync(db => db.Memberships.Include(m => m.Organization).Include(m => m.User).SingleAsync());
        Assert.Equal("Skien kommune", membership.Organization!.Name);
        Assert.Equal("nn", membership.Organization.WrittenStandard);
        Assert.Equal(OrganizationRole.Administrator, membership.Role);
        Assert.Equal("Kari Nordmann", membership.User!.DisplayName);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync("/setup")).StatusCode);
        using var stranger = Browserless.For(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Setup_explains_each_bad_field_and_saves_nothing()
    {
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite);
        using var browser = Browserless.For(app, "en");

        var (response, page) = await browser.SubmitAsync("/setup", new Dictionary<string, string>
        {
            ["Input.OrganizationName"] = new string('x', 201),
            ["Input.AdminName"] = "",
            ["Input.Email"] = "not-an-address",
            ["Input.Password"] = "short",
            ["Input.Language"] = "de",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = page.QuerySelector(".ds-error-summary")!.TextContent;
        Assert.Contains("The name of the organisation is too long. At most 200 characters.", summary, StringComparison.Ordinal);
        Assert.Contains("Enter your name.", summary, StringComparison.Ordinal);
        Assert.Contains("valid e-mail address", summary, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", summary, StringComparison.Ordinal);
        Assert.Contains("Choose a language: bokmål, nynorsk or English.", summary, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Organizations.AnyAsync()));
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_without_saving()
    {
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite);
        using var browser = Browserless.For(app);
        await browser.GetPageAsync("/setup");

        var (response, _) = await browser.PostAsync("/setup", ValidSetup("forged@example.no"), token: "forged-token");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync()));
    }
}
