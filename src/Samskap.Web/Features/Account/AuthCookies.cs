using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Samskap.Web.Features.Account;

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
        options.LoginPath = AccountRoutes.SignIn;
        options.LogoutPath = AccountRoutes.SignOut;
        options.ReturnUrlParameter = "returnUrl";

        // Pages answer 403 in place (a localised status page); the API never redirects to a form.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToLogin = context =>
        {
            // The fallback policy also covers addresses no route takes: those are a 404 for everyone, not a sign-in prompt.
            if (context.HttpContext.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };

        // Identity re-checks the security stamp once per interval, but to find out whether the interval
        // has passed it first builds its whole sign-in chain (user manager, store, database context) on
        // every request. The same time check comes first here; when it is due, Identity's validator runs as before.
        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = context =>
        {
            var services = context.HttpContext.RequestServices;
            var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            return context.Properties.IssuedUtc is { } issued && now - issued <= interval
                ? Task.CompletedTask
                : validateStamp(context);
        };
    }
}
