using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

public sealed class RoundInvitationTests(Apps apps)
{
    private static Dictionary<string, string> Invite(string emails, string language = "nb") => new()
    {
        ["Invite.Emails"] = emails,
        ["Invite.Language"] = language,
    };

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> InviteAsync(Browserless leader, string roundPage, string emails, string language = "nb") =>
        await leader.SubmitAsync(roundPage, Invite(emails, language), action: "handler=Invite");

    /// <summary>The links shown once after inviting, by the address they are for.</summary>
    private static async Task<Dictionary<string, string>> ShownLinksAsync(Browserless leader, HttpResponseMessage invited)
    {
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var (_, page) = await leader.GetPageAsync(invited.Headers.Location!.OriginalString);
        return page.QuerySelectorAll("[data-invited]").ToDictionary(
            item => item.GetAttribute("data-invited")!,
            item => new Uri(item.QuerySelector("[data-testid=copy-value]")!.TextContent.Trim()).PathAndQuery);
    }

    private static Dictionary<string, string> Newcomer(string email) => new()
    {
        ["Input.Name"] = "Nora Nykommer",
        ["Input.Email"] = email,
        ["Input.Password"] = "nora sin lange passordsetning",
    };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_project_owner_who_is_not_an_administrator_invites_a_newcomer_whose_one_link_ends_in_the_round(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (_, organization) = await app.Arrange.OrganizationAsync();
        var owner = await app.Arrange.MemberAsync(organization.Id);
        var project = await app.Arrange.ProjectAsync(organization.Id, owner, "Trygge skoleveier");
        var round = await app.Arrange.ReadinessRoundAsync(project, owner);
        using var leader = Browserless.For(app);
        await leader.SignInAsync(owner.Email!);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);
        var newcomerEmail = $"nora-{Guid.NewGuid():N}@example.no";

        var (invited, _) = await InviteAsync(leader, roundPage, newcomerEmail);
        var link = (await ShownLinksAsync(leader, invited))[newcomerEmail];

