using System.Net;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>POST /api/v1/agenda/plan: anonymous, pure computation, with the field named in every refusal.</summary>
public sealed class AgendaPlanApiTests(Apps apps)
{
    private Task<(HttpResponseMessage Response, JsonElement Body)> PlanAsync(string json, string language = "en") =>
        JsonApi.PostAsync(apps.For(DatabaseProvider.Sqlite), SessionsRoutes.PlanApi, json, language);

    private static string Blocks(int count, int minutes = 5) =>
        string.Join(',', Enumerable.Range(0, count).Select(i => $$"""{"title": "Bolk {{i}}", "minutes": {{minutes}}, "break": false, "relationBuilding": {{(i == 0 ? "true" : "false")}}}"""));

    [Fact]
    public async Task Plans_the_contract_example_across_the_change_to_summer_time_anonymously()
    {
        var (response, body) = await PlanAsync("""
            {"date": "2026-03-29", "start": "01:30", "end": "04:00", "blocks": [
              {"title": "Bli kjent", "minutes": 60, "break": false, "relationBuilding": true},
              {"title": "Idémyldring", "minutes": 45, "break": false, "relationBuilding": false}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(90, body.GetProperty("lengthMinutes").GetInt32());
        Assert.Equal(105, body.GetProperty("totalMinutes").GetInt32());
        Assert.Equal("2026-03-29T01:30:00+01:00", body.GetProperty("blocks")[0].GetProperty("start").GetString());
        Assert.Equal("2026-03-29T03:30:00+02:00", body.GetProperty("blocks")[0].GetProperty("end").GetString());
        Assert.Equal("2026-03-29T04:15:00+02:00", body.GetProperty("blocks")[1].GetProperty("end").GetString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("overrun", warning.GetProperty("id").GetString());
        Assert.Equal(15, warning.GetProperty("minutes").GetInt32());
        Assert.Equal("The agenda is 15 minutes longer than the session. Shorten a block or move the end.", warning.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Is_rate_limited_per_client_address_like_every_anonymous_form()
    {
        await using var baseApp = new SamskapFactory(DatabaseProvider.Sqlite);
        await using var app = baseApp.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:AnonymousPermitPerMinute", "3"));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var json = $$"""{"date": "2027-03-10", "start": "17:00", "end": "18:00", "blocks": [{{Blocks(2)}}]}""";

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            statuses.Add((await client.PostAsync(SessionsRoutes.PlanApi, content)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("nb", "Samlingen varer mer enn 90 minutter uten pause. Legg inn en pause.")]
    [InlineData("nn", "Samlinga varer meir enn 90 minutt utan pause. Legg inn ein pause.")]
    public async Task Warnings_are_worded_in_the_callers_language_and_only_some_carry_minutes(string language, string noBreak)
    {
        var (_, body) = await PlanAsync("""{"date": "2026-12-02", "start": "18:00", "end": "20:00", "blocks": [{"title": "Arbeid", "minutes": 100}]}""", language);

        var warnings = body.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(["unplanned-time", "no-break", "no-relation-opening"], warnings.Select(w => w.GetProperty("id").GetString()));
        Assert.Equal(20, warnings[0].GetProperty("minutes").GetInt32());
        Assert.False(warnings[1].TryGetProperty("minutes", out _));
        Assert.Equal(noBreak, warnings[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sixty_blocks_are_planned_and_61_are_refused()
    {
        var (sixty, sixtyBody) = await PlanAsync($$"""{"date": "2026-12-02", "start": "08:00", "end": "13:00", "blocks": [{{Blocks(60)}}]}""");
        var (sixtyOne, sixtyOneBody) = await PlanAsync($$"""{"date": "2026-12-02", "start": "08:00", "end": "13:00", "blocks": [{{Blocks(61)}}]}""");

        Assert.Equal(HttpStatusCode.OK, sixty.StatusCode);
        Assert.Equal(60, sixtyBody.GetProperty("blocks").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, sixtyOne.StatusCode);
        Assert.Equal("An agenda can have at most 60 blocks.", sixtyOneBody.GetProperty("errors").GetProperty("blocks")[0].GetString());
    }

    [Theory]
    [InlineData("""{"title": "Null", "minutes": 0}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Minus", "minutes": -10}""", "blocks[1].minutes")]
    [InlineData("""{"title": "For lang", "minutes": 481}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Tekst", "minutes": "30"}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Brøk", "minutes": 12.5}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Pause", "minutes": 10, "break": "ja"}""", "blocks[1].break")]
    [InlineData("""{"title": "Ukjent", "minutes": 10, "colour": "red"}""", "blocks[1].colour")]
    [InlineData("""{"title": 7, "minutes": 10}""", "blocks[1].title")]
    public async Task A_bad_block_is_refused_with_the_field_named(string block, string field)
    {
        var (response, body) = await PlanAsync($$"""{"date": "2026-12-02", "start": "18:00", "end": "20:00", "blocks": [{"title": "Bli kjent", "minutes": 30, "relationBuilding": true}, {{block}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("""{"date": "2026-12-02", "start": "18:00", "end": "18:00", "blocks": []}""", "end", "The end cannot be the same time as the start.")]
    [InlineData("""{"date": "2026-12-02", "start": "08:00", "end": "20:01", "blocks": []}""", "end", "A session can last at most 12 hours.")]
    [InlineData("""{"date": "2026-12-02", "start": "25:00", "end": "20:00", "blocks": []}""", "start", "\"25:00\" is not a time in “start”. Write it as 09:30.")]
    [InlineData("""{"date": "2. desember", "start": "18:00", "end": "20:00", "blocks": []}""", "date", "\"2. desember\" is not a date in “date”. Write it as 2026-03-29.")]
    [InlineData("""{"date": "2026-12-02", "start": "18:00", "blocks": []}""", "end", "Fill in “end”.")]
    [InlineData("""{"date": "2026-12-02", "start": "18:00", "end": "20:00", "blocks": [], "venue": "Storsalen"}""", "venue", "There is no field “venue” here.")]
    [InlineData("""{"date": "2026-12-02", "start": "18:00", "end": "20:00", "blocks": {}}""", "blocks", "“blocks” must be a list of blocks.")]
    public async Task A_bad_session_is_refused_with_the_field_named_and_a_plain_message(string json, string field, string message)
    {
        var (response, body) = await PlanAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_a_json_object_is_refused()
    {
        var (response, body) = await PlanAsync("[1, 2, 3]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Send a JSON object with date, start, end and blocks.", body.GetProperty("title").GetString());
    }
}
