using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Projects;

/// <summary>People from outside the organisation, in one project: what they see, what they add, and everything else answering 404.</summary>
public sealed class ExternalPartnerTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_newcomer_who_accepts_a_project_invitation_becomes_a_partner_of_that_project_only(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner, "Møteplass på Torget");
        var partner = await app.Arrange.PartnerAsync(project, "Frivilligsentralen", PartnerKind.CivilSociety);
        var (_, token) = await app.Arrange.ProjectInvitationAsync(project, owner, partner);
        using var newcomer = Browserless.For(app);

        var (invited, page) = await newcomer.GetPageAsync(AccountRoutes.Invitation(token));
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=external-explained]"));
        var (joined, _) = await newcomer.SubmitAsync(AccountRoutes.Invitation(token), new Dictionary<string, string>
        {
            ["Input.Name"] = "Frida Frivillig",
            ["Input.Email"] = $"frida-{Guid.NewGuid():N}@example.no",
            ["Input.Password"] = SamskapFactory.TestPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(ProjectRoutes.Details(project.Id), joined.Headers.Location!.OriginalString);
        var membership = await app.WithDbAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.OrganizationId == organization.Id && m.User!.DisplayName == "Frida Frivillig"));
        Assert.Equal(OrganizationRole.ExternalPartner, membership.Role);
        var person = await app.WithDbAsync(db => db.ProjectPeople.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.UserId == membership.UserId));
        Assert.Equal((project.Id, ProjectRole.Partner, (Guid?)partner.Id), (person.ProjectId, person.Role, person.PartnerId));
        Assert.Equal(HttpStatusCode.OK, (await newcomer.Client.GetAsync(ProjectRoutes.Details(project.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.Client.GetAsync(ProjectRoutes.List)).StatusCode);
    }

    [Fact]
    public async Task An_external_partner_sees_the_project_and_its_partnership_frames_actions_and_decisions()
    {
        var (app, project, _, external, browser) = await ExternalSignedInAsync();

        foreach (var url in new[]
                 {
                     ProjectRoutes.Details(project.Id), PartnershipRoutes.Index(project.Id), FramesRoutes.Frames(project.Id),
                     ActionsRoutes.Index(project.Id), DecisionsRoutes.Index(project.Id), DecisionsRoutes.New(project.Id), ActionsRoutes.Mine,
                     ProjectRoutes.Api(project.Id), ProjectRoutes.ApiPeople(project.Id), PartnershipRoutes.ContributionsApi(project.Id), ActionsRoutes.Api(project.Id), DecisionsRoutes.Api(project.Id),
                 })
        {
            var response = await browser.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }

        var (_, mine) = await browser.GetPageAsync(ActionsRoutes.Mine);
        Assert.Contains(project.Title, mine.QuerySelector("[data-testid=my-projects]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(external);
        Assert.NotNull(app);
    }

    [Fact]
    public async Task Everything_else_of_the_organisation_answers_an_external_partner_404()
    {
        var (app, project, owner, _, browser) = await ExternalSignedInAsync();
        var otherProject = await app.Arrange.ProjectAsync(project.OrganizationId, owner, "Et annet prosjekt");

        foreach (var url in new[]
                 {
                     ProjectRoutes.List, ProjectRoutes.New, ProjectRoutes.Edit(project.Id), ProjectRoutes.People(project.Id), OrganizationRoutes.Members,
                     VeivalgRoutes.Project(project.Id), ReadinessRoutes.Project(project.Id), PartnershipRoutes.New(project.Id),
                     ProjectRoutes.Details(otherProject.Id), PartnershipRoutes.Index(otherProject.Id), ProjectRoutes.ApiList, ProjectRoutes.Api(otherProject.Id),
                 })
        {
            var response = await browser.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        var frames = await browser.Client.PutAsJsonAsync(FramesRoutes.FramesApi(project.Id), new { plannedHours = 1 });
        Assert.Equal(HttpStatusCode.NotFound, frames.StatusCode);
        var partner = await browser.Client.PostAsJsonAsync(PartnershipRoutes.PartnersApi(project.Id), new { name = "Overtatt", kind = "other" });
        Assert.Equal(HttpStatusCode.NotFound, partner.StatusCode);
    }

    [Fact]
    public async Task An_external_partner_adds_contributions_for_their_own_partner_and_for_no_other()
    {
        var (app, project, _, _, browser) = await ExternalSignedInAsync();
        var own = await app.WithDbAsync(db => db.Partners.IgnoreQueryFilters().SingleAsync(p => p.ProjectId == project.Id && p.Name == "Frivilligsentralen"));
        var other = await app.Arrange.PartnerAsync(project, "Bydelsrådet", PartnerKind.Public, contactName: "Rita Råd");

        var (added, _) = await browser.SubmitAsync(PartnershipRoutes.Partner(project.Id, own.Id), new Dictionary<string, string>
        {
            ["Contribution.Kind"] = "knowledge",
            ["Contribution.Description"] = "Vi kjenner ungdommene på Torget",
        });
        var (_, otherPage) = await browser.GetPageAsync(PartnershipRoutes.Partner(project.Id, other.Id));
        var refused = await browser.Client.PostAsJsonAsync(PartnershipRoutes.ContributionsApi(project.Id), new { partnerId = other.Id, kind = "time", description = "Overtatt", hours = 3 });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Vi kjenner ungdommene på Torget", (await app.WithDbAsync(db => db.Contributions.IgnoreQueryFilters().SingleAsync(c => c.PartnerId == own.Id))).Description);
        Assert.Null(otherPage.QuerySelector("form[action*='handler=Contribute']"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("partnerId", out _));
        Assert.False(await app.WithDbAsync(db => db.Contributions.IgnoreQueryFilters().AnyAsync(c => c.PartnerId == other.Id)));
        // Contact details were given to the organisation: an external partner sees the contact's name, not how to reach them.
        var partners = await browser.Client.GetFromJsonAsync<JsonElement>(PartnershipRoutes.PartnersApi(project.Id));
        var council = partners.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Bydelsrådet");
        Assert.Equal("Rita Råd", council.GetProperty("contactName").GetString());
        Assert.Equal(JsonValueKind.Null, council.GetProperty("keepBasis").ValueKind);
    }

    [Fact]
    public async Task An_external_partner_takes_on_an_action_and_marks_it_done_but_cannot_change_others_actions()
    {
        var (app, project, owner, external, browser) = await ExternalSignedInAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var open = await app.Arrange.PointActionAsync(project, owner, "trust.relations", "Inviter til felles middag", now, new DateOnly(2027, 3, 1));
        var leaders = await app.Arrange.PointActionAsync(project, owner, "frames.time", "Sett av tid i budsjettet", now, new DateOnly(2027, 3, 1));

        // Before taking it, the only form naming this action is its take button; after, the only "done" button is on it.
        var (taken, _) = await browser.SubmitAsync(ActionsRoutes.Index(project.Id), [], action: open.Id.ToString());
        var (done, _) = await browser.SubmitAsync(ActionsRoutes.Index(project.Id), [], action: "status=done");
        var token = await browser.AntiforgeryTokenAsync();
        var (notTheirs, _) = await browser.PostAsync($"{ActionsRoutes.Index(project.Id)}?handler=Status&actionId={leaders.Id}&status=done", [], token);
        var apiNotTheirs = await browser.Client.PutAsJsonAsync(ActionsRoutes.Api(project.Id, leaders.Id), new { title = "Endret", ownerId = owner.Id, due = "2027-03-01", status = "done" });

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stored = await app.WithDbAsync(db => db.ProjectActions.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == open.Id));
        Assert.Equal((external.Id, ActionStatus.Done), (stored.OwnerUserId, stored.Status));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiNotTheirs.StatusCode);
        var untouched = await app.WithDbAsync(db => db.ProjectActions.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == leaders.Id));
        Assert.Equal((owner.Id, ActionStatus.Open, "Sett av tid i budsjettet"), (untouched.OwnerUserId, untouched.Status, untouched.Title));
    }

    [Fact]
    public async Task An_external_partner_adds_to_the_decision_log()
    {
        var (app, project, _, external, browser) = await ExternalSignedInAsync();

        var response = await browser.Client.PostAsJsonAsync(DecisionsRoutes.Api(project.Id), new
        {
            title = "Vi starter med en kveld i uka",
            decidedOn = "2026-12-01",
            participantIds = new[] { external.Id },
            basedOnText = "Det ungdommene sa på første møte",
            citizenKnowledgeChanged = "yes",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Decisions.IgnoreQueryFilters().AnyAsync(d => d.ProjectId == project.Id && d.Title == "Vi starter med en kveld i uka")));
    }

    [Fact]
    public async Task An_external_partner_answers_the_readiness_round_of_their_project_through_its_link()
    {
        var (app, project, owner, _, browser) = await ExternalSignedInAsync();
        var round = await app.Arrange.ReadinessRoundAsync(project, owner);

        var (opened, _) = await browser.GetPageAsync(ReadinessRoutes.Answer(round.InvitationToken));
        var (saved, _) = await browser.SubmitAsync(ReadinessRoutes.AnswerStep(round.InvitationToken, ReadinessStatements.Steps[0]),
            ReadinessStatements.InStep(ReadinessStatements.Steps[0]).ToDictionary(s => s.Id, _ => "4"));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReadinessResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
    }

    [Fact]
    public async Task Signing_in_takes_an_external_partner_to_their_project()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner);
        var external = await app.Arrange.ExternalPartnerAsync(project);
        using var browser = Browserless.For(app);

        var (signedIn, _) = await browser.SubmitAsync(AccountRoutes.SignIn, new Dictionary<string, string>
        {
            ["Input.Email"] = external.Email!,
            ["Input.Password"] = SamskapFactory.TestPassword,
        });

        Assert.Equal(ProjectRoutes.Details(project.Id), signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_member_added_as_viewer_reads_the_project_but_changes_nothing()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner);
        var viewer = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, viewer, ProjectRole.Viewer);
        using var browser = Browserless.For(app);
        await browser.SignInAsync(viewer.Email!);

        var (_, overview) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        var refused = await browser.Client.PostAsJsonAsync(ActionsRoutes.Api(project.Id), new { title = "Ny", ownerId = owner.Id, due = "2027-01-01" });

        Assert.Null(overview.QuerySelector($"a[href='{ProjectRoutes.Edit(project.Id)}']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>A project with a partner, and an external partner of it (for that partner), signed in.</summary>
    private async Task<(SamskapFactory App, Samskap.Web.Features.Projects.Project Project, AppUser Owner, AppUser External, Browserless Browser)> ExternalSignedInAsync()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner, "Møteplass på Torget");
        var partner = await app.Arrange.PartnerAsync(project, "Frivilligsentralen", PartnerKind.CivilSociety);
        var external = await app.Arrange.ExternalPartnerAsync(project, partner, "Frida Frivillig");
        var browser = Browserless.For(app);
        await browser.SignInAsync(external.Email!);
        return (app, project, owner, external, browser);
    }
}
