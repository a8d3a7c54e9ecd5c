using Microsoft.AspNetCore.Authentication.Cookies;

namespace Samskap.Web.Infrastructure.Security;

public static class AuthCookies
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "samskap.auth";
        options.Cookie.HttpOnly = true;
        // Secure whenever the request is HTTPS (directly or through a proxy that sets X-Forwarded-Proto).
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.ReturnUrlParameter = "returnUrl";

        // Pages answer 403 in place (a localised status page); the API never redirects to a form.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToLogin = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
    }
}
