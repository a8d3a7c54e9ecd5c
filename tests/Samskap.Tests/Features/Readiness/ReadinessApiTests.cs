using System.Net;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Features.Readiness;

public sealed class ReadinessApiTests(Apps apps)
{
    private Task<(HttpResponseMessage Response, JsonElement Body)> ScoreAsync(string json, string language = "en") =>
        JsonApi.PostAsync(apps.For(DatabaseProvider.Sqlite), "/api/v1/readiness/score", json, language);

    private static string Respondent(int value, params (string Point, string Json)[] overrides)
    {
        var points = Samskap.Web.Features.Readiness.ReadinessScoring.PointIds.ToDictionary(id => id, _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (point, json) in overrides)
        {
            points[point] = json;
        }

        return "{" + string.Join(',', points.Select(p => $"\"{p.Key}\": {p.Value}")) + "}";
    }

    [Fact]
    public async Task Scores_anonymously_with_unrounded_scores_and_the_contract_ids()
    {
        var json = $$"""{"responses": [{{Respondent(4, ("competence.what", "5"), ("frames.time", "1"))}}, {{Respondent(4, ("competence.what", "4"), ("frames.time", "null"))}}, {{Respondent(4, ("competence.what", "2"), ("frames.time", "4"))}}]}""";

        var (response, body) = await ScoreAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var competence = body.GetProperty("prerequisites")[0];
        Assert.Equal("competence", competence.GetProperty("id").GetString());
        Assert.Equal((11.0 / 3 + 4 + 4) / 3, competence.GetProperty("score").GetDouble(), 10);
        Assert.Equal("yellow", competence.GetProperty("status").GetString());
        var what = body.GetProperty("points")[0];
        Assert.Equal("competence.what", what.GetProperty("id").GetString());
        Assert.Equal(11.0 / 3, what.GetProperty("score").GetDouble(), 10);
        Assert.True(what.GetProperty("disagreement").GetBoolean());
        var time = body.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "frames.time");
        Assert.Equal(2.5, time.GetProperty("score").GetDouble());
        Assert.Equal("red", time.GetProperty("status").GetString());
        Assert.Equal(12, body.GetProperty("points").GetArrayLength());
        Assert.Equal(["competence", "frames", "trust", "facilitation"], body.GetProperty("prerequisites").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("conditionally-ready", body.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_unknown_point_has_a_null_score_and_makes_the_verdict_unclear()
    {
        var json = $$"""{"responses": [{{Respondent(5, ("trust.language", "null"))}}, {{Respondent(5, ("trust.language", "null"))}}, {"competence.what": 5}]}""";

        var (_, body) = await ScoreAsync(json);

        var language = body.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "trust.language");
        Assert.Equal(JsonValueKind.Null, language.GetProperty("score").ValueKind);
        Assert.Equal("unknown", language.GetProperty("status").GetString());
        Assert.Equal("unclear", body.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("2.5")]
    [InlineData("\"4\"")]
    [InlineData("true")]
    [InlineData("[4]")]
    public async Task A_value_outside_1_to_5_is_refused_and_named(string value)
    {
        var (response, body) = await ScoreAsync($$"""{"responses": [{"competence.what": 4}, {"frames.time": {{value}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var messages = body.GetProperty("errors").GetProperty("responses[1].frames.time");
        Assert.Contains(value, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("frames.time", body.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_point_id_is_refused_and_named_in_the_callers_language()
    {
        var (response, body) = await ScoreAsync("""{"responses": [{"competence.why": 4, "trust.language": 3}]}""", "nn");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ukjent punkt: «competence.why».", body.GetProperty("errors").GetProperty("responses[0].competence.why")[0].GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"responses": {"competence.what": 4}}""")]
    [InlineData("""{"answers": []}""")]
    public async Task A_body_that_is_not_a_list_of_responses_is_refused(string json)
    {
        var (response, body) = await ScoreAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request must be JSON with a list “responses”.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_response_that_is_not_an_object_is_refused()
    {
        var (response, body) = await ScoreAsync("""{"responses": [4]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("responses[0]", out _));
    }

    [Fact]
    public async Task Listing_rounds_needs_a_signed_in_member()
    {
        using var client = apps.For(DatabaseProvider.Sqlite).CreateClient();

        var response = await client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}/readiness-rounds");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
