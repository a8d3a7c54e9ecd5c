namespace Samskap.Web.Features.Venues;

/// <summary>The venues register's one registration pair.</summary>
public static class VenuesFeature
{
    public static IServiceCollection AddVenues(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapVenues(this IEndpointRouteBuilder endpoints) => endpoints.MapVenuesApi();
}
