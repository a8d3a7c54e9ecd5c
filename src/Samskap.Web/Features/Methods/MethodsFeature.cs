namespace Samskap.Web.Features.Methods;

/// <summary>The method library's one registration pair.</summary>
public static class MethodsFeature
{
    public static IServiceCollection AddMethods(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapMethods(this IEndpointRouteBuilder endpoints) => endpoints.MapMethodsApi();
}
