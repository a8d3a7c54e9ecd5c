using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Samskap.Web.Features.Live;

/// <summary>
/// SignalR's JSON protocol, unchanged on the wire, except for a call it cannot bind (an unknown
/// method, too few or too many arguments, a value of the wrong type). SignalR would answer that
/// with its own English text; this hands the call to <see cref="LiveHub.BadShape"/> instead, under
/// the same invocation id, so the phone gets a refusal in its language that names the method.
/// </summary>
public sealed class LiveJsonProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private readonly JsonHubProtocol _json = new(options);

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!_json.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            message = new InvocationMessage(failure.InvocationId, nameof(LiveHub.BadShape), [failure.Target]);
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);
}
