using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Decisions;

/// <summary>The decision log through the pages and the API: append-only, with what each decision built on.</summary>
public sealed class DecisionLogTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_leader_records_a_decision_that_built_on_a_citizen_partners_contribution(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var youth = await app.Arrange.PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        var told = await app.Arrange.ContributionAsync(youth, description: "Unge vil ikke møtes på skolen");

        var (recorded, _) = await browser.SubmitAsync(DecisionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Møteplassen legges til biblioteket",
            ["Input.DecidedOn"] = "2026-11-25",
            ["Input.PartnerIds"] = youth.Id.ToString(),
            ["Input.ContributionIds"] = told.Id.ToString(),
            ["Input.ParticipantIds"] = admin.Id,
            ["Input.CitizenKnowledgeChanged"] = "yes",
            ["Input.CitizenKnowledgeNote"] = "Vi hadde tenkt skolen.",
        });
        var (_, log) = await browser.GetPageAsync(DecisionsRoutes.Index(project.Id));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var entry = log.QuerySelector("[data-decision]")!;
        Assert.Equal("yes", entry.GetAttribute("data-knowledge-changed"));
        Assert.Contains("Ungdomsrådet", entry.QuerySelector("[data-testid=built-on-partners]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unge vil ikke møtes på skolen (Ungdomsrådet)", entry.QuerySelector("[data-testid=built-on-contributions]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_is_a_new_entry_and_both_stay_in_the_log()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (first, body) = await PostAsync(browser, project.Id, new { title = "Samlingene holdes på dagtid", decidedOn = "2026-11-20", citizenKnowledgeChanged = "no" });
        var firstId = body.GetProperty("id").GetGuid();

        var (correction, _) = await browser.SubmitAsync(DecisionsRoutes.Correct(project.Id, firstId), new Dictionary<string, string>
        {
            ["Input.Title"] = "Samlingene holdes på kveldstid",
            ["Input.DecidedOn"] = "2026-11-27",
            ["Input.CitizenKnowledgeChanged"] = "yes",
        });
        var (_, log) = await browser.GetPageAsync(DecisionsRoutes.Index(project.Id));

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        Assert.Equal(2, log.QuerySelectorAll("[data-decision]").Length);
        Assert.NotNull(log.QuerySelector($"[data-decision='{firstId}'] [data-testid=corrected-by]"));
        Assert.Contains("Samlingene holdes på dagtid", log.QuerySelector("[data-testid=corrects]")!.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Decisions.IgnoreQueryFilters().Where(d => d.ProjectId == project.Id).ToListAsync());
        Assert.Equal(firstId, Assert.Single(stored, d => d.CorrectsId is not null).CorrectsId);
    }

    [Fact]
    public async Task A_decision_cannot_be_edited_or_deleted_through_the_api()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (_, body) = await PostAsync(browser, project.Id, new { title = "Vi starter i januar", decidedOn = "2026-11-20", citizenKnowledgeChanged = "unclear" });
        var url = DecisionsRoutes.Api(project.Id, body.GetProperty("id").GetGuid());

        using var put = await browser.Client.PutAsync(url, JsonContent.Create(new { title = "Endret" }));
        using var delete = await browser.Client.DeleteAsync(url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal("Vi starter i januar", (await app.WithDbAsync(db => db.Decisions.IgnoreQueryFilters().SingleAsync(d => d.ProjectId == project.Id))).Title);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_partner_of_another_project_cannot_be_cited(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var others = await app.Arrange.PartnerAsync(await app.Arrange.ProjectAsync(organization.Id, admin));

        var (status, problem) = await PostAsync(browser, project.Id, new { title = "Lånt kunnskap", decidedOn = "2026-11-20", citizenKnowledgeChanged = "yes", partnerIds = new[] { others.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("partnerIds", out _));
    }

    [Fact]
    public async Task A_partner_or_contribution_a_decision_cites_cannot_be_removed()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Frivilligsentralen", PartnerKind.CivilSociety);
        var contribution = await app.Arrange.ContributionAsync(partner);
        await PostAsync(browser, project.Id, new { title = "Bygger på sentralen", decidedOn = "2026-11-20", citizenKnowledgeChanged = "yes", partnerIds = new[] { partner.Id }, contributionIds = new[] { contribution.Id } });

        using var contributionDelete = await browser.Client.DeleteAsync(PartnershipRoutes.ContributionApi(project.Id, contribution.Id));

        Assert.Equal(HttpStatusCode.Conflict, contributionDelete.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Contributions.IgnoreQueryFilters().AnyAsync(c => c.Id == contribution.Id)));
    }

    [Fact]
    public async Task The_veivalg_decisions_appear_in_the_same_log_and_the_project_api_lists_every_decision()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation);
        await PostAsync(browser, project.Id, new { title = "Vi samskaper med ungdomsrådet", decidedOn = "2026-11-20", citizenKnowledgeChanged = "unclear" });

        var (_, log) = await browser.GetPageAsync(DecisionsRoutes.Index(project.Id));
        using var project_ = JsonDocument.Parse(await browser.Client.GetStringAsync(ProjectRoutes.Api(project.Id)));

        Assert.NotNull(log.QuerySelector("[data-approach-decision]"));
        var kinds = project_.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["decision", "approach"], kinds);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_leader_records_a_decision_that_built_on_an_idea_a_citizen_gave_in_a_live_session(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Kveldsmøte om turstien");
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var ideas = await app.Arrange.LiveActivityAsync(session, ActivityKind.Ideas);
        var (citizen, _) = await app.Arrange.ParticipantAsync(room, kind: "citizen");
        var idea = await app.Arrange.IdeaAsync(ideas, citizen, "Lys langs hele turstien");
        var held = await app.Arrange.IdeaAsync(ideas, citizen, "Ring meg på 912 34 567", held: true);

        var (_, form) = await browser.GetPageAsync(DecisionsRoutes.New(project.Id));
        var (recorded, _) = await browser.SubmitAsync(DecisionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Turstien får lys",
            ["Input.DecidedOn"] = "2026-11-25",
            ["Input.LiveContributionIds"] = idea.Id.ToString(),
            ["Input.CitizenKnowledgeChanged"] = "yes",
        });
        var (_, log) = await browser.GetPageAsync(DecisionsRoutes.Index(project.Id));
        var (status, api) = await GetAsync(browser, project.Id);

        Assert.NotNull(form.QuerySelector($"input[name='Input.LiveContributionIds'][value='{idea.Id}']"));
        Assert.Null(form.QuerySelector($"input[name='Input.LiveContributionIds'][value='{held.Id}']"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var cited = log.QuerySelector("[data-decision] [data-testid=built-on-live]")!.TextContent;
        Assert.Contains("«Lys langs hele turstien» – Innbygger, Kveldsmøte om turstien", cited, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(idea.Id, api[0].GetProperty("liveContributionIds")[0].GetGuid());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_idea_of_another_projects_session_or_one_held_back_cannot_be_cited(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var (citizen, _) = await app.Arrange.ParticipantAsync(room);
        var held = await app.Arrange.IdeaAsync(await app.Arrange.LiveActivityAsync(session, ActivityKind.Ideas), citizen, "Min e-post er ola@example.org", held: true);
        var other = await app.Arrange.SessionAsync(await app.Arrange.ProjectAsync(organization.Id, admin));
        var (otherRoom, _) = await app.Arrange.LiveAsync(other, admin);
        var (otherCitizen, _) = await app.Arrange.ParticipantAsync(otherRoom);
        var elsewhere = await app.Arrange.IdeaAsync(await app.Arrange.LiveActivityAsync(other, ActivityKind.Ideas), otherCitizen);

        foreach (var id in new[] { elsewhere.Id, held.Id })
        {
            var (status, problem) = await PostAsync(browser, project.Id, new { title = "Lånt idé", decidedOn = "2026-11-20", citizenKnowledgeChanged = "yes", liveContributionIds = new[] { id } });

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("Innspill fra samlinger", problem.GetProperty("errors").GetProperty("liveContributionIds")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Decisions.IgnoreQueryFilters().CountAsync(d => d.ProjectId == project.Id)));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(Browserless browser, Guid projectId)
    {
        using var response = await browser.Client.GetAsync(DecisionsRoutes.Api(projectId));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(Browserless browser, Guid projectId, object body)
    {
        using var response = await browser.Client.PostAsync(DecisionsRoutes.Api(projectId), JsonContent.Create(body));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
