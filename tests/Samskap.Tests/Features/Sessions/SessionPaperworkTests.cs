using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Sessions;

/// <summary>What a session needs besides its agenda: the script, a copy, and the invitation.</summary>
public sealed class SessionPaperworkTests(Apps apps)
{
    [Fact]
    public async Task The_script_holds_the_agenda_with_clock_times_method_steps_materials_roles_venue_and_who_is_expected()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var venue = await app.Arrange.CheckedVenueAsync(organization.Id);
        var session = await app.Arrange.SessionAsync(project, venueId: venue.Id, expected: new() { ["citizen"] = 12 }, blocks: [("Check-in", 15, false, true)]);
        await app.WithDbAsync(async db =>
        {
            var block = await db.AgendaBlocks.IgnoreQueryFilters().SingleAsync(b => b.SessionId == session.Id);
            block.MethodId = "check-in-round";
            block.Materials = "Name tags\nPens";
            block.LeadUserId = admin.Id;
            return await db.SaveChangesAsync();
        });

        var (response, page) = await browser.GetPageAsync(SessionsRoutes.Script(project.Id, session.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var block = page.QuerySelector("[data-testid=script-block]")!;
        Assert.Contains("17:00–17:15", block.TextContent, StringComparison.Ordinal);
        Assert.Equal(MethodLibrary.Find("check-in-round")!.In("en").Steps.Count, block.QuerySelectorAll(".script-block__steps li").Length);
        Assert.Equal(["☐ Name tags", "☐ Pens"], page.QuerySelectorAll("[data-testid=script-materials] li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Check-in", page.QuerySelector("[data-testid=script-roles]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.QuerySelectorAll("[data-testid=script-venue] li").Length);
        Assert.Contains("12", page.QuerySelector("[data-testid=script-expected]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_is_copied_with_its_agenda_to_another_project_leaving_out_people_not_in_it()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var target = await app.Arrange.ProjectAsync(organization.Id, admin, title: "Målprosjekt");
        var helper = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, helper, ProjectRole.Facilitator);
        var session = await app.Arrange.SessionAsync(project, title: "Original", blocks: [("A", 15, false, true), ("B", 30, true, false)]);
        await app.WithDbAsync(async db =>
        {
            var s = await db.Sessions.IgnoreQueryFilters().SingleAsync(x => x.Id == session.Id);
            (s.FacilitatorUserId, s.HostUserId, s.Invitation) = (admin.Id, helper.Id, "Kom!");
            return await db.SaveChangesAsync();
        });

        var (response, _) = await browser.SubmitAsync(SessionsRoutes.Copy(project.Id, session.Id), new() { ["Date"] = "2027-09-01", ["TargetProjectId"] = target.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.ProjectId == target.Id));
        var blocks = await app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().Where(b => b.SessionId == copy.Id).OrderBy(b => b.Position).ToListAsync());
        Assert.Equal(("Original", new DateOnly(2027, 9, 1), SessionStatus.Planned), (copy.Title, copy.Date, copy.Status));
        Assert.Equal(admin.Id, copy.FacilitatorUserId);
        Assert.Null(copy.HostUserId);
        Assert.Null(copy.Invitation);
        Assert.Equal(["A", "B"], blocks.Select(b => b.Title));
        Assert.True(blocks[1].IsBreak);
        Assert.Equal(target.Id, blocks[0].ProjectId);
    }

    [Fact]
    public async Task A_session_cannot_be_copied_into_another_organisations_project()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (otherAdmin, other) = await app.Arrange.OrganizationAsync();
        var theirs = await app.Arrange.ProjectAsync(other.Id, otherAdmin);
        var session = await app.Arrange.SessionAsync(project);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.Copy(project.Id, session.Id), new() { ["Date"] = "2027-09-01", ["TargetProjectId"] = theirs.Id.ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choose a project you can plan in.", page.QuerySelector("#target-error")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().CountAsync(s => s.ProjectId == theirs.Id)));
    }

    [Fact]
    public async Task The_invitation_draft_says_what_why_when_where_how_accessible_and_what_can_be_influenced_in_nynorsk()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("nn");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.ScopeItemAsync(project, open: true, text: "Kva møteplassen skal innehalde");
        await app.Arrange.ScopeItemAsync(project, open: false, text: "Staden er bestemt");
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation);
        var venue = await app.Arrange.VenueAsync(organization.Id, name: "Biblioteket", checklist: new() { ["stepFree"] = true, ["hearingLoop"] = true, ["foodAllowed"] = false });
        var session = await app.Arrange.SessionAsync(project, new DateOnly(2027, 3, 10), title: "Verkstad om møteplassar", venueId: venue.Id);

        var (_, page) = await browser.GetPageAsync(SessionsRoutes.InvitationIn(project.Id, session.Id, "nn"));
        var text = page.QuerySelector("#Text")!.TextContent;

        Assert.NotNull(page.QuerySelector("[data-testid=invitation-draft]"));
        Assert.Contains("Velkomen til Verkstad om møteplassar!", text, StringComparison.Ordinal);
        Assert.Contains("Vi vil gjerne ha deg med. Høre hva innbyggerne mener", text, StringComparison.Ordinal);
        Assert.Contains("10. mars 2027, kl. 17.00 til 20.00", text, StringComparison.Ordinal);
        Assert.Contains("Kvar: Biblioteket, Storgata 1.", text, StringComparison.Ordinal);
        Assert.Contains("Lokalet har trinnfri tilkomst, teleslynge.", text, StringComparison.Ordinal);
        Assert.Contains("– Kva møteplassen skal innehalde", text, StringComparison.Ordinal);
        Assert.Contains("Dette ligg fast:\n– Staden er bestemt", text, StringComparison.Ordinal);
        Assert.Contains(new Samskap.Web.Infrastructure.Email.EmailTexts<VeivalgText>("nn")["Promise.CoCreation"], text, StringComparison.Ordinal);
        Assert.Equal("nn", page.QuerySelector("[data-klarsprak-inline]")!.GetAttribute("data-language"));
    }

    [Fact]
    public async Task The_invitation_is_saved_and_sent_to_the_chosen_partners_contacts()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, smtp: smtp);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var chosen = await app.Arrange.AddAsync(new Partner { OrganizationId = organization.Id, ProjectId = project.Id, Name = "Frivilligsentralen", Kind = PartnerKind.CivilSociety, ContactEmail = "kari@frivillig.test", ContactName = "Kari" });
        await app.Arrange.AddAsync(new Partner { OrganizationId = organization.Id, ProjectId = project.Id, Name = "Skolen", Kind = PartnerKind.Public, ContactEmail = "ola@skole.test" });
        var session = await app.Arrange.SessionAsync(project, title: "Verksted");

        var form = await browser.FormAsync(SessionsRoutes.Invitation(project.Id, session.Id), action: "/invitation");
        // The send button posts the same form to its own handler (formaction).
        var (response, page) = await browser.PostAsync(SessionsRoutes.SendInvitation(project.Id, session.Id), new()
        {
            ["Language"] = "nb", ["Text"] = "Velkommen til verksted.\n\nVi møtes på biblioteket.", ["PartnerIds"] = chosen.Id.ToString(),
        }, form.Hidden["__RequestVerificationToken"]);
        var message = await smtp.WaitForMessageToAsync("kari@frivillig.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sent to 1 of 1", page.QuerySelector("[data-testid=invitation-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invitasjon: Verksted", message.Subject);
        Assert.Contains("Vi møtes på biblioteket.", message.TextBody, StringComparison.Ordinal);
        Assert.Single(smtp.Received);
        var stored = await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(("nb", "Velkommen til verksted.\n\nVi møtes på biblioteket."), (stored.InvitationLanguage, stored.Invitation));
    }

    [Fact]
    public async Task An_empty_invitation_is_refused_and_without_e_mail_it_is_offered_to_copy()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.Invitation(project.Id, session.Id), new() { ["Language"] = "nb", ["Text"] = " " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Write the invitation.", page.QuerySelector("#text-error")!.TextContent.Trim());
        Assert.Contains("E-mail is not set up", page.QuerySelector("#send-hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-copy-target=Text]"));
    }
}
