using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Readiness;

public sealed record PrerequisiteScoreDto(string Id, double? Score, string Status);

/// <summary>An action taken on a point since the last round; doneOn is its Norwegian date, when it is done.</summary>
public sealed record ActionSinceLastRoundDto(Guid Id, string Title, string Status, DateOnly Due, DateOnly? DoneOn)
{
    public static ActionSinceLastRoundDto From(ProjectAction action) => new(
        action.Id,
        action.Title,
        ActionRules.Word(action.Status),
        action.Due,
        action.DoneAt is { } doneAt ? DateOnly.FromDateTime(NorwegianTime.FromUtc(doneAt)) : null);
}

/// <summary>A point's score; a stored round's points also list the actions taken since the last round, which a plain scoring has none of.</summary>
public sealed record PointScoreDto(
    string Id,
    double? Score,
    string Status,
    bool Disagreement,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ActionSinceLastRoundDto>? ActionsSinceLastRound = null);

public sealed record ReadinessResultDto(IReadOnlyList<PrerequisiteScoreDto> Prerequisites, IReadOnlyList<PointScoreDto> Points, string Verdict)
{
    public static ReadinessResultDto From(ReadinessResult result, IReadOnlyDictionary<string, IReadOnlyList<ProjectAction>>? actionsSinceLastRound = null) => new(
        result.Prerequisites.Select(p => new PrerequisiteScoreDto(p.Id, p.Score, ReadinessScoring.Word(p.Status))).ToList(),
        result.Points.Select(p => new PointScoreDto(
            p.Id,
            p.Score,
            ReadinessScoring.Word(p.Status),
            p.Disagreement,
            actionsSinceLastRound is null ? null : actionsSinceLastRound.GetValueOrDefault(p.Id, []).Select(ActionSinceLastRoundDto.From).ToList())).ToList(),
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
                var actions = await db.ProjectActions.AsNoTracking()
                    .Where(a => a.ProjectId == scope.Id && a.Point != null)
                    .ToListAsync(cancellationToken);
                var allRounds = rounds.Select(r => r.Round).ToList();
                return rounds.Reverse().Select(summary => new RoundDto(
                    summary.Round.Id,
                    summary.Round.Number,
                    summary.Round.OpensOn,
                    summary.Round.ClosesOn,
                    summary.Round.ClosedAt,
                    summary.State.ToString().ToLowerInvariant(),
                    summary.Tally.Respondents,
                    summary.Tally.RespondentsNeeded,
                    summary.Tally.Result is { } result
                        ? ReadinessResultDto.From(result, ActionsSinceLastRound.ByPoint(summary.Round, ActionsSinceLastRound.PreviousOf(summary.Round, allRounds), actions))
                        : null)).ToList();
            })
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Readiness")
            .WithName("ListReadinessRounds")
            .WithSummary("A project's readiness rounds, newest first; results only where at least three people answered, each point with the actions taken on it since the round before.")
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
