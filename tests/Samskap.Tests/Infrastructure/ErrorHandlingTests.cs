using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Tests.Support;
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
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingEndpoint>()));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/fails?culture=en");
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

    /// <summary>Adds, after the app's own pipeline, an endpoint that fails as a bug would.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/fails", failing => failing.Run(_ => throw new InvalidOperationException("A bug")));
        };
    }
}
