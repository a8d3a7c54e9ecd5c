using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samskap.Tests.Support;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Tests.Features.Organizations;

/// <summary>The invitation e-mail: in the invited person's language, plain, and with a link that works.</summary>
public sealed class InvitationMailTests(MailApp mail) : IClassFixture<MailApp>
{
    private static readonly Uri _link = new("https://samskap.test/invitations/5f0c2a");

    public static TheoryData<string, string, string> Languages() => new()
    {
        { "nb", "Kari Nordmann inviterer deg til Skien kommune i Samskap", "Kari Nordmann har invitert deg til å bli med i Skien kommune i Samskap." },
        { "nn", "Kari Nordmann inviterer deg til Skien kommune i Samskap", "Kari Nordmann har invitert deg til å bli med i Skien kommune i Samskap. Samskap er eit verktøy" },
        { "en", "Kari Nordmann invites you to Skien kommune in Samskap", "Kari Nordmann has invited you to join Skien kommune in Samskap." },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_invitation_is_in_the_recipients_language_whatever_the_current_one(string language, string subject, string invited)
    {
        var message = InCulture.Run(language == "en" ? "nn" : "en", () => InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link));

        Assert.Equal(language, message.Language);
        Assert.Equal("ola@kommune.no", message.To);
        Assert.Equal(subject, message.Subject);
        Assert.Contains(invited, message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "Lenken virker i 7 dager, og du kan bare bruke den én gang.")]
    [InlineData("nn", "Lenkja verkar i 7 dagar, og du kan berre bruke ho éin gong.")]
    [InlineData("en", "The link works for 7 days, and you can use it only once.")]
    public void The_invitation_gives_the_link_on_its_own_line_and_says_it_works_for_seven_days_and_once(string language, string validity)
    {
        var message = InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link);
        var lines = message.Text.Split('\n');

        Assert.Contains(_link.AbsoluteUri, lines);
        Assert.Contains(validity, lines);
        Assert.Contains($"<a href=\"{_link.AbsoluteUri}\">", message.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", message.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "Etterpå kommer du rett til vurderingen av forutsetningene for prosjektet «Trygg skolevei».")]
    [InlineData("nn", "Etterpå kjem du rett til vurderinga av føresetnadene for prosjektet «Trygg skolevei».")]
    [InlineData("en", "Afterwards you go straight to the readiness assessment for the project “Trygg skolevei”.")]
    public void An_invitation_from_a_round_says_which_project_it_leads_on_to(string language, string round)
    {
        var fromRound = InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link, "Trygg skolevei");
        var plain = InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link);

        Assert.Contains(round, fromRound.Text.Split('\n'));
        Assert.DoesNotContain("Trygg skolevei", plain.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void Each_invitation_passes_the_Klarsprak_check(string language)
    {
        MailKlarsprak.AssertPlain(InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link));
        MailKlarsprak.AssertPlain(InvitationMail.Compose("ola@kommune.no", language, "Kari Nordmann", "Skien kommune", _link, "Trygg skolevei"));
    }

    [Fact]
    public void The_Klarsprak_check_of_e_mails_refuses_stiff_and_passive_wording()
    {
        var stiff = new EmailMessage("ola@kommune.no", "nb", "Vedrørende invitasjon", "Søknaden ble behandlet i henhold til reglene.");

        var refused = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => MailKlarsprak.AssertPlain(stiff));

        Assert.Contains("stiff-word", refused.Message, StringComparison.Ordinal);
        Assert.Contains("passive", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_invitation_arrives_in_nynorsk_with_a_link_that_opens_the_invitation()
    {
        var app = mail.App;
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var token = await CreateInvitationAsync(organization.Id, admin.Id);
        var to = $"ny-{Guid.NewGuid():N}@kommune.test";
        var message = InvitationMail.Compose(to, "nn", admin.DisplayName, organization.Name, new Uri(MailApp.BaseAddress, AccountRoutes.Invitation(token)), "Trygg skolevei");

        var result = await app.Services.GetRequiredService<Mailer>().SendAsync(message, TestContext.Current.CancellationToken);
        var received = await mail.Smtp.WaitForMessageToAsync(to);
        using var newcomer = Browserless.For(app);
        var (opened, page) = await newcomer.GetPageAsync(ReceivedMail.LinkIn(received).PathAndQuery);

        Assert.True(result.Succeeded);
        Assert.Equal(to, received.To.Mailboxes.Single().Address);
        Assert.Equal($"{admin.DisplayName} inviterer deg til {organization.Name} i Samskap", received.Subject);
        Assert.Equal("nn", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("Opne lenkja for å bli med.", received.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(organization.Name, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> CreateInvitationAsync(Guid organizationId, string adminId)
    {
        await using var scope = mail.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>()
            .CreateAsync(organizationId, OrganizationRole.Member, "Ny kollega", adminId, TestContext.Current.CancellationToken);
    }
}
