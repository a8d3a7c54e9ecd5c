using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Projects;

/// <summary>The project invitation e-mail: in the partner's language, plain, and with a link that works once.</summary>
public sealed class ProjectInvitationMailTests(MailApp mail) : IClassFixture<MailApp>
{
    private static readonly Uri _link = new("https://samskap.example/invitations/abc?culture=nb");

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void Each_project_invitation_passes_the_Klarsprak_check(string language)
    {
        MailKlarsprak.AssertPlain(ProjectInvitationMail.Compose("vera@vel.no", language, "Kari Nordmann", "Skien kommune", "Møteplass på Torget", "Velforeningen", _link));
        MailKlarsprak.AssertPlain(ProjectInvitationMail.Compose("vera@vel.no", language, "Kari Nordmann", "Skien kommune", "Møteplass på Torget", null, _link));
    }

    [Fact]
    public async Task A_leader_e_mails_an_invitation_in_nynorsk_and_the_partner_joins_through_its_link()
    {
        var app = mail.App;
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, "Møteplass på Torget");
        var partner = await app.Arrange.PartnerAsync(project, "Velforeningen", PartnerKind.CivilSociety);
        using var leader = Browserless.For(app);
        await leader.SignInAsync(admin.Email!);
        var to = $"vera-{Guid.NewGuid():N}@vel.test";

        var (sent, _) = await leader.SubmitAsync(ProjectRoutes.People(project.Id), new Dictionary<string, string>
        {
            ["Invite.Note"] = "Vera",
            ["Invite.Email"] = to,
            ["Invite.PartnerId"] = partner.Id.ToString(),
            ["Invite.Language"] = "nn",
        }, action: "handler=Invite");
        var received = await mail.Smtp.WaitForMessageToAsync(to);
        var (_, page) = await leader.GetPageAsync(ProjectRoutes.People(project.Id));
        using var vera = Browserless.For(app);
        var link = ReceivedMail.LinkIn(received).PathAndQuery;
        var (joined, _) = await vera.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Name"] = "Vera Vel",
            ["Input.Email"] = to,
            ["Input.Password"] = SamskapFactory.TestPassword,
        });
        var (reused, _) = await Browserless.For(app).GetPageAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(to, page.QuerySelector("[data-testid=people-status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nn", ReceivedMail.LanguageOf(received));
        Assert.Equal($"{admin.DisplayName} inviterer deg med i prosjektet «Møteplass på Torget»", received.Subject);
        Assert.Contains("Du blir med for Velforeningen.", received.TextBody, StringComparison.Ordinal);
        Assert.EndsWith("?culture=nn", link, StringComparison.Ordinal);
        Assert.Equal(ProjectRoutes.Details(project.Id), joined.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        var person = await app.WithDbAsync(db => db.ProjectPeople.IgnoreQueryFilters().SingleAsync(p => p.ProjectId == project.Id));
        Assert.Equal(partner.Id, person.PartnerId);
        Assert.StartsWith(AccountRoutes.Invitation(""), link, StringComparison.Ordinal);
    }
}
