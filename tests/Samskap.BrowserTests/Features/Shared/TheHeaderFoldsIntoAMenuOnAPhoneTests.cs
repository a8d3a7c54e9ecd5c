using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Projects;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Shared;

/// <summary>
/// As someone on a phone, I see the page itself at once: the header is one short line, the name and
/// a menu button. I open the menu with the keyboard (or a tap, with or without JavaScript), see where I
/// am, and follow a link. On a laptop the menu is simply there, as it always was.
/// </summary>
public sealed class TheHeaderFoldsIntoAMenuOnAPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A quarter of the lines the old header took on a 390 × 844 phone (about 245 px).</summary>
    private const int MaxClosedHeaderHeight = 120;

    [Fact]
    public async Task On_a_phone_the_header_is_one_short_line_and_its_menu_opens_with_the_keyboard_and_follows_a_link()
    {
        var (admin, _) = await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("PhoneHeader", phone: true);
        var page = story.Page;
        var keyboard = new KeyboardUser(page);
        await story.SignInAsync(admin.Email!);

        var menu = page.Locator("details.site-menu");
        var mainMenu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");
        await Expect(mainMenu).ToBeHiddenAsync();
        var height = await HeaderHeightAsync(page);
        Assert.True(height < MaxClosedHeaderHeight, $"The closed header is {height} px high on a 390 × 844 phone.");
        await story.CheckPageAsync("projects-menu-closed");

        // Past the skip link and the name, to the menu button; Enter opens it and the main menu shows where I am.
        await keyboard.TabUntilAsync("summary.site-menu__button");
        Assert.Equal("Meny", await keyboard.FocusedTextAsync());
        await keyboard.EnterAsync();
        await Expect(menu).ToHaveAttributeAsync("open", "");
        await Expect(mainMenu).ToBeVisibleAsync();
        await Expect(mainMenu.GetByRole(AriaRole.Link, new() { Name = "Prosjekter" })).ToHaveAttributeAsync("aria-current", "page");
        await Reflow.AssertFitsAsync(page);
        await story.CheckPageAsync("projects-menu-open");

        await keyboard.TabUntilAsync($"nav.site-nav a[href='{KlarsprakRoutes.Index}']");
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(KlarsprakRoutes.Index);

        // The next page starts with the menu closed again, and marks the section I came to.
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");
        Assert.True(await HeaderHeightAsync(page) < MaxClosedHeaderHeight);
        await Expect(page.Locator($"nav.site-nav a[href='{KlarsprakRoutes.Index}']")).ToHaveAttributeAsync("aria-current", "page");
        await story.CheckPageAsync("klarsprak");
    }

    [Fact]
    public async Task Without_javascript_the_menu_opens_with_a_tap_on_a_phone_and_is_simply_there_on_a_laptop()
    {
        // Signed out, as a visitor trying Samskap: without JavaScript the page's own scripts cannot run, nor can
        // the test's (axe, sign-in's checks), so only what the browser itself does is used here.
        await app.Factory.CreateOrganizationAsync();

        await using (var phone = await app.StartStoryAsync("Header-phone-no-script", phone: true, javaScript: false))
        {
            var page = phone.Page;
            await page.GotoAsync("/");
            var mainMenu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });
            await Expect(mainMenu).ToBeHiddenAsync();
            var height = (await page.Locator("header.site-header").BoundingBoxAsync())!.Height;
            Assert.True(height < MaxClosedHeaderHeight, $"The closed header is {height} px high on a 390 × 844 phone.");

            await page.Locator("summary.site-menu__button").TapAsync();
            await Expect(mainMenu).ToBeVisibleAsync();
            await mainMenu.GetByRole(AriaRole.Link, new() { Name = "Kompetanse" }).TapAsync();
            await page.WaitForPathAsync("/competence");
        }

        await using var laptop = await app.StartStoryAsync("Header-laptop-no-script", javaScript: false);
        var desk = laptop.Page;
        await desk.GotoAsync("/competence");
        await Expect(desk.Locator("summary.site-menu__button")).ToBeHiddenAsync();
        await Expect(desk.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Kompetanse" }))
            .ToHaveAttributeAsync("aria-current", "page");
        await Expect(desk.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Logg inn" })).ToBeVisibleAsync();
        await Expect(desk.GetByRole(AriaRole.Navigation, new() { Name = "Språk" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_laptop_the_menu_is_shown_open_with_no_menu_button()
    {
        var (admin, _) = await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("Header-laptop");
        var page = story.Page;
        await story.SignInAsync(admin.Email!);

        await Expect(page.Locator("details.site-menu")).ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("summary.site-menu__button")).ToBeHiddenAsync();
        var mainMenu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });
        await Expect(mainMenu.GetByRole(AriaRole.Link, new() { Name = "Prosjekter" })).ToHaveAttributeAsync("href", ProjectRoutes.List);
        await Expect(page.Locator("details.user-menu > summary")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Navigation, new() { Name = "Språk" })).ToBeVisibleAsync();
        await story.CheckPageAsync("projects");
    }

    private static Task<double> HeaderHeightAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('header.site-header').getBoundingClientRect().height");
}
