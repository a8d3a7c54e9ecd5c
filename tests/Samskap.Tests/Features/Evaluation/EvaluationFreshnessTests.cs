using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Samskap.Web.Data;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Evaluation;

/// <summary>The evaluation is worked out once and kept: an answer shows at once, a live pulse answer within the freshness limit (a moved clock).</summary>
public sealed class EvaluationFreshnessTests
{
    private static async Task<JsonElement> EvaluationAsync(Browserless browser, Guid projectId) =>
        JsonDocument.Parse(await browser.Client.GetStringAsync(EvaluationRoutes.Api(projectId))).RootElement;

    [Fact]
    public async Task An_answer_given_through_the_form_shows_at_once_and_a_live_pulse_answer_after_ten_seconds_and_not_before()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        using var browser = Browserless.For(app);
        await browser.SignInAsync(admin.Email!);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        var session = await app.Arrange.SessionAsync(project, new DateOnly(2027, 3, 10));
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var pulse = await app.Arrange.LiveActivityAsync(session, ActivityKind.Pulse);
        var before = await EvaluationAsync(browser, project.Id);

        await browser.SubmitAsync(EvaluationRoutes.Answer(project.Id, round.Id), new() { ["trust-held"] = "4" });
        var afterTheAnswer = await EvaluationAsync(browser, project.Id);
        var (phone, _) = await app.Arrange.ParticipantAsync(room);
        await app.Arrange.PulseAnswerAsync(pulse, phone, new() { [PulseStatements.SafeToDisagree] = 5 });
        var withinTenSeconds = await EvaluationAsync(browser, project.Id);
        clock.Advance(EvaluationCache.LiveFresh);
        var afterTenSeconds = await EvaluationAsync(browser, project.Id);

        static int LeadersTrust(JsonElement body) =>
            body.GetProperty("rounds")[0].GetProperty("groups").GetProperty("leaders").EnumerateArray().Single(f => f.GetProperty("statementId").GetString() == "trust-held").GetProperty("n").GetInt32();
        Assert.Equal((0, 1), (LeadersTrust(before), LeadersTrust(afterTheAnswer)));
        Assert.Equal(0, withinTenSeconds.GetProperty("pulse").GetArrayLength());
        Assert.Equal(session.Id, Assert.Single(afterTenSeconds.GetProperty("pulse").EnumerateArray()).GetProperty("sessionId").GetGuid());
    }
}
