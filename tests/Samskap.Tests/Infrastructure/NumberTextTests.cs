using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Infrastructure;

/// <summary>Limits are written in groups of three: "10 000" with a no-break space in Norwegian, "10,000" in English.</summary>
public sealed partial class NumberTextTests(Apps apps)
{
    /// <summary>A limit handed to a text as it is, or formatted on the spot, instead of through NumberText.Of.</summary>
    [GeneratedRegex(@"\b[\w.]*(?:Max|Minimum)[A-Z]\w*(?:\s*\]|\.ToString\()")]
    private static partial Regex RawLimit();

    [Theory]
    [InlineData("nb", "Høyst 10\u00A0000 tegn.", "Høyst 200\u00A0000 tegn.", "Høyst 4\u00A0000 tegn.", "Høyst 1\u00A0000 svar per forespørsel.")]
    [InlineData("nn", "Høgst 10\u00A0000 teikn.", "Høgst 200\u00A0000 teikn.", "Høgst 4\u00A0000 teikn.", "Høgst 1\u00A0000 svar per førespurnad.")]
    [InlineData("en", "At most 10,000 characters.", "At most 200,000 characters.", "At most 4,000 characters.", "At most 1,000 responses per request.")]
    public async Task Limits_in_hints_and_messages_are_grouped_in_thousands_in_each_language(string language, string challenge, string klarsprak, string rationale, string api)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync(language);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (_, projectForm) = await browser.GetPageAsync(ProjectRoutes.New);
        var (_, checker) = await browser.GetPageAsync(KlarsprakRoutes.Index);
        var (_, result) = await browser.GetPageAsync(VeivalgRoutes.Result(project.Id));
        using var request = new HttpRequestMessage(HttpMethod.Post, ReadinessRoutes.ScoreApi)
        {
            Content = JsonContent.Create(new { responses = Enumerable.Repeat(new Dictionary<string, int>(), 1001) }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var refused = await browser.Client.SendAsync(request);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;

        Assert.EndsWith(challenge, projectForm.QuerySelector("#challenge-hint")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(klarsprak, checker.QuerySelector("#text-hint")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(rationale, result.QuerySelector("#rationale-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(api, problem.GetProperty("title").GetString());
    }

    [Fact]
    public void No_code_or_view_hands_a_limit_to_a_text_without_NumberText()
    {
        var raw = Repository.SourceFiles("*.cs*")
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(Repository.WebProject, file), Line: index + 1, Text: line)))
            .Where(line => RawLimit().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}")
            .ToList();

        Assert.True(raw.Count == 0, "Write limits with NumberText.Of: " + string.Join(", ", raw));
    }

    [Theory]
    [InlineData("""<div id="hint">@P["ChallengeHint", Samskap.Web.Features.Projects.Project.ChallengeMaxLength]</div>""", true)]
    [InlineData("""errors.Add(new FieldError(nameof(Title), "Validation.TooLong", Project.TitleMaxLength.ToString(CultureInfo.InvariantCulture)));""", true)]
    [InlineData("""<div id="hint">@P["ChallengeHint", NumberText.Of(Project.ChallengeMaxLength)]</div>""", false)]
    [InlineData("""if (text.Length > KlarsprakRequest.MaxLength)""", false)]
    public void The_limit_guard_catches_a_limit_written_without_NumberText(string line, bool caught) =>
        Assert.Equal(caught, RawLimit().IsMatch(line));
}
