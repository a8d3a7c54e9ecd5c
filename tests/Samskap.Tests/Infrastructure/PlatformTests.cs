using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

public sealed class PlatformTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Health_and_readiness_answer_without_sign_in(DatabaseProvider provider)
    {
        using var browser = Browserless.For(apps.For(provider));

        var health = await browser.Client.GetAsync("/healthz");
        var ready = await browser.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_api()
    {
        using var browser = Browserless.For(apps.For(DatabaseProvider.Sqlite));

        var document = await browser.Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/projects\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/projects/{id}\"", document, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_page_gets_a_localised_404_page_and_the_api_a_problem_document(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, "nn");

        var (page, document) = await browser.GetPageAsync("/finst-ikkje");
        var api = await browser.Client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Vi finn ikkje sida", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        var missingApi = await browser.Client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
        Assert.Equal("application/problem+json", missingApi.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var browser = Browserless.For(apps.For(DatabaseProvider.Sqlite));

        var response = await browser.Client.GetAsync("/healthz");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
