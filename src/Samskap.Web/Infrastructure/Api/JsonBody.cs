using System.Text.Json;
using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Shared;

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
        using var document = await ReadObjectDocumentAsync(request);
        return document?.RootElement.Clone();
    }

    /// <summary>
    /// As <see cref="ReadObjectAsync"/>, but the parsed document itself, for the caller to dispose once
    /// it has read it: a hot endpoint saves copying the body out of the pooled buffers.
    /// </summary>
    public static async Task<JsonDocument?> ReadObjectDocumentAsync(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>
    /// The names of the object's properties that are not among <paramref name="known"/>. Known names are
    /// compared in place, so a body of only known fields allocates nothing here.
    /// </summary>
    public static List<string>? UnknownFields(this JsonElement body, IReadOnlyList<string> known)
    {
        List<string>? unknown = null;
        foreach (var property in body.EnumerateObject())
        {
            if (!IsKnown(property, known))
            {
                (unknown ??= []).Add(property.Name);
            }
        }

        return unknown;
    }

    /// <summary>
    /// Names each unknown field of the object in <paramref name="errors"/>, with the feature's
    /// "Api.UnknownField" message; under <paramref name="path"/> for a nested object ("blocks[3].").
    /// </summary>
    public static void NameUnknownFields(this JsonElement body, IReadOnlyList<string> known, Dictionary<string, string[]> errors, IStringLocalizer featureText, string path = "")
    {
        foreach (var field in body.UnknownFields(known) ?? [])
        {
            errors[path + field] = [featureText["Api.UnknownField", field]];
        }
    }

    private static bool IsKnown(JsonProperty property, IReadOnlyList<string> known)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (property.NameEquals(known[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The named property when it is present and of the given kind.</summary>
    public static JsonElement? Property(this JsonElement body, string name, JsonValueKind kind) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    /// <summary>
    /// A text field: its string, or null when absent or null. Any other JSON kind is named in
    /// <paramref name="errors"/> with the feature's "Api.NotText" message.
    /// </summary>
    public static string? Text(this JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer featureText)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors[field] = [featureText["Api.NotText", field]];
        return null;
    }

    /// <summary>Rule errors as a 400 validation problem keyed by the contract's camelCase field names, in the caller's language.</summary>
    public static IResult FieldProblem(IEnumerable<FieldError> errors, IStringLocalizer featureText)
    {
        var byField = errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => FormErrors.Text(e, featureText)).ToArray());
        return Results.ValidationProblem(byField, title: byField.Values.First()[0]);
    }
}
