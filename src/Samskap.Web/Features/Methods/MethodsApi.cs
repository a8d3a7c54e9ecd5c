using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Methods;

/// <summary>A method as GET /api/v1/methods lists it, in the caller's language.</summary>
public sealed record MethodDto(
    string Id,
    string Name,
    string Purpose,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Materials,
    int Minutes,
    int GroupMin,
    int GroupMax,
    IReadOnlyList<string> Phases,
    bool RelationBuilding,
    IReadOnlyList<string> Points,
    string Source,
    string? SourceUrl,
    string? Licence,
    bool BuiltIn)
{
    public static MethodDto From(MethodView m) =>
        new(m.Id, m.Name, m.Purpose, m.Steps, m.Materials, m.Minutes, m.GroupMin, m.GroupMax, m.Phases, m.RelationBuilding, m.Points, m.Source, m.SourceUrl, m.Licence, m.BuiltIn);
}

public static class MethodsApi
{
    public static IEndpointRouteBuilder MapMethodsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MethodsRoutes.Api, async (AppDbContext db, TenantContext tenant, CancellationToken cancellationToken) =>
                (await MethodCatalog.ListAsync(tenant.IsMember ? db : null, Cultures.Current, includeHidden: false, cancellationToken)).Select(MethodDto.From).ToList())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Methods")
            .WithName("ListMethods")
            .WithSummary("The method library in the caller's language: the built-in methods, and for a signed-in member the organisation's own that are not hidden.")
            .Produces<IReadOnlyList<MethodDto>>();
        return endpoints;
    }
}
