using System.Net;
using Microsoft.Extensions.Time.Testing;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

/// <summary>Time rules tested with a moved clock: the app's one TimeProvider is a fake the test turns.</summary>
public sealed class RoundClockTests
{
    [Fact]
    public async Task A_round_takes_answers_through_its_closing_date_in_Norwegian_time_and_refuses_them_after()
    {
        // 1 March 2027, 09:00 in Oslo.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (leader, organization) = await app.Arrange.OrganizationAsync();
        var member = await app.Arrange.MemberAsync(organization.Id);
        var project = await app.Arrange.ProjectAsync(organization.Id, leader);
        var round = await app.Arrange.ReadinessRoundAsync(project, leader, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 3));
        var step = ReadinessRoutes.AnswerStep(round.InvitationToken, ReadinessStatements.Steps[0]);

        var onTheFirstDay = await AnswerAsync(app, member.Email!, step);
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 22, 59, 0, TimeSpan.Zero));
        var lateOnTheClosingDate = await AnswerAsync(app, member.Email!, step);
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 23, 1, 0, TimeSpan.Zero));
        var justAfterMidnight = await AnswerAsync(app, member.Email!, step);

        Assert.Equal(HttpStatusCode.Redirect, onTheFirstDay);
        Assert.Equal(HttpStatusCode.Redirect, lateOnTheClosingDate);
        Assert.Equal(HttpStatusCode.Conflict, justAfterMidnight);
    }

    /// <summary>Signs in afresh (the moved clock may have outlived the last sign-in) and saves one answer.</summary>
    private static async Task<HttpStatusCode> AnswerAsync(SamskapFactory app, string email, string step)
    {
        using var browser = Browserless.For(app);
        await browser.SignInAsync(email);
        // Posted directly: a closed round's page has no form to submit.
        var (response, _) = await browser.PostAsync(step, new Dictionary<string, string> { ["competence.what.1"] = "4" }, await browser.AntiforgeryTokenAsync());
        return response.StatusCode;
    }
}
