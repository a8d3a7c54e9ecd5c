using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Klarsprak;

public sealed class KlarsprakPageTests(Apps apps)
{
    private const string Invitation = "Vi ber deg benytte skjemaet. Søknaden behandles fortløpende.\nRing 22 33 44 55 om du lurer på noe.";

    [Fact]
    public async Task A_visitor_checks_a_text_without_signing_in_and_sees_each_finding_marked()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var (response, page) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = Invitation, ["Language"] = "nb" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("18", page.QuerySelector("[data-testid=words]")!.TextContent);
        Assert.Equal("3", page.QuerySelector("[data-testid=sentences]")!.TextContent);
        Assert.Equal("5", page.QuerySelector("[data-testid=long-words]")!.TextContent);
        Assert.Equal("easy", page.QuerySelector("[data-band]")!.GetAttribute("data-band"));
        var marks = page.QuerySelectorAll("[data-testid=marked-text] mark").Select(m => (m.TextContent, m.GetAttribute("data-rules"))).ToList();
        Assert.Contains(("benytte", "stiff-word"), marks);
        Assert.Contains(("behandles", "passive"), marks);
        Assert.Contains(("22 33 44 55", "personal-data"), marks);
        var marked = page.QuerySelector("[data-testid=marked-text]")!;
        foreach (var reference in marked.QuerySelectorAll(".klarsprak-ref").ToList())
        {
            reference.Remove();
        }

        Assert.Equal(Invitation, marked.TextContent);
        var listed = page.QuerySelectorAll(".klarsprak-findings li").Select(li => li.GetAttribute("data-rule")).ToList();
        Assert.Equal(["stiff-word", "passive", "stiff-word", "personal-data"], listed);
        Assert.Contains("Forslag: bruke", page.QuerySelector(".klarsprak-findings li[data-rule=stiff-word]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("LIX 33,8 (lett). 4 funn.", page.QuerySelector("#klarsprak-status")!.TextContent);
    }

    [Theory]
    [InlineData("nb", "Fjern alltid", "Det skal aldri stå i en tekst du deler.", "Sjekk", "Er det en kontakt dere vil dele?")]
    [InlineData("nn", "Fjern alltid", "Det skal aldri stå i ein tekst du deler.", "Sjekk", "Er det ein kontakt de vil dele?")]
    [InlineData("en", "Always remove", "It must never be in a text you share.", "Check", "Is it a contact you want to share?")]
    public async Task A_fodselsnummer_is_to_be_removed_while_a_phone_number_or_e_mail_address_is_to_be_checked(
        string culture, string remove, string removeMessage, string check, string checkMessage)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, culture);
        const string text = "Spørsmål? Ring 22 33 44 55 eller skriv til post@samskap.no. Kari har fødselsnummer 01019012480.";

        var (response, page) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = text, ["Language"] = "nb" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = page.QuerySelectorAll(".klarsprak-findings li[data-rule=personal-data]")
            .Select(li => (Advice: li.GetAttribute("data-advice"), Tag: li.QuerySelector(".klarsprak-advice")!.TextContent, Text: li.TextContent))
            .ToList();
        Assert.Equal(["check", "check", "remove"], findings.Select(f => f.Advice));
        Assert.All(findings[..2], f => Assert.Equal(check, f.Tag));
        Assert.All(findings[..2], f => Assert.Contains(checkMessage, f.Text, StringComparison.Ordinal));
        Assert.Equal(remove, findings[2].Tag);
        Assert.Contains(removeMessage, findings[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(checkMessage, findings[2].Text, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".klarsprak-findings li:not([data-rule=personal-data]) .klarsprak-advice"));
    }

