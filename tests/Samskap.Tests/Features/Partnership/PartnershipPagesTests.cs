using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Partnership;

/// <summary>A project's partners and their contributions, through the pages.</summary>
public sealed class PartnershipPagesTests(Apps apps)
{
    private static Dictionary<string, string> PartnerForm(string name, string kind, string role = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.Role"] = role,
        ["Input.ContactName"] = "",
        ["Input.ContactEmail"] = "",
        ["Input.ContactPhone"] = "",
        ["Input.KeepBasis"] = "",
    };

    [Fact]
    public async Task A_member_registers_a_partner_and_then_what_it_brings_and_the_partnership_shows_both()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, "Møteplasser i Bø");

        var (added, _) = await browser.SubmitAsync(PartnershipRoutes.New(project.Id), PartnerForm("Ungdomsrådet", "citizen", "Kjenner hverdagen til de unge"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var partnerPage = added.Headers.Location!.OriginalString;
        var (contributed, _) = await browser.SubmitAsync(partnerPage, new Dictionary<string, string>
        {
            ["Contribution.Kind"] = "knowledge",
            ["Contribution.Description"] = "Hva unge trenger av en møteplass",
            ["Contribution.Hours"] = "7,5",
            ["Contribution.Nok"] = "",
        }, action: "handler=Contribute");
        var (_, partnership) = await browser.GetPageAsync(PartnershipRoutes.Index(project.Id));

        Assert.Equal(HttpStatusCode.Redirect, contributed.StatusCode);
        Assert.Equal("1", partnership.QuerySelector("[data-testid=make-up] [data-kind=citizen]")!.GetAttribute("data-count"));
        Assert.Equal("0", partnership.QuerySelector("[data-testid=make-up] [data-kind=business]")!.GetAttribute("data-count"));
        var row = partnership.QuerySelector("[data-testid=partners] tbody tr")!;
        Assert.Contains("Ungdomsrådet", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("7,5", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", partnership.QuerySelector("[data-testid=ledger] tr[data-kind=knowledge]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "Skriv navnet på partneren i «Navn».")]
    [InlineData("nn", "Skriv namnet på partnaren i «Namn».")]
    [InlineData("en", "Write the partner's name in “Name”.")]
    public async Task A_partner_without_a_name_is_refused_with_a_message_that_names_the_field(string culture, string message)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync(culture);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (refused, page) = await browser.SubmitAsync($"{PartnershipRoutes.New(project.Id)}?culture={culture}", PartnerForm("", "citizen"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().CountAsync(p => p.ProjectId == project.Id)));
    }

    [Fact]
    public async Task Contact_details_without_a_basis_are_refused_and_what_was_typed_is_kept()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var form = PartnerForm("Frivilligsentralen", "civil-society");
        form["Input.ContactEmail"] = "leder@frivillig.example.no";

        var (refused, page) = await browser.SubmitAsync(PartnershipRoutes.New(project.Id), form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("«Grunnlag for å lagre kontaktopplysningene»", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("leder@frivillig.example.no", page.QuerySelector("#Input_ContactEmail")!.GetAttribute("value"));
        Assert.Equal("Frivilligsentralen", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_deletion_date_is_suggested_from_the_projects_end()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.WithDbAsync(async db =>
        {
            await db.Projects.IgnoreQueryFilters().Where(p => p.Id == project.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.EndsOn, new DateOnly(2027, 6, 30)));
            return 0;
        });

        var (_, page) = await browser.GetPageAsync(PartnershipRoutes.New(project.Id));

        Assert.Equal("2027-09-28", page.QuerySelector("#Input_DeleteContactOn")!.GetAttribute("value"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_double_click_on_add_partner_makes_one_partner(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var form = await browser.FormAsync(PartnershipRoutes.New(project.Id));

        var results = await Task.WhenAll(form.PostAsync(PartnerForm("Idrettslaget", "civil-society")), form.PostAsync(PartnerForm("Idrettslaget", "civil-society")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Response.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().CountAsync(p => p.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_partner_with_contributions_cannot_be_removed_and_the_page_says_why()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Biblioteket", PartnerKind.Public);
        await app.Arrange.ContributionAsync(partner, ContributionKind.Premises);
        var token = await browser.AntiforgeryTokenAsync();

        var (refused, page) = await browser.PostAsync(PartnershipRoutes.DeletePartner(project.Id, partner.Id), [], token);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("1 bidrag og kan ikke fjernes", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AnyAsync(p => p.Id == partner.Id)));
    }

    [Fact]
    public async Task A_partner_without_contributions_can_be_removed()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Feilregistrert");

        var (removed, _) = await browser.SubmitAsync(PartnershipRoutes.Partner(project.Id, partner.Id), [], action: "handler=Delete");

        Assert.Equal(PartnershipRoutes.Deleted(project.Id), removed.Headers.Location!.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AnyAsync(p => p.Id == partner.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task When_two_people_edit_the_same_partner_the_second_is_told_and_keeps_their_input(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, first) = await app.SignedInAdminAsync();
        var colleague = await app.Arrange.MemberAsync(organization.Id);
        using var second = Browserless.For(app);
        await second.SignInAsync(colleague.Email!);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Frivilligsentralen", PartnerKind.CivilSociety);
        var firstForm = await first.FormAsync(PartnershipRoutes.Edit(project.Id, partner.Id));
        var secondForm = await second.FormAsync(PartnershipRoutes.Edit(project.Id, partner.Id));

        var (saved, _) = await firstForm.PostAsync(PartnerForm("Frivilligsentralen i Bø", "civil-society", "Skaffer frivillige"));
        var (conflict, page) = await secondForm.PostAsync(PartnerForm("Frivilligsentralen", "civil-society", "Låner ut lokalet"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Noen andre lagret endringer", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Låner ut lokalet", page.QuerySelector("#Input_Role")!.TextContent);
        Assert.Contains("Frivilligsentralen i Bø", page.QuerySelector("[data-testid=stored-now]")!.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().SingleAsync(p => p.Id == partner.Id));
        Assert.Equal("Skaffer frivillige", stored.Role);

        // Saving again from the conflict page means "keep mine".
        var (again, _) = await second.PostAsync(PartnershipRoutes.Edit(project.Id, partner.Id), new Dictionary<string, string>(PartnerForm("Frivilligsentralen", "civil-society", "Låner ut lokalet"))
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        }, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Låner ut lokalet", (await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().SingleAsync(p => p.Id == partner.Id))).Role);
    }

    [Fact]
    public async Task A_project_has_at_most_200_partners()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.WithDbAsync(async db =>
        {
            db.Partners.AddRange(Enumerable.Range(0, Partner.MaxPerProject).Select(i => new Partner
            {
                OrganizationId = organization.Id,
                ProjectId = project.Id,
                Name = $"Partner {i}",
            }));
            return await db.SaveChangesAsync();
        });

        var (refused, page) = await browser.SubmitAsync(PartnershipRoutes.New(project.Id), PartnerForm("Nummer 201", "other"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("høyst 200 partnere", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_frames_show_what_the_partners_bring_beside_the_budget()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var club = await app.Arrange.PartnerAsync(project, "Idrettslaget", PartnerKind.CivilSociety);
        await app.Arrange.ContributionAsync(club, ContributionKind.Time, hours: 30m);
        await app.Arrange.ContributionAsync(club, ContributionKind.Premises, nok: 12000m);

        var (_, frames) = await browser.GetPageAsync(Samskap.Web.Features.Frames.FramesRoutes.Frames(project.Id));

        Assert.Equal("I tillegg bringer partnerne inn 30 timer og 12\u00A0000 kroner, i 2 bidrag.", frames.QuerySelector("[data-testid=partners-bring]")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task An_archived_projects_partners_can_be_read_but_not_added_to()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, archived: true);

        var (list, page) = await browser.GetPageAsync(PartnershipRoutes.Index(project.Id));
        var (form, _) = await browser.GetPageAsync(PartnershipRoutes.New(project.Id));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Null(page.QuerySelector($"a[href='{PartnershipRoutes.New(project.Id)}']"));
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
    }
}
