using Samskap.Tests.Support;
using Samskap.Web.Data;
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

    /// <summary>An anonymous visitor in a language; an organisation exists, so the app is past first-run setup.</summary>
    private async Task<Browserless> VisitorAsync(string culture)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.Arrange.OrganizationAsync();
        return Browserless.For(app, culture);
    }
}
