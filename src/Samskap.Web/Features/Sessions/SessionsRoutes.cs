namespace Samskap.Web.Features.Sessions;

/// <summary>Every URL of the sessions feature.</summary>
public static class SessionsRoutes
{
    /// <summary>Lays out an agenda on the clock and checks it against the rules; anonymous, stores nothing.</summary>
    public const string PlanApi = "/api/v1/agenda/plan";
}
