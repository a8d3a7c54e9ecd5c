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
    public async Task A_passive_carries_its_active_form_as_the_suggestion_when_the_verb_is_known()
    {
        var (_, bokmal) = await AnalyzeAsync(Body("Brevet ble sendt i går. Kan det søkes om støtte?"));
        var (_, nynorsk) = await AnalyzeAsync(Body("Saka vert handsama no.", "nn"), "nn");

        static List<(string? Suggestion, string? Message)> Passives(JsonElement body) =>
            [.. body.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("rule").GetString() == "passive")
                .Select(f => (f.GetProperty("suggestion").GetString(), f.GetProperty("message").GetString()))];
        Assert.Equal(
            [("vi sendte", "“ble sendt” is passive. Say who does it, for example “vi sendte”."), (null, "“Kan det søkes” is passive. Say who does what: “we send” rather than “is sent”.")],
            Passives(bokmal));
        Assert.Equal([("vi handsamar", "«vert handsama» er passiv. Sei kven som gjer det, til dømes «vi handsamar».")], Passives(nynorsk));
    }

    [Fact]
    public async Task Personal_data_says_whether_to_remove_it_or_to_check_it()
    {
        const string text = "Ring 22 33 44 55 eller skriv til post@samskap.no. Kari har fødselsnummer 01019012480.";

        var (response, body) = await AnalyzeAsync(Body(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        var personal = findings
            .Where(f => f.GetProperty("rule").GetString() == "personal-data")
            .Select(f => (
                Span: text.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32()),
                Kind: f.GetProperty("kind").GetString(),
                Advice: f.GetProperty("advice").GetString(),
                Message: f.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(
            [("22 33 44 55", "phone", "check"), ("post@samskap.no", "email", "check"), ("01019012480", "national-id", "remove")],
            personal.Select(f => (f.Span, f.Kind, f.Advice)));
        Assert.All(personal[..2], f => Assert.Contains("Is it a contact you want to share?", f.Message, StringComparison.Ordinal));
        Assert.EndsWith("Remove it.", personal[2].Message, StringComparison.Ordinal);
        Assert.All(findings.Where(f => f.GetProperty("rule").GetString() != "personal-data"), f =>
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("kind").ValueKind);
            Assert.Equal(JsonValueKind.Null, f.GetProperty("advice").ValueKind);
        });
    }

    [Fact]
    public async Task The_openapi_document_describes_the_advice_of_a_finding()
    {
        using var browser = Browserless.For(apps.For(DatabaseProvider.Sqlite));

        var document = JsonDocument.Parse(await browser.Client.GetStringAsync("/openapi/v1.json"));

        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("FindingDto").GetProperty("properties");
        Assert.StartsWith("For personal-data: remove", properties.GetProperty("advice").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("For personal-data: email, phone or national-id", properties.GetProperty("kind").GetProperty("description").GetString(), StringComparison.Ordinal);
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
