using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Evaluation;

/// <summary>Evaluation rounds through the pages: started by the leader, answered by every party, participants without an account.</summary>
public sealed class EvaluationRoundTests(Apps apps)
{
    private static Dictionary<string, string> AllAnswered(string value) =>
        EvaluationStatements.Ids.ToDictionary(id => id, _ => value);

    private static string Day(SamskapFactory app, int fromToday) =>
        NorwegianTime.Today(app.Clock).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_leader_starts_a_round_once_even_when_the_form_is_sent_twice()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var form = await browser.FormAsync(EvaluationRoutes.NewRound(project.Id));
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Etter utprøvingen", ["Input.OpensOn"] = Day(app, 0), ["Input.ClosesOn"] = Day(app, 14) };

        var first = await form.PostAsync(fields);
        var second = await form.PostAsync(fields);

        var round = Assert.Single(await app.WithDbAsync(db => db.EvaluationRounds.IgnoreQueryFilters().Where(r => r.ProjectId == project.Id).ToListAsync()));
        Assert.Equal(("Etter utprøvingen", 1), (round.Title, round.Number));
        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal(EvaluationRoutes.Round(project.Id, round.Id), second.Response.Headers.Location!.OriginalString);
        Assert.NotNull(LiveSecrets.NormalizeCode(round.JoinCode));
    }

    [Fact]
    public async Task A_round_without_a_title_is_refused_with_the_field_named_in_the_leaders_language()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("nn");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (response, page) = await browser.SubmitAsync(EvaluationRoutes.NewRound(project.Id), new Dictionary<string, string> { ["Input.Title"] = " ", ["Input.OpensOn"] = "2020-01-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Skriv kva runden gjeld.", page.QuerySelector("#title-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelector("#opens-error")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("#closes-error")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.EvaluationRounds.IgnoreQueryFilters().CountAsync(r => r.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_participant_answers_by_the_code_without_an_account_and_changes_the_answers_from_the_same_phone()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var phone = Browserless.For(app, "nn");
        using var otherPhone = Browserless.For(app, "nn");

        var (typed, _) = await phone.SubmitAsync(EvaluationRoutes.Join, new Dictionary<string, string> { ["Code"] = $" {round.JoinCode[..3].ToLowerInvariant()} {round.JoinCode[3..]} " });
        var link = typed.Headers.Location!.OriginalString;
        var (sent, _) = await phone.SubmitAsync(link, AllAnswered("2"));
        var (_, thanks) = await phone.GetPageAsync(sent.Headers.Location!.OriginalString);
        await phone.SubmitAsync(link, new Dictionary<string, string> { ["trust-held"] = "5", ["equal-footing"] = "?" });
        await otherPhone.SubmitAsync(link, AllAnswered("4"));

        Assert.Equal(EvaluationRoutes.Participate(round.ParticipantToken), link);
        Assert.Contains("Takk for svara dine!", thanks.QuerySelector("[data-testid=participant-thanks]")!.TextContent, StringComparison.Ordinal);
        var responses = await app.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().AsNoTracking().Where(r => r.RoundId == round.Id).OrderBy(r => r.CreatedAt).ToListAsync());
        Assert.Equal(2, responses.Count);
        Assert.All(responses, r => Assert.Equal((EvaluationGroup.Participants, (string?)null), (r.Group, r.RespondentUserId)));
        Assert.Equal(new Dictionary<string, int?> { ["trust-held"] = 5, ["equal-footing"] = null }, responses[0].Answers);
        Assert.Equal(4, responses[1].Answers["trust-held"]);
    }

    [Fact]
    public async Task A_participant_sending_the_same_form_twice_gives_one_response()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var phone = Browserless.For(app);
        var form = await phone.FormAsync(EvaluationRoutes.Participate(round.ParticipantToken));

        await Task.WhenAll(form.PostAsync(AllAnswered("3")), form.PostAsync(AllAnswered("3")));

        Assert.Equal(1, await app.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
    }

    [Fact]
    public async Task An_unknown_code_is_refused_with_the_code_field_named()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        using var phone = Browserless.For(app, "en");

        var (response, page) = await phone.SubmitAsync(EvaluationRoutes.Join, new Dictionary<string, string> { ["Code"] = "ZZZZZZ" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("We find no evaluation with this code", page.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_outside_the_scale_is_refused_with_the_statement_named_and_nothing_is_saved()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var phone = Browserless.For(app, "en");

        var (response, page) = await phone.SubmitAsync(EvaluationRoutes.Participate(round.ParticipantToken), new Dictionary<string, string> { ["trust-held"] = "7" });
        var (none, nonePage) = await phone.SubmitAsync(EvaluationRoutes.Participate(round.ParticipantToken), []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("We trusted each other all the way through.", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Answer at least one statement", nonePage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
    }

    [Fact]
    public async Task A_closed_round_takes_no_more_answers()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var phone = Browserless.For(app);
        var form = await phone.FormAsync(EvaluationRoutes.Participate(round.ParticipantToken));

        await browser.SubmitAsync(EvaluationRoutes.Round(project.Id, round.Id), [], action: "handler=Close");
        var (late, _) = await form.PostAsync(AllAnswered("4"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.EvaluationRounds.IgnoreQueryFilters().Where(r => r.Id == round.Id).Select(r => r.ClosedAt).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().CountAsync(r => r.RoundId == round.Id)));
    }

    [Fact]
    public async Task The_leader_answers_as_a_leader_and_an_external_partner_as_a_partner()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partnerPerson = await app.Arrange.ExternalPartnerAsync(project);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var partner = Browserless.For(app);
        await partner.SignInAsync(partnerPerson.Email!);

        await leader.SubmitAsync(EvaluationRoutes.Answer(project.Id, round.Id), AllAnswered("5"));
        await leader.SubmitAsync(EvaluationRoutes.Answer(project.Id, round.Id), AllAnswered("4"));
        await partner.SubmitAsync(EvaluationRoutes.Answer(project.Id, round.Id), AllAnswered("2"));

        var responses = await app.WithDbAsync(db => db.EvaluationResponses.IgnoreQueryFilters().AsNoTracking().Where(r => r.RoundId == round.Id).ToListAsync());
        Assert.Equal(2, responses.Count);
        Assert.Equal(4, responses.Single(r => r.RespondentUserId == admin.Id && r.Group == EvaluationGroup.Leaders).Answers["trust-held"]);
        Assert.Equal(2, responses.Single(r => r.RespondentUserId == partnerPerson.Id && r.Group == EvaluationGroup.Partners).Answers["trust-held"]);
    }

    [Fact]
    public async Task A_viewer_of_the_project_cannot_answer_as_a_leader()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var viewer = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, viewer, ProjectRole.Viewer);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        using var browser = Browserless.For(app);
        await browser.SignInAsync(viewer.Email!);

        var (response, _) = await browser.GetPageAsync(EvaluationRoutes.Answer(project.Id, round.Id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_evaluation_page_puts_the_gap_first_in_plain_words()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.EvaluationRoundAsync(project, admin);
        await app.Arrange.EvaluationResponsesAsync(round, EvaluationGroup.Leaders, 5, new() { ["everyday-knowledge-valued"] = 5 });
        await app.Arrange.EvaluationResponsesAsync(round, EvaluationGroup.Participants, 6, new() { ["everyday-knowledge-valued"] = 2 });

        var (_, page) = await browser.GetPageAsync(EvaluationRoutes.Project(project.Id));

        var gaps = page.QuerySelector("[data-rule=perception-gap]")!;
        var gap = gaps.QuerySelector("[data-gap=everyday-knowledge-valued]")!;
        Assert.Equal("participants", gap.GetAttribute("data-between"));
        Assert.Contains("Lederne svarte 5,0 i snitt, deltakerne 2,0. Lederne er mer enige enn deltakerne.", gap.TextContent, StringComparison.Ordinal);
        // The selector's matches come in document order: the gaps before the rounds and the pulse.
        Assert.Equal(["gaps-heading-1", "rounds-heading", "pulse-heading"], page.QuerySelectorAll("#gaps-heading-1, #rounds-heading, #pulse-heading").Select(e => e.Id));
    }

    [Fact]
    public async Task A_sessions_pulse_page_lists_the_open_answers_and_only_counts_the_ones_held_for_personal_data()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Verksted om turstier");
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var pulse = await app.Arrange.LiveActivityAsync(session, ActivityKind.Pulse);
        for (var i = 0; i < 5; i++)
        {
            var (participant, _) = await app.Arrange.ParticipantAsync(room);
            await app.Arrange.PulseAnswerAsync(pulse, participant, new() { [PulseStatements.UnderstandableLanguage] = i + 1 }, open: i switch
            {
                0 => "Fint med kaffe",
                1 => "Ring meg på 91234567",
                _ => null,
            }, held: i == 1);
        }

        var (_, page) = await browser.GetPageAsync(EvaluationRoutes.Session(project.Id, session.Id));

        Assert.Equal(["Fint med kaffe"], page.QuerySelectorAll("[data-testid=open-answers] li").Select(li => li.TextContent));
        Assert.Contains("1", page.QuerySelector("[data-testid=open-held]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("91234567", page.Body!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector($"[data-testid=session-pulse] tr[data-statement={PulseStatements.UnderstandableLanguage}]")!;
        Assert.Contains("3,0", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1: 1, 2: 1, 3: 1, 4: 1, 5: 1", row.TextContent, StringComparison.Ordinal);
    }
}
