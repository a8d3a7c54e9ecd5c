using Samskap.Klarsprak;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>Klarspråk's one registration pair: the analyser (stateless, shared) and its API.</summary>
public static class KlarsprakFeature
{
    public static IServiceCollection AddKlarsprak(this IServiceCollection services) =>
        services.AddSingleton<KlarsprakAnalyzer>();

    public static IEndpointRouteBuilder MapKlarsprak(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapKlarsprakApi();
}
