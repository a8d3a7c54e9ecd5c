using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Projects;

/// <summary>
/// As a project leader, I invite a volunteer from outside the organisation to the project by e-mail.
/// On her phone she makes an account from the link, answers the project's readiness round, takes on
/// and completes an action and adds what her organisation brings. I record a decision that built on a
/// citizen partner's contribution, and show the overview in English, and in nynorsk on a phone.
/// </summary>
public sealed class ExternalPartnerStoryTests(MailBrowserApp app) : IClassFixture<MailBrowserApp>
{
    [Fact]
    public async Task An_external_partner_joins_from_an_e_mail_answers_a_round_completes_an_action_and_adds_a_contribution_and_the_leader_records_a_decision_built_on_it()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Møteplass på Torget");
        var volunteers = await app.Factory.Arrange.PartnerAsync(project, "Frivilligsentralen", PartnerKind.CivilSociety);
        var citizens = await app.Factory.Arrange.PartnerAsync(project, "Ungdomspanelet", PartnerKind.Citizen);
        var said = await app.Factory.Arrange.ContributionAsync(citizens, description: "Ungdommene vil ha åpent på kveldstid");
        var round = await app.Factory.Arrange.ReadinessRoundAsync(project, leader);
        var action = await app.Factory.Arrange.PointActionAsync(project, leader, "trust.relations", "Inviter til felles middag", app.Factory.Clock.GetUtcNow().UtcDateTime, new DateOnly(2027, 3, 1));
        var email = $"frida-{Guid.NewGuid():N}@frivillig.test";

        await using var leaderStory = await app.StartStoryAsync("External-partner-leader");
        var page = leaderStory.Page;
        await leaderStory.SignInAsync(leader.Email!);
        await page.GotoAsync(ProjectRoutes.People(project.Id));
        await leaderStory.CheckPageAsync("people");
        await page.Locator("#Invite_Note").FillAsync("Frida fra frivilligsentralen");
        await page.Locator("#Invite_PartnerId").SelectOptionAsync(volunteers.Id.ToString());
        await page.Locator("#Invite_Email").FillAsync(email);
        await page.Locator("#Invite_Language").SelectOptionAsync("nb");
        await page.Locator("form:has(#Invite_Note) button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=people-status]")).ToContainTextAsync(email);
        await Expect(page.Locator("[data-testid=open-invitations]")).ToContainTextAsync("Frida fra frivilligsentralen");
        await leaderStory.CheckPageAsync("invited");

        var message = await app.Smtp.WaitForMessageToAsync(email);
        Assert.Contains("«Møteplass på Torget»", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Du blir med for Frivilligsentralen.", message.TextBody, StringComparison.Ordinal);

        await using (var partnerStory = await app.StartStoryAsync("External-partner-phone", phone: true))
        {
            var phone = partnerStory.Page;
            await phone.GotoAsync(ReceivedMail.LinkIn(message).PathAndQuery);
            await Expect(phone.Locator("[data-testid=external-explained]")).ToBeVisibleAsync();
            await partnerStory.CheckPageAsync("invitation");
            await phone.Locator("#Input_Name").FillAsync("Frida Frivillig");
            await phone.Locator("#Input_Password").FillAsync("et langt og godt passord");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Lag konto og bli med" }).TapAsync();
            await phone.WaitForPathAsync(ProjectRoutes.Details(project.Id));
            await Reflow.AssertFitsAsync(phone);
            await partnerStory.CheckPageAsync("overview");
            // Only the project: the organisation's project list is not in the menu.
            await Expect(phone.Locator($"header a[href='{ProjectRoutes.List}']")).ToHaveCountAsync(0);

            var answerPath = ReadinessRoutes.Answer(round.InvitationToken);
            await phone.GotoAsync(answerPath);
            await phone.Locator($"main a[href^='{answerPath}/']").First.TapAsync();
            foreach (var step in ReadinessStatements.Steps)
            {
                await phone.WaitForPathAsync($"{answerPath}/{step}");
                foreach (var statement in ReadinessStatements.InStep(step))
                {
                    await phone.Locator($"label[for='{statement.Id.Replace('.', '_')}-4']").TapAsync();
                }

                await phone.Locator("form.readiness-form button[type=submit]").TapAsync();
            }

            await phone.WaitForPathAsync(answerPath);
            await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Takk!");

            await phone.GotoAsync(ActionsRoutes.Index(project.Id));
            await partnerStory.CheckPageAsync("actions");
            await phone.Locator($"form[action*='{action.Id}'] button").TapAsync();
            await phone.Locator($"#action-{action.Id} form[action*='status=done'] button").TapAsync();
            await Expect(phone.Locator($"#action-{action.Id}")).ToHaveAttributeAsync("data-status", "done");
            await Reflow.AssertFitsAsync(phone);
            await partnerStory.CheckPageAsync("action-done");

            await phone.GotoAsync(PartnershipRoutes.Partner(project.Id, volunteers.Id));
            await phone.Locator("#Contribution_Kind").SelectOptionAsync("premises");
            await phone.Locator("#Contribution_Description").FillAsync("Lokalet vårt på Torget, to kvelder i uka");
            await phone.Locator("form[action*='handler=Contribute'] button[type=submit]").TapAsync();
            await Expect(phone.Locator("[data-testid=contributions]")).ToContainTextAsync("Lokalet vårt på Torget");
            await Reflow.AssertFitsAsync(phone);
            await partnerStory.CheckPageAsync("contribution");
        }

        await page.GotoAsync(DecisionsRoutes.New(project.Id));
        await page.Locator("#Input_Title").FillAsync("Møteplassen holder åpent på kveldstid");
        await page.Locator("#Input_DecidedOn").FillAsync("2026-12-01");
        await page.Locator($"label[for='partner-{citizens.Id}']").ClickAsync();
        await page.Locator($"label[for='contribution-{said.Id}']").ClickAsync();
        await page.Locator("#Input_BasedOnText").FillAsync("Ungdomspanelet sa hva de trenger");
        await page.Locator("label[for='knowledge-yes']").ClickAsync();
        await page.Locator("#Input_CitizenKnowledgeNote").FillAsync("Vi hadde tenkt dagtid før vi hørte dem");
        await leaderStory.CheckPageAsync("decision-form");
        await page.Locator("form:has(#Input_Title) button[type=submit]").ClickAsync();
        await page.WaitForPathAsync(DecisionsRoutes.Index(project.Id));
        await Expect(page.Locator("main")).ToContainTextAsync("Møteplassen holder åpent på kveldstid");
        await Expect(page.Locator("main")).ToContainTextAsync("Ungdommene vil ha åpent på kveldstid");
        await leaderStory.CheckPageAsync("decisions");

        await page.GotoAsync($"{ProjectRoutes.Details(project.Id)}?culture=en");
        await page.ExpectLanguageAsync("en");
        await Expect(page.Locator("main")).ToContainTextAsync("2 partners. Citizens: 1, Civil society: 1.");
        await leaderStory.CheckPageAsync("overview-en");

        await using var nynorskPhone = await app.StartStoryAsync("External-partner-leader-nn-phone", phone: true);
        await nynorskPhone.SignInAsync(leader.Email!);
        await nynorskPhone.Page.GotoAsync($"{ProjectRoutes.Details(project.Id)}?culture=nn");
        await nynorskPhone.Page.ExpectLanguageAsync("nn");
        await Reflow.AssertFitsAsync(nynorskPhone.Page);
        await nynorskPhone.CheckPageAsync("overview-nn");
    }
}
