using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Razor;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Infrastructure;

public static class SamskapApp
{
    public static WebApplicationBuilder AddSamskap(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSamskapDatabase(builder.Configuration, builder.Environment);
        services.AddScoped<TenantContext>();
        services.AddSingleton<SetupState>();
        services.AddScoped<OrganizationSetup>();
        services.AddScoped<InvitationService>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Samskap.Klarsprak.KlarsprakAnalyzer>();

        services.AddLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/Projects", Policies.OrganizationMember);
                options.Conventions.AuthorizeFolder("/Organizations", Policies.OrganizationAdministrator);
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options => ModelBindingMessages.Localize(options));

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
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(AuthCookies.Configure);
        services.AddAuthorizationBuilder().AddSamskapPolicies();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "samskap.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddDataProtection().SetApplicationName("Samskap").PersistKeysToDbContext<AppDbContext>();

        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSamskapRateLimits(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseSamskap(this WebApplication app)
    {
        // Behind a TLS-terminating proxy the request is still seen as HTTPS, so cookies stay Secure.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedFor });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Before the error pages: a replayed error page has lost the query string, not the language.
        app.UseRequestLocalization(Cultures.CreateOptions());
        app.UseMiddleware<CultureCookieMiddleware>();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages =>
            {
                if (!app.Environment.IsDevelopment())
                {
                    pages.UseExceptionHandler("/error");
                }

                pages.UseStatusCodePagesWithReExecute("/status/{0}");
            });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<FirstRunMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi();
        app.MapLanguageSwitch();
        app.MapProjectsApi();
        app.MapVeivalgApi();
        app.MapReadinessApi();
        app.MapKlarsprakApi();
        app.MapRazorPages();
        return app;
    }
}
