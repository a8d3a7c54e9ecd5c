using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

public sealed record ReasonDto(string Rule, string Text);

public sealed record RecommendationDto(string Approach, string Status, IReadOnlyList<ReasonDto> Reasons, IReadOnlyList<string> Blockers, IReadOnlyList<string> Suggestions);

public sealed record DecisionDto(Guid Id, string Approach, string Status, IReadOnlyList<string> Rules, IReadOnlyList<string> Blockers, IReadOnlyList<string> Suggestions, IReadOnlyDictionary<string, string> Answers, string Rationale, string DecidedBy, DateTime DecidedAt);

public static class VeivalgApi
{
    public static IEndpointRouteBuilder MapVeivalgApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/approach/recommend", Recommend)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Veivalg")
            .WithName("RecommendApproach")
            .WithSummary("Recommends a literature study, participation or co-creation from the nine answers.")
            .Accepts<RecommendRequest>("application/json")
            .Produces<RecommendationDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        // The project scope has answered 404 for an unknown or foreign id before this runs.
        endpoints.MapProjectApi().MapGet("/approach-decisions", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
            {
                var decisions = await db.ApproachDecisions.AsNoTracking().Include(d => d.DecidedBy)
                    .Where(d => d.ProjectId == scope.Id)
                    .OrderByDescending(d => d.DecidedAt)
                    .ToListAsync(cancellationToken);
                return decisions.Select(d => new DecisionDto(
                    d.Id, ApproachRules.Word(d.Approach), ApproachRules.Word(d.Status),
                    d.Rules, d.Blockers, d.Suggestions,
                    d.ParsedAnswers().ToDictionary(pair => pair.Key, pair => ApproachRules.Word(pair.Value)),
                    d.Rationale, d.DecidedBy?.DisplayName ?? "", d.DecidedAt)).ToList();
            })
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Veivalg")
            .WithName("ListApproachDecisions")
            .Produces<IReadOnlyList<DecisionDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The request body, for the OpenAPI document: {"answers": {"knowledgeExists": "yes", …}}.</summary>
    public sealed record RecommendRequest(IReadOnlyDictionary<string, string> Answers);

    private static async Task<IResult> Recommend(HttpRequest request, IStringLocalizer<VeivalgText> veivalgText)
    {
        if ((await JsonBody.ReadObjectAsync(request))?.Property("answers", JsonValueKind.Object) is not { } answers)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: veivalgText["Error.BadRequest"]);
        }

        var sheet = AnswerSheet.Read(
            answers.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())),
            ignoreUnknownQuestions: false);
        if (!sheet.IsValid)
        {
            var errors = sheet.UnknownQuestions.ToDictionary(q => q, q => new[] { (string)veivalgText["Error.UnknownQuestion", q] });
            foreach (var (question, value) in sheet.BadValues)
            {
                errors[question] = [veivalgText["Error.UnknownAnswer", value, question]];
            }

            return Results.ValidationProblem(errors, title: errors.Values.First()[0]);
        }

        var recommendation = ApproachRules.Recommend(sheet.Answers);
        return Results.Ok(new RecommendationDto(
            ApproachRules.Word(recommendation.Approach),
            ApproachRules.Word(recommendation.Status),
            recommendation.Rules.Select(rule => new ReasonDto(rule, veivalgText[$"Rule.{rule}"])).ToList(),
            recommendation.Blockers,
            recommendation.Suggestions));
    }
}
