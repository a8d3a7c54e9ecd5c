using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Sets up every call of the live hub before it runs, through the one path that sets a tenant:
/// a phone's token gives its participant and the room's organisation (and is held to its pace), a
/// signed-in member gets their organisation as on any request, and a join or a watch by the
/// presenter secret finds its room in the hub. The call then runs in the caller's language.
/// </summary>
public sealed partial class LiveHubFilter : IHubFilter
{
    /// <summary>The calls that do not start with a participant's token.</summary>
    private static readonly HashSet<string> _withoutToken = new(StringComparer.Ordinal)
    {
        nameof(LiveHub.Join), nameof(LiveHub.WatchWall), nameof(LiveHub.WatchSession), nameof(LiveHub.BadShape),
    };

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Hub is not LiveHub)
        {
            return await next(invocationContext);
        }

        var services = invocationContext.ServiceProvider;
        var http = invocationContext.Context.GetHttpContext();
        var method = invocationContext.HubMethodName;
        var language = ConnectionLanguage(http);
        // A join speaks the language it asks for; its limits on guessing are LiveParticipation's.
        if (method == nameof(LiveHub.Join) && invocationContext.HubMethodArguments is [_, string chosen, ..] && LiveWords.IsLanguage(chosen))
        {
            language = chosen;
        }

        if (method == nameof(LiveHub.WatchSession) && invocationContext.Context.User is { Identity.IsAuthenticated: true } user)
        {
            await services.GetRequiredService<TenantResolver>().ResolveAsync(
                services.GetRequiredService<TenantContext>(),
                new TenantCaller.Person(user, http?.Request.Cookies[TenantMiddleware.CookieName]),
                services.GetRequiredService<AppDbContext>(),
                invocationContext.Context.ConnectionAborted);
        }

        if (!_withoutToken.Contains(method))
        {
            var token = invocationContext.HubMethodArguments.Count > 0 ? invocationContext.HubMethodArguments[0] as string : null;
            var guest = await services.GetRequiredService<LiveAccess>().GuestAsync(token, invocationContext.Context.ConnectionAborted);
            if (guest is null)
            {
                using (Speak(language))
                {
                    throw Refuse(services, new LiveRefusal("participantToken", LiveReasons.TokenUnknown));
                }
            }

            language = guest.Language;
            var caller = services.GetRequiredService<LiveCaller>();
            caller.Guest = guest;
            caller.Token = token;
            if (!services.GetRequiredService<LiveFloodGuard>().TryOperation(guest.ParticipantId))
            {
                using (Speak(language))
                {
                    throw Refuse(services, new LiveRefusal("participantToken", LiveReasons.TooFast));
                }
            }
        }

        using (Speak(language))
        {
            try
            {
                return await next(invocationContext);
            }
            catch (Exception exception) when (exception is not HubException and not OperationCanceledException)
            {
                // SignalR's own log of failed calls is turned down (a refusal is no error); a real failure is logged here, without the call's content.
                Log.Failed(services.GetRequiredService<ILogger<LiveHubFilter>>(), method, exception);
                throw Refuse(services, new LiveRefusal(method, LiveReasons.Failed));
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "The live hub's {Method} failed.")]
        public static partial void Failed(ILogger logger, string method, Exception exception);
    }

    private static HubException Refuse(IServiceProvider services, LiveRefusal refusal) =>
        LiveRefusals.Exception(refusal, services.GetRequiredService<IStringLocalizer<LiveText>>());

    /// <summary>The language the connection was opened in (its request's culture), for calls before the phone has chosen one.</summary>
    private static string ConnectionLanguage(HttpContext? http)
    {
        var culture = http?.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName;
        return Cultures.IsSupported(culture) ? culture! : Cultures.Default;
    }

    private static CultureScope Speak(string language) => new(language);

    /// <summary>Runs the call in one language and puts the thread's back after.</summary>
    private readonly struct CultureScope : IDisposable
    {
        private readonly CultureInfo _culture;
        private readonly CultureInfo _uiCulture;

        public CultureScope(string language)
        {
            _culture = CultureInfo.CurrentCulture;
            _uiCulture = CultureInfo.CurrentUICulture;
            var chosen = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentCulture = chosen;
            CultureInfo.CurrentUICulture = chosen;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
