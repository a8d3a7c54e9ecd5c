using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Partnership;

/// <summary>
/// As a project leader, I register three partners of different kinds and what each brings, and see
/// at a glance that every party contributes — the last of them with the keyboard alone. Then I
/// declare what is open to the partners' influence and what is fixed, and log two uncertainties.
/// </summary>
public sealed class PartnershipStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_leader_registers_three_partners_of_different_kinds_what_each_brings_a_scope_declaration_and_two_uncertainties()
    {
        var (leader, organization) = await app.Factory.CreateOrganizationAsync();
        var project = await app.Factory.Arrange.ProjectAsync(organization.Id, leader, "Møteplasser for unge i Bø");
        await using var story = await app.StartStoryAsync("Partnership-leader");
        var page = story.Page;
        await story.SignInAsync(leader.Email!);

        await page.GotoAsync(ProjectRoutes.Details(project.Id));
        await page.Locator("[data-testid=partnership-section] a").ClickAsync();
        await page.WaitForPathAsync(PartnershipRoutes.Index(project.Id));
        await story.CheckPageAsync("partnership-empty");

        await AddPartnerAsync(story, "Ungdomsrådet", "citizen", "Kjenner hverdagen til de unge", ("knowledge", "Hva unge trenger av en møteplass", "6", ""), checkPages: true);
        await AddPartnerAsync(story, "Idrettslaget", "civil-society", "Har frivillige og en klubbhall", ("premises", "Klubbhallen to kvelder i uka", "", "12000"), checkPages: false);
        await AddPartnerByKeyboardAsync(story, project.Id);

        await page.GotoAsync(PartnershipRoutes.Index(project.Id));
        await Expect(page.Locator("[data-testid=make-up] [data-kind=citizen]")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("[data-testid=make-up] [data-kind=civil-society]")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("[data-testid=make-up] [data-kind=public]")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("[data-testid=no-contribution]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=ledger] tfoot")).ToContainTextAsync("3");
        await Expect(page.Locator("[data-testid=ledger] tfoot")).ToContainTextAsync("12 000");
        await story.CheckPageAsync("partnership");

        await page.GotoAsync(FramesRoutes.Frames(project.Id));
        await AddScopeItemAsync(page, "Hvor møteplassen skal ligge og hva som skjer der", open: true, "");
        await AddScopeItemAsync(page, "Møteplassen åpner før sommerferien", open: false, "Vedtatt i kommunestyret");
        await Expect(page.Locator("[data-testid=scope-open]")).ToContainTextAsync("Hvor møteplassen skal ligge");
        await Expect(page.Locator("[data-testid=scope-fixed]")).ToContainTextAsync("Vedtatt i kommunestyret");
        await AddUncertaintyAsync(page, "De unge slutter å komme etter første samling", "high", "high", "Ungdomsrådet inviterer med egne ord");
        await AddUncertaintyAsync(page, "Klubbhallen blir opptatt", "low", "medium", "Avtale om faste kvelder");
        await Expect(page.Locator("[data-testid=uncertainty]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=high-high]")).ToHaveCountAsync(1);
        await story.CheckPageAsync("frames");

        await page.GotoAsync(ProjectRoutes.Details(project.Id));
        await Expect(page.Locator("[data-testid=partnership-section]")).ToContainTextAsync("3 partnere");
        await Expect(page.Locator("[data-warning=open-high-uncertainty]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-warning=nothing-open]")).ToHaveCountAsync(0);
        await story.CheckPageAsync("overview");
    }

    private static async Task AddScopeItemAsync(IPage page, string text, bool open, string reason)
    {
        await page.Locator("#NewScopeItem_Text").FillAsync(text);
        await page.Locator($"label[for='NewScopeItem_Open_{(open ? "true" : "false")}']").ClickAsync();
        await page.Locator("#NewScopeItem_Reason").FillAsync(reason);
        await page.Locator("form:has(#NewScopeItem_Text) button[type=submit]").ClickAsync();
        await Expect(page.Locator(open ? "[data-testid=scope-open]" : "[data-testid=scope-fixed]")).ToContainTextAsync(text);
    }

    private static async Task AddUncertaintyAsync(IPage page, string text, string likelihood, string consequence, string response)
    {
        await page.Locator("#NewUncertainty_Text").FillAsync(text);
        await page.Locator("#NewUncertainty_Likelihood").SelectOptionAsync(likelihood);
        await page.Locator("#NewUncertainty_Consequence").SelectOptionAsync(consequence);
        await page.Locator("#NewUncertainty_Response").FillAsync(response);
        await page.Locator("form:has(#NewUncertainty_Text) button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=uncertainties]")).ToContainTextAsync(text);
    }

    private static async Task AddPartnerAsync(Story story, string name, string kind, string role, (string Kind, string Description, string Hours, string Nok) contribution, bool checkPages)
    {
        var page = story.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Legg til partner" }).ClickAsync();
        if (checkPages)
        {
            await story.CheckPageAsync("new-partner");
        }

        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator($"label[for='Input_Kind_{kind}']").ClickAsync();
        await page.Locator("#Input_Role").FillAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til partneren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Partneren er lagt til.");
        if (checkPages)
        {
            await story.CheckPageAsync("partner-added");
        }

        await page.Locator("#Contribution_Kind").SelectOptionAsync(contribution.Kind);
        await page.Locator("#Contribution_Description").FillAsync(contribution.Description);
        await page.Locator("#Contribution_Hours").FillAsync(contribution.Hours);
        await page.Locator("#Contribution_Nok").FillAsync(contribution.Nok);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer bidraget" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bidraget er registrert.");
        await Expect(page.Locator("[data-testid=contributions]")).ToContainTextAsync(contribution.Description);
        if (checkPages)
        {
            await story.CheckPageAsync("contribution-added");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbake til partnerskapet" }).ClickAsync();
    }

    /// <summary>The third partner, a public service, with Tab, arrows, typing and Enter only.</summary>
    private static async Task AddPartnerByKeyboardAsync(Story story, Guid projectId)
    {
        var page = story.Page;
        var keyboard = new KeyboardUser(page);
        await keyboard.TabUntilAsync($"main a[href='{PartnershipRoutes.New(projectId)}']", maxPresses: 40);
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(PartnershipRoutes.New(projectId));

        await keyboard.TabUntilAsync("#Input_Name", maxPresses: 40);
        await keyboard.TypeAsync("Helsestasjonen for ungdom");
        // Nothing is chosen yet, so Tab lands on the first kind (citizen); two arrows move to "public".
        await keyboard.TabUntilAsync("#Input_Kind_citizen");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#Input_Kind_public")).ToBeCheckedAsync();
        await keyboard.TabUntilAsync("#Input_Role");
        await keyboard.TypeAsync("Vet hva unge sliter med");
        await keyboard.TabUntilAsync("main form button[type=submit]", maxPresses: 20);
        await keyboard.EnterAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Partneren er lagt til.");

        await keyboard.TabUntilAsync("#Contribution_Kind", maxPresses: 40);
        await keyboard.TabUntilAsync("#Contribution_Description");
        await keyboard.TypeAsync("Samtaler med unge om psykisk helse");
        await keyboard.TabUntilAsync("#Contribution_Hours");
        await keyboard.TypeAsync("3");
        await keyboard.TabUntilAsync("form:has(#Contribution_Kind) button[type=submit]");
        await keyboard.EnterAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bidraget er registrert.");
        await Expect(page.Locator("[data-testid=contributions]")).ToContainTextAsync("Kunnskap");
        await story.CheckPageAsync("keyboard-contribution");
    }
}
