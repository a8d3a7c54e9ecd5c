using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Evaluation;

/// <summary>GET /api/v1/projects/{id}/evaluation: the contract's shape, the group-size rule on every figure, the gaps and the provenance.</summary>
public sealed class EvaluationApiTests(Apps apps)
{
    private static readonly Dictionary<string, int?> _trustFive = new() { ["trust-held"] = 5, ["understandable-language"] = 4 };
    private static readonly Dictionary<string, int?> _trustThree = new() { ["trust-held"] = 3, ["understandable-language"] = 4 };

    /// <summary>A project with two sessions' pulse, a round where leaders and participants disagree on trust, partners' contributions, an idea and four decisions (one corrected).</summary>
    private static async Task<(Project Project, Session Busy, Session Quiet, EvaluationRound Round)> WorldAsync(SamskapFactory app, AppUser admin, Guid organizationId)
    {
        var project = await app.Arrange.ProjectAsync(organizationId, admin);
        var busy = await app.Arrange.SessionAsync(project, new DateOnly(2027, 3, 10), title: "Første verksted", phase: "exploration");
        var quiet = await app.Arrange.SessionAsync(project, new DateOnly(2027, 4, 10), title: "Andre verksted", phase: "ideation");
        var (busyRoom, _) = await app.Arrange.LiveAsync(busy, admin);
        var busyPulse = await app.Arrange.LiveActivityAsync(busy, ActivityKind.Pulse);
        var ideas = await app.Arrange.LiveActivityAsync(busy, ActivityKind.Ideas);
        LiveContribution? idea = null;
        for (var i = 0; i < 6; i++)
        {
            // Five citizens and one from the public sector: the one is hidden, and the five with it, or it would follow by subtraction.
            var (phone, _) = await app.Arrange.ParticipantAsync(busyRoom, kind: i < 5 ? "citizen" : "public");
            await app.Arrange.PulseAnswerAsync(busyPulse, phone, new() { [PulseStatements.SafeToDisagree] = i < 3 ? 4 : 5 });
            if (i == 0)
            {
                idea = await app.Arrange.IdeaAsync(ideas, phone, "Benker langs elva");
            }
        }

        var (quietRoom, _) = await app.Arrange.LiveAsync(quiet, admin);
        var quietPulse = await app.Arrange.LiveActivityAsync(quiet, ActivityKind.Pulse);
        for (var i = 0; i < 3; i++)
        {
            var (phone, _) = await app.Arrange.ParticipantAsync(quietRoom);
            await app.Arrange.PulseAnswerAsync(quietPulse, phone, new() { [PulseStatements.SafeToDisagree] = 2 });
        }

        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        await app.Arrange.EvaluationResponsesAsync(round, EvaluationGroup.Leaders, 5, _trustFive);
        await app.Arrange.EvaluationResponsesAsync(round, EvaluationGroup.Participants, 5, _trustThree);
        await app.Arrange.EvaluationResponsesAsync(round, EvaluationGroup.Partners, 2, _trustThree);

        var youth = await app.Arrange.PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        var health = await app.Arrange.PartnerAsync(project, "Helsestasjonen", PartnerKind.Public);
        var told = await app.Arrange.ContributionAsync(youth, description: "Unge vil ikke møtes på skolen");
        var rooms = await app.Arrange.ContributionAsync(health, ContributionKind.Premises, description: "Møterom");
        await app.Arrange.DecisionAsync(project, admin, "Møteplassen legges til biblioteket", KnowledgeChanged.Yes, "Vi hadde tenkt skolen.", contributions: [told]);
        await app.Arrange.DecisionAsync(project, admin, "Vi bruker helsestasjonens rom", contributions: [rooms]);
        var wrong = await app.Arrange.DecisionAsync(project, admin, "Benker ved skolen");
        await app.Arrange.DecisionAsync(project, admin, "Benker langs elva", KnowledgeChanged.Yes, "Innbyggerne kjente stien.", ideas: [idea!], corrects: wrong);
        return (project, busy, quiet, round);
    }

