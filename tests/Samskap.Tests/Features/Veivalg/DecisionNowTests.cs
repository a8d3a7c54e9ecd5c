using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Veivalg;

/// <summary>A saved decision stays as it was; beside it, the page says what holds now.</summary>
public sealed class DecisionNowTests(Apps apps)
{
    private static readonly Dictionary<string, string> _coCreation = new()
    {
        [ApproachRules.KnowledgeExists] = "no",
        [ApproachRules.NewKnowledgeNeeded] = "yes",
        [ApproachRules.OthersHoldKnowledge] = "yes",
        [ApproachRules.ExpertOrRegulated] = "no",
        [ApproachRules.Mandate] = "yes",
        [ApproachRules.OpenOutcomeAccepted] = "yes",
        [ApproachRules.ResourcesSecured] = "yes",
    };

    [Fact]
    public void A_ready_co_creation_decision_is_overtaken_when_the_latest_round_finds_a_red_prerequisite()
    {
        var overtaken = DecisionNow.Check(Approach.CoCreation, ApproachStatus.Ready, _coCreation, 2, ["frames"]);

        Assert.NotNull(overtaken);
        Assert.Equal(2, overtaken.RoundNumber);
        Assert.Equal(["frames"], overtaken.RedPrerequisites);
        Assert.Contains("resourcesSecured=yes", overtaken.AnswersQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_round_with_a_result_or_without_anything_red_the_decision_still_holds()
    {
        Assert.Null(DecisionNow.Check(Approach.CoCreation, ApproachStatus.Ready, _coCreation, null, []));
        Assert.Null(DecisionNow.Check(Approach.CoCreation, ApproachStatus.Ready, _coCreation, 1, []));
    }

    [Fact]
    public void A_decision_already_saved_as_not_ready_or_for_another_approach_is_not_overtaken()
    {
        Assert.Null(DecisionNow.Check(Approach.CoCreation, ApproachStatus.NotReady, _coCreation, 1, ["trust"]));
        Assert.Null(DecisionNow.Check(Approach.LiteratureStudy, ApproachStatus.Ready, new Dictionary<string, string> { [ApproachRules.KnowledgeExists] = "yes" }, 1, ["trust"]));
    }

    [Theory]
    [InlineData("nb", "Nå: Ikke klar", "Vurder veivalget på nytt", "«Tilstrekkelige rammer»")]
    [InlineData("nn", "No: Ikkje klar", "Vurder vegvalet på nytt", "«")]
    [InlineData("en", "Now: Not ready", "Reconsider the approach", "“")]
    public async Task The_project_and_veivalg_pages_show_what_holds_now_beside_the_saved_decision(string culture, string heading, string reconsider, string quoted)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync(culture);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation, ApproachStatus.Ready, answers: _coCreation);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var member = await app.Arrange.MemberAsync(organization.Id);
            await app.Arrange.ReadinessResponseAsync(round, member, ReadinessStatements.All.ToDictionary(s => s.Id, s => (int?)(s.PointId.StartsWith("frames.", StringComparison.Ordinal) ? 1 : 5)));
        }

        foreach (var url in new[] { ProjectRoutes.Details(project.Id), VeivalgRoutes.Project(project.Id) })
        {
            var (response, page) = await browser.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var notice = page.QuerySelector("[data-testid=overtaken]")!;
            Assert.Contains(heading, notice.TextContent, StringComparison.Ordinal);
            Assert.Contains(quoted, notice.TextContent, StringComparison.Ordinal);
            var link = notice.QuerySelectorAll("a").Single(a => a.TextContent == reconsider);
            Assert.StartsWith(VeivalgRoutes.Questions(project.Id), link.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_saving_co_creation_the_main_button_is_the_next_step_not_veivalg_again()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.ApproachDecisionAsync(project, admin, Approach.CoCreation, ApproachStatus.Ready, answers: _coCreation);

        var (_, page) = await browser.GetPageAsync(VeivalgRoutes.Saved(project.Id));

        var primary = page.QuerySelector(".button-row [data-variant=primary]")!;
        Assert.Equal("Start vurderingen av forutsetninger", primary.TextContent);
        Assert.Equal(ReadinessRoutes.Project(project.Id), primary.GetAttribute("href"));
        Assert.Equal("Ta veivalget på nytt", page.QuerySelector(".button-row [data-variant=secondary]")!.TextContent);
    }

    [Theory]
    [InlineData("knowledgeExists=yes", "NextStep.LiteratureStudy", "/competence/knowledge")]
    [InlineData("knowledgeExists=no&newKnowledgeNeeded=yes", "NextStep.Participation", "/competence/paradigms")]
    [InlineData("knowledgeExists=no&newKnowledgeNeeded=yes&othersHoldKnowledge=yes&expertOrRegulated=no&mandate=yes&openOutcomeAccepted=yes&resourcesSecured=yes", "NextStep.Prerequisites", "/competence/prerequisites")]
    public async Task Every_result_links_to_its_next_step(string answers, string nextStep, string url)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.Arrange.OrganizationAsync();
        using var visitor = Browserless.For(app);

        var (_, page) = await visitor.GetPageAsync($"{VeivalgRoutes.TryResult}?{answers}");

        Assert.Equal(url, page.QuerySelector($"[data-next-step='{nextStep}']")!.GetAttribute("href"));
    }
}
