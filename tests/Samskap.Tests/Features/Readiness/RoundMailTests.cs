using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

/// <summary>With SMTP configured, invitations and reminders from the round and members pages arrive by e-mail at a real SMTP server.</summary>
public sealed class RoundMailTests(MailApp mail) : IClassFixture<MailApp>
{
    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.no";

    [Fact]
    public async Task Inviting_from_the_round_page_e_mails_a_newcomer_an_invitation_that_ends_in_the_round_and_a_member_the_rounds_link()
    {
        var app = mail.App;
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, "Trygge skoleveier");
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var member = await app.Arrange.MemberAsync(organization.Id);
        var newcomerEmail = Address("nynorsk");

        var (invited, _) = await leader.SubmitAsync(ReadinessRoutes.Round(project.Id, round.Id), new Dictionary<string, string>
        {
            ["Invite.Emails"] = $"{newcomerEmail}\n{member.Email}",
            ["Invite.Language"] = "nn",
        }, action: "handler=Invite");
        var (_, page) = await leader.GetPageAsync(invited.Headers.Location!.OriginalString);
        var toNewcomer = await mail.Smtp.WaitForMessageToAsync(newcomerEmail);
        var toMember = await mail.Smtp.WaitForMessageToAsync(member.Email!);

        Assert.Equal("2", page.QuerySelector("[data-testid=invited]")!.GetAttribute("data-sent"));
        Assert.Empty(page.QuerySelectorAll("[data-invited]"));
        Assert.Equal("nn", ReceivedMail.LanguageOf(toNewcomer));
        Assert.Equal("?culture=nn", ReceivedMail.LinkIn(toNewcomer).Query);
        Assert.Contains("Trygge skoleveier", toNewcomer.TextBody, StringComparison.Ordinal);
        Assert.Equal("nb", ReceivedMail.LanguageOf(toMember));
        Assert.Equal(ReadinessRoutes.Answer(round.InvitationToken), ReceivedMail.LinkIn(toMember).AbsolutePath);

        using var newcomer = Browserless.For(app);
        var link = ReceivedMail.LinkIn(toNewcomer).PathAndQuery;
        var (joined, _) = await newcomer.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Name"] = "Nils Nykommar",
            ["Input.Email"] = newcomerEmail,
            ["Input.Password"] = "nils sitt lange passord",
        }, action: "handler=Register");
        Assert.Equal(ReadinessRoutes.Answer(round.InvitationToken), joined.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_reminder_goes_only_to_those_who_have_not_answered_and_the_leader_sees_only_how_many()
    {
        var app = mail.App;
        var (admin, organization, leader) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var answering = await app.Arrange.MemberAsync(organization.Id);
        var silent = await app.Arrange.MemberAsync(organization.Id);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);
        var (invited, _) = await leader.SubmitAsync(roundPage, new Dictionary<string, string> { ["Invite.Emails"] = $"{answering.Email} {silent.Email}", ["Invite.Language"] = "nb" }, action: "handler=Invite");
        await leader.GetPageAsync(invited.Headers.Location!.OriginalString);
        await mail.Smtp.WaitForMessageToAsync(silent.Email!);
        await app.Arrange.ReadinessResponseAsync(round, answering, new Dictionary<string, int?> { [ReadinessStatements.All[0].Id] = 3 });
        var before = mail.Smtp.Received.Count;

        var form = await leader.FormAsync(roundPage, action: "handler=Remind");
        var (reminded, _) = await form.PostAsync([]);
        var (again, _) = await form.PostAsync([]);
        var (_, page) = await leader.GetPageAsync(reminded.Headers.Location!.OriginalString);
        var toSilent = await mail.Smtp.WaitForAsync(2, message => message.To.Mailboxes.Any(m => m.Address == silent.Email));
        var reminder = toSilent[^1];

        Assert.Equal(reminded.Headers.Location, again.Headers.Location);
        Assert.StartsWith("Påminnelse", reminder.Subject, StringComparison.Ordinal);
        Assert.Equal(before + 1, mail.Smtp.Received.Count);
        Assert.Equal("Vi har sendt en påminnelse til dem som ikke har svart ennå. Sendt: 1.", page.QuerySelector("[data-testid=invited]")!.TextContent.Trim());
        Assert.DoesNotContain(silent.Email!, page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_administrator_e_mails_an_organisation_invitation_in_the_language_chosen_and_still_sees_the_link()
    {
        var app = mail.App;
        var (_, organization, admin) = await app.SignedInAdminAsync();
        var email = Address("engelsk");

        var (created, _) = await admin.SubmitAsync(OrganizationRoutes.Members, new Dictionary<string, string>
        {
            ["Invite.Note"] = "Ny kollega",
            ["Invite.Role"] = "Member",
            ["Invite.Email"] = email,
            ["Invite.Language"] = "en",
        }, action: "handler=Invite");
        var (_, page) = await admin.GetPageAsync(created.Headers.Location!.OriginalString);
        var message = await mail.Smtp.WaitForMessageToAsync(email);

        Assert.Equal("en", ReceivedMail.LanguageOf(message));
        Assert.Contains(organization.Name, message.Subject, StringComparison.Ordinal);
        // The same invitation as the page shows, opening in the language of the e-mail.
        Assert.Equal(new Uri(page.QuerySelector("#invitation-link")!.TextContent.Trim()).AbsolutePath, ReceivedMail.LinkIn(message).AbsolutePath);
        Assert.Equal("?culture=en", ReceivedMail.LinkIn(message).Query);
        Assert.Contains(email, page.QuerySelector("[data-testid=mail-status]")!.TextContent, StringComparison.Ordinal);
        using var invitee = Browserless.For(app);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetPageAsync(ReceivedMail.LinkIn(message).PathAndQuery)).Response.StatusCode);
    }

    [Fact]
    public async Task When_an_e_mail_cannot_be_sent_the_leader_is_told_and_the_invitation_is_kept_to_copy()
    {
        var refused = Address("refused");
        await using var smtp = await LoopbackSmtpServer.StartAsync(refusedRecipients: [refused]);
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, smtp: smtp);
        var (admin, organization, leader) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);

        var (invited, _) = await leader.SubmitAsync(ReadinessRoutes.Round(project.Id, round.Id), new Dictionary<string, string>
        {
            ["Invite.Emails"] = refused,
            ["Invite.Language"] = "en",
        }, action: "handler=Invite");
        var (_, page) = await leader.GetPageAsync(invited.Headers.Location!.OriginalString);

        var status = page.QuerySelector("[data-testid=invited]")!;
        Assert.Equal("1", status.GetAttribute("data-failed"));
        Assert.Contains("We could not send 1 of 1 e-mails", status.TextContent, StringComparison.Ordinal);
        var link = new Uri(page.QuerySelector($"[data-invited='{refused}'] [data-testid=copy-value]")!.TextContent.Trim()).PathAndQuery;
        using var invitee = Browserless.For(app);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetPageAsync(link)).Response.StatusCode);
    }
}
