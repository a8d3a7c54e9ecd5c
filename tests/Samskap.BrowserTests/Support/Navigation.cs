using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

public static class Navigation
{
    /// <summary>
    /// Waits until the page has loaded an address with this path, whatever its query or fragment
    /// (a form posted from /setup#main keeps the #main through the redirect to /projects).
    /// </summary>
    public static async Task WaitForPathAsync(this IPage page, string path)
    {
        // Polls the address rather than using WaitForURLAsync, which now and then waited out its whole
        // timeout on a page that had already arrived and loaded (seen after a link click or Enter).
        var address = new Regex($"^https?://[^/]+{Regex.Escape(path)}([?#].*)?$");
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        }
        catch (PlaywrightException timeout)
        {
            var where = await page.EvaluateAsync<string>(
                "() => `${document.readyState}; focus on <${document.activeElement?.tagName?.toLowerCase()} ${document.activeElement?.getAttribute('href') ?? ''}>`");
            throw new TimeoutException($"Waited for {path}, but the page is still at {page.Url} ({where}).", timeout);
        }

        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Asserts, retrying until the page has loaded, that it is in this language (&lt;html lang&gt;).</summary>
    public static Task ExpectLanguageAsync(this IPage page, string culture) =>
        Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

    /// <summary>The path of the address the page shows now.</summary>
    public static string Path(this IPage page) => new Uri(page.Url).AbsolutePath;
}
