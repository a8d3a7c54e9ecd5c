using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Samskap.Klarsprak;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>One finding. <c>kind</c> and <c>advice</c> are set for personal data only, and null for the other rules.</summary>
public sealed record FindingDto(
    [property: Description("The rule: long-sentence, stiff-word, passive, nominalisation or personal-data.")] string Rule,
    [property: Description("Where the finding starts, in UTF-16 code units into the text as sent.")] int Start,
    [property: Description("How long the finding is, in UTF-16 code units.")] int Length,
    [property: Description("What the finding means, in the language of Accept-Language.")] string Message,
    [property: Description("A plainer alternative, in the written standard of the text: for stiff-word a plainer word, for passive an active form with vi (blir sendt: vi sender) when the verb is known; null when there is none.")] string? Suggestion,
    [property: Description("For personal-data: email, phone or national-id (fødselsnummer or D-number).")] string? Kind,
    [property: Description("For personal-data: remove (a fødselsnummer or D-number, always) or check (an e-mail address or phone number: keep it if it is a contact you mean to share).")] string? Advice);

public sealed record AnalysisDto(double Lix, string Band, int Words, int Sentences, int LongWords, IReadOnlyList<FindingDto> Findings);

public static class KlarsprakApi
{
    /// <summary>
    /// Bodies past this are cut off before parsing. It leaves room for the longest accepted text
    /// even when every character is escaped in JSON, so a too-long text still gets its own 413 problem.
    /// </summary>
    public const long MaxBodyBytes = (KlarsprakRequest.MaxLength * 6L) + 1024;

    public static IEndpointRouteBuilder MapKlarsprakApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(KlarsprakRoutes.AnalyzeApi, Analyze)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Klarspråk")
            .WithName("AnalyzeText")
            .WithSummary("Plain-language check of a Norwegian text (bokmål or nynorsk): LIX, its band and each finding with its place in the text.")
            .Accepts<AnalyzeRequest>("application/json")
            .Produces<AnalysisDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    /// <summary>The request body, for the OpenAPI document: {"text": "…", "language": "nb" | "nn"}.</summary>
    public sealed record AnalyzeRequest(string Text, string Language);

    private static async Task<IResult> Analyze(HttpRequest request, KlarsprakAnalyzer analyzer, IStringLocalizer<KlarsprakText> klarsprakText)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        JsonElement? body;
        try
        {
            body = await JsonBody.ReadObjectAsync(request);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLong(klarsprakText);
        }

        if (body?.Property("text", JsonValueKind.String) is not { } textElement)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: klarsprakText["Api.BadRequest"]);
        }

        var text = textElement.GetString();
        var code = body.Value.Property("language", JsonValueKind.String)?.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: klarsprakText["Error.Empty"]);
        }

        if (text.Length > KlarsprakRequest.MaxLength)
        {
            return TooLong(klarsprakText);
        }

        if (!KlarsprakRequest.TryLanguage(code, out var language))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: klarsprakText["Api.Language", code ?? ""]);
        }

        var analysis = analyzer.Analyze(text, language);
        return Results.Ok(new AnalysisDto(
            Math.Round(analysis.Lix, 1, MidpointRounding.AwayFromZero),
            analysis.BandId,
            analysis.Words,
            analysis.Sentences,
            analysis.LongWords,
            analysis.Findings
                .OrderBy(f => f.Start)
                .Select(f => new FindingDto(f.Rule, f.Start, f.Length, KlarsprakMessages.Message(f, text, klarsprakText), f.Suggestion, f.Kind, f.Advice))
                .ToList()));
    }

    private static IResult TooLong(IStringLocalizer<KlarsprakText> klarsprakText) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: klarsprakText["Error.TooLong", NumberText.Of(KlarsprakRequest.MaxLength)]);
}
