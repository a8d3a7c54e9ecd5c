using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Live;

/// <summary>
/// As a facilitator, I run a workshop live: three people take part from their phones (one in
/// nynorsk, one with the keyboard alone), the projector shows the wall, and the room gives ideas and
/// upvotes, a dot vote I reveal, a word cloud and a pulse. An idea with a fødselsnummer stays off
/// the wall. A phone that loses its connection keeps what it sent and delivers it once.
/// </summary>
public sealed class LiveStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize _projector = new() { Width = 1920, Height = 1080 };

    [Fact]
    public async Task Three_phones_and_a_projector_take_part_in_ideas_a_hidden_dot_vote_a_word_cloud_and_a_pulse_and_personal_data_stays_off_the_wall()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Turstien langs elva");
        var session = await app.Factory.Arrange.SessionAsync(project, title: "Folkemøte om turstien");
        var dots = await app.Factory.Arrange.LiveActivityAsync(session, ActivityKind.Dots, ActivityState.Ready, "Hva skal vi gjøre først?", ["Gatelys", "Benker", "Toalett"], dots: 3);
        var words = await app.Factory.Arrange.LiveActivityAsync(session, ActivityKind.Words, ActivityState.Ready, "Ett ord om turstien");
        var pulse = await app.Factory.Arrange.LiveActivityAsync(session, ActivityKind.Pulse, ActivityState.Ready, "Pulsen");

        // The facilitator starts live mode from the session and adds the first question on the board.
        await using var board = await app.StartStoryAsync("Live-board");
        await board.SignInAsync(leader.Email!);
        await board.Page.GotoAsync(SessionsRoutes.Session(project.Id, session.Id));
        await board.Page.GetByRole(AriaRole.Link, new() { Name = "Kjør samlingen direkte" }).ClickAsync();
        await board.CheckPageAsync("not-live");
        await board.Page.GetByRole(AriaRole.Button, new() { Name = "Start direkte" }).ClickAsync();
        var code = (await board.Page.Locator("[data-testid=live-code]").TextContentAsync())!;
        var presenterUrl = (await board.Page.Locator("#presenter-url").TextContentAsync())!;
        await board.Page.Locator(".live-add > summary").ClickAsync();
        await board.Page.Locator("#Kind").SelectOptionAsync("ideas");
        await board.Page.Locator("#Title").FillAsync("Hva savner du langs turstien?");
        await board.Page.GetByRole(AriaRole.Button, new() { Name = "Legg til", Exact = true }).ClickAsync();
        await board.Page.GetByRole(AriaRole.Button, new() { Name = "Åpne – Hva savner du langs turstien?" }).ClickAsync();
        await Expect(board.Page.Locator(".live-activity-item", new() { HasText = "Hva savner du langs turstien?" })).ToContainTextAsync("åpen nå");
        await board.CheckPageAsync("live");

        // The projector opens the secret link, signed in nowhere.
        await using var projector = await app.StartStoryAsync("Live-projector", _projector, phone: false);
        await projector.Page.GotoAsync(new Uri(presenterUrl).PathAndQuery);
        await Expect(projector.Page.Locator("[data-testid=presenter-code]")).ToHaveTextAsync(code);
        await projector.CheckPageAsync("waiting");

        // Three phones join from the QR's link: bokmål, nynorsk, and one that uses the keyboard alone.
        await using var kari = await JoinAsync("Live-phone-nb", code, "Bokmål", "Innbygger");
        await using var nils = await JoinAsync("Live-phone-nn", code, "Nynorsk", "Frivillig lag eller organisasjon");
        await using var per = await app.StartStoryAsync("Live-phone-keyboard", phone: true);
        await per.Page.GotoAsync(LiveRoutes.JoinWith(code));
        var keys = new KeyboardUser(per.Page);
        // Tab reaches the group of kinds at the one chosen ("Vil ikke si", the last); the arrows move up to "Ansatt i det offentlige".
        await keys.TabUntilAsync("input[name=Kind]:checked", maxPresses: 40);
        for (var step = 0; step < 4; step++)
        {
            await per.Page.Keyboard.PressAsync("ArrowUp");
        }

        Assert.Equal("kind-public", await keys.FocusedIdAsync());
        await keys.TabUntilAsync("main button[type=submit]", maxPresses: 10);
        await keys.EnterAsync();
        await per.Page.WaitForPathAsync(LiveRoutes.Room);
        await Expect(board.Page.Locator("#counts-heading")).ToContainTextAsync("3 deltakere");

        // Ideas reach the projector at once; in nynorsk the phone says "Send idé" and votes in nynorsk.
        await kari.Page.GetByLabel("Din idé").FillAsync("Lys langs stien om kvelden");
        await kari.Page.GetByRole(AriaRole.Button, new() { Name = "Send idé" }).ClickAsync();
        await Expect(projector.Page.Locator(".live-presenter__ideas")).ToContainTextAsync("Lys langs stien om kvelden");
        await Expect(kari.Page.Locator("[data-live-outbox]")).ToContainTextAsync("Mottatt");
        await kari.CheckPageAsync("idea-sent");
        await nils.Page.GetByLabel("Idéen din").FillAsync("Fleire benkar med ryggstø");
        await nils.Page.GetByRole(AriaRole.Button, new() { Name = "Send idé" }).ClickAsync();
        await nils.Page.GetByRole(AriaRole.Button, new() { Name = "Røyst på denne – Lys langs stien om kvelden" }).ClickAsync();
        await Expect(nils.Page.Locator(".live-idea", new() { HasText = "Lys langs stien om kvelden" })).ToContainTextAsync("Du har røysta på denne.");
        await nils.CheckPageAsync("voted");
        await Expect(projector.Page.Locator(".live-presenter__idea", new() { HasText = "Lys langs stien om kvelden" })).ToContainTextAsync("1 stemme");

        // The keyboard user writes an idea with a fødselsnummer: it stays off the wall, and the phone says why.
        await keys.TabUntilAsync("textarea[name=Text]", maxPresses: 30);
        await keys.TypeAsync("Sønnen min 01019012480 vil ha skatepark");
        await keys.TabUntilAsync("form[data-live-op=SubmitIdea] button[type=submit]", maxPresses: 5);
        await keys.EnterAsync();
        await Expect(per.Page.Locator("[data-live-own] .ds-alert")).ToContainTextAsync("et fødselsnummer eller D-nummer");
        await per.CheckPageAsync("held");
        await Expect(board.Page.Locator("#counts-heading ~ .ds-alert")).ToContainTextAsync("1 innspill holdes tilbake");
        await Expect(projector.Page.Locator("main")).Not.ToContainTextAsync("01019012480");

        // A dot vote, hidden until the facilitator reveals it.
        await board.Page.GetByRole(AriaRole.Button, new() { Name = $"Åpne – {dots.Title}" }).ClickAsync();
        await kari.Page.Locator($"#dot-{dots.Id}-o1").FillAsync("3");
        await kari.Page.GetByRole(AriaRole.Button, new() { Name = "Send prikkene" }).ClickAsync();
        await nils.Page.Locator($"#dot-{dots.Id}-o1").FillAsync("1");
        await nils.Page.Locator($"#dot-{dots.Id}-o2").FillAsync("2");
        await nils.Page.GetByRole(AriaRole.Button, new() { Name = "Send prikkane" }).ClickAsync();
        await Expect(kari.Page.Locator("[data-live-outbox]")).ToContainTextAsync("Mottatt");
        await Expect(nils.Page.Locator("[data-live-outbox] .live-outbox__item--waiting")).ToHaveCountAsync(0);
        await Expect(projector.Page.Locator($"#presenter-{dots.Id}").Locator("..")).ToContainTextAsync("Svar fra mobilen");
        await Expect(projector.Page.Locator(".live-bars")).ToHaveCountAsync(0);
        await board.Page.GetByRole(AriaRole.Button, new() { Name = $"Vis resultatet – {dots.Title}" }).ClickAsync();
        await Expect(projector.Page.Locator(".live-bar", new() { HasText = "Gatelys" })).ToContainTextAsync("4 prikker fra 2 personer");
        await Expect(kari.Page.Locator(".live-bar", new() { HasText = "Benker" })).ToContainTextAsync("2 prikker fra 1 person");
        await projector.CheckPageAsync("dots-revealed");

        // A word cloud, drawn and listed.
        await board.Page.GetByRole(AriaRole.Button, new() { Name = $"Åpne – {words.Title}" }).ClickAsync();
        foreach (var (phone, said) in new[] { (kari, "mørk"), (nils, "Mørk") })
        {
            await phone.Page.Locator($"#word-{words.Id}-0").FillAsync(said);
            await phone.Page.Locator($"#word-{words.Id}-1").FillAsync(phone == kari ? "vakker" : "gjørmete");
            await phone.Page.Locator($"section[data-activity='{words.Id}'] button[type=submit]").ClickAsync();
        }

        await Expect(projector.Page.Locator("svg.live-cloud text", new() { HasText = "mørk" })).ToHaveCountAsync(1);
        await Expect(projector.Page.Locator(".live-words")).ToContainTextAsync("mørk: 2");
        await projector.CheckPageAsync("word-cloud");

        // The pulse, answered on two phones and revealed.
        await board.Page.GetByRole(AriaRole.Button, new() { Name = $"Åpne – {pulse.Title}" }).ClickAsync();
        await kari.Page.Locator($"label[for='pulse-{pulse.Id}-{PulseStatements.SafeToDisagree}-4']").ClickAsync();
        await kari.Page.Locator($"label[for='pulse-{pulse.Id}-{PulseStatements.UnderstandableLanguage}-5']").ClickAsync();
        await kari.Page.GetByLabel("Hva bør vi gjøre annerledes?").FillAsync("Mer tid til å snakke sammen");
        await kari.CheckPageAsync("pulse");
        await kari.Page.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();
        await nils.Page.Locator($"label[for='pulse-{pulse.Id}-{PulseStatements.SafeToDisagree}-2']").ClickAsync();
        await nils.Page.GetByRole(AriaRole.Button, new() { Name = "Send svara" }).ClickAsync();
        await Expect(nils.Page.Locator("[data-live-outbox] .live-outbox__item--waiting")).ToHaveCountAsync(0);
        await Expect(kari.Page.Locator("[data-live-outbox] .live-outbox__item--waiting")).ToHaveCountAsync(0);
        await board.Page.GetByRole(AriaRole.Button, new() { Name = $"Vis resultatet – {pulse.Title}" }).ClickAsync();
        await Expect(projector.Page.Locator(".live-bar", new() { HasText = "Det var trygt å være uenig." })).ToContainTextAsync("snitt 3,0 av 5 (2 svar)");
        await projector.CheckPageAsync("pulse-revealed");
        await board.CheckPageAsync("board-after");

        var stored = await app.Factory.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().Where(c => c.SessionId == session.Id).ToListAsync());
        Assert.Equal(3, stored.Count(c => c.Kind == ActivityKind.Ideas));
        Assert.Single(stored, c => c.Held);
        Assert.Equal(2, stored.Count(c => c.Kind == ActivityKind.Dots));
    }

    [Fact]
    public async Task A_phone_that_goes_offline_keeps_its_two_ideas_and_they_arrive_exactly_once_when_it_is_back()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader);
        var session = await app.Factory.Arrange.SessionAsync(project, title: "Kveldsmøte");
        var (room, presenter) = await app.Factory.Arrange.LiveAsync(session, leader);
        var ideas = await app.Factory.Arrange.LiveActivityAsync(session, ActivityKind.Ideas, title: "Hva savner du?");
        await using var projector = await app.StartStoryAsync("Live-offline-projector", _projector, phone: false);
        await projector.Page.GotoAsync(LiveRoutes.Presenter(presenter));
        await using var phone = await JoinAsync("Live-offline-phone", room.Code, "Bokmål", "Vil ikke si");

        await phone.Page.Context.SetOfflineAsync(true);
        await Expect(phone.Page.Locator("[data-live-connection]")).ToContainTextAsync("Ingen forbindelse nå");
        foreach (var text in new[] { "Lys ved broa", "Søppelkasser ved benkene" })
        {
            await phone.Page.GetByLabel("Din idé").FillAsync(text);
            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Send idé" }).ClickAsync();
        }

        await Expect(phone.Page.Locator(".live-outbox__item--waiting")).ToHaveCountAsync(2);
        await phone.CheckPageAsync("offline-waiting");
        Assert.Equal(0, await CountAsync(session.Id));

        await phone.Page.Context.SetOfflineAsync(false);
        await Expect(phone.Page.Locator(".live-outbox__item--received")).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Expect(phone.Page.Locator(".live-outbox__item--waiting")).ToHaveCountAsync(0);
        await Expect(projector.Page.Locator(".live-presenter__idea")).ToHaveCountAsync(2);
        await phone.CheckPageAsync("back-online");

        // Reloading replays nothing twice: what was sent is in the phone's own list once each.
        await phone.Page.ReloadAsync();
        await Expect(phone.Page.Locator(".live-own__item")).ToHaveCountAsync(2);
        Assert.Equal(2, await CountAsync(session.Id));
        Assert.Equal(2, await app.Factory.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().CountAsync(o => o.SessionId == session.Id)));
        Assert.Equal(ideas.Id, (await app.Factory.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().FirstAsync(c => c.SessionId == session.Id))).ActivityId);
    }

    private Task<int> CountAsync(Guid sessionId) =>
        app.Factory.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().CountAsync(c => c.SessionId == sessionId));

    private async Task<Story> JoinAsync(string name, string code, string language, string kind)
    {
        var phone = await app.StartStoryAsync(name, phone: true);
        await phone.Page.GotoAsync(LiveRoutes.JoinWith(code));
        await phone.CheckPageAsync("join");
        await phone.Page.GetByLabel(language, new() { Exact = true }).CheckAsync();
        await phone.Page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Bli med" }).ClickAsync();
        await phone.Page.WaitForPathAsync(LiveRoutes.Room);
        await Expect(phone.Page.Locator("[data-live-connection]")).ToContainTextAsync(language == "Nynorsk" ? "kjem fram med ein gong" : "kommer fram med en gang");
        await phone.CheckPageAsync("room");
        return phone;
    }
}
