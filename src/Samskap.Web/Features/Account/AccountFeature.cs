using Microsoft.AspNetCore.Identity;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Account;

/// <summary>The account feature's registration: local accounts with ASP.NET Core Identity, and the sign-in cookie.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                // Length over complexity, as current guidance (NIST SP 800-63B, NSM) advises.
                options.Password.RequiredLength = Passwords.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DisplayNameClaims>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        // The cookie is the default; the Profile feature puts a selector in front of it that sends API requests with a bearer token to its own scheme.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(AuthCookies.Configure);
        return services;
    }
}