    [Theory]
    [InlineData("nb", "«blir sendt» er passiv. Si hvem som gjør det, for eksempel «vi sender».", "«behandles» er passiv. Si hvem som gjør det, for eksempel «vi behandler».", "«Kan det søkes» er passiv. Si hvem som gjør noe: «vi sender» i stedet for «blir sendt».")]
    [InlineData("nn", "«blir sendt» er passiv. Sei kven som gjer det, til dømes «vi sender».", "«behandles» er passiv. Sei kven som gjer det, til dømes «vi behandler».", "«Kan det søkes» er passiv. Sei kven som gjer noko: «vi sender» i staden for «blir sendt».")]
    [InlineData("en", "“blir sendt” is passive. Say who does it, for example “vi sender”.", "“behandles” is passive. Say who does it, for example “vi behandler”.", "“Kan det søkes” is passive. Say who does what: “we send” rather than “is sent”.")]
    public async Task A_passive_gets_an_active_form_with_its_own_verb_where_the_verb_is_known(string culture, string sent, string handled, string general)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, culture);
        const string text = "Brevet blir sendt i dag. Søknaden behandles i mai. Kan det søkes om støtte?";

        var (response, page) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = text, ["Language"] = "nb" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var passives = page.QuerySelectorAll(".klarsprak-findings li[data-rule=passive]").ToList();
        Assert.Equal(3, passives.Count);
        Assert.Contains(sent, passives[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(handled, passives[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(general, passives[2].TextContent, StringComparison.Ordinal);
        // The active form is in the message; it is not repeated as a separate suggestion.
        Assert.All(passives, li => Assert.Null(li.QuerySelector(".klarsprak-suggestion")));
    }

    [Fact]
    public async Task The_checker_refuses_an_empty_or_too_long_text_and_an_unknown_language()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, "en");

        var (empty, emptyPage) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = "  ", ["Language"] = "nb" });
        var (tooLong, tooLongPage) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = new string('a', 200_001), ["Language"] = "nb" });
        var (swedish, swedishPage) = await browser.SubmitAsync("/klarsprak", new Dictionary<string, string> { ["Text"] = "Hej.", ["Language"] = "sv" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write or paste a text first.", emptyPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        Assert.Contains("at most 200,000 characters", tooLongPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, swedish.StatusCode);
        Assert.Contains("Choose what the text is written in: bokmål or nynorsk.", swedishPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_written_standard_defaults_to_the_organisations_or_the_pages_language()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, organization, signedIn) = await app.SignedInAdminAsync("en");
        using var nynorskVisitor = Browserless.For(app, "nn");
        using var englishVisitor = Browserless.For(app, "en");

        var (_, bokmalOrganisation) = await signedIn.GetPageAsync("/klarsprak");
        await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == organization.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.WrittenStandard, "nn")));
        var (_, nynorskOrganisation) = await signedIn.GetPageAsync("/klarsprak");
        var (_, nynorskPage) = await nynorskVisitor.GetPageAsync("/klarsprak");
        var (_, englishPage) = await englishVisitor.GetPageAsync("/klarsprak");

        static string? Checked(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("input[name=Language][checked]")?.GetAttribute("value");
        Assert.Equal("nb", Checked(bokmalOrganisation));
        Assert.Equal("nn", Checked(nynorskOrganisation));
        Assert.Equal("nn", Checked(nynorskPage));
        Assert.Equal("nb", Checked(englishPage));
    }

    [Fact]
    public async Task A_project_description_gets_the_inline_check_and_it_refreshes_from_the_inline_handler()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var projectId = (await app.Arrange.ProjectAsync(organization.Id, admin, "Møteplass for unge",
            challenge: "Vi vil iverksette tiltak for unge. Forslagene vurderes av kommunen.")).Id;

        var (_, edit) = await browser.GetPageAsync(ProjectRoutes.Edit(projectId));
        var (_, empty) = await browser.GetPageAsync(ProjectRoutes.New);
        var token = await browser.AntiforgeryTokenAsync();
        var (fragment, fragmentPage) = await browser.PostAsync("/klarsprak?handler=Inline", new Dictionary<string, string>
        {
            ["Text"] = "Vi ber om at søknaden sendes innen fredag.",
            ["Language"] = "nb",
        }, token);

        var inline = edit.QuerySelector("#Input_Challenge-klarsprak")!;
        Assert.Equal("Input_Challenge", inline.GetAttribute("data-for"));
        Assert.Equal(["stiff-word", "passive"], inline.QuerySelectorAll("li[data-rule]").Select(li => li.GetAttribute("data-rule")));
        Assert.Empty(empty.QuerySelectorAll("#Input_Challenge-klarsprak li"));
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Null(fragmentPage.QuerySelector("header"));
        Assert.Contains(fragmentPage.QuerySelectorAll("li[data-rule]"), li => li.GetAttribute("data-rule") == "passive");
    }
}
