using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>The participant the hub filter found behind the call's token.</summary>
public sealed class LiveCaller
{
    public LiveGuest? Guest { get; set; }
    public string? Token { get; set; }

    public LiveGuest Required => Guest ?? throw new InvalidOperationException("The live hub filter did not run for this call.");
}

/// <summary>
/// The live hub at /hubs/live. Phones call with their token first; the hub filter has already found
/// their participant, set the tenant to the room's organisation and checked their pace. Watchers are
/// the projector (by the presenter secret) and the project's members (signed in). Every refusal is
/// a <see cref="HubException"/> whose message is JSON: the field, the reason id and a message in the
/// caller's language.
/// </summary>
[AllowAnonymous]
public sealed class LiveHub(
    LiveParticipation participation,
    LiveCaller caller,
    LiveReads reads,
    LiveAccess access,
    PersonalDataHold hold,
    AppDbContext db,
    TenantContext tenant,
    IStringLocalizer<LiveText> liveText) : Hub<ILiveClient>
{
    public async Task<JoinedDto> Join(string code, string language, string? participantKind)
    {
        var joined = Answer(await participation.JoinAsync(code, language, participantKind, Context.GetHttpContext()?.Connection.RemoteIpAddress, Context.ConnectionAborted));
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Room(caller.Required.SessionId));
        return joined;
    }

    public async Task<JoinedDto> Resume(string participantToken)
    {
        var guest = caller.Required;
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Room(guest.SessionId));
        return await participation.JoinedAsync(guest, participantToken, Context.ConnectionAborted);
    }

    public async Task<SubmittedDto> SubmitIdea(string participantToken, Guid activityId, string clientOperationId, string text, string? category) =>
        Answer(await participation.SubmitIdeaAsync(caller.Required, activityId, clientOperationId, text, category, Context.ConnectionAborted));

    public async Task<SubmittedDto> EditIdea(string participantToken, Guid contributionId, string clientOperationId, string text, string? category) =>
        Answer(await participation.EditIdeaAsync(caller.Required, contributionId, clientOperationId, text, category, Context.ConnectionAborted));

    public async Task<OperationDto> Upvote(string participantToken, Guid contributionId, string clientOperationId) =>
        Answer(await participation.UpvoteAsync(caller.Required, contributionId, clientOperationId, Context.ConnectionAborted));

    public async Task<OperationDto> CastDots(string participantToken, Guid activityId, string clientOperationId, Dictionary<string, int> dots) =>
        Answer(await participation.CastDotsAsync(caller.Required, activityId, clientOperationId, dots, Context.ConnectionAborted));

    public async Task<OperationDto> Rate(string participantToken, Guid activityId, string clientOperationId, Dictionary<string, int> ratings) =>
        Answer(await participation.RateAsync(caller.Required, activityId, clientOperationId, ratings, Context.ConnectionAborted));

    public async Task<OperationDto> SubmitWords(string participantToken, Guid activityId, string clientOperationId, List<string?> words) =>
        Answer(await participation.SubmitWordsAsync(caller.Required, activityId, clientOperationId, words, Context.ConnectionAborted));

    public async Task<OperationDto> AnswerPulse(string participantToken, Guid activityId, string clientOperationId, Dictionary<string, int?> answers, string? openAnswer) =>
        Answer(await participation.AnswerPulseAsync(caller.Required, activityId, clientOperationId, answers, openAnswer, Context.ConnectionAborted));

    public async Task DeleteOwn(string participantToken, Guid contributionId) =>
        Answer(await participation.DeleteOwnAsync(caller.Required, contributionId, Context.ConnectionAborted));

    /// <summary>The ideas on the wall of an ideas activity, for a phone to read and upvote.</summary>
    public async Task<IReadOnlyList<ContributionDto>> Ideas(string participantToken, Guid activityId) =>
        await reads.ContributionsAsync(caller.Required.SessionId, activityId, onlyOnWall: true, Context.ConnectionAborted);

    /// <summary>The phone's own contributions, with what was held back and why.</summary>
    public async Task<IReadOnlyList<OwnContributionDto>> Mine(string participantToken) =>
        await reads.OwnAsync(caller.Required, hold, Context.ConnectionAborted);

    /// <summary>The projector joins its session's wall with the presenter secret; an ended room or a renewed secret is refused.</summary>
    public async Task<WallDto> WatchWall(string presenterToken)
    {
        var room = await access.RoomByPresenterAsync(presenterToken, Context.ConnectionAborted)
            ?? throw Refuse(new LiveRefusal("presenterToken", LiveReasons.PresenterUnknown));
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Wall(room.SessionId));
        return await WallAsync(room.SessionId, room.Code, includeHeld: false);
    }

    /// <summary>A signed-in member of the session's project watches its wall, held contributions marked but not shown.</summary>
    public async Task<WallDto> WatchSession(Guid sessionId)
    {
        var projectId = tenant.IsMember
            ? await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (Guid?)s.ProjectId).FirstOrDefaultAsync(Context.ConnectionAborted)
            : null;
        var scope = new ProjectScope();
        if (projectId is null || !await scope.LoadAsync(projectId.Value, db, tenant, Context.ConnectionAborted))
        {
            throw Refuse(new LiveRefusal("sessionId", LiveReasons.NotLive));
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Wall(sessionId));
        var code = await db.LiveRooms.AsNoTracking().Where(r => r.SessionId == sessionId && r.EndedAt == null).Select(r => r.Code).FirstOrDefaultAsync(Context.ConnectionAborted);
        return await WallAsync(sessionId, code, includeHeld: true);
    }

    /// <summary>
    /// Answers a call the protocol could not bind (unknown method, missing or wrong arguments): the
    /// protocol hands it here, so the caller gets a refusal in their language, not the framework's text.
    /// </summary>
    public Task BadShape(string target) => throw Refuse(new LiveRefusal(target, LiveReasons.BadShape));

    private async Task<WallDto> WallAsync(Guid sessionId, string? code, bool includeHeld)
    {
        var contributions = await reads.ContributionsAsync(sessionId, null, onlyOnWall: !includeHeld, Context.ConnectionAborted);
        return new WallDto(
            code,
            await reads.ActivitiesAsync(sessionId, includeReady: includeHeld, Context.ConnectionAborted),
            [.. contributions.Where(c => c.Kind is "ideas" or "words").Select(c => c.Held ? c with { Text = null, Words = null } : c)],
            await reads.CountsAsync(sessionId, Context.ConnectionAborted));
    }

    private T Answer<T>(LiveOutcome<T> outcome) => outcome.Refusal is { } refusal ? throw Refuse(refusal) : outcome.Value!;

    private HubException Refuse(LiveRefusal refusal) => LiveRefusals.Exception(refusal, liveText);
}

/// <summary>What a watcher starts from: the code, the activities, what is on the wall, and the counts.</summary>
public sealed record WallDto(string? Code, IReadOnlyList<ActivityDto> Activities, IReadOnlyList<ContributionDto> Contributions, CountsDto Counts);

/// <summary>Refusals as the hub sends them.</summary>
public static class LiveRefusals
{
    public static string Message(LiveRefusal refusal, IStringLocalizer<LiveText> liveText) => liveText[$"Refusal.{refusal.Reason}"];

    /// <summary>The refusal as JSON inside the hub's error, so that a client reads the field and reason and shows the message.</summary>
    public static HubException Exception(LiveRefusal refusal, IStringLocalizer<LiveText> liveText) =>
        new(JsonSerializer.Serialize(new { field = refusal.Field, reason = refusal.Reason, message = Message(refusal, liveText) }));
}
