using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Klarsprak;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Methods;

/// <summary>The built-in method library: what it covers, how plainly it is written, and how it is served.</summary>
public sealed class MethodLibraryTests(Apps apps)
{
    private static readonly KlarsprakAnalyzer _analyzer = new();
    private static readonly string[] _languages = ["nb", "nn", "en"];
    private static readonly string[] _licensed = ["1-2-4-all", "troika-consulting"];
    private static readonly string[] _contractFields = ["id", "name", "purpose", "steps", "minutes", "groupMin", "groupMax", "phases", "relationBuilding", "points", "source"];

    public static TheoryData<string> Required() =>
    [
        "check-in-round", "introductions-in-pairs", "1-2-4-all", "world-cafe", "gjestebud", "walk-and-talk", "fishbowl", "future-workshop",
        "empathy-map", "user-journey", "dot-voting", "idea-generation", "prototyping", "troika-consulting", "fishbone", "closing-round",
    ];

    [Theory]
    [MemberData(nameof(Required))]
    public void The_library_covers_the_methods_co_creation_needs(string id) => Assert.NotNull(MethodLibrary.Find(id));

    [Fact]
    public void Every_method_is_whole_in_three_languages_with_its_phases_points_and_source()
    {
        Assert.True(MethodLibrary.All.Count >= 30, $"Only {MethodLibrary.All.Count} methods.");
        Assert.Equal(MethodLibrary.All.Count, MethodLibrary.All.Select(m => m.Id).Distinct().Count());
        Assert.All(MethodLibrary.All, method =>
        {
            Assert.InRange(method.Minutes, 1, 480);
            Assert.InRange(method.GroupMin, 1, method.GroupMax);
            Assert.NotEmpty(method.Phases);
            Assert.All(method.Phases, phase => Assert.Contains(phase, Phases.DefaultKeys));
            Assert.All(method.Points, point => Assert.Contains(point, ReadinessScoring.PointIds));
            Assert.False(string.IsNullOrWhiteSpace(method.Source.Credit));
            Assert.All(_languages, language =>
            {
                var text = method.Text[language];
                Assert.False(string.IsNullOrWhiteSpace(text.Name));
                Assert.False(string.IsNullOrWhiteSpace(text.Purpose));
                Assert.InRange(text.Steps.Count, 3, 8);
            });
        });
    }

    [Fact]
    public void Liberating_structures_are_credited_under_their_licence_and_gjestebud_to_svelvik()
    {
        Assert.All(_licensed, id =>
        {
            var source = MethodLibrary.Find(id)!.Source;
            Assert.Contains("Liberating Structures", source.Credit, StringComparison.Ordinal);
            Assert.Equal("CC BY-SA 4.0", source.Licence);
        });
        Assert.Contains("Svelvik", MethodLibrary.Find("gjestebud")!.Source.Credit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public void Each_method_reads_below_LIX_45(string language)
    {
        Assert.All(MethodLibrary.All, method =>
        {
            var text = method.In(language);
            var analysis = _analyzer.Analyze(
                string.Join('\n', new[] { text.Name, text.Purpose }.Concat(text.Steps).Concat(text.Materials)),
                language == "nn" ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal);
            Assert.True(analysis.Lix < 45, $"{method.Id} ({language}) has LIX {analysis.Lix:0.0}.");
        });
    }

    [Fact]
    public void The_filter_finds_by_words_phase_duration_group_size_point_and_relation_building()
    {
        var all = MethodLibrary.All.Select(m => MethodView.From(m, "nb")).ToList();

        Assert.Contains(new MethodFilter(Search: "gjestebud").Apply(all), m => m.Id == "gjestebud");
        Assert.All(new MethodFilter(Phase: "testing").Apply(all), m => Assert.Contains("testing", m.Phases));
        Assert.All(new MethodFilter(MaxMinutes: 15).Apply(all), m => Assert.True(m.Minutes <= 15));
        Assert.All(new MethodFilter(GroupSize: 100).Apply(all), m => Assert.InRange(100, m.GroupMin, m.GroupMax));
        Assert.All(new MethodFilter(Point: "trust.relations").Apply(all), m => Assert.Contains("trust.relations", m.Points));
        Assert.All(new MethodFilter(RelationBuildingOnly: true).Apply(all), m => Assert.True(m.RelationBuilding));
        Assert.Equal(all.Count, new MethodFilter().Apply(all).Count);
        Assert.Empty(new MethodFilter(Search: "gjestebud", MaxMinutes: 1).Apply(all));
    }

    [Theory]
    [InlineData("nb", "1-2-4-alle")]
    [InlineData("en", "1-2-4-All")]
    public async Task Anyone_reads_the_library_in_their_language_with_the_contract_fields(string language, string name)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var methods = await client.GetFromJsonAsync<JsonElement>(MethodsRoutes.Api);

        var method = methods.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "1-2-4-all");
        Assert.Equal(name, method.GetProperty("name").GetString());
        Assert.All(_contractFields, field => Assert.True(method.TryGetProperty(field, out _), field));
        Assert.Equal(MethodLibrary.All.Count, methods.GetArrayLength());
    }

