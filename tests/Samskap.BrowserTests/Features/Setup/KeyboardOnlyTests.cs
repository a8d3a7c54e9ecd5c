using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Projects;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Setup;

/// <summary>
/// As someone who cannot use a mouse, I set Samskap up, sign out and sign in again with the
/// keyboard alone — Tab, typing, Enter and Space — and always see where focus is.
/// </summary>
public sealed class KeyboardOnlyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Setup_and_sign_in_can_be_completed_with_the_keyboard_alone()
    {
        await using var story = await app.StartStoryAsync("KeyboardOnly");
        var page = story.Page;
        var keyboard = new KeyboardUser(page);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var email = $"tastatur-{unique}@example.no";
        const string Password = "tastaturet er nok for meg";

        // The address bar is the only thing used besides the keys: the empty database leads to setup.
        await page.GotoAsync("/");
        Assert.Equal("/setup", page.Path());
        await story.CheckPageAsync("setup");

        // The first Tab lands on the skip link; Enter moves focus to the main content.
        await keyboard.TabAsync();
        await keyboard.AssertSkipLinkShownAsync("Hopp til hovedinnholdet");
        await keyboard.EnterAsync();
        Assert.Equal("main", await keyboard.FocusedIdAsync());

        // The form's fields in reading order.
        await keyboard.TabToAsync("Input_OrganizationName");
        await keyboard.TypeAsync($"Tastatur kommune {unique}");
        await keyboard.TabToAsync("Input_AdminName");
        await keyboard.TypeAsync($"Tor Tastatur {unique}");
        await keyboard.TabToAsync("Input_Email");
        await keyboard.TypeAsync(email);
        await keyboard.TabToAsync("Input_Password");
        await keyboard.TypeAsync(Password);

        // The radio group is one Tab stop, on the language already chosen; Space keeps it chosen.
        await keyboard.TabToAsync("Input_Language_nb");
        await keyboard.SpaceAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('Input_Language_nb').checked"));

        await keyboard.TabAsync();
        Assert.Equal("Opprett og logg inn", await keyboard.FocusedTextAsync());
        await keyboard.AssertFocusVisibleAsync();
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prosjekter");
        await story.CheckPageAsync("projects");

        // Sign out: Tab to the user menu, open it with Enter, Tab past the profile link to its button, Enter.
        await keyboard.TabUntilAsync("details.user-menu > summary");
        await keyboard.EnterAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('details.user-menu').open"));
        await keyboard.TabAsync();
        Assert.Equal("Profilen din", await keyboard.FocusedTextAsync());
        await keyboard.TabAsync();
        Assert.Equal("Logg ut", await keyboard.FocusedTextAsync());
        await keyboard.AssertFocusVisibleAsync();
        await keyboard.EnterAsync();
        await page.WaitForPathAsync("/");
        await story.CheckPageAsync("signed-out");

        // From the front page to the sign-in form through the header's link.
        await keyboard.TabUntilAsync("header a[href='/account/sign-in']");
        await keyboard.EnterAsync();
        await page.WaitForPathAsync("/account/sign-in");
        await story.CheckPageAsync("sign-in");

        await keyboard.TabAsync();
        await keyboard.AssertSkipLinkShownAsync("Hopp til hovedinnholdet");
        await keyboard.EnterAsync();
        Assert.Equal("main", await keyboard.FocusedIdAsync());
        await keyboard.TabToAsync("Input_Email");
        await keyboard.TypeAsync(email);
        await keyboard.TabToAsync("Input_Password");
        await keyboard.TypeAsync(Password);
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(ProjectRoutes.List);
        await Expect(page.Locator("details.user-menu > summary")).ToHaveTextAsync($"Innlogget som Tor Tastatur {unique}");
        await story.CheckPageAsync("projects-signed-in");
    }
}
