using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Readiness;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Readiness;

/// <summary>
/// As a project leader, I invite two colleagues who are not in Samskap yet from the round page. The
/// invitations arrive by e-mail in the language I chose; each makes an account from the link, lands in
/// the round and answers on a phone; I read the result.
/// </summary>
public sealed class InvitedColleaguesStoryTests(MailBrowserApp app) : IClassFixture<MailBrowserApp>
{
    private static readonly Dictionary<string, StoryTexts> _texts = new()
    {
        ["nb"] = new StoryTexts(
            Sent: "Vi har sendt invitasjonen på e-post. Sendt: 2.",
            MailRound: "Etterpå kommer du rett til vurderingen av forutsetningene for prosjektet",
            CreateAndJoin: "Lag konto og bli med",
            Thanks: "Takk! Alle svarene dine er lagret.",
            Counts: "Invitert herfra: 2. Har ikke svart ennå: 0."),
        ["nn"] = new StoryTexts(
            Sent: "Vi har sendt invitasjonen på e-post. Sendt: 2.",
            MailRound: "Etterpå kjem du rett til vurderinga av føresetnadene for prosjektet",
            CreateAndJoin: "Lag konto og bli med",
            Thanks: "Takk! Alle svara dine er lagra.",
            Counts: "Invitert herifrå: 2. Har ikkje svart enno: 0."),
    };

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public async Task A_leader_invites_two_new_colleagues_by_e_mail_and_reads_the_round_once_they_have_answered_on_their_phones(string culture)
    {
        var texts = _texts[culture];
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var title = $"Møteplasser for unge ({culture})";
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, title);
        var round = await app.Factory.Arrange.ReadinessRoundAsync(project, leader);
        // A third colleague has answered already, so the two newcomers' answers make a result.
        var colleague = await app.Factory.AddMemberAsync(organization.Id);
        await app.Factory.Arrange.ReadinessResponseAsync(round, colleague, ReadinessStatements.All.ToDictionary(s => s.Id, _ => (int?)4));
        string[] newcomers = [$"kari-{Guid.NewGuid():N}@example.no", $"ola-{Guid.NewGuid():N}@example.no"];

        await using var leaderStory = await app.StartStoryAsync($"Invited-colleagues-leader-{culture}");
        var page = leaderStory.Page;
        await leaderStory.SignInAsync(leader.Email!);
        var roundPage = ReadinessRoutes.Round(project.Id, round.Id);
        await page.GotoAsync($"{roundPage}?culture={culture}");
        await leaderStory.CheckPageAsync("round");
        await page.Locator("#Invite_Emails").FillAsync(string.Join("\n", newcomers));
        await page.Locator("#Invite_Language").SelectOptionAsync(culture);
        await page.Locator("form:has(#Invite_Emails) button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=invited]")).ToHaveTextAsync(texts.Sent);
        // Right after sending, no reminder is offered: a click would e-mail the same people again at once.
        await Expect(page.Locator("form[action*='handler=Remind']")).ToHaveCountAsync(0);
        await leaderStory.CheckPageAsync("invited");

        for (var i = 0; i < newcomers.Length; i++)
        {
            var message = await app.Smtp.WaitForMessageToAsync(newcomers[i]);
            Assert.Equal(newcomers[i], message.To.Mailboxes.Single().Address);
            Assert.EndsWith($"{organization.Name} i Samskap", message.Subject, StringComparison.Ordinal);
            Assert.Equal(culture, ReceivedMail.LanguageOf(message));
            Assert.Contains($"{texts.MailRound} «{title}»", message.TextBody, StringComparison.Ordinal);
            var link = ReceivedMail.LinkIn(message);
            Assert.Equal(app.BaseAddress.Authority, link.Authority);
            Assert.StartsWith("/invitations/", link.AbsolutePath, StringComparison.Ordinal);

            await JoinAndAnswerOnAPhoneAsync($"Invited-colleagues-{i + 1}-{culture}", link, newcomers[i], culture, round, texts, checkPages: i == 0);
        }

        await page.GotoAsync(roundPage);
        await Expect(page.Locator("[data-testid=respondents]")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-testid=invitee-counts]")).ToHaveTextAsync(texts.Counts);
        await Expect(page.Locator("[data-verdict]")).ToBeVisibleAsync();
        await Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        // With a result to read, the result comes before the invitations.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.getElementById('result-heading').compareDocumentPosition(document.getElementById('invite-heading')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        await leaderStory.CheckPageAsync("result");
    }

    private async Task JoinAndAnswerOnAPhoneAsync(string storyName, Uri link, string email, string culture, ReadinessRound round, StoryTexts texts, bool checkPages)
    {
        await using var story = await app.StartStoryAsync(storyName, phone: true);
        var page = story.Page;
        await page.GotoAsync(link.PathAndQuery);
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(email);
        await Expect(page.Locator("[data-testid=landing]")).ToBeVisibleAsync();
        if (checkPages)
        {
            await story.CheckPageAsync("invitation");
        }

        await page.Locator("#Input_Name").FillAsync("Ny Kollega");
        await page.Locator("#Input_Password").FillAsync("et langt og godt passord");
        await page.GetByRole(AriaRole.Button, new() { Name = texts.CreateAndJoin }).TapAsync();

        var answerPath = ReadinessRoutes.Answer(round.InvitationToken);
        await page.WaitForPathAsync(answerPath);
        if (checkPages)
        {
            await story.CheckPageAsync("round-start");
        }

        await page.Locator($"main a[href^='{answerPath}/']").First.TapAsync();
        foreach (var step in ReadinessStatements.Steps)
        {
            await page.WaitForPathAsync($"{answerPath}/{step}");
            await Reflow.AssertFitsAsync(page);
            if (checkPages)
            {
                await story.CheckPageAsync(step);
            }

            foreach (var statement in ReadinessStatements.InStep(step))
            {
                await page.Locator($"label[for='{statement.Id.Replace('.', '_')}-4']").TapAsync();
            }

            await page.Locator("form.readiness-form button[type=submit]").TapAsync();
        }

        await page.WaitForPathAsync(answerPath);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(texts.Thanks);
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        if (checkPages)
        {
            await story.CheckPageAsync("thanks");
        }
    }

    private sealed record StoryTexts(string Sent, string MailRound, string CreateAndJoin, string Thanks, string Counts);
}
