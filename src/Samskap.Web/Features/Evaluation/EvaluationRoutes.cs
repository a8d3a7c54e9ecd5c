using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Evaluation;

/// <summary>The evaluation's addresses: the project's evaluation, its rounds, and the participants' short link.</summary>
public static class EvaluationRoutes
{
    public static string Project(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/evaluation";
    public static string Session(Guid projectId, Guid sessionId) => $"{Project(projectId)}/sessions/{sessionId}";
    public static string NewRound(Guid projectId) => $"{Project(projectId)}/new";
    public static string Round(Guid projectId, Guid roundId) => $"{Project(projectId)}/rounds/{roundId}";
    public static string RoundStarted(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?started=true";
    public static string RoundClosed(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?closed=true";
    public static string CloseRound(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}?handler=Close";
    public static string Answer(Guid projectId, Guid roundId) => $"{Round(projectId, roundId)}/answer";
    public static string AnswerSaved(Guid projectId, Guid roundId) => $"{Answer(projectId, roundId)}?saved=true";

    /// <summary>Where a participant types the round's code: short, because it is read from a projector or a slip of paper.</summary>
    public const string Join = "/e";

    public static string Participate(string token) => $"{Join}/{token}";
    public static string ParticipateSaved(string token) => $"{Participate(token)}?saved=true";

    public static string Api(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/evaluation";
}
