using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samskap.Web.Features.Live;

/// <summary>The live feature's one registration pair: the hub, its services, the backplane when configured, and the facilitator's API.</summary>
public static class LiveFeature
{
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LiveCaller>()
            .AddScoped<LiveAccess>()
            .AddScoped<LiveReads>()
            .AddScoped<LiveParticipation>()
            .AddScoped<LiveFacilitation>()
            .AddSingleton<PersonalDataHold>()
            .AddSingleton<LiveBroadcast>()
            .AddSingleton<LiveFloodGuard>()
            .AddSingleton<LiveHotReads>()
            .AddSingleton<LiveCommits>()
            .AddHostedService(provider => provider.GetRequiredService<LiveCommits>());
        var signalR = services.AddSignalR(options =>
        {
            options.AddFilter<LiveHubFilter>();
            // A phone's message is a short idea or a few votes; anything bigger is not ours.
            options.MaximumReceiveMessageSize = 16 * 1024;
        });

        // A refusal reaches SignalR as a HubException, which it would log as a failed call; LiveHubFilter logs the real failures.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical));

        // SignalR's JSON protocol, with calls it cannot bind answered in the caller's language.
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol, LiveJsonProtocol>();

        // Several nodes share the hub's groups through Redis; the app's data-protection keys are already in the database.
        if (configuration["Redis:Connection"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("samskap"));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(LiveRoutes.Hub, options => options.Transports = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling)
            .AllowAnonymous();
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Bench:EchoHub"))
        {
            endpoints.MapHub<LiveEchoHub>(LiveRoutes.EchoHub).AllowAnonymous();
        }

        return endpoints.MapLiveApi();
    }
}
