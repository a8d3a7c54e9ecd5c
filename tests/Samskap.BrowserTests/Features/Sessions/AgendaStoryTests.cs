using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Sessions;

/// <summary>
/// As a facilitator, I plan a three-hour workshop: I build its agenda from the method library with the
/// keyboard alone, fix the warnings the agenda gives me, move a block by dragging it and another by the buttons,
/// write the invitation until the plain-language check is clean, and print the script.
/// </summary>
public sealed class AgendaStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_facilitator_builds_a_three_hour_agenda_from_the_library_by_keyboard_fixes_its_warnings_reorders_writes_the_invitation_and_prints_the_script()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Møteplasser for unge i Bø");
        var venue = await app.Factory.Arrange.CheckedVenueAsync(organization.Id, capacity: 40, name: "Biblioteket");
        await using var story = await app.StartStoryAsync("Sessions-facilitator");
        var page = story.Page;
        await story.SignInAsync(leader.Email!);

        await page.GotoAsync(ProjectRoutes.Details(project.Id));
        await page.Locator("[data-testid=sessions-section] a").ClickAsync();
        await page.WaitForPathAsync(SessionsRoutes.Index(project.Id));
        await story.CheckPageAsync("sessions-empty");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny samling" }).ClickAsync();
        await story.CheckPageAsync("new-session");
        await page.Locator("#Input_Title").FillAsync("Verksted om møteplasser");
        await page.Locator("#Input_Purpose").FillAsync("Finne ut hva unge trenger av en møteplass.");
        await page.Locator("#Input_Date").FillAsync("2027-03-10");
        await page.Locator("#Input_Start").FillAsync("17:00");
        await page.Locator("#Input_End").FillAsync("20:00");
        await page.Locator("#Input_VenueId").SelectOptionAsync(venue.Id.ToString());
        await page.Locator("[id='Input_Expected[citizen]']").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre samlingen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Samlingen er lagret.");
        await story.CheckPageAsync("session-empty");

        // The library, by keyboard alone: choose a method by typing its name, Tab to the button, Enter.
        var keyboard = new KeyboardUser(page);
        string[] methods = ["Innsjekk", "Verdenskafé", "Idémyldring", "Prikkvotering", "Fiskebolle"];
        await keyboard.TabUntilAsync("#MethodId", maxPresses: 80);
        for (var i = 0; i < methods.Length; i++)
        {
            await keyboard.TypeAsync(methods[i]);
            await keyboard.TabUntilAsync("#add-method button[type=submit]", maxPresses: 3);
            await keyboard.EnterAsync();
            await Expect(page.Locator("#agenda-status")).ToHaveTextAsync($"«{methods[i]}» er lagt til som nummer {i + 1}.");
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await Expect(page.Locator("[data-testid=agenda-total]")).ToHaveAttributeAsync("data-total", "190");
        await Expect(page.Locator("[data-warning]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-warning=overrun]")).ToContainTextAsync("10 minutter lengre");
        await Expect(page.Locator("[data-warning=no-break]")).ToBeVisibleAsync();
        await story.CheckPageAsync("agenda-warnings");

        // The overrun: the café gets 60 minutes instead of 90.
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre: Verdenskafé" }).ClickAsync();
        await story.CheckPageAsync("edit-block");
        await page.Locator("#Block_Minutes").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre bolken" }).ClickAsync();
        await Expect(page.Locator("[data-warning=overrun]")).ToHaveCountAsync(0);

        // The missing break: a break of our own, added at the end …
        await page.Locator("#Block_Title").FillAsync("Pause med frukt");
        await page.Locator("#Block_Minutes").FillAsync("15");
        await page.Locator("label[for=Block_Break]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til bolken" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Pause med frukt» er nå nummer 6 av 6.");
        await Expect(page.Locator("[data-warning=no-break]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-warning=long-stretch]")).ToBeVisibleAsync();

        // … then dragged by its handle to just after the café, which ends the long stretch.
        var breakHandle = page.Locator(".agenda-block", new() { HasText = "Pause med frukt" }).Locator("[data-drag-handle]");
        await Expect(breakHandle).ToBeVisibleAsync();
        var target = page.Locator(".agenda-block").Nth(2);
        // Scrolled as a person would, so both ends of the drag are on the screen: a drag does not scroll.
        await target.EvaluateAsync("block => block.scrollIntoView({ block: 'start' })");
        await breakHandle.DragToAsync(target, new() { TargetPosition = new() { X = 20, Y = 5 } });
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Pause med frukt» er nå nummer 3 av 6.");
        await page.ReloadAsync();
        await Expect(page.Locator(".agenda-block h3")).ToContainTextAsync(["Innsjekk", "Verdenskafé", "Pause med frukt", "Idémyldring", "Prikkvotering", "Fiskebolle"]);
        await Expect(page.Locator("[data-testid=agenda-clean]")).ToBeVisibleAsync();
        await Expect(page.Locator(".agenda-block").Nth(3).Locator("[data-testid=block-time] span").First).ToHaveTextAsync("18.30–19.00");

        // And by the buttons: the dot vote goes before the ideas, and focus stays on the button used.
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt opp: Prikkvotering" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Prikkvotering» er nå nummer 4 av 6.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Flytt opp: Prikkvotering" })).ToBeFocusedAsync();
        await story.CheckPageAsync("agenda-clean");

        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv invitasjonen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=invitation-draft]")).ToBeVisibleAsync();
        await story.CheckPageAsync("invitation-draft");
        await page.Locator("#Text").FillAsync(
            "Hei! Vi vil lage en møteplass for unge i Bø. Vi vil gjerne høre hva du mener.\n\n"
            + "Vi møtes på biblioteket 10. mars klokka fem. Vi er ferdige klokka åtte. Det blir mat.\n\n"
            + "Du kan være med og bestemme hva som skal skje der. Si fra om du kommer.");
        await Expect(page.Locator("[data-klarsprak-inline] .klarsprak-inline-result")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-klarsprak-inline] li[data-rule]")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre invitasjonen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Invitasjonen er lagret.");
        await story.CheckPageAsync("invitation-saved");

        await page.GotoAsync(SessionsRoutes.Session(project.Id, await SessionIdAsync(page, project.Id)));
        await page.GetByRole(AriaRole.Link, new() { Name = "Manus for fasilitator" }).ClickAsync();
        await Expect(page.Locator("[data-testid=script-block]")).ToHaveCountAsync(6);
        await story.CheckPageAsync("script");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-print]")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(story.Folder, "99-script-print-nb.png"), FullPage = true });
    }

    [Fact]
    public async Task On_a_phone_in_nynorsk_a_facilitator_adds_a_method_and_moves_it_with_the_buttons()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Møteplassar for unge");
        var session = await app.Factory.Arrange.SessionAsync(project, title: "Kveldsverkstad", blocks: [("Velkomen", 10, false, true), ("Arbeid i grupper", 60, false, false)]);
        await using var story = await app.StartStoryAsync("Sessions-facilitator-nn-phone", phone: true);
        var page = story.Page;
        await story.SignInAsync(leader.Email!);

        await page.GotoAsync($"{SessionsRoutes.Session(project.Id, session.Id)}?culture=nn");
        await page.ExpectLanguageAsync("nn");
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("session-nn");

        await page.Locator("#MethodId").SelectOptionAsync("introductions-in-pairs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til i programmet" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Bli kjent i par» er lagd til som nummer 3.");
        await story.CheckPageAsync("method-added-nn");

        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt opp: Bli kjent i par" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Bli kjent i par» er no nummer 2 av 3.");
        await Expect(page.Locator(".agenda-block h3")).ToContainTextAsync(["Velkomen", "Bli kjent i par", "Arbeid i grupper"]);
        await Expect(page.Locator(".agenda-block").Nth(1).Locator("[data-testid=block-time] span").First).ToHaveTextAsync("17.10–17.25");
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("agenda-moved-nn");

        await page.GotoAsync(Samskap.Web.Features.Methods.MethodsRoutes.ForSession(session.Id));
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("methods-nn");
    }

    [Fact]
    public async Task Without_javascript_a_facilitator_moves_and_removes_blocks_with_the_buttons_as_plain_form_posts()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Møteplasser for unge");
        var session = await app.Factory.Arrange.SessionAsync(project, blocks: [("Innsjekk", 15, false, true), ("Idémyldring", 30, false, false), ("Pause", 15, true, false)]);
        await using var story = await app.StartStoryAsync("Sessions-no-javascript", javaScript: false);
        var page = story.Page;
        // Signed in by hand: the page checks run axe in the page, which needs JavaScript.
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-post").FillAsync(leader.Email!);
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync(SamskapFactory.TestPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);

        await page.GotoAsync(SessionsRoutes.Session(project.Id, session.Id));
        await Expect(page.Locator("[data-drag-handle]").First).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt ned: Innsjekk" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Innsjekk» er nå nummer 2 av 3.");
        await Expect(page.Locator(".agenda-block h3")).ToContainTextAsync(["Idémyldring", "Innsjekk", "Pause"]);
        await Expect(page.Locator(".agenda-block").Nth(1).Locator("[data-testid=block-time] span").First).ToHaveTextAsync("17.30–17.45");
        await Expect(page.Locator("[data-warning=no-relation-opening]")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt opp: Innsjekk" }).ClickAsync();
        await Expect(page.Locator("#agenda-status")).ToHaveTextAsync("«Innsjekk» er nå nummer 1 av 3.");
        await Expect(page.Locator("[data-warning=no-relation-opening]")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern: Pause" }).ClickAsync();
        await Expect(page.Locator(".agenda-block h3")).ToContainTextAsync(["Innsjekk", "Idémyldring"]);
        await Expect(page.Locator(".agenda-block")).ToHaveCountAsync(2);
    }

    private static async Task<Guid> SessionIdAsync(IPage page, Guid projectId)
    {
        var path = page.Path();
        var prefix = SessionsRoutes.Index(projectId) + "/";
        return Guid.Parse(path[prefix.Length..].Split('/')[0]);
    }
}
