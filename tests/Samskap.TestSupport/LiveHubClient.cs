using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Samskap.Web.Features.Live;

namespace Samskap.TestSupport;

/// <summary>
/// The real SignalR .NET client on the app's live hub, over WebSockets into the test server. A
/// cookie (a signed-in person's) and a language (the Accept-Language of the connection) are optional.
/// </summary>
public static class LiveHubClient
{
    public static async Task<HubConnection> ConnectAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string? cookie = null, string? language = null, string hub = LiveRoutes.Hub)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri("https://localhost"), hub), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = app.Server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        if (cookie is not null)
                        {
                            request.Headers.Cookie = cookie;
                        }

                        if (language is not null)
                        {
                            request.Headers.AcceptLanguage = language;
                        }
                    };
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>The refusal inside a hub error: its field, reason id and message.</summary>
    public static (string Field, string Reason, string Message) Refusal(HubException exception)
    {
        var json = exception.Message[(exception.Message.IndexOf("HubException: ", StringComparison.Ordinal) + "HubException: ".Length)..];
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return (root.GetProperty("field").GetString()!, root.GetProperty("reason").GetString()!, root.GetProperty("message").GetString()!);
    }

    /// <summary>Calls a hub method that must be refused, and returns the refusal.</summary>
    public static async Task<(string Field, string Reason, string Message)> RefusedAsync(this HubConnection connection, string method, params object?[] arguments)
    {
        try
        {
            await connection.InvokeCoreAsync(method, typeof(object), arguments);
        }
        catch (HubException exception)
        {
            return Refusal(exception);
        }

        throw new InvalidOperationException($"{method} was not refused.");
    }
}
