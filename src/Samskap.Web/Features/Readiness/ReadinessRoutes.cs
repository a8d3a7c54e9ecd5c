using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Readiness;

/// <summary>Readiness's addresses: a project's rounds and the answering link shared with the team.</summary>
public static class ReadinessRoutes
{
    public static string Project(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/readiness";
    public static string NewRound(Guid projectId) => $"{Project(projectId)}/new";
    public static string Round(Guid projectId, Guid roundId) => $"{Project(projectId)}/rounds/{roundId}";
    public static string RoundStarted(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?started=true";
    public static string RoundClosed(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?closed=true";
    public static string RoundInvited(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?invited=true";
    public static string RoundReminded(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?reminded=true";
    public static string CloseRound(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?handler=Close";
    public static string Answer(string token) => $"/readiness/answer/{token}";
    public static string AnswerSaved(string token) => $"{Answer(token)}?saved=true";
    public static string AnswerStep(string token, string step) => $"{Answer(token)}/{step}";
    public static string RoundsApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/readiness-rounds";
    public const string ScoreApi = "/api/v1/readiness/score";
}
