using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

public static class Navigation
{
    /// <summary>
    /// Waits until the page has loaded an address with this path, whatever its query or fragment
    /// (a form posted from /setup#main keeps the #main through the redirect to /projects).
    /// </summary>
    public static Task WaitForPathAsync(this IPage page, string path) =>
        page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);

    /// <summary>Asserts, retrying until the page has loaded, that it is in this language (&lt;html lang&gt;).</summary>
    public static Task ExpectLanguageAsync(this IPage page, string culture) =>
        Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

    /// <summary>The path of the address the page shows now.</summary>
    public static string Path(this IPage page) => new Uri(page.Url).AbsolutePath;
}
