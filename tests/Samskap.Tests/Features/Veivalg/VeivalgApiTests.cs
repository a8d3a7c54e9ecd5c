using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Features.Veivalg;

public sealed class VeivalgApiTests(Apps apps)
{
    private static readonly Dictionary<string, string> _coCreation = new()
    {
        ["knowledgeExists"] = "unsure",
        ["improvedByInvolvement"] = "yes",
        ["newKnowledgeNeeded"] = "yes",
        ["othersHoldKnowledge"] = "yes",
        ["othersMustAct"] = "yes",
        ["expertOrRegulated"] = "no",
        ["mandate"] = "yes",
        ["openOutcomeAccepted"] = "no",
        ["resourcesSecured"] = "yes",
    };

    private async Task<(HttpResponseMessage Response, JsonElement Body)> RecommendAsync(object body, string language = "en")
    {
        using var client = apps.For(DatabaseProvider.Sqlite).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/approach/recommend") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Recommends_with_reasons_blockers_and_suggestions_anonymously()
    {
        var (response, body) = await RecommendAsync(new { answers = _coCreation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("co-creation", body.GetProperty("approach").GetString());
        Assert.Equal("not-ready", body.GetProperty("status").GetString());
        var reason = Assert.Single(body.GetProperty("reasons").EnumerateArray());
        Assert.Equal("new-knowledge-shared", reason.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("text").GetString()));
        Assert.Equal(["open-outcome"], body.GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["literature-first"], body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Accept_language_picks_the_language_of_the_reasons()
    {
        var body = new { answers = new Dictionary<string, string> { ["knowledgeExists"] = "yes" } };
        var (_, english) = await RecommendAsync(body, "en");
        var (_, nynorsk) = await RecommendAsync(body, "nn");
        var (_, bokmal) = await RecommendAsync(body, "nb");

        var texts = new[] { english, nynorsk, bokmal }.Select(b => b.GetProperty("reasons")[0].GetProperty("text").GetString()).ToList();
        Assert.Equal("literature-study", english.GetProperty("approach").GetString());
        Assert.Equal(3, texts.Distinct().Count());
        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public async Task Unanswered_questions_count_as_unsure()
    {
        var (response, body) = await RecommendAsync(new { answers = new Dictionary<string, string>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("literature-study", body.GetProperty("approach").GetString());
        Assert.Equal("start-with-what-is-known", body.GetProperty("reasons")[0].GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("mandate", "maybe")]
    [InlineData("mandate", "YES")]
    [InlineData("favouriteColour", "yes")]
    public async Task An_unknown_answer_or_question_is_named_in_a_400_problem(string question, string value)
    {
        var (response, body) = await RecommendAsync(new { answers = new Dictionary<string, string> { [question] = value } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(question, body.GetProperty("title").GetString()!, StringComparison.Ordinal);
        Assert.True(body.GetProperty("errors").TryGetProperty(question, out _));
    }

    [Fact]
    public async Task A_body_that_is_not_an_answers_object_gets_a_400_problem()
    {
        using var client = apps.For(DatabaseProvider.Sqlite).CreateClient();
        using var content = new StringContent("{\"answers\": [1, 2", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/approach/recommend", content);
        var (wrongShape, _) = await RecommendAsync(new { questions = _coCreation });
        var (numberValue, numberBody) = await RecommendAsync(new { answers = new Dictionary<string, int> { ["mandate"] = 1 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, wrongShape.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, numberValue.StatusCode);
        Assert.Contains("mandate", numberBody.GetProperty("title").GetString()!, StringComparison.Ordinal);
    }
}
