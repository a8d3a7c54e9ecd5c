namespace Samskap.Web.Features.Setup;

/// <summary>First-run setup's registration: it exists only while no user does.</summary>
public static class SetupFeature
{
    public const string SetupPath = "/setup";

    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.AddSingleton<SetupState>();
        services.AddScoped<OrganizationSetup>();
        return services;
    }

    /// <summary>On an empty database every page leads to setup; goes after authentication, before authorisation.</summary>
    public static IApplicationBuilder UseFirstRunSetup(this IApplicationBuilder app) =>
        app.UseMiddleware<FirstRunMiddleware>();
}
