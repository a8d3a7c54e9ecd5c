using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>A block of a plan request, for the OpenAPI document.</summary>
public sealed record PlanBlockRequest(string? Title, int Minutes, bool Break, bool RelationBuilding);

/// <summary>The plan request: {"date": "2026-03-29", "start": "01:30", "end": "04:00", "blocks": [...]}.</summary>
public sealed record PlanRequest(string Date, string Start, string End, IReadOnlyList<PlanBlockRequest> Blocks);

public sealed record PlanBlockDto(DateTimeOffset Start, DateTimeOffset End);

public sealed record PlanWarningDto(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Minutes,
    string Text);

public sealed record PlanDto(int LengthMinutes, int TotalMinutes, IReadOnlyList<PlanBlockDto> Blocks, IReadOnlyList<PlanWarningDto> Warnings);

public static class SessionsApi
{
    /// <summary>A block's title is only echoed back by callers; it is checked so a request stays small.</summary>
    public const int BlockTitleMaxLength = 200;

    private static readonly string[] _requestFields = ["date", "start", "end", "blocks"];

    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SessionsRoutes.PlanApi, Plan)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Sessions")
            .WithName("PlanAgenda")
            .WithSummary("Lays out an agenda's blocks on the clock in Norwegian time and checks it against the agenda rules. An end before the start is on the next day. Stores nothing.")
            .Accepts<PlanRequest>("application/json")
            .Produces<PlanDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    /// <summary>The warnings worded in the caller's language.</summary>
    public static IReadOnlyList<PlanWarningDto> Worded(IEnumerable<AgendaWarning> warnings, IStringLocalizer<SessionsText> sessionsText) =>
        [.. warnings.Select(w => new PlanWarningDto(w.Id, w.Minutes, (w.Minutes ?? w.Over) is { } count
            ? sessionsText[$"Warning.{w.Id}", NumberText.Of(count)]
            : sessionsText[$"Warning.{w.Id}"]))];

    private static async Task<IResult> Plan(HttpRequest request, IStringLocalizer<SessionsText> sessionsText)
    {
        using var document = await JsonBody.ReadObjectDocumentAsync(request);
        if (document is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: sessionsText["Api.BadRequest"]);
        }

        var body = document.RootElement;
        var errors = new Dictionary<string, string[]>();
        body.NameUnknownFields(_requestFields, errors, sessionsText);

        var date = Read(body, "date", errors, sessionsText, text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "Api.BadDate");
        var start = Read(body, "start", errors, sessionsText, DateText.ParseClockTime, "Api.BadTime");
        var end = Read(body, "end", errors, sessionsText, DateText.ParseClockTime, "Api.BadTime");
        var blocks = ReadBlocks(body, errors, sessionsText);

        if (errors.Count == 0 && date is { } day && start is { } from && end is { } to)
        {
            switch (AgendaRules.CheckSpan(day, from, to))
            {
                case SpanCheck.EndIsStart:
                    errors["end"] = [sessionsText["Api.EndIsStart"]];
                    break;
                case SpanCheck.TooLong:
                    errors["end"] = [sessionsText["Api.TooLong", NumberText.Of(AgendaRules.MaxSessionMinutes / 60)]];
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: errors.Values.First()[0]);
        }

        var plan = AgendaRules.Plan(date!.Value, start!.Value, end!.Value, blocks!);
        var timed = new PlanBlockDto[plan.Blocks.Count];
        for (var i = 0; i < timed.Length; i++)
        {
            timed[i] = new PlanBlockDto(plan.Blocks[i].Start, plan.Blocks[i].End);
        }

        return Results.Json(new PlanDto(plan.LengthMinutes, plan.TotalMinutes, timed, Worded(plan.Warnings, sessionsText)), SessionsJson.Default.PlanDto);
    }

    private static T? Read<T>(JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer sessionsText, Func<string, T?> parse, string badKey)
        where T : struct
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors[field] = [sessionsText["Api.Missing", field]];
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && parse(value.GetString()!) is { } parsed)
        {
            return parsed;
        }

        errors[field] = [sessionsText[badKey, value.GetRawText(), field]];
        return null;
    }

    private static List<AgendaBlockTiming>? ReadBlocks(JsonElement body, Dictionary<string, string[]> errors, IStringLocalizer sessionsText)
    {
        if (body.Property("blocks", JsonValueKind.Array) is not { } array)
        {
            errors["blocks"] = [sessionsText["Api.BlocksNotList"]];
            return null;
        }

        if (array.GetArrayLength() > AgendaRules.MaxBlocks)
        {
            errors["blocks"] = [sessionsText["Api.TooManyBlocks", NumberText.Of(AgendaRules.MaxBlocks)]];
            return null;
        }

        var blocks = new List<AgendaBlockTiming>(array.GetArrayLength());
        var index = 0;
        foreach (var block in array.EnumerateArray())
        {
            var key = $"blocks[{index++}]";
            if (block.ValueKind != JsonValueKind.Object)
            {
                errors[key] = [sessionsText["Api.BlockNotObject"]];
                continue;
            }

            // One pass over the block's fields, named as UTF-8 so nothing is transcoded: a full agenda has 240.
            JsonElement title = default, minutesValue = default, isBreak = default, relationBuilding = default;
            foreach (var property in block.EnumerateObject())
            {
                if (property.NameEquals("title"u8))
                {
                    title = property.Value;
                }
                else if (property.NameEquals("minutes"u8))
                {
                    minutesValue = property.Value;
                }
                else if (property.NameEquals("break"u8))
                {
                    isBreak = property.Value;
                }
                else if (property.NameEquals("relationBuilding"u8))
                {
                    relationBuilding = property.Value;
                }
                else
                {
                    errors[$"{key}.{property.Name}"] = [sessionsText["Api.UnknownField", property.Name]];
                }
            }

            if (title.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.String or JsonValueKind.Null))
            {
                errors[$"{key}.title"] = [sessionsText["Api.NotText", "title"]];
            }
            else if (title.ValueKind == JsonValueKind.String && IsTooLong(title))
            {
                errors[$"{key}.title"] = [sessionsText["Api.TitleTooLong", NumberText.Of(BlockTitleMaxLength)]];
            }

            var minutes = 0;
            if (minutesValue.ValueKind != JsonValueKind.Number || !minutesValue.TryGetInt32(out minutes) || !AgendaRules.IsValidDuration(minutes))
            {
                errors[$"{key}.minutes"] = [sessionsText["Api.BadMinutes", NumberText.Of(AgendaRules.MinBlockMinutes), NumberText.Of(AgendaRules.MaxBlockMinutes)]];
            }

            blocks.Add(new AgendaBlockTiming(minutes, Flag(isBreak, "break", key, errors, sessionsText), Flag(relationBuilding, "relationBuilding", key, errors, sessionsText)));
        }

        return blocks;
    }

    /// <summary>
    /// Whether a title is longer than allowed. A JSON string never decodes to more characters than its
    /// encoded bytes, so the text is only decoded, and allocated, when the raw value could be too long.
    /// </summary>
    private static bool IsTooLong(JsonElement title) =>
        JsonMarshal.GetRawUtf8Value(title).Length - 2 > BlockTitleMaxLength && title.GetString()!.Length > BlockTitleMaxLength;

    /// <summary>
    /// A true/false field that may be left out (false). A wrong kind is named under the field, or under
    /// <c>{prefix}.{field}</c>; the key is only built then.
    /// </summary>
    internal static bool Flag(JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer sessionsText, string? prefix = null) =>
        Flag(body.TryGetProperty(field, out var value) ? value : default, field, prefix, errors, sessionsText);

    /// <summary>A true/false value already found (default when the field is absent).</summary>
    private static bool Flag(JsonElement value, string field, string? prefix, Dictionary<string, string[]> errors, IStringLocalizer sessionsText)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
        {
            return value.ValueKind == JsonValueKind.True;
        }

        errors[prefix is null ? field : $"{prefix}.{field}"] = [sessionsText["Api.NotFlag", field]];
        return false;
    }
}
