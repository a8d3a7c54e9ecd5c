using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

/// <summary>
/// One test's browser context and page. <see cref="CheckPageAsync"/> is called on every page the
/// story visits: it takes a full-page screenshot and runs axe.
/// </summary>
public sealed class Story(string name, IBrowserContext context, IPage page) : IAsyncDisposable
{
    // Per story folder: the steps of every test of one story are numbered in one sequence.
    private static readonly ConcurrentDictionary<string, StrongBox<int>> _steps = new();

    public IPage Page { get; } = page;

    public string Folder { get; } = Path.Combine(TestOutput.Folder, "screenshots", name);

    /// <summary>Screenshots the page to screenshots/&lt;story&gt;/&lt;nn&gt;-&lt;page&gt;-&lt;lang&gt;.png, then asserts it passes axe.</summary>
    public async Task CheckPageAsync(string pageName)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var counter = _steps.GetOrAdd(Folder, folder =>
        {
            // Screenshots of an earlier run would look like this run's.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return new StrongBox<int>();
        });
        Directory.CreateDirectory(Folder);
        var language = await Page.EvaluateAsync<string>("() => document.documentElement.lang");
        var step = Interlocked.Increment(ref counter.Value);
        var options = new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, $"{step:00}-{pageName}-{language}.png"),
            FullPage = true,
        };
        try
        {
            await Page.ScreenshotAsync(options);
        }
        catch (PlaywrightException error) when (error.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
        {
            // Headless Chromium now and then cannot capture a frame just after a navigation on a busy
            // machine; the next frame can be. The page itself is still checked by axe below either way.
            await Page.WaitForTimeoutAsync(500);
            await Page.ScreenshotAsync(options);
        }
        await Accessibility.AssertAccessibleAsync(Page);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
