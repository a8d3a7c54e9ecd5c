using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The projector's view, at a secret link that needs no sign-in on that machine: the code and the
/// QR to join, who takes part, the wall, and the results the facilitator has revealed. A renewed
/// link or an ended session answers 404.
/// </summary>
[AllowAnonymous]
public sealed class PresenterModel(LiveAccess access, LiveReads reads, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public LiveRoom Room { get; private set; } = null!;
    public string SessionTitle { get; private set; } = "";
    public IReadOnlyList<ActivityDto> Activities { get; private set; } = [];
    public IReadOnlyList<ContributionDto> Ideas { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ResultsDto> Results { get; private set; } = new Dictionary<Guid, ResultsDto>();
    public CountsDto Counts { get; private set; } = new(0, 0, 0, new Dictionary<string, KindCountDto>());

    public string JoinUrl => LiveRoutes.SiteUrl(Request) + LiveRoutes.JoinWith(Room.Code);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The wall alone, which the page's script fetches when the room changes.</summary>
    public async Task<IActionResult> OnGetWallAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Partial("_PresenterWall", this) : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var room = await access.RoomByPresenterAsync(Token, cancellationToken);
        if (room is null)
        {
            return false;
        }

        Room = room;
        SessionTitle = await db.Sessions.AsNoTracking().Where(s => s.Id == room.SessionId).Select(s => s.Title).FirstAsync(cancellationToken);
        Activities = await reads.ActivitiesAsync(room.SessionId, includeReady: false, cancellationToken);
        Ideas = [.. (await reads.ContributionsAsync(room.SessionId, null, onlyOnWall: true, cancellationToken))
            .Where(c => c.Kind == "ideas")
            .OrderByDescending(c => c.Pinned).ThenByDescending(c => c.Upvotes).ThenByDescending(c => c.CreatedAt)
            .Take(60)];
        Results = await reads.ResultsAsync(room.SessionId, LiveReads.IsShownToTheRoom, cancellationToken);
        Counts = await reads.CountsAsync(room.SessionId, cancellationToken);
        return true;
    }
}
