using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The live benchmark's ceiling (bench/live): a bare hub in the same build, host and protocol as
/// <see cref="LiveHub"/>, with the same method names and the same shapes on the wire, that stores
/// nothing and checks nothing, so that what the real hub adds on top of SignalR can be measured.
/// Mapped only when <c>Bench:EchoHub</c> is true.
/// </summary>
[AllowAnonymous]
public sealed class LiveEchoHub(TimeProvider clock) : Hub<ILiveClient>
{
    private const string Wall = "echo-wall";

    public Task<JoinedDto> Join(string code, string language, string? participantKind) =>
        Task.FromResult(new JoinedDto(LiveSecrets.NewParticipantToken(), new SessionInfoDto(code), [], language, participantKind));

    public async Task<WallDto> WatchWall(string presenterToken)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Wall);
        return new WallDto(null, [], [], new CountsDto(0, 0, 0, new Dictionary<string, KindCountDto>()));
    }

    public async Task<SubmittedDto> SubmitIdea(string participantToken, Guid activityId, string clientOperationId, string text, string? category)
    {
        var id = Guid.NewGuid();
        await Clients.Group(Wall).ContributionAdded(
            new ContributionDto(id, activityId, "ideas", text, category, 0, null, clock.GetUtcNow().UtcDateTime, null, Pinned: false, Held: false, Hidden: false, MergedIntoId: null));
        return new SubmittedDto(id, Held: false);
    }
}
