using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Decisions;

/// <summary>
/// An entry of the decision log. <c>kind</c> is <c>decision</c> for an entry of the log and
/// <c>approach</c> for a Veivalg decision, which has only its title, date and rationale (in basedOnText).
/// </summary>
public sealed record DecisionDto(
    Guid Id,
    string Kind,
    string Title,
    DateOnly DecidedOn,
    IReadOnlyList<string> ParticipantIds,
    IReadOnlyList<Guid> PartnerIds,
    IReadOnlyList<Guid> ContributionIds,
    IReadOnlyList<Guid> LiveContributionIds,
    string BasedOnText,
    string? CitizenKnowledgeChanged,
    string CitizenKnowledgeNote,
    Guid? Corrects)
{
    public static DecisionDto From(DecisionEntry d) => new(
        d.Id, "decision", d.Title, d.DecidedOn,
        [.. d.Participants.Select(p => p.UserId)], [.. d.Partners.Select(p => p.PartnerId)], [.. d.Contributions.Select(c => c.ContributionId)],
        [.. d.LiveContributions.Select(c => c.LiveContributionId)], d.BasedOnText, DecisionRules.Word(d.CitizenKnowledgeChanged), d.CitizenKnowledgeNote, d.CorrectsId);
}

/// <summary>The log's part of GET /api/v1/projects/{id}: every decision, the Veivalg ones included.</summary>
public sealed class DecisionsApiPart(AppDbContext db) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken)
    {
        var log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        project["decisions"] = DecisionsApi.All(log);
    }
}

/// <summary>The log through the API: read, and append. An entry is never changed or removed, so PUT and DELETE answer 405.</summary>
public static class DecisionsApi
{
    public static List<DecisionDto> All(DecisionLog log) =>
    [
        .. log.Entries.Select(DecisionDto.From),
        .. log.Approaches.Select(a => new DecisionDto(
            a.Id, "approach", a.Approach.ToString(), DateOnly.FromDateTime(NorwegianTime.FromUtc(a.DecidedAt)), [], [], [], [], a.Rationale, null, "", null)),
    ];

    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder endpoints)
    {
        var project = endpoints.MapProjectApi();
        project.MapGet("/decisions", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                All(await DecisionLog.LoadAsync(db, scope, cancellationToken)))
            .RequireAuthorization(Policies.ProjectPerson).WithTags("Decisions").WithName("ListDecisions")
            .Produces<IReadOnlyList<DecisionDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        project.MapGet("/decisions/{decisionId:guid}", async (Guid decisionId, ProjectScope scope, AppDbContext db, IStringLocalizer<DecisionsText> decisionsText, CancellationToken cancellationToken) =>
                All(await DecisionLog.LoadAsync(db, scope, cancellationToken)).FirstOrDefault(d => d.Id == decisionId) is { } decision
                    ? Results.Ok(decision)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: decisionsText["Api.NotFound"]))
            .RequireAuthorization(Policies.ProjectPerson).WithTags("Decisions").WithName("GetDecision")
            .Produces<DecisionDto>().ProducesProblem(StatusCodes.Status404NotFound);
        project.MapPost("/decisions", AddAsync)
            .RequireAuthorization(Policies.ProjectPerson).WithTags("Decisions").WithName("AddDecision")
            .WithSummary("Appends a decision to the log; a correction names the entry it corrects in corrects.")
            .Produces<DecisionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<IResult> AddAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<DecisionsText> decisionsText, CancellationToken cancellationToken)
    {
        if (!scope.CanContribute)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: decisionsText["Api.ReadOnly"]);
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: decisionsText["Api.BadBody"]);
        }

        var shapeErrors = new Dictionary<string, string[]>();
        var input = new DecisionInput
        {
            Title = body.Text("title", shapeErrors, decisionsText),
            DecidedOn = body.Text("decidedOn", shapeErrors, decisionsText),
            ParticipantIds = List(body, "participantIds", shapeErrors, decisionsText),
            PartnerIds = List(body, "partnerIds", shapeErrors, decisionsText),
            ContributionIds = List(body, "contributionIds", shapeErrors, decisionsText),
            LiveContributionIds = List(body, "liveContributionIds", shapeErrors, decisionsText),
            BasedOnText = body.Text("basedOnText", shapeErrors, decisionsText),
            CitizenKnowledgeChanged = body.Text("citizenKnowledgeChanged", shapeErrors, decisionsText),
            CitizenKnowledgeNote = body.Text("citizenKnowledgeNote", shapeErrors, decisionsText),
            Corrects = body.Text("corrects", shapeErrors, decisionsText),
        };
        if (shapeErrors.Count > 0)
        {
            return Results.ValidationProblem(shapeErrors, title: shapeErrors.Values.First()[0]);
        }

        var log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        var citable = await DecisionLog.CitableLiveIdsAsync(db, scope, input.LiveContributionIds, cancellationToken);
        var (errors, decision) = DecisionRules.Check(input, log.Context(NorwegianTime.Today(clock), citable));
        if (decision is null)
        {
            return JsonBody.FieldProblem(errors, decisionsText);
        }

        if (log.Entries.Count >= DecisionEntry.MaxPerProject)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: decisionsText["Error.TooMany", NumberText.Of(DecisionEntry.MaxPerProject)]);
        }

        var entry = DecisionWrites.Create(decision, tenant.OrganizationId, scope.Id, request.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        db.Decisions.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(DecisionsRoutes.Api(scope.Id, entry.Id), DecisionDto.From(entry));
    }

    private static List<string> List(JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer<DecisionsText> decisionsText)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
        {
            return [.. value.EnumerateArray().Select(item => item.GetString()!)];
        }

        errors[field] = [decisionsText["Api.NotAList", field]];
        return [];
    }
}
