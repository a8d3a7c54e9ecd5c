using System.Text.Json;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Readiness;

public sealed record PrerequisiteScoreDto(string Id, double? Score, string Status);

public sealed record PointScoreDto(string Id, double? Score, string Status, bool Disagreement);

public sealed record ReadinessResultDto(IReadOnlyList<PrerequisiteScoreDto> Prerequisites, IReadOnlyList<PointScoreDto> Points, string Verdict)
{
    public static ReadinessResultDto From(ReadinessResult result) => new(
        result.Prerequisites.Select(p => new PrerequisiteScoreDto(p.Id, p.Score, ReadinessScoring.Word(p.Status))).ToList(),
        result.Points.Select(p => new PointScoreDto(p.Id, p.Score, ReadinessScoring.Word(p.Status), p.Disagreement)).ToList(),
        ReadinessScoring.Word(result.Verdict));
}

/// <summary>A round as the API shows it: counts and the aggregated result only, never anyone's answers.</summary>
public sealed record RoundDto(
    Guid Id,
    int Number,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateTime? ClosedAt,
    string State,
    int Respondents,
    int RespondentsNeeded,
    ReadinessResultDto? Result);

public static class ReadinessApi
{
    /// <summary>A scoring request is pure computation; this keeps one request small all the same.</summary>
    public const int MaxResponses = 1000;

    public static IEndpointRouteBuilder MapReadinessApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ReadinessRoutes.ScoreApi, Score)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Readiness")
            .WithName("ScoreReadiness")
            .WithSummary("Scores the twelve points from the answers of each respondent (1–5, or null for don't know). Stores nothing.")
            .Accepts<ScoreRequest>("application/json")
            .Produces<ReadinessResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        // The project scope has answered 404 for an unknown or foreign id before this runs.
        endpoints.MapProjectApi().MapGet("/readiness-rounds", async (ProjectScope scope, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var rounds = await ProjectReadiness.RoundsAsync(db, scope.Id, NorwegianTime.Today(clock), cancellationToken);
                return rounds.Reverse().Select(summary => new RoundDto(
                    summary.Round.Id,
                    summary.Round.Number,
                    summary.Round.OpensOn,
                    summary.Round.ClosesOn,
                    summary.Round.ClosedAt,
                    summary.State.ToString().ToLowerInvariant(),
                    summary.Tally.Respondents,
                    summary.Tally.RespondentsNeeded,
                    summary.Tally.Result is { } result ? ReadinessResultDto.From(result) : null)).ToList();
            })
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Readiness")
            .WithName("ListReadinessRounds")
            .WithSummary("A project's readiness rounds, newest first; results only where at least three people answered.")
            .Produces<IReadOnlyList<RoundDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The request body, for the OpenAPI document: {"responses": [{"competence.what": 4, "competence.whenWhy": null, …}, …]}.</summary>
    public sealed record ScoreRequest(IReadOnlyList<IReadOnlyDictionary<string, int?>> Responses);

    private static async Task<IResult> Score(HttpRequest request, IStringLocalizer<ReadinessText> readinessText)
    {
        if ((await JsonBody.ReadObjectAsync(request))?.Property("responses", JsonValueKind.Array) is not { } responses)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: readinessText["Api.BadRequest"]);
        }

        if (responses.GetArrayLength() > MaxResponses)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: readinessText["Api.TooMany", NumberText.Of(MaxResponses)]);
        }

        var pointIds = ReadinessScoring.PointIds.ToHashSet();
        var errors = new Dictionary<string, string[]>();
        var parsed = new List<IReadOnlyDictionary<string, int?>>();
        var index = 0;
        foreach (var response in responses.EnumerateArray())
        {
            var key = $"responses[{index}]";
            if (response.ValueKind != JsonValueKind.Object)
            {
                errors[key] = [readinessText["Api.NotAnObject"]];
                index++;
                continue;
            }

            var values = new Dictionary<string, int?>();
            foreach (var property in response.EnumerateObject())
            {
                var name = $"{key}.{property.Name}";
                if (!pointIds.Contains(property.Name))
                {
                    errors[name] = [readinessText["Api.UnknownPoint", property.Name]];
                }
                else if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    values[property.Name] = null;
                }
                else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var value) && value is >= 1 and <= 5)
                {
                    values[property.Name] = value;
                }
                else
                {
                    errors[name] = [readinessText["Api.BadValue", property.Value.GetRawText(), property.Name]];
                }
            }

            parsed.Add(values);
            index++;
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: errors.Values.First()[0]);
        }

        return Results.Ok(ReadinessResultDto.From(ReadinessScoring.Score(parsed)));
    }
}