    [Fact]
    public async Task A_member_also_gets_the_organisations_own_methods_but_not_hidden_ones_or_others()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, organization, browser) = await app.SignedInAdminAsync("en");
        var own = await app.Arrange.OwnMethodAsync(organization.Id, "Vår kaffeprat");
        await app.Arrange.OwnMethodAsync(organization.Id, "Gammel metode", hidden: true);
        var (_, other) = await app.Arrange.OrganizationAsync();
        await app.Arrange.OwnMethodAsync(other.Id, "Deres metode");

        var methods = await browser.Client.GetFromJsonAsync<JsonElement>(MethodsRoutes.Api);
        var (_, page) = await browser.GetPageAsync(MethodsRoutes.Index);

        var names = methods.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Contains("Vår kaffeprat", names);
        Assert.DoesNotContain("Gammel metode", names);
        Assert.DoesNotContain("Deres metode", names);
        Assert.NotNull(page.QuerySelector($"[data-method-id='{own.Id}']"));
    }

    [Fact]
    public async Task A_built_in_method_is_copied_into_the_organisations_own_and_can_be_hidden()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, organization, browser) = await app.SignedInAdminAsync("en");

        var (_, copyForm) = await browser.GetPageAsync(MethodsRoutes.Copy("world-cafe"));
        var copy = FormValues(copyForm);
        copy["Input.Name"] = "Our café";
        var (copied, _) = await browser.SubmitAsync(MethodsRoutes.Copy("world-cafe"), copy);
        var own = await app.WithDbAsync(db => db.OrganizationMethods.IgnoreQueryFilters().SingleAsync(m => m.OrganizationId == organization.Id));
        var (_, form) = await browser.GetPageAsync(MethodsRoutes.Edit(own.Id));
        var fields = FormValues(form);
        fields["Input.Hidden"] = "true";
        await browser.SubmitAsync(MethodsRoutes.Edit(own.Id), fields);
        var methods = await browser.Client.GetFromJsonAsync<JsonElement>(MethodsRoutes.Api);

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        Assert.Equal("world-cafe", own.CopiedFrom);
        Assert.Contains("World Café", own.Source, StringComparison.Ordinal);
        Assert.Equal(MethodLibrary.Find("world-cafe")!.Minutes, own.Minutes);
        Assert.DoesNotContain(methods.EnumerateArray(), m => m.GetProperty("id").GetString() == own.Id.ToString());
    }

    [Fact]
    public async Task A_built_in_method_cannot_be_changed_and_another_organisations_method_is_not_found()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, browser) = await app.SignedInAdminAsync("en");
        var (_, other) = await app.Arrange.OrganizationAsync();
        var theirs = await app.Arrange.OwnMethodAsync(other.Id);

        var (builtIn, page) = await browser.GetPageAsync(MethodsRoutes.Method("world-cafe"));
        var (foreign, _) = await browser.GetPageAsync(MethodsRoutes.Method(theirs.Id.ToString()));
        using var anonymous = app.CreateClient();
        using var anonymousOwn = await anonymous.GetAsync(MethodsRoutes.Method(theirs.Id.ToString()));

        Assert.Equal(HttpStatusCode.OK, builtIn.StatusCode);
        Assert.Null(page.QuerySelector($"a[href*='/edit']"));
        Assert.NotNull(page.QuerySelector($"a[href='{MethodsRoutes.Copy("world-cafe")}']"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymousOwn.StatusCode);
    }

    /// <summary>The values a browser would send from the method form (one value per name is enough here).</summary>
    private static Dictionary<string, string> FormValues(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var form = page.QuerySelector("form.form-stack")!;
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Type is not ("checkbox" or "radio" or "hidden") || i.IsChecked))
        {
            values.TryAdd(input.Name!, input.Value);
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<AngleSharp.Html.Dom.IHtmlTextAreaElement>())
        {
            values[area.Name!] = area.Value;
        }

        return values;
    }
}
