using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Sessions;

/// <summary>Every URL of the sessions feature.</summary>
public static class SessionsRoutes
{
    /// <summary>Lays out an agenda on the clock and checks it against the rules; anonymous, stores nothing.</summary>
    public const string PlanApi = "/api/v1/agenda/plan";

    public static string Index(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/sessions";
    public static string New(Guid projectId) => $"{Index(projectId)}/new";
    public static string Session(Guid projectId, Guid sessionId) => $"{Index(projectId)}/{sessionId}";
    public static string Saved(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}?saved=true";
    public static string Agenda(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}#agenda";
    public static string Edit(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}/edit";
    public static string Delete(Guid projectId, Guid sessionId) => $"{Edit(projectId, sessionId)}?handler=Delete";
    public static string Deleted(Guid projectId) => $"{Index(projectId)}?deleted=true";

    /// <summary>The agenda after a block moved without JavaScript: the page says where it went.</summary>
    public static string Moved(Guid projectId, Guid sessionId, Guid blockId) => $"{Session(projectId, sessionId)}?moved={blockId}#agenda";
    public static string Block(Guid projectId, Guid sessionId, Guid blockId) => $"{Session(projectId, sessionId)}/blocks/{blockId}";
    public static string Copy(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}/copy";
    public static string Script(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}/script";
    public static string Invitation(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}/invitation";
    public static string InvitationIn(Guid projectId, Guid sessionId, string language) => $"{Invitation(projectId, sessionId)}?language={language}";
    public static string InvitationSaved(Guid projectId, Guid sessionId, string language) => $"{InvitationIn(projectId, sessionId, language)}&saved=true";
    public static string SendInvitation(Guid projectId, Guid sessionId) => $"{Invitation(projectId, sessionId)}?handler=Send";
    public static string Calendar(Guid projectId, Guid sessionId) => $"{Session(projectId, sessionId)}.ics";

    /// <summary>The secret feed's address pattern, and one feed's address.</summary>
    public const string FeedPattern = "/calendar/{token}.ics";
    public static string Feed(string token) => $"/calendar/{token}.ics";
    public static string Feeds(Guid projectId) => $"{Index(projectId)}/calendar";
    public static string FeedsMine(Guid projectId) => $"{Feeds(projectId)}?mine=true";
    public static string FeedsRevoked(Guid projectId) => $"{Feeds(projectId)}?revoked=true";
    public static string RevokeFeed(Guid projectId, Guid feedId) => $"{Feeds(projectId)}?handler=Revoke&feedId={feedId}";

    /// <summary>A file name made from a title: letters, digits and dashes.</summary>
    public static string FileName(string title)
    {
        var name = new string([.. title.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length == 0 ? "samling" : name[..Math.Min(name.Length, 60)];
    }

    /// <summary>A page handler of the session page, posted by the agenda's forms.</summary>
    public static string Handler(Guid projectId, Guid sessionId, string handler) => $"{Session(projectId, sessionId)}?handler={handler}";

    public static string Api(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/sessions";
    public static string Api(Guid projectId, Guid sessionId) => $"{Api(projectId)}/{sessionId}";
}
