using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Live;

/// <summary>Every URL of live mode.</summary>
public static class LiveRoutes
{
    public const string Hub = "/hubs/live";

    /// <summary>The benchmark's bare echo hub, mapped only when <c>Bench:EchoHub</c> is true.</summary>
    public const string EchoHub = "/hubs/live-echo";

    /// <summary>Where a participant types the code; short, because it is read from a projector.</summary>
    public const string Join = "/j";

    public static string JoinWith(string code) => $"{Join}/{code}";

    /// <summary>A phone's page in the room, after joining (the token is in the phone's cookie and storage).</summary>
    public const string Room = "/j/room";

    /// <summary>The room after a plain form post was received.</summary>
    public const string RoomSent = "/j/room?sent=true";

    /// <summary>Where a phone whose token no longer works is sent: joining again, told why.</summary>
    public const string Expired = "/j?expired=true";

    public static string RoomHandler(string handler) => $"{Room}?handler={handler}";

    public const string PresenterPattern = "/present/{token}";

    public static string Presenter(string token) => $"/present/{token}";

    public static string Live(Guid projectId, Guid sessionId) => $"{SessionsRoutes.Session(projectId, sessionId)}/live";

    public static string Export(Guid projectId, Guid sessionId) => $"{Live(projectId, sessionId)}?handler=Export";

    /// <summary>The board alone, which the page's script fetches when the room changes.</summary>
    public static string Board(Guid projectId, Guid sessionId) => $"{Live(projectId, sessionId)}?handler=Board";

    public static string LiveHandler(Guid projectId, Guid sessionId, string handler) => $"{Live(projectId, sessionId)}?handler={handler}";

    public static string Api(Guid projectId, Guid sessionId) => $"{SessionsRoutes.Api(projectId, sessionId)}/live";

    public static string ActivitiesApi(Guid projectId, Guid sessionId) => $"{Api(projectId, sessionId)}/activities";

    public static string ActivityApi(Guid projectId, Guid sessionId, Guid activityId, string action) => $"{ActivitiesApi(projectId, sessionId)}/{activityId}/{action}";

    public static string ContributionApi(Guid projectId, Guid sessionId, Guid contributionId, string action) => $"{Api(projectId, sessionId)}/contributions/{contributionId}/{action}";

    public static string ContributionsApi(Guid projectId, Guid sessionId) => $"{SessionsRoutes.Api(projectId, sessionId)}/contributions";

    public static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
