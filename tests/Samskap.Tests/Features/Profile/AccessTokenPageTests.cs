using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Profile;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Profile;

/// <summary>Making, listing and revoking personal access tokens on the profile page.</summary>
public sealed class AccessTokenPageTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    private string InDays(int days) => AccessTokenRules.FormatDate(NorwegianTime.Today(App.Clock).AddDays(days));

    private Dictionary<string, string> NewToken(string name, int days = 30) => new() { ["Token.Name"] = name, ["Token.ExpiresOn"] = InDays(days) };

    private static Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> CreateAsync(Browserless browser, Dictionary<string, string> fields) =>
        browser.SubmitAsync(ProfileRoutes.Profile, fields, action: "handler=CreateToken");

    [Fact]
    public async Task A_new_token_is_shown_once_and_only_its_hash_is_stored()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();

        var (created, _) = await CreateAsync(browser, NewToken("Rapportverktøy", days: 30));
        var (_, first) = await browser.GetPageAsync(created.Headers.Location!.OriginalString);
        var (_, second) = await browser.GetPageAsync(ProfileRoutes.Profile);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(ProfileRoutes.Tokens, created.Headers.Location!.OriginalString);
        var shown = first.QuerySelector("#new-token")!.TextContent.Trim();
        Assert.True(AccessTokenRules.IsWellFormed(shown));
        Assert.Null(second.QuerySelector("#new-token"));
        Assert.DoesNotContain(shown, second.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var row = Assert.Single(await App.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == admin.Id).ToListAsync()));
        Assert.Equal(AccessTokenRules.Hash(shown), row.TokenHash);
        Assert.Equal(("Rapportverktøy", organization.Id, NorwegianTime.Today(App.Clock).AddDays(30), (DateTime?)null), (row.Name, row.OrganizationId, row.ExpiresOn, row.RevokedAt));
        var storedValues = await App.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"PersonalAccessTokens\"";
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }

            return values;
        });
        Assert.DoesNotContain(storedValues, value => value.Contains(shown[AccessTokenRules.Prefix.Length..], StringComparison.Ordinal));
        var listed = Assert.Single(second.QuerySelectorAll("[data-testid=token-row]"));
        Assert.Contains("Rapportverktøy", listed.TextContent, StringComparison.Ordinal);
        Assert.Contains(organization.Name, listed.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ikke brukt ennå", listed.TextContent, StringComparison.Ordinal);
        Assert.Equal("Virker", listed.QuerySelector("[data-testid=token-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_expiry_date_starts_at_90_days_ahead()
    {
        var (_, _, browser) = await App.SignedInAdminAsync();

        var (_, page) = await browser.GetPageAsync(ProfileRoutes.Profile);

        Assert.Equal(InDays(90), ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Token_ExpiresOn")!).Value);
    }

    [Theory]
    [InlineData("nb", "Skriv inn et navn på nøkkelen.", "Skriv inn en gyldig utløpsdato for nøkkelen.", "Navnet på nøkkelen er for langt. Høyst 100 tegn.", "Utløpsdatoen for nøkkelen kan ikke være før i dag.", "Utløpsdatoen for nøkkelen kan være høyst ett år fram")]
    [InlineData("nn", "Skriv inn eit namn på nøkkelen.", "Skriv inn ein gyldig utløpsdato for nøkkelen.", "Namnet på nøkkelen er for langt. Høgst 100 teikn.", "Utløpsdatoen for nøkkelen kan ikkje vere før i dag.", "Utløpsdatoen for nøkkelen kan vere høgst eitt år fram")]
    [InlineData("en", "Enter a name for the token.", "Enter a valid expiry date for the token.", "The name of the token is too long. At most 100 characters.", "The expiry date of the token cannot be before today.", "The expiry date of the token can be at most one year ahead")]
    public async Task Each_bad_field_of_a_new_token_is_named_in_the_persons_language_and_nothing_is_made(
        string language, string nameMissing, string dateInvalid, string nameTooLong, string dateInPast, string dateTooLate)
    {
        var (admin, _, browser) = await App.SignedInAdminAsync(language);
        var today = NorwegianTime.Today(App.Clock);

        var (empty, emptyPage) = await CreateAsync(browser, new() { ["Token.Name"] = "", ["Token.ExpiresOn"] = "" });
        var (past, pastPage) = await CreateAsync(browser, new() { ["Token.Name"] = new string('n', 101), ["Token.ExpiresOn"] = InDays(-1) });
        var (late, latePage) = await CreateAsync(browser, new() { ["Token.Name"] = "Rapport", ["Token.ExpiresOn"] = AccessTokenRules.FormatDate(today.AddYears(1).AddDays(1)) });

        string Message(IDocument page, string field) => page.QuerySelector($"[data-valmsg-for='Token.{field}']")!.TextContent.Trim();
        Assert.All([empty, past, late], response => Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode));
        Assert.Equal(nameMissing, Message(emptyPage, "Name"));
        Assert.Equal(dateInvalid, Message(emptyPage, "ExpiresOn"));
        Assert.Equal(nameTooLong, Message(pastPage, "Name"));
        Assert.Equal(dateInPast, Message(pastPage, "ExpiresOn"));
        Assert.StartsWith(dateTooLate, Message(latePage, "ExpiresOn"), StringComparison.Ordinal);
        Assert.Contains(nameMissing, emptyPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.PersonalAccessTokens.CountAsync(t => t.UserId == admin.Id)));
    }

    [Fact]
    public async Task A_person_can_have_twenty_working_tokens_and_is_told_clearly_when_they_reach_the_limit()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        for (var i = 0; i < AccessTokenRules.MaxActivePerPerson - 1; i++)
        {
            await App.Arrange.AccessTokenAsync(admin, organization.Id);
        }

        // Ended tokens do not count against the limit.
        await App.Arrange.AccessTokenAsync(admin, organization.Id, revoked: true);
        await App.Arrange.AccessTokenAsync(admin, organization.Id, expiresOn: NorwegianTime.Today(App.Clock).AddDays(-1));
        var form = await browser.FormAsync(ProfileRoutes.Profile, action: "handler=CreateToken");

        var (twentieth, _) = await CreateAsync(browser, NewToken("Den tjuende"));
        var (twentyFirst, refused) = await form.PostAsync(NewToken("Én for mye"));
        var (_, page) = await browser.GetPageAsync(ProfileRoutes.Profile);

        const string limit = "Du har allerede 20 nøkler som virker, og det er det meste du kan ha. Trekk tilbake en du ikke trenger, så kan du lage en ny.";
        Assert.Equal(HttpStatusCode.Redirect, twentieth.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twentyFirst.StatusCode);
        Assert.Equal(limit, refused.QuerySelector(".ds-error-summary li")!.TextContent.Trim());
        Assert.Equal(limit, page.QuerySelector("[data-testid=token-limit]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form[action*='handler=CreateToken']"));
        Assert.Equal(22, await App.WithDbAsync(db => db.PersonalAccessTokens.CountAsync(t => t.UserId == admin.Id)));
    }

    [Fact]
    public async Task A_double_click_or_a_resubmit_makes_one_token()
    {
        var (admin, _, browser) = await App.SignedInAdminAsync();
        var form = await browser.FormAsync(ProfileRoutes.Profile, action: "handler=CreateToken");

        var (first, _) = await form.PostAsync(NewToken("Dobbeltklikk"));
        var (second, _) = await form.PostAsync(NewToken("Dobbeltklikk"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await App.WithDbAsync(db => db.PersonalAccessTokens.CountAsync(t => t.UserId == admin.Id)));
    }

    [Fact]
    public async Task A_person_in_two_organisations_picks_one_of_theirs_and_no_other()
    {
        var (admin, first, browser) = await App.SignedInAdminAsync();
        var (_, second) = await App.Arrange.OrganizationAsync();
        var (_, foreign) = await App.Arrange.OrganizationAsync();
        await App.Arrange.AddAsync(new Membership { OrganizationId = second.Id, UserId = admin.Id, Role = OrganizationRole.Member });

        var (_, page) = await browser.GetPageAsync(ProfileRoutes.Profile);
        var (created, _) = await CreateAsync(browser, new(NewToken("I den andre")) { ["Token.OrganizationId"] = second.Id.ToString() });
        var (refused, refusedPage) = await CreateAsync(browser, new(NewToken("I en fremmed")) { ["Token.OrganizationId"] = foreign.Id.ToString() });

        Assert.Equal(
            new[] { first.Id.ToString(), second.Id.ToString() }.Order(),
            page.QuerySelectorAll("#Token_OrganizationId option").Select(o => o.GetAttribute("value")!).Order());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Velg en organisasjon du er med i for nøkkelen.", refusedPage.QuerySelector("[data-valmsg-for='Token.OrganizationId']")!.TextContent.Trim());
        var stored = Assert.Single(await App.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == admin.Id).ToListAsync()));
        Assert.Equal(second.Id, stored.OrganizationId);
    }

    [Fact]
    public async Task A_revoked_token_and_an_expired_one_stay_listed_as_such_without_a_revoke_button()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        var (kept, _) = await App.Arrange.AccessTokenAsync(admin, organization.Id, name: "Beholdes");
        var (revoked, _) = await App.Arrange.AccessTokenAsync(admin, organization.Id, name: "Trekkes");
        await App.Arrange.AccessTokenAsync(admin, organization.Id, name: "Gammel", expiresOn: NorwegianTime.Today(App.Clock).AddDays(-1));

        var (response, _) = await browser.SubmitAsync(ProfileRoutes.Profile, [], action: ProfileRoutes.RevokeToken(revoked.Id));
        var (_, page) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Nøkkelen «Trekkes» er trukket tilbake og virker ikke lenger.", page.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        var states = page.QuerySelectorAll("[data-testid=token-row]").ToDictionary(
            row => row.QuerySelector("td")!.TextContent.Trim(),
            row => (row.QuerySelector("[data-testid=token-state]")!.TextContent.Trim(), row.QuerySelector("button") is not null));
        Assert.Equal(("Virker", true), states["Beholdes"]);
        Assert.Equal(("Trukket tilbake", false), states["Trekkes"]);
        Assert.Equal(("Utløpt", false), states["Gammel"]);
        Assert.Null((await App.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == kept.Id))).RevokedAt);
    }

    [Fact]
    public async Task Revoking_another_persons_token_is_a_404_and_leaves_it_working()
    {
        var (_, organization, browser) = await App.SignedInAdminAsync();
        var colleague = await App.Arrange.MemberAsync(organization.Id);
        var (theirs, _) = await App.Arrange.AccessTokenAsync(colleague, organization.Id);
        var token = await browser.AntiforgeryTokenAsync();

        var (response, _) = await browser.PostAsync(ProfileRoutes.RevokeToken(theirs.Id), [], token);
        var (unknown, _) = await browser.PostAsync(ProfileRoutes.RevokeToken(Guid.NewGuid()), [], token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await App.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == theirs.Id))).RevokedAt);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await browser.Client.GetAsync(ProfileRoutes.RevokeToken(theirs.Id))).StatusCode);
    }
}