        using var newcomer = Browserless.For(app);
        var (invitationResponse, invitationPage) = await newcomer.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, invitationResponse.StatusCode);
        Assert.Contains("Trygge skoleveier", invitationPage.QuerySelector("[data-testid=landing]")!.TextContent, StringComparison.Ordinal);
        var (joined, _) = await newcomer.SubmitAsync(link, Newcomer(newcomerEmail), action: "handler=Register");
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(ReadinessRoutes.Answer(round.InvitationToken), joined.Headers.Location!.OriginalString);
        var (answer, _) = await newcomer.GetPageAsync(joined.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var membership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.OrganizationId == organization.Id && m.User!.Email == newcomerEmail));
        Assert.Equal(OrganizationRole.Member, membership.Role);
    }

    [Fact]
    public async Task A_member_gets_the_rounds_own_link_and_the_leader_sees_how_many_have_not_answered_but_not_who()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var answering = await app.Arrange.MemberAsync(organization.Id);
        var silent = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ReadinessResponseAsync(round, answering, new Dictionary<string, int?> { [ReadinessStatements.All[0].Id] = 4 });
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);

        var (invited, _) = await InviteAsync(leader, roundPage, $"{answering.Email}, {silent.Email!.ToUpperInvariant()}");
        var links = await ShownLinksAsync(leader, invited);

        Assert.Equal(ReadinessRoutes.Answer(round.InvitationToken), links[answering.Email!]);
        Assert.Equal(ReadinessRoutes.Answer(round.InvitationToken), links[silent.Email!.ToUpperInvariant()]);
        var (_, page) = await leader.GetPageAsync(roundPage);
        Assert.Equal("Invitert herfra: 2. Har ikke svart ennå: 1.", page.QuerySelector("[data-testid=invitee-counts]")!.TextContent);
        Assert.DoesNotContain(answering.Email!, page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task Addresses_that_are_not_addresses_are_named_in_the_error_and_nothing_is_sent()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);

        var (wrong, page) = await InviteAsync(leader, roundPage, "kari@example.no\nola@", "en");
        var (empty, emptyPage) = await InviteAsync(leader, roundPage, "  ", "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("“ola@” is not an e-mail address. Correct it in “E-mail addresses”.", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("kari@example.no\nola@", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invite.Emails']")!.Value);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("E-mail addresses", emptyPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.RoundInvitees.IgnoreQueryFilters().CountAsync(i => i.RoundId == round.Id)));
    }

    [Fact]
    public async Task Inviting_the_same_person_again_replaces_their_link_so_only_one_is_live()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);
        var email = $"per-{Guid.NewGuid():N}@example.no";

        var first = (await ShownLinksAsync(leader, (await InviteAsync(leader, roundPage, email)).Response))[email];
        var second = (await ShownLinksAsync(leader, (await InviteAsync(leader, roundPage, email)).Response))[email];

        using var newcomer = Browserless.For(app);
        Assert.Equal(HttpStatusCode.Gone, (await newcomer.GetPageAsync(first)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetPageAsync(second)).Response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.RoundInvitees.IgnoreQueryFilters().CountAsync(i => i.RoundId == round.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganizationId == organization.Id && i.RevokedAt == null)));
    }

    [Fact]
    public async Task Submitting_the_invitation_form_twice_invites_once()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);
        var form = await leader.FormAsync(roundPage, action: "handler=Invite");

        var (first, _) = await form.PostAsync(Invite("a@example.no, b@example.no"));
        var (again, _) = await form.PostAsync(Invite("a@example.no, b@example.no"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(2, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task Only_the_leader_of_a_live_project_sees_the_invitation_form_and_may_post_it()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var owner = await app.Arrange.MemberAsync(organization.Id);
        var other = await app.Arrange.MemberAsync(organization.Id);
        var project = await app.Arrange.ProjectAsync(organization.Id, owner);
        var round = await app.Arrange.ReadinessRoundAsync(project, owner);
        var archived = await app.Arrange.ProjectAsync(organization.Id, owner, archived: true);
        var archivedRound = await app.Arrange.ReadinessRoundAsync(archived, owner);
        using var member = Browserless.For(app);
        await member.SignInAsync(other.Email!);
        using var leader = Browserless.For(app);
        await leader.SignInAsync(owner.Email!);
        var token = await member.AntiforgeryTokenAsync();

        var (_, memberPage) = await member.GetPageAsync(ReadinessRoutes.Round(project.Id, round.Id));
        var (refused, _) = await member.PostAsync($"{ReadinessRoutes.Round(project.Id, round.Id)}?handler=Invite", Invite("x@example.no"), token);
        var (_, archivedPage) = await leader.GetPageAsync(ReadinessRoutes.Round(archived.Id, archivedRound.Id));

        Assert.Empty(memberPage.QuerySelectorAll("form[action*='handler=Invite']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(archivedPage.QuerySelectorAll("form[action*='handler=Invite']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.RoundInvitees.IgnoreQueryFilters().CountAsync(i => i.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task Switching_language_in_the_middle_of_a_step_saves_the_answers_and_comes_back_to_the_step()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var step = ReadinessStatements.Steps[1];
        var statement = ReadinessStatements.InStep(step).First();

        var (switched, _) = await leader.SubmitAsync(ReadinessRoutes.AnswerStep(round.InvitationToken, step), new Dictionary<string, string>
        {
            [statement.Id] = "4",
            [AnswerModel.SwitchLanguageField] = "nn",
        });
        var (chosen, _) = await leader.GetPageAsync(switched.Headers.Location!.OriginalString);
        var (_, page) = await leader.GetPageAsync(chosen.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(ReadinessRoutes.AnswerStep(round.InvitationToken, step), chosen.Headers.Location!.OriginalString);
        Assert.Equal("nn", page.DocumentElement.GetAttribute("lang"));
        Assert.True(page.QuerySelector<IHtmlInputElement>($"input[name='{statement.Id}'][value='4']")!.IsChecked);
    }
}
