using Samskap.Tests.Support;

namespace Samskap.Tests.Features.Errors;

/// <summary>The status page takes a parameter but holds no one's data; opened directly, it is a 404 whatever the code.</summary>
public sealed class ErrorsTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases =>
    [
        new("/status/{code:int}", HttpMethod.Get, "/status/{code}"),
    ];

    public Task ArrangeAsync(TenancyWorld world)
    {
        world.Values["code"] = "200";
        return Task.CompletedTask;
    }
}
