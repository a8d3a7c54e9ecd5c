using Samskap.Tests.Support;

namespace Samskap.Tests.Infrastructure;

/// <summary>Routes of the platform itself (not of a feature) that take parameters.</summary>
public sealed class PlatformTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases => [];

    public IEnumerable<TenancyExemption> Exemptions =>
    [
        new("/openapi/{documentName}.json", "The API's description is public and the same for everyone; it holds no organisation's data."),
    ];
}
