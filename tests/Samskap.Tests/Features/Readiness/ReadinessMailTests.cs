using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samskap.Tests.Support;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Tests.Features.Readiness;

/// <summary>A round's invitation and reminder e-mails: in the member's language, plain, with the closing date and a link that works.</summary>
public sealed class ReadinessMailTests(MailApp mail) : IClassFixture<MailApp>
{
    private static readonly Uri _link = new("https://samskap.test/readiness/answer/9a8b7c");
    private static readonly DateOnly _closesOn = new(2026, 12, 3);

    [Theory]
    [InlineData("nb", "Vurder forutsetningene for «Trygg skolevei»", "Du kan svare til og med 3. desember 2026.")]
    [InlineData("nn", "Vurder føresetnadene for «Trygg skolevei»", "Du kan svare til og med 3. desember 2026.")]
    [InlineData("en", "Assess the prerequisites for “Trygg skolevei”", "You can answer until 3 December 2026.")]
    public void The_round_invitation_is_in_the_members_language_with_the_closing_date(string language, string subject, string closes)
    {
        var message = InCulture.Run(language == "en" ? "nb" : "en", () => ReadinessMail.RoundInvitation("ola@kommune.no", language, "Trygg skolevei", _link, _closesOn));
        var lines = message.Text.Split('\n');

        Assert.Equal(language, message.Language);
        Assert.Equal(subject, message.Subject);
        Assert.Contains(closes, lines);
        Assert.Contains(_link.AbsoluteUri, lines);
        Assert.DoesNotContain(Ignore(language), message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "Påminnelse: vurder forutsetningene for «Trygg skolevei»", "Du kan svare til og med 3. desember 2026.")]
    [InlineData("nn", "Påminning: vurder føresetnadene for «Trygg skolevei»", "Du kan svare til og med 3. desember 2026.")]
    [InlineData("en", "Reminder: assess the prerequisites for “Trygg skolevei”", "You can answer until 3 December 2026.")]
    public void The_reminder_is_in_the_members_language_and_says_to_ignore_it_when_already_answered(string language, string subject, string closes)
    {
        var message = InCulture.Run(language == "nn" ? "en" : "nn", () => ReadinessMail.Reminder("ola@kommune.no", language, "Trygg skolevei", _link, _closesOn));
        var lines = message.Text.Split('\n');

        Assert.Equal(language, message.Language);
        Assert.Equal(subject, message.Subject);
        Assert.Contains(closes, lines);
        Assert.Contains(_link.AbsoluteUri, lines);
        Assert.Contains(Ignore(language), lines);
        Assert.Contains($"<a href=\"{_link.AbsoluteUri}\">", message.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void Both_readiness_messages_pass_the_Klarsprak_check(string language)
    {
        MailKlarsprak.AssertPlain(ReadinessMail.RoundInvitation("ola@kommune.no", language, "Trygg skolevei", _link, _closesOn));
        MailKlarsprak.AssertPlain(ReadinessMail.Reminder("ola@kommune.no", language, "Trygg skolevei", _link, _closesOn));
    }

    [Theory]
    [InlineData("nb", "1. januar 2027")]
    [InlineData("nn", "1. januar 2027")]
    [InlineData("en", "1 January 2027")]
    public void Dates_are_written_as_a_letter_in_the_language_writes_them(string language, string written)
    {
        Assert.Equal(written, EmailDates.Format(new DateOnly(2027, 1, 1), language));
    }

    [Fact]
    public async Task A_sent_round_invitation_arrives_in_english_with_a_link_that_opens_the_round_for_the_member()
    {
        var (member, message, project) = await RoundMessageAsync(ReadinessMail.RoundInvitation);

        var (received, opened, page) = await SendAndOpenAsync(member, message);

        Assert.Equal(member.Email, received.To.Mailboxes.Single().Address);
        Assert.Equal($"Assess the prerequisites for “{project}”", received.Subject);
        Assert.Equal("en", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(project, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_reminder_arrives_with_a_link_that_opens_the_round_for_the_member()
    {
        var (member, message, project) = await RoundMessageAsync(ReadinessMail.Reminder);

        var (received, opened, page) = await SendAndOpenAsync(member, message);

        Assert.Equal($"Reminder: assess the prerequisites for “{project}”", received.Subject);
        Assert.Contains(Ignore("en"), received.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(project, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static string Ignore(string language) => language switch
    {
        "nn" => "Har du svart alt, kan du sjå bort frå denne e-posten.",
        "en" => "If you have already answered, you can ignore this e-mail.",
        _ => "Har du svart allerede, kan du se bort fra denne e-posten.",
    };

    private async Task<(Samskap.Web.Features.Account.AppUser Member, EmailMessage Message, string Project)> RoundMessageAsync(
        Func<string, string, string, Uri, DateOnly, EmailMessage> compose)
    {
        var app = mail.App;
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);
        var member = await app.Arrange.MemberAsync(organization.Id);
        var link = new Uri(MailApp.BaseAddress, ReadinessRoutes.Answer(round.InvitationToken));
        return (member, compose(member.Email!, "en", project.Title, link, round.ClosesOn), project.Title);
    }

    private async Task<(MimeMessage Received, HttpResponseMessage Opened, IDocument Page)> SendAndOpenAsync(Samskap.Web.Features.Account.AppUser member, EmailMessage message)
    {
        var result = await mail.App.Services.GetRequiredService<Mailer>().SendAsync(message, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
        var received = await mail.Smtp.WaitForMessageToAsync(member.Email!);
        using var browser = Browserless.For(mail.App);
        await browser.SignInAsync(member.Email!);
        var (opened, page) = await browser.GetPageAsync(ReceivedMail.LinkIn(received).PathAndQuery);
        return (received, opened, page);
    }
}
