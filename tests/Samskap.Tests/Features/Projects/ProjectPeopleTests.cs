using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Projects;

/// <summary>The project's people page: colleagues with project roles, and invitations for external partners.</summary>
public sealed class ProjectPeopleTests(Apps apps)
{
    [Fact]
    public async Task A_leader_adds_a_colleague_with_a_role_once_however_often_the_form_is_sent_and_changes_the_role()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var colleague = await app.Arrange.MemberAsync(organization.Id, displayName: "Kari Kollega");

        var form = await browser.FormAsync(ProjectRoutes.People(project.Id), action: "handler=Add");
        var fields = new Dictionary<string, string> { ["Add.UserId"] = colleague.Id, ["Add.Role"] = "facilitator" };
        var (first, _) = await form.PostAsync(fields);
        var (second, _) = await form.PostAsync(fields);
        var person = await app.WithDbAsync(db => db.ProjectPeople.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.ProjectId == project.Id));
        var (changed, _) = await browser.SubmitAsync(ProjectRoutes.People(project.Id), new Dictionary<string, string> { ["role"] = "viewer" }, action: person.Id.ToString());
        var (_, page) = await browser.GetPageAsync(ProjectRoutes.People(project.Id));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode, changed.StatusCode));
        Assert.Equal(ProjectRole.Viewer, (await app.WithDbAsync(db => db.ProjectPeople.IgnoreQueryFilters().SingleAsync(p => p.ProjectId == project.Id))).Role);
        Assert.Contains("leser", page.QuerySelector("[data-person='Kari Kollega']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_who_is_not_its_leader_sees_the_people_but_cannot_change_them()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner);
        var member = await app.Arrange.MemberAsync(organization.Id);
        using var browser = Browserless.For(app);
        await browser.SignInAsync(member.Email!);
        var token = await browser.AntiforgeryTokenAsync();

        var (page, document) = await browser.GetPageAsync(ProjectRoutes.People(project.Id));
        var (refused, _) = await browser.PostAsync($"{ProjectRoutes.People(project.Id)}?handler=Invite", new Dictionary<string, string> { ["Invite.Note"] = "Noen" }, token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(document.QuerySelectorAll("form[action*='handler=Invite']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.ProjectId == project.Id)));
    }

    [Fact]
    public async Task An_invitation_for_an_external_partner_is_stored_as_a_hash_shown_once_and_made_once_on_a_double_click()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Velforeningen", PartnerKind.CivilSociety);

        var form = await browser.FormAsync(ProjectRoutes.People(project.Id), action: "handler=Invite");
        var fields = new Dictionary<string, string> { ["Invite.Note"] = "Vera fra velforeningen", ["Invite.PartnerId"] = partner.Id.ToString() };
        await form.PostAsync(fields);
        await form.PostAsync(fields);
        var (_, shown) = await browser.GetPageAsync(ProjectRoutes.People(project.Id));
        var (_, again) = await browser.GetPageAsync(ProjectRoutes.People(project.Id));

        var invitation = await app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.ProjectId == project.Id));
        Assert.Equal((OrganizationRole.ExternalPartner, (Guid?)partner.Id), (invitation.Role, invitation.PartnerId));
        var link = shown.QuerySelector("#invitation-link")!.TextContent.Trim();
        Assert.DoesNotContain(invitation.TokenHash, link, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(AccountRoutes.Invitation(""), link, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#invitation-link"));
        Assert.Contains("Vera fra velforeningen", again.QuerySelector("[data-testid=open-invitations]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_without_a_note_or_with_another_projects_partner_is_refused_naming_the_field()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var elsewhere = await app.Arrange.PartnerAsync(await app.Arrange.ProjectAsync(organization.Id, admin));

        var (refused, page) = await browser.SubmitAsync(ProjectRoutes.People(project.Id), new Dictionary<string, string> { ["Invite.Note"] = " ", ["Invite.PartnerId"] = elsewhere.Id.ToString() }, action: "handler=Invite");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var summary = page.QuerySelector(".ds-error-summary")!.TextContent;
        Assert.Contains("Skriv hvem invitasjonen er til", summary, StringComparison.Ordinal);
        Assert.Contains("Velg en av prosjektets partnere", summary, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_revoked_project_invitation_no_longer_opens()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (invitation, token) = await app.Arrange.ProjectInvitationAsync(project, admin);

        var (revoked, _) = await browser.SubmitAsync(ProjectRoutes.People(project.Id), [], action: invitation.Id.ToString());
        using var newcomer = Browserless.For(app);
        var opened = await newcomer.Client.GetAsync(AccountRoutes.Invitation(token));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
    }
}
