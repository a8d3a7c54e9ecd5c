using System.Net;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Features.Klarsprak;

public sealed class KlarsprakApiTests(Apps apps)
{
    private Task<(HttpResponseMessage Response, JsonElement Body)> AnalyzeAsync(string json, string language = "en") =>
        JsonApi.PostAsync(apps.For(DatabaseProvider.Sqlite), "/api/v1/klarsprak/analyze", json, language);

    private static string Body(string text, string language = "nb") => JsonSerializer.Serialize(new { text, language });

    [Fact]
    public async Task Analyses_a_text_anonymously_with_the_contract_fields()
    {
        // 😀 is two UTF-16 code units: the finding's start must count both.
        const string text = "😀 Vi ber deg benytte skjemaet. Send det innen fredag, gjerne til ola@example.no";

        var (response, body) = await AnalyzeAsync(Body(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Words: Vi ber deg benytte skjemaet | Send det innen fredag gjerne til | ola example no; the e-mail's period ends a sentence by the LIX rules.
        Assert.Equal(14, body.GetProperty("words").GetInt32());
        Assert.Equal(3, body.GetProperty("sentences").GetInt32());
        Assert.Equal(3, body.GetProperty("longWords").GetInt32());
        Assert.Equal(Math.Round((14.0 / 3) + (100.0 * 3 / 14), 1), body.GetProperty("lix").GetDouble());
        Assert.Equal("very-easy", body.GetProperty("band").GetString());
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        var stiff = findings.Single(f => f.GetProperty("rule").GetString() == "stiff-word");
        Assert.Equal("benytte", text.Substring(stiff.GetProperty("start").GetInt32(), stiff.GetProperty("length").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(stiff.GetProperty("suggestion").GetString()));
        Assert.Contains("“benytte”", stiff.GetProperty("message").GetString(), StringComparison.Ordinal);
        var email = findings.Single(f => f.GetProperty("rule").GetString() == "personal-data");
        Assert.Equal("ola@example.no", text.Substring(email.GetProperty("start").GetInt32(), email.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Accept_language_picks_the_language_of_the_messages()
    {
        var json = Body("Vi ber deg benytte skjemaet.");
        var (_, english) = await AnalyzeAsync(json, "en");
        var (_, nynorsk) = await AnalyzeAsync(json, "nn");

        Assert.StartsWith("“benytte” can seem stiff", english.GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("«benytte» kan verke stivt", nynorsk.GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nynorsk_text_is_checked_against_the_nynorsk_list()
    {
        var (response, body) = await AnalyzeAsync(Body("Vi vil med omsyn til tida nytte eit anna rom.", "nn"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "stiff-word");
    }

    [Theory]
    [InlineData("""{"text": "", "language": "nb"}""", "Write or paste a text first.")]
    [InlineData("""{"text": "   \n ", "language": "nb"}""", "Write or paste a text first.")]
    [InlineData("""{"text": "Hei.", "language": "sv"}""", "Unknown language “sv”. Use “nb” or “nn”.")]
    [InlineData("""{"text": "Hei."}""", "Unknown language “”. Use “nb” or “nn”.")]
    [InlineData("""{"text": 42, "language": "nb"}""", "The request must be JSON with the fields “text” and “language”.")]
    [InlineData("""not json""", "The request must be JSON with the fields “text” and “language”.")]
    [InlineData("""[]""", "The request must be JSON with the fields “text” and “language”.")]
    public async Task Bad_requests_get_a_problem_that_says_what_is_wrong(string json, string title)
    {
        var (response, body) = await AnalyzeAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(title, body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_text_over_200000_characters_is_refused_with_413()
    {
        var (atLimit, _) = await AnalyzeAsync(Body(new string('a', 199_999) + ".", "nb"));
        var (response, body) = await AnalyzeAsync(Body(new string('a', 200_001), "nb"));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("The text is too long.", body.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
