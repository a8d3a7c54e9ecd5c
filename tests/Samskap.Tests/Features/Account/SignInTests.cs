using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Account;

public sealed class SignInTests(Apps apps)
{
    [Fact]
    public async Task A_member_signs_in_and_out_with_secure_http_only_cookies()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _) = await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var (response, _) = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = admin.Email!,
            ["Input.Password"] = SamskapFactory.TestPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samskap.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(ProjectRoutes.List)).StatusCode);

        var (signedOut, _) = await browser.SubmitAsync("/account/sign-out", new Dictionary<string, string>(), action: "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var afterwards = await browser.Client.GetAsync(ProjectRoutes.List);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/sign-in", afterwards.Headers.Location?.PathAndQuery ?? afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_plain_message_in_the_users_language()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _) = await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, "nn");

        var (response, page) = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = admin.Email!,
            ["Input.Password"] = "feil passord heilt klart",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("E-post eller passord er feil.", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _) = await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, "en");
        var wrong = new Dictionary<string, string> { ["Input.Email"] = admin.Email!, ["Input.Password"] = "definitely the wrong one" };

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SubmitAsync("/account/sign-in", wrong);
        }

        var (response, page) = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = admin.Email!,
            ["Input.Password"] = SamskapFactory.TestPassword,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("locked for 15 minutes", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var (response, page) = await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var links = page.QuerySelectorAll(".ds-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Email", links);
        Assert.Contains("#Input_Password", links);
        Assert.Equal(["Skriv inn e-postadressen.", "Skriv inn passordet."], page.QuerySelectorAll(".ds-error-summary li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Signing_out_without_a_valid_antiforgery_token_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, browser) = await app.SignedInAdminAsync();

        var (response, _) = await browser.PostAsync("/account/sign-out", new Dictionary<string, string>(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(ProjectRoutes.List)).StatusCode);
    }
}
