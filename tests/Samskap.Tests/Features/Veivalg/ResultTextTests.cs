using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Veivalg;

/// <summary>The result speaks of the approach it recommends: a literature study is not announced as co-creation.</summary>
public sealed class ResultTextTests(Apps apps)
{
    [Theory]
    [InlineData("nb", "knowledgeExists=yes", "Litteraturstudie", "Dere kan starte litteraturstudien.")]
    [InlineData("nn", "knowledgeExists=yes", "Litteraturstudie", "De kan starte litteraturstudien.")]
    [InlineData("en", "knowledgeExists=yes", "Literature study", "You can start the literature study.")]
    [InlineData("nb", "improvedByInvolvement=yes&knowledgeExists=no", "Medvirkning", "Dere kan starte medvirkningen.")]
    [InlineData("nn", "improvedByInvolvement=yes&knowledgeExists=no", "Medverknad", "De kan starte medverknaden.")]
    public async Task The_status_sentence_names_the_recommended_approach(string culture, string answers, string approach, string status)
    {
        using var visitor = await VisitorAsync(culture);

        var (_, page) = await visitor.GetPageAsync($"{VeivalgRoutes.TryResult}?{answers}");

        Assert.Equal(approach, page.QuerySelector("#recommended-heading")!.TextContent.Trim());
        Assert.Equal(status, page.QuerySelector("[data-status-text]")!.TextContent.Trim());
    }

    [Fact]
    public async Task With_no_answers_at_all_the_status_does_not_speak_of_co_creation_unless_it_is_recommended()
    {
        using var visitor = await VisitorAsync("nb");
        var recommended = ApproachRules.Recommend(new Dictionary<string, Answer>()).Approach;

        var (_, page) = await visitor.GetPageAsync(VeivalgRoutes.TryResult);
        var status = page.QuerySelector("[data-status-text]")!.TextContent;

        Assert.Equal(recommended == Approach.CoCreation, status.Contains("samskaping", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_literature_study_promise_is_not_introduced_as_text_for_an_invitation()
    {
        using var visitor = await VisitorAsync("nb");

        var (_, literature) = await visitor.GetPageAsync($"{VeivalgRoutes.TryResult}?knowledgeExists=yes");
        var (_, participation) = await visitor.GetPageAsync($"{VeivalgRoutes.TryResult}?improvedByInvolvement=yes&knowledgeExists=no");

        Assert.DoesNotContain("invitasjonen", literature.QuerySelector("[data-promise-intro]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Vi inviterer ingen", literature.QuerySelector("#promise")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("invitasjonen", participation.QuerySelector("[data-promise-intro]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Red_prerequisites_from_the_latest_round_are_named_once_on_a_projects_result()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        for (var respondent = 0; respondent < 3; respondent++)
        {
            var member = await app.Arrange.MemberAsync(organization.Id);
            await app.Arrange.ReadinessResponseAsync(round, member, ReadinessStatements.All.ToDictionary(
                statement => statement.Id,
                statement => (int?)(statement.PointId.StartsWith("competence.", StringComparison.Ordinal) || statement.PointId.StartsWith("trust.", StringComparison.Ordinal) ? 1 : 5)));
        }

        var (_, page) = await browser.GetPageAsync($"{VeivalgRoutes.Result(project.Id)}?knowledgeExists=no&newKnowledgeNeeded=yes&othersHoldKnowledge=yes&expertOrRegulated=no&mandate=yes&openOutcomeAccepted=yes&resourcesSecured=yes");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(1, text.Split("Rødt i siste vurdering").Length - 1);
        Assert.Contains("«Kompetanse» og «Tillit og trygge relasjoner»", text, StringComparison.Ordinal);
        Assert.DoesNotContain("En forutsetning er rød", text, StringComparison.Ordinal);
    }

    /// <summary>An anonymous visitor in a language; an organisation exists, so the app is past first-run setup.</summary>
    private async Task<Browserless> VisitorAsync(string culture)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.Arrange.OrganizationAsync();
        return Browserless.For(app, culture);
    }
}
