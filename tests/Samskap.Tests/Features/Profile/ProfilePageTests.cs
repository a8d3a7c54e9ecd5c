using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Profile;

public sealed class ProfilePageTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    [Fact]
    public async Task The_user_menu_leads_to_the_profile_which_shows_name_email_and_language()
    {
        var (admin, _, browser) = await App.SignedInAdminAsync();

        var (_, projects) = await browser.GetPageAsync(ProjectRoutes.List);
        var link = projects.QuerySelector("details.user-menu a")!;
        var (response, profile) = await browser.GetPageAsync(link.GetAttribute("href")!);

        Assert.Equal(ProfileRoutes.Profile, link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(admin.DisplayName, ((AngleSharp.Html.Dom.IHtmlInputElement)profile.QuerySelector("#About_Name")!).Value);
        Assert.Contains(admin.Email!, profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nb", ((AngleSharp.Html.Dom.IHtmlSelectElement)profile.QuerySelector("#About_Language")!).Value);
        Assert.Equal(2, profile.QuerySelectorAll("main section h2").Length);
    }

    [Fact]
    public async Task A_person_changes_their_name_and_language_and_the_page_answers_in_the_new_language()
    {
        var (admin, _, browser) = await App.SignedInAdminAsync();

        var (saved, _) = await browser.SubmitAsync(ProfileRoutes.Profile, new() { ["About.Name"] = "  Kari Nordmann  ", ["About.Language"] = "nn" }, action: "handler=About");
        var (_, page) = await browser.GetPageAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ProfileRoutes.Saved, saved.Headers.Location!.OriginalString);
        Assert.Contains(saved.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Dnn", StringComparison.Ordinal));
        Assert.Equal("nn", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Innlogga som Kari Nordmann", page.QuerySelector("details.user-menu summary")!.TextContent.Trim());
        Assert.Contains("Endringane er lagra.", page.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == admin.Id));
        Assert.Equal(("Kari Nordmann", "nn"), (stored.DisplayName, stored.PreferredCulture));
    }

    [Theory]
    [InlineData("nb", "Skriv inn navnet ditt.", "Velg språk: bokmål, nynorsk eller engelsk.")]
    [InlineData("nn", "Skriv inn namnet ditt.", "Vel språk: bokmål, nynorsk eller engelsk.")]
    [InlineData("en", "Enter your name.", "Choose a language: bokmål, nynorsk or English.")]
    public async Task A_bad_name_or_language_is_refused_and_named_and_nothing_is_saved(string language, string nameMessage, string languageMessage)
    {
        var (admin, _, browser) = await App.SignedInAdminAsync(language);

        var (response, page) = await browser.SubmitAsync(ProfileRoutes.Profile, new() { ["About.Name"] = " ", ["About.Language"] = "sv" }, action: "handler=About");
        var (tooLong, tooLongPage) = await browser.SubmitAsync(ProfileRoutes.Profile, new() { ["About.Name"] = new string('n', AppUser.DisplayNameMaxLength + 1), ["About.Language"] = "nb" }, action: "handler=About");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(nameMessage, page.QuerySelector("[data-valmsg-for='About.Name']")!.TextContent.Trim());
        Assert.Equal(languageMessage, page.QuerySelector("[data-valmsg-for='About.Language']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("100", tooLongPage.QuerySelector("[data-valmsg-for='About.Name']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(admin.DisplayName, (await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == admin.Id))).DisplayName);
    }

    [Fact]
    public async Task Someone_signed_out_is_sent_to_sign_in()
    {
        await App.Arrange.OrganizationAsync();
        using var visitor = Browserless.For(App);

        var response = await visitor.Client.GetAsync(ProfileRoutes.Profile);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(AccountRoutes.SignIn, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
