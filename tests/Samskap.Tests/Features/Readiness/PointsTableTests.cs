using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

/// <summary>The points table of a round's result counts answers, one per person and statement, and says so.</summary>
public sealed class PointsTableTests(Apps apps)
{
    [Theory]
    [InlineData("nb", "Antall svar per verdi (ett svar per påstand)", "teller svar, ikke personer", "Hver person gir ett svar per påstand.", "Vite hvordan (2 påstander), Gode relasjoner (2 påstander)")]
    [InlineData("nn", "Tal på svar per verdi (eitt svar per påstand)", "tel svar, ikkje personar", "Kvar person gir eitt svar per påstand.", "Vite korleis (2 påstandar), Gode relasjonar (2 påstandar)")]
    [InlineData("en", "Number of answers per value (one answer per statement)", "count answers, not people", "Each person gives one answer per statement.", "Knowing how (2 statements), Good relationships (2 statements)")]
    public async Task The_columns_one_to_five_are_headed_and_explained_as_answers_per_statement_not_people(
        string language, string heading, string intro, string note, string severalStatements)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync(language);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        for (var person = 0; person < 3; person++)
        {
            var member = await app.Arrange.MemberAsync(organization.Id);
            await app.Arrange.ReadinessResponseAsync(round, member, ReadinessStatements.All.ToDictionary(s => s.Id, _ => (int?)4));
        }

        var (_, page) = await leader.GetPageAsync(ReadinessRoutes.Round(project.Id, round.Id));

        var table = page.QuerySelector("table.readiness-points")!;
        var group = table.QuerySelector("thead th[data-testid=points-counts-heading]")!;
        Assert.Equal(heading, group.TextContent.Trim());
        Assert.Equal("colgroup", group.GetAttribute("scope"));
        Assert.Equal("6", group.GetAttribute("colspan"));
        Assert.Contains(intro, table.ParentElement!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
        var explained = page.QuerySelector("[data-testid=points-counts-note]")!;
        Assert.Equal("points-counts-note", table.GetAttribute("aria-describedby"));
        Assert.StartsWith(note, explained.TextContent, StringComparison.Ordinal);
        Assert.Contains(severalStatements, explained.TextContent, StringComparison.Ordinal);
        // Three people, two statements: six answers of 4 for "how", three for "what".
        Assert.Equal(["0", "0", "0", "6", "0", "0"], table.QuerySelectorAll("tr[data-point='competence.how'] td.numeric").Select(cell => cell.TextContent));
        Assert.Equal(["0", "0", "0", "3", "0", "0"], table.QuerySelectorAll("tr[data-point='competence.what'] td.numeric").Select(cell => cell.TextContent));
    }
}
