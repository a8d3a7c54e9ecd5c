using Microsoft.Playwright;
using Samskap.Web.Data;

namespace Samskap.BrowserTests.Support;

/// <summary>
/// One test class's world: the real app on Kestrel over a fresh SQLite database, and one headless
/// Debian Chromium. Each test opens its own browser context (its own cookies) with <c>StartStoryAsync</c>.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    public const string ChromiumVariable = "SAMSKAP_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SamskapFactory Factory { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT/, the address Kestrel reports.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The SMTP server the app sends to; none, as on a fresh install, unless a subclass starts one.</summary>
    protected virtual Task<LoopbackSmtpServer?> StartSmtpAsync() => Task.FromResult<LoopbackSmtpServer?>(null);

    public async ValueTask InitializeAsync()
    {
        Factory = new SamskapFactory(DatabaseProvider.Sqlite, smtp: await StartSmtpAsync());
        Factory.UseKestrel(0);
        Factory.StartServer();

        // Kestrel listens on 127.0.0.1 and reports http://127.0.0.1:PORT/. Chromium keeps and sends the app's
        // cookies (auth, antiforgery, culture, organisation) there: over plain http none of them is marked
        // Secure. http://localhost:PORT works as well, but would first try ::1, where nothing listens.
        BaseAddress = Factory.ClientOptions.BaseAddress;

        // The whole solution's tests share the machine's cores with this browser; give expectations room.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium; Playwright's own browser download is never used.
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A phone-sized screen (CSS pixels of a common phone), with touch.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A laptop screen.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };

    /// <summary>A laptop screen zoomed to 400 %: 320 CSS pixels wide, the width WCAG 1.4.10 (reflow) names.</summary>
    public static readonly ViewportSize Zoomed = new() { Width = 320, Height = 200 };

    /// <summary>A new browser context for one test: a Norwegian (bokmål) browser with no cookies, on a laptop screen or a phone.</summary>
    public Task<Story> StartStoryAsync(string story, bool phone = false, bool javaScript = true) =>
        StartStoryAsync(story, phone ? Phone : Laptop, phone, javaScript);

    /// <summary>A new browser context on a screen of this size; a phone has touch and honours the page's viewport meta.</summary>
    public async Task<Story> StartStoryAsync(string story, ViewportSize screen, bool phone, bool javaScript = true)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser is not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
            ViewportSize = screen,
            IsMobile = phone,
            JavaScriptEnabled = javaScript,
            HasTouch = phone,

            // BypassCSP stays off: the pages are tested under the strict policy they are served with.
            // Deque's RunAxe injects axe-core through Playwright's evaluate, which script-src 'self' does
            // not block (AccessibilityCheckTests proves it finds a violation under that policy).
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new Story(story, context, page);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        if (Factory.Smtp is { } smtp)
        {
            await smtp.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The browser world with the app's e-mail going to a loopback SMTP server of its own.</summary>
public sealed class MailBrowserApp : BrowserApp
{
    public LoopbackSmtpServer Smtp => Factory.Smtp ?? throw new InvalidOperationException("The SMTP server is not started.");

    protected override async Task<LoopbackSmtpServer?> StartSmtpAsync() => await LoopbackSmtpServer.StartAsync();
}
