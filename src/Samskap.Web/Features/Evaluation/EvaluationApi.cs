using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Evaluation;

public sealed record FigureDto(string Id, int N, double? Mean, int Needed);

public sealed record SessionPulseDto(Guid SessionId, IReadOnlyList<FigureDto> Statements, IReadOnlyDictionary<string, IReadOnlyList<FigureDto>> ByKind);

public sealed record RoundFigureDto(string StatementId, int N, double? Mean, int Needed);

public sealed record GapDto(string StatementId, IReadOnlyList<string> Between, double Difference);

public sealed record RoundDto(Guid Id, IReadOnlyDictionary<string, IReadOnlyList<RoundFigureDto>> Groups, IReadOnlyList<GapDto> Gaps);

public sealed record ProvenanceDto(
    IReadOnlyDictionary<string, int> ContributionsByKind,
    IReadOnlyDictionary<string, int> ContributionsByPhase,
    int Decisions,
    int DecisionsBuiltOnCitizens);

/// <summary>GET /api/v1/projects/{id}/evaluation, in the contract's shape.</summary>
public sealed record EvaluationDto(IReadOnlyList<SessionPulseDto> Pulse, IReadOnlyList<RoundDto> Rounds, ProvenanceDto Provenance)
{
    /// <summary>Means to two decimals: more would be noise on a 1–5 scale.</summary>
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    public static EvaluationDto From(EvaluationView view) => new(
        [.. view.Pulse.Select(p => new SessionPulseDto(
            p.SessionId,
            [.. p.Pulse.Statements.Select(Figure)],
            p.Pulse.ByKind.ToDictionary(k => k.Key, k => (IReadOnlyList<FigureDto>)[.. k.Value.Select(Figure)])))],
        [.. view.Rounds.Select(r => new RoundDto(
            r.Round.Id,
            r.Result.Groups.ToDictionary(
                g => EvaluationGroups.Word(g.Key),
                g => (IReadOnlyList<RoundFigureDto>)[.. g.Value.Select(f => new RoundFigureDto(f.StatementId, f.N, Round(f.Mean), f.Needed))]),
            [.. r.Result.Gaps.Select(g => new GapDto(g.StatementId, [EvaluationGroups.Word(EvaluationGroup.Leaders), EvaluationGroups.Word(g.Other)], Round(g.Difference)!.Value))]))],
        new ProvenanceDto(
            view.Provenance.ContributionsByKind.ToDictionary(k => k.Kind, k => k.Count),
            view.Provenance.ContributionsByPhase.ToDictionary(p => p.Phase, p => p.Count),
            view.Provenance.Decisions.Decisions,
            view.Provenance.Decisions.BuiltOnCitizens));

    private static FigureDto Figure(StatementFigure f) => new(f.Id, f.N, Round(f.Mean), f.Needed);
}

public static class EvaluationApi
{
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProjectApi().MapGet("/evaluation", async (ProjectScope scope, AppDbContext db, EvaluationCache evaluations, IStringLocalizer<EvaluationText> evaluationText, CancellationToken cancellationToken) =>
                EvaluationAccess.CanSee(scope)
                    ? Results.Ok(EvaluationDto.From(await evaluations.GetAsync(db, scope, cancellationToken)))
                    : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: evaluationText["Api.NotYours"]))
            .RequireAuthorization(Policies.ProjectPerson).WithTags("Evaluation").WithName("GetEvaluation")
            .WithSummary("The pulse per session, the evaluation rounds per group with their perception gaps, and the provenance of the project's knowledge. A figure hidden by the group-size rule has mean null and needed above 0.")
            .Produces<EvaluationDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
