using Microsoft.AspNetCore.Authentication;

namespace Samskap.Web.Features.Profile;

/// <summary>The profile's registration: the page, and personal access tokens as a way to sign in to the API.</summary>
public static class ProfileFeature
{
    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthentication.Scheme, displayName: null, configureOptions: null)
            .AddPolicyScheme(AccessTokenAuthentication.Selector, displayName: null, options =>
                options.ForwardDefaultSelector = AccessTokenAuthentication.SchemeFor);

        // Replaces the Account feature's default (the Identity cookie), which the selector still picks for every request without a token.
        services.Configure<AuthenticationOptions>(options => options.DefaultScheme = AccessTokenAuthentication.Selector);
        return services;
    }

    public static IEndpointRouteBuilder MapProfile(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProfileApi();
}
