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
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        }
        catch (TimeoutException timeout)
        {
            // Say where the page got stuck, so a failure on a busy machine can be told from a page that never went.
            var where = await page.EvaluateAsync<string>(
                "() => `${document.readyState}; focus on <${document.activeElement?.tagName?.toLowerCase()} ${document.activeElement?.getAttribute('href') ?? ''}>`");
            throw new TimeoutException($"Waited for {path}, but the page is still at {page.Url} ({where}).", timeout);
        }
    }

    /// <summary>Asserts, retrying until the page has loaded, that it is in this language (&lt;html lang&gt;).</summary>
    public static Task ExpectLanguageAsync(this IPage page, string culture) =>
        Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

    /// <summary>The path of the address the page shows now.</summary>
    public static string Path(this IPage page) => new Uri(page.Url).AbsolutePath;
}
