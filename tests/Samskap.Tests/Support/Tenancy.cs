using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Support;

/// <summary>
/// Another organisation's project, with whatever each feature arranged in it, and the values that
/// fill the matrix's placeholders: {id} for the project, and each feature's own ({roundId}, {token}…).
/// </summary>
public sealed class TenancyWorld(SamskapFactory app, AppUser owner, Organization organization, Project project)
{
    public SamskapFactory App { get; } = app;
    public AppUser Owner { get; } = owner;
    public Organization Organization { get; } = organization;
    public Project Project { get; } = project;
    public Dictionary<string, string> Values { get; } = new() { ["id"] = project.Id.ToString() };

    public string Fill(string template) =>
        Values.Aggregate(template, (url, value) => url.Replace($"{{{value.Key}}}", value.Value, StringComparison.Ordinal));
}

/// <summary>
/// One request against one route. <paramref name="Url"/> names each route parameter as {name};
/// <paramref name="Fields"/> are posted as a hostile form would post them.
/// </summary>
public sealed record TenancyCase(string Route, HttpMethod Method, string Url, IReadOnlyDictionary<string, string>? Fields = null);

/// <summary>A route that takes parameters but holds no organisation's data, with the reason.</summary>
public sealed record TenancyExemption(string Route, string Reason);

/// <summary>
/// A feature's part of the cross-tenant matrix, kept in the feature's own test folder. The central
/// test (TenancyMatrixTests) finds every implementation; a route with parameters that no feature
/// covers fails it.
/// </summary>
public interface ITenancyCases
{
    IEnumerable<TenancyCase> Cases { get; }

    IEnumerable<TenancyExemption> Exemptions => [];

    /// <summary>Features whose rows hang on another feature's rows (live mode on a session) arrange after it: a higher stage.</summary>
    int Stage => 0;

    /// <summary>Adds this feature's rows to the other organisation's project, and the values its placeholders need.</summary>
    Task ArrangeAsync(TenancyWorld world) => Task.CompletedTask;

    /// <summary>After every request has been refused: the feature's rows are as they were.</summary>
    Task AssertUnchangedAsync(TenancyWorld world) => Task.CompletedTask;
}

public static class TenancyRoutes
{
    /// <summary>Every feature's cases, found in this test assembly.</summary>
    public static IReadOnlyList<ITenancyCases> All { get; } = typeof(ITenancyCases).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ITenancyCases).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (ITenancyCases)Activator.CreateInstance(type)!)
        .OrderBy(feature => feature.Stage)
        .ToList();

    /// <summary>"/projects/{id:guid}/readiness": the route as the matrix names it.</summary>
    public static string Name(RoutePattern pattern) => "/" + (pattern.RawText ?? "").Trim('/');

    /// <summary>
    /// The routes with a parameter that neither a case nor an exemption covers, and the parameters
    /// of covered routes that no case's URL fills: both fail the matrix.
    /// </summary>
    public static IReadOnlyList<string> Uncovered(IEnumerable<RouteEndpoint> endpoints, IReadOnlyCollection<ITenancyCases> features)
    {
        var cases = features.SelectMany(f => f.Cases).ToList();
        var exempt = features.SelectMany(f => f.Exemptions).Where(e => !string.IsNullOrWhiteSpace(e.Reason)).Select(e => e.Route).ToHashSet();
        var problems = new List<string>();
        foreach (var pattern in endpoints.Select(e => e.RoutePattern).Where(p => p.Parameters.Count > 0).DistinctBy(Name))
        {
            var route = Name(pattern);
            if (exempt.Contains(route))
            {
                continue;
            }

            var ofRoute = cases.Where(c => c.Route == route).ToList();
            if (ofRoute.Count == 0)
            {
                problems.Add($"{route}: no tenancy case");
                continue;
            }

            problems.AddRange(pattern.Parameters
                .Where(parameter => !ofRoute.Any(c => c.Url.Contains($"{{{parameter.Name}}}", StringComparison.Ordinal)))
                .Select(parameter => $"{route}: no case fills {{{parameter.Name}}}"));
        }

        return problems;
    }
}
