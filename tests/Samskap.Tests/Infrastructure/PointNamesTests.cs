using System.Xml.Linq;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Infrastructure;

/// <summary>
/// Each of the model's twelve points has one name per language (ModelText), and every page that
/// names a point uses it: the competence page, the round result and its actions.
/// </summary>
public sealed class PointNamesTests(Apps apps)
{
    /// <summary>
    /// Names the points once had on one page or another; none may come back beside the one name.
    /// Bare words that other pages may well use for something else ("Tid", "Resources") are left out.
    /// </summary>
    private static readonly Dictionary<string, string[]> _oldNames = new()
    {
        ["nb"] =
        [
            "Hva samskaping er", "Når og hvorfor", "Hvordan", "Det tar tid", "Det krever ressurser",
            "Det er mindre forutsigbart", "Tåle det uforutsigbare", "Vær nysgjerrig på folk", "Nysgjerrighet", "Bygg relasjoner",
            "Tenk på språket", "Språket vi bruker", "Lokaler som passer", "Egnet lokale",
            "Godt planlagte prosesser som passer",
        ],
        ["nn"] =
        [
            "Kva samskaping er", "Når og kvifor", "Korleis", "Det tek tid", "Det krev ressursar",
            "Det er mindre føreseieleg", "Tole det uføreseielege", "Ver nysgjerrig på folk", "Nysgjerrigheit", "Byggj relasjonar",
            "Tenk på språket", "Språket vi bruker", "Eigna lokale", "Godt planlagde prosessar som passar",
        ],
        ["en"] =
        [
            "What co-creation is", "When and why", "It takes time", "It demands resources",
            "It is less predictable", "Accepting the unpredictable", "Be curious about people", "Build relationships",
            "Mind your language", "The language we use", "A suitable venue", "Suitable, well-planned processes",
        ],
    };

    private static Dictionary<string, string> Names(string language) =>
        XDocument.Load(Repository.TextFile("ModelText", language)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value["Point.".Length..], d => d.Element("value")!.Value);

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public async Task The_competence_page_the_round_result_and_its_actions_call_each_point_by_its_one_name(string language)
    {
        var names = Names(language);
        Assert.Equal(ReadinessScoring.PointIds.Order(), names.Keys.Order());
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync(language);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        // Everyone answers 2, so every point is red and each one gets its action.
        for (var person = 0; person < ReadinessTally.MinimumRespondents; person++)
        {
            var member = await app.Arrange.MemberAsync(organization.Id);
            await app.Arrange.ReadinessResponseAsync(round, member, ReadinessStatements.All.ToDictionary(s => s.Id, _ => (int?)2));
        }

        var (_, competence) = await leader.GetPageAsync("/competence/prerequisites");
        var (_, result) = await leader.GetPageAsync(ReadinessRoutes.Round(project.Id, round.Id));

        Assert.Equal(ReadinessScoring.PointIds, competence.QuerySelectorAll("h3[data-point]").Select(h => h.GetAttribute("data-point")));
        foreach (var (id, name) in names)
        {
            Assert.Equal(name, competence.QuerySelector($"h3[data-point='{id}']")!.TextContent.Trim());
            Assert.Equal(name, result.QuerySelector($"tr[data-point='{id}'] th")!.TextContent.Trim());
            var action = result.QuerySelector($"[data-action='{id}']")!;
            Assert.Equal(name, action.QuerySelector("strong")!.TextContent.Trim());
            if (ReadinessActions.LinksToPoint(id))
            {
                Assert.Contains(name, action.QuerySelector("a")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void No_text_or_view_keeps_an_old_name_of_a_point_or_names_points_on_its_own()
    {
        var texts = Repository.NeutralTextFiles()
            .SelectMany(neutral => new[] { ("nb", neutral), ("nn", Path.ChangeExtension(neutral, ".nn.resx")), ("en", Path.ChangeExtension(neutral, ".en.resx")) })
            .SelectMany(pair => XDocument.Load(pair.Item2).Root!.Elements("data")
                .Select(d => (Language: pair.Item1, File: Path.GetFileName(pair.Item2), Key: d.Attribute("name")!.Value, Value: d.Element("value")!.Value.Trim())))
            .ToList();
        var views = Repository.SourceFiles("*.cshtml").Select(file => (File: Path.GetFileName(file), Text: File.ReadAllText(file))).ToList();

        var oldInTexts = texts
            .Where(text => _oldNames[text.Language].Contains(text.Value, StringComparer.OrdinalIgnoreCase))
            .Select(text => $"{text.File}: {text.Key} = {text.Value}");
        var oldInViews = views
            .SelectMany(view => _oldNames.Values.SelectMany(names => names)
                .Where(name => name.Contains(' ', StringComparison.Ordinal) && view.Text.Contains($">{name}<", StringComparison.Ordinal))
                .Select(name => $"{view.File}: {name}"));
        var ownNames = texts.Where(text => !text.File.StartsWith("ModelText.", StringComparison.Ordinal) && text.Key.StartsWith("Point.", StringComparison.Ordinal))
            .Select(text => $"{text.File}: {text.Key}");

        Assert.Empty(oldInTexts.Concat(oldInViews).Concat(ownNames));
        Assert.All(_oldNames, pair => Assert.DoesNotContain(Names(pair.Key).Values, pair.Value.Contains));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void The_competence_and_readiness_pages_call_each_prerequisite_by_the_same_name(string language)
    {
        static Dictionary<string, string> Read(string texts, string language) =>
            XDocument.Load(Repository.TextFile(texts, language)).Root!.Elements("data")
                .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
        var competence = Read("CompetenceText", language);
        var readiness = Read("ReadinessText", language);

        Assert.All(ReadinessScoring.Model, model =>
        {
            var id = model.Prerequisite;
            Assert.Equal(readiness[$"Prerequisite.{id}"], competence[$"Prerequisites.{char.ToUpperInvariant(id[0])}{id[1..]}"]);
        });
    }
}
