using Samskap.BrowserTests.Support;

namespace Samskap.BrowserTests.Features.Shared;

/// <summary>
/// As the team relying on "every page passes axe", I know the check really runs in the app's pages,
/// under their strict Content-Security-Policy (script-src 'self'), and fails when a page breaks a rule.
/// </summary>
public sealed class AccessibilityCheckTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_axe_check_runs_under_the_apps_content_security_policy_and_reports_what_is_wrong()
    {
        // Without any user the app leads everyone to setup.
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("AccessibilityCheck");
        var page = story.Page;

        var response = await page.GotoAsync("/competence");
        Assert.NotNull(response);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await story.CheckPageAsync("competence");

        // An image without a text alternative, added to the real page: axe (injected by Playwright, not by a
        // <script> the CSP would block) must find it and name the rule and the element.
        await page.EvaluateAsync(
            "() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/favicon.ico'; document.getElementById('main').append(img); }");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertAccessibleAsync(page));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
    }
}
