using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task An_unexpected_error_shows_a_localised_page_without_a_stack_trace()
    {
        await using var baseApp = new SamskapFactory(DatabaseProvider.Sqlite);
        await baseApp.CreateOrganizationAsync();
        await using var app = baseApp.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<Samskap.Klarsprak.KlarsprakAnalyzer>(_ => throw new InvalidOperationException("A bug"))));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/klarsprak?culture=en");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong on our side", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_anonymous_sign_in_attempts_are_slowed_down_with_429()
    {
        await using var baseApp = new SamskapFactory(DatabaseProvider.Sqlite);
        await using var app = baseApp.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:AnonymousPermitPerMinute", "3"));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await client.GetAsync("/setup")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
