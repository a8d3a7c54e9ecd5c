using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.Razor;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Report;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Venues;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Warnings;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Infrastructure;

/// <summary>
/// The app's composition: what is truly shared, then the features. A new feature adds one line to
/// <see cref="_features"/> and nothing else here (see docs/architecture.md).
/// </summary>
public static class SamskapApp
{
    /// <summary>Each feature's AddX and, when it has endpoints beyond its pages, its MapX; in the order of the leader's journey.</summary>
    private static readonly FeatureRegistration[] _features =
    [
        new(AccountFeature.AddAccount),
        new(ProfileFeature.AddProfile, ProfileFeature.MapProfile),
        new(SetupFeature.AddSetup),
        new(OrganizationsFeature.AddOrganizations),
        new(ProjectsFeature.AddProjects, ProjectsFeature.MapProjects),
        new(VeivalgFeature.AddVeivalg, VeivalgFeature.MapVeivalg),
        new(ReadinessFeature.AddReadiness, ReadinessFeature.MapReadiness),
        new(PartnershipFeature.AddPartnership, PartnershipFeature.MapPartnership),
        new(FramesFeature.AddFrames, FramesFeature.MapFrames),
        new(VenuesFeature.AddVenues, VenuesFeature.MapVenues),
        new(MethodsFeature.AddMethods, MethodsFeature.MapMethods),
        new(SessionsFeature.AddSessions, SessionsFeature.MapSessions),
        new(ActionsFeature.AddActions, ActionsFeature.MapActions),
        new(DecisionsFeature.AddDecisions, DecisionsFeature.MapDecisions),
        new(WarningsFeature.AddWarnings),
        new(KlarsprakFeature.AddKlarsprak, KlarsprakFeature.MapKlarsprak),
        new(LiveFeature.AddLive, LiveFeature.MapLive),
        new(EvaluationFeature.AddEvaluation, EvaluationFeature.MapEvaluation),
        new(ReportFeature.AddReport, ReportFeature.MapReport),
    ];

    public static WebApplicationBuilder AddSamskap(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSamskapDatabase(builder.Configuration, builder.Environment);
        services.AddScoped<TenantContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<OneTimeForms>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton(FeatureStyles.Find(builder.Environment));

        services.AddLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.ConfigureFilter(new MethodNotAllowedPageFilter());
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options => ModelBindingMessages.Localize(options));

        services.AddAuthorizationBuilder().AddSamskapPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ExternalPartnerRefusal>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "samskap.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddDataProtection().SetApplicationName("Samskap").PersistKeysToDbContext<AppDbContext>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalisedProblems.Localise);
        services.AddOpenApi();
        services.AddSamskapRateLimits(builder.Configuration);
        services.AddEmail(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        foreach (var feature in _features)
        {
            feature.Add(services, builder.Configuration);
        }

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
        app.UseStaticFiles(app.Services.GetRequiredService<FeatureStyles>().StaticFiles());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseFirstRunSetup();
        app.UseAuthorization();
        app.UseProjectScope();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

        // Public on purpose: it describes the API and holds no data; the anonymous APIs are there for others to call.
        app.MapOpenApi().AllowAnonymous();
        app.MapLanguageSwitch();

        foreach (var feature in _features)
        {
            feature.Map?.Invoke(app);
        }

        app.MapRazorPages();
        return app;
    }

    /// <summary>A feature's AddX (which may read the configuration, when what it registers depends on it) and its MapX.</summary>
    private sealed record FeatureRegistration(
        Func<IServiceCollection, IConfiguration, IServiceCollection> Add,
        Func<IEndpointRouteBuilder, IEndpointRouteBuilder>? Map = null)
    {
        public FeatureRegistration(Func<IServiceCollection, IServiceCollection> add, Func<IEndpointRouteBuilder, IEndpointRouteBuilder>? map = null)
            : this((services, _) => add(services), map)
        {
        }
    }
}