    private static JsonElement Statement(JsonElement statements, string id, string idField = "id") =>
        statements.EnumerateArray().Single(s => s.GetProperty(idField).GetString() == id);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_evaluation_gives_every_figure_under_the_group_size_rule_with_the_gaps_and_the_provenance(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var (project, busy, quiet, round) = await WorldAsync(app, admin, organization.Id);

        var response = await browser.Client.GetAsync(EvaluationRoutes.Api(project.Id));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pulse = body.GetProperty("pulse");
        Assert.Equal([busy.Id, quiet.Id], pulse.EnumerateArray().Select(p => p.GetProperty("sessionId").GetGuid()));
        var safe = Statement(pulse[0].GetProperty("statements"), PulseStatements.SafeToDisagree);
        Assert.Equal((6, 4.5, 0), (safe.GetProperty("n").GetInt32(), safe.GetProperty("mean").GetDouble(), safe.GetProperty("needed").GetInt32()));
        var byKind = pulse[0].GetProperty("byKind");
        var citizens = Statement(byKind.GetProperty("citizen"), PulseStatements.SafeToDisagree);
        var publicSector = Statement(byKind.GetProperty("public"), PulseStatements.SafeToDisagree);
        Assert.Equal(JsonValueKind.Null, publicSector.GetProperty("mean").ValueKind);
        Assert.Equal(4, publicSector.GetProperty("needed").GetInt32());
        Assert.Equal(JsonValueKind.Null, citizens.GetProperty("mean").ValueKind);
        Assert.True(citizens.GetProperty("needed").GetInt32() > 0);
        var unanswered = Statement(pulse[0].GetProperty("statements"), PulseStatements.KnowWhatHappens);
        Assert.Equal((0, JsonValueKind.Null, 5), (unanswered.GetProperty("n").GetInt32(), unanswered.GetProperty("mean").ValueKind, unanswered.GetProperty("needed").GetInt32()));
        var quietSafe = Statement(pulse[1].GetProperty("statements"), PulseStatements.SafeToDisagree);
        Assert.Equal((3, JsonValueKind.Null, 2), (quietSafe.GetProperty("n").GetInt32(), quietSafe.GetProperty("mean").ValueKind, quietSafe.GetProperty("needed").GetInt32()));

        var roundJson = Assert.Single(body.GetProperty("rounds").EnumerateArray());
        Assert.Equal(round.Id, roundJson.GetProperty("id").GetGuid());
        var groups = roundJson.GetProperty("groups");
        Assert.Equal(["leaders", "partners", "participants"], groups.EnumerateObject().Select(g => g.Name));
        Assert.Equal(5.0, Statement(groups.GetProperty("leaders"), "trust-held", "statementId").GetProperty("mean").GetDouble());
        Assert.Equal(3.0, Statement(groups.GetProperty("participants"), "trust-held", "statementId").GetProperty("mean").GetDouble());
        var partners = Statement(groups.GetProperty("partners"), "trust-held", "statementId");
        Assert.Equal((2, JsonValueKind.Null, 3), (partners.GetProperty("n").GetInt32(), partners.GetProperty("mean").ValueKind, partners.GetProperty("needed").GetInt32()));
        var gap = Assert.Single(roundJson.GetProperty("gaps").EnumerateArray());
        Assert.Equal("trust-held", gap.GetProperty("statementId").GetString());
        Assert.Equal(["leaders", "participants"], gap.GetProperty("between").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(2.0, gap.GetProperty("difference").GetDouble());

        var provenance = body.GetProperty("provenance");
        Assert.Equal(2, provenance.GetProperty("contributionsByKind").GetProperty("citizen").GetInt32());
        Assert.Equal(1, provenance.GetProperty("contributionsByKind").GetProperty("public").GetInt32());
        Assert.Equal(2, provenance.GetProperty("contributionsByPhase").GetProperty(ProjectEvaluation.NoPhase).GetInt32());
        Assert.Equal(1, provenance.GetProperty("contributionsByPhase").GetProperty("exploration").GetInt32());
        Assert.Equal(3, provenance.GetProperty("decisions").GetInt32());
        Assert.Equal(2, provenance.GetProperty("decisionsBuiltOnCitizens").GetInt32());
    }

    [Fact]
    public async Task A_partner_of_the_project_reads_the_evaluation_and_a_viewer_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.ExternalPartnerAsync(project);
        var viewer = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, viewer, ProjectRole.Viewer);
        using var partnerBrowser = Browserless.For(app, "en");
        await partnerBrowser.SignInAsync(partner.Email!);
        using var viewerBrowser = Browserless.For(app, "en");
        await viewerBrowser.SignInAsync(viewer.Email!);

        var read = await partnerBrowser.Client.GetAsync(EvaluationRoutes.Api(project.Id));
        var refused = await viewerBrowser.Client.GetAsync(EvaluationRoutes.Api(project.Id));
        var page = await viewerBrowser.Client.GetAsync(EvaluationRoutes.Project(project.Id));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("leaders, facilitators and partners", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task A_personal_access_token_reads_the_evaluation()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.EvaluationRoundAsync(project, admin);
        var (_, token) = await app.Arrange.AccessTokenAsync(admin, organization.Id);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync(EvaluationRoutes.Api(project.Id));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("rounds").GetArrayLength());
        Assert.Equal(0, body.GetProperty("provenance").GetProperty("decisions").GetInt32());
    }
}
