using System.Net;
using System.Xml.Linq;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

public sealed class LocalisationTests(Apps apps)
{
    private static readonly string[] _otherLanguages = ["nn", "en"];

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.NeutralTextFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_has_a_text_in_bokmal_nynorsk_and_english(string texts)
    {
        var neutral = Read(Repository.TextFile(texts));
        Assert.NotEmpty(neutral);
        Assert.All(neutral, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{texts}: '{pair.Key}' is empty in bokmål"));
        foreach (var language in _otherLanguages)
        {
            var translatedFile = Repository.TextFile(texts, language);
            var translated = Read(translatedFile);
            var missing = neutral.Keys.Where(key => !translated.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
            var extra = translated.Keys.Except(neutral.Keys).ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(translatedFile)} lacks or leaves empty: {string.Join(", ", missing)}");
            Assert.True(extra.Count == 0, $"{Path.GetFileName(translatedFile)} has keys bokmål lacks: {string.Join(", ", extra)}");
        }
    }

    [Fact]
    public async Task A_culture_in_the_query_is_used_and_remembered()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var (_, nynorsk) = await browser.GetPageAsync("/competence?culture=nn");
        var (_, later) = await browser.GetPageAsync("/accessibility");

        Assert.Equal("nn", nynorsk.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nn", later.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tilgjengeerklæring", later.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_language_switcher_sets_the_language_and_returns_to_the_page()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var switched = await browser.Client.GetAsync("/language?culture=en&returnUrl=%2Faccessibility");
        var (_, page) = await browser.GetPageAsync("/accessibility");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/accessibility", switched.Headers.Location!.OriginalString);
        Assert.Equal("Accessibility statement", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_culture_falls_back_to_bokmal_or_is_refused_by_the_switcher()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var (page, document) = await browser.GetPageAsync("/competence?culture=xx-YY");
        var (switcher, switcherPage) = await browser.GetPageAsync("/language?culture=klingon&returnUrl=%2F");
        var (offsite, _) = await browser.GetPageAsync("/language?culture=nn&returnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nb", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.BadRequest, switcher.StatusCode);
        Assert.Equal("Forespørselen kunne ikke brukes", switcherPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("SharedResource", @"\b(?:T|text|sharedText)\[""([A-Za-z0-9.]+)""")]
    [InlineData("CompetenceText", @"\bC\[""([A-Za-z0-9.]+)""")]
    [InlineData("VeivalgText", @"\b(?:V|veivalgText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("ReadinessText", @"\b(?:R|readinessText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("FramesText", @"\b(?:F|framesText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("KlarsprakText", @"\b(?:K|klarsprakText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("ProjectsText", @"\b(?:P|projectsText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("OrganizationsText", @"\b(?:O|organizationText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("AccountText", @"\b(?:Acc|accountText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("HomeText", @"\bH\[""([A-Za-z0-9.-]+)""")]
    [InlineData("SetupText", @"\bS\[""([A-Za-z0-9.-]+)""")]
    [InlineData("AboutText", @"\bA\[""([A-Za-z0-9.-]+)""")]
    [InlineData("PartnershipText", @"\b(?:Pa|partnershipText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("DecisionsText", @"\b(?:Dec|decisionsText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("ActionsText", @"\b(?:Act|actionsText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("WarningsText", @"\bW\[""([A-Za-z0-9.-]+)""")]
    [InlineData("ProfileText", @"\b(?:Prof|profileText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("SessionsText", @"\b(?:Se|sessionsText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("VenuesText", @"\b(?:Ve|venuesText)\[""([A-Za-z0-9.-]+)""")]
    [InlineData("MethodsText", @"\b(?:Me|methodsText)\[""([A-Za-z0-9.-]+)""")]
    public void Every_key_the_code_uses_exists(string texts, string pattern)
    {
        var keys = Read(Repository.TextFile(texts)).Keys.ToHashSet();
        var used = Repository.SourceFiles("*.cs*")
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), pattern).Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        var missing = used.Except(keys).Order().ToList();
        Assert.True(missing.Count == 0, $"{texts} lacks: {string.Join(", ", missing)}");
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");
}
