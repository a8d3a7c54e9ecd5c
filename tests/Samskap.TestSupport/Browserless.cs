using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Samskap.TestSupport;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: it keeps cookies, reads the
/// antiforgery token from the page's form and posts the form back.
/// </summary>
public sealed class Browserless(HttpClient client) : IDisposable
{
    private static readonly HtmlParser _parser = new();

    public HttpClient Client { get; } = client;

    public static Browserless For(SamskapFactory factory, string? culture = null)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            // As in production behind TLS: cookies are Secure only over HTTPS.
            BaseAddress = new Uri("https://localhost"),
        });
        if (culture is not null)
        {
            // Chosen with the language switcher, as a user would; the cookie then outranks the account's language.
            using var chosen = client.GetAsync($"/language?culture={culture}").GetAwaiter().GetResult();
        }

        return new Browserless(client);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, _parser.ParseDocument(html));
    }

    /// <summary>
    /// GETs the page, takes its form's hidden fields (the antiforgery token, the one-time form key)
    /// as a browser would, and POSTs them with the given fields, which win over hidden ones.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        string pageUrl, Dictionary<string, string> fields, string? action = null, int formIndex = -1)
    {
        var form = await FormAsync(pageUrl, action, formIndex);
        return await form.PostAsync(fields);
    }

    /// <summary>A form as the page rendered it, to post once or more: a double click, or Back and submit again.</summary>
    public async Task<RenderedForm> FormAsync(string pageUrl, string? action = null, int formIndex = -1)
    {
        var (_, page) = await GetPageAsync(pageUrl);
        var forms = page.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = action is not null
            ? forms.First(f => (f.GetAttribute("action") ?? "").Contains(action, StringComparison.OrdinalIgnoreCase))
            : formIndex >= 0 ? forms[formIndex] : forms.Last();
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => !string.IsNullOrEmpty(input.Name))
            .GroupBy(input => input.Name!)
            .ToDictionary(group => group.Key, group => group.First().Value);
        if (!hidden.ContainsKey("__RequestVerificationToken"))
        {
            throw new InvalidOperationException($"No antiforgery token in the form on {pageUrl}");
        }

        var target = form.GetAttribute("action") is { Length: > 0 } formAction ? formAction : pageUrl;
        return new RenderedForm(this, target, hidden);
    }

    /// <summary>An antiforgery token for this client, taken from the sign-in form (tokens are not tied to a page).</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        var (_, page) = await GetPageAsync("/account/sign-in");
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(string url, Dictionary<string, string> fields, string? token)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(all);
        var response = await Client.PostAsync(url, content);
        var html = await response.Content.ReadAsStringAsync();
        return (response, _parser.ParseDocument(html));
    }

    public async Task SignInAsync(string email, string password = SamskapFactory.TestPassword)
    {
        var (response, document) = await SubmitAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed ({response.StatusCode}): {document.QuerySelector(".ds-error-summary")?.TextContent}");
        }

        SignInCookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));
    }

    /// <summary>The cookies the sign-in set, as a Cookie header, for a client outside this one (a hub connection).</summary>
    public string? SignInCookie { get; private set; }

    public void Dispose() => Client.Dispose();
}

/// <summary>A form's target and hidden fields, as rendered once.</summary>
public sealed record RenderedForm(Browserless Browser, string Target, IReadOnlyDictionary<string, string> Hidden)
{
    public Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(Hidden);
        foreach (var (name, value) in fields)
        {
            all[name] = value;
        }

        return Browser.PostAsync(Target, all, token: null);
    }
}

public static class SignedIn
{
    /// <summary>A new organisation and its administrator, signed in through the sign-in form.</summary>
    public static async Task<(Samskap.Web.Features.Account.AppUser Admin, Samskap.Web.Features.Organizations.Organization Organization, Browserless Browser)> SignedInAdminAsync(
        this SamskapFactory app, string? culture = null)
    {
        var (admin, organization) = await app.CreateOrganizationAsync();
        var browser = Browserless.For(app, culture);
        await browser.SignInAsync(admin.Email!);
        return (admin, organization, browser);
    }
}
