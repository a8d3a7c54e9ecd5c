using System.Text.Json;

namespace Samskap.Web.Infrastructure.Api;

/// <summary>
/// Reads a request's JSON body by hand rather than binding it, so that an endpoint can name each
/// unknown field or bad value in its problem details instead of failing on the first.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// The body's top-level object, or null when the body is not JSON or not an object. A body over the
    /// request's size limit still throws BadHttpRequestException (413) for the caller to answer.
    /// </summary>
    public static async Task<JsonElement?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The named property when it is present and of the given kind.</summary>
    public static JsonElement? Property(this JsonElement body, string name, JsonValueKind kind) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;
}
