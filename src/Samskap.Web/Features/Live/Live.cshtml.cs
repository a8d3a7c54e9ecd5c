using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The facilitator's board for one session: start live mode, show the code and the links, add and
/// run activities, moderate the wall, see who takes part, end it, and export what was said.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class LiveModel(ProjectScope scope, AppDbContext db, TenantContext tenant, LiveFacilitation live, LiveReads reads, IStringLocalizer<LiveText> liveText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    public Session Session { get; private set; } = null!;
    public LiveRoomView? Room { get; private set; }
    public IReadOnlyList<ActivityDto> Activities { get; private set; } = [];
    public IReadOnlyList<ContributionDto> Contributions { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ResultsDto> Results { get; private set; } = new Dictionary<Guid, ResultsDto>();
    public CountsDto Counts { get; private set; } = new(0, 0, 0, new Dictionary<string, KindCountDto>());
    public IReadOnlyList<AgendaBlock> Blocks { get; private set; } = [];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Options { get; set; }

    [BindProperty]
    public string? Dots { get; set; }

    [BindProperty]
    public string? Categories { get; set; }

    [BindProperty]
    public string? SourceActivityId { get; set; }

    [BindProperty]
    public string? ActivityId { get; set; }

    [BindProperty]
    public string? ContributionId { get; set; }

    [BindProperty]
    public string? Change { get; set; }

    [BindProperty]
    public string? Into { get; set; }

    public string JoinUrl => Room is null ? "" : LiveRoutes.SiteUrl(Request) + LiveRoutes.JoinWith(Room.Code);

    public string PresenterUrl => Room is null ? "" : LiveRoutes.SiteUrl(Request) + LiveRoutes.Presenter(Room.PresenterToken);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The board alone, for the page's script to swap in when the room changes.</summary>
    public async Task<IActionResult> OnGetBoardAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Partial("_Board", this) : NotFound();

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        var started = await live.StartAsync(Session, tenant.UserId!, cancellationToken);
        return started.Refusal is { } refusal ? await RefuseAsync(refusal, StatusCodes.Status409Conflict, cancellationToken) : Redirect(LiveRoutes.Live(scope.Id, SessionId));
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        await live.EndAsync(Session, cancellationToken);
        return Redirect(LiveRoutes.Live(scope.Id, SessionId));
    }

    public async Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        await live.RenewPresenterAsync(SessionId, cancellationToken);
        return Redirect(LiveRoutes.Live(scope.Id, SessionId) + "#links");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!LiveWords.TryParseKind(Kind, out var kind))
        {
            return await RefuseAsync(new LiveRefusal("kind", LiveReasons.WrongKind), StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        int? dots = null;
        if (!string.IsNullOrWhiteSpace(Dots))
        {
            if (!int.TryParse(Dots.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return await RefuseAsync(new LiveRefusal("dots", LiveReasons.DotsAllowed), StatusCodes.Status422UnprocessableEntity, cancellationToken);
            }

            dots = kind == ActivityKind.Dots ? parsed : null;
        }

        Guid? source = kind == ActivityKind.Dots && Guid.TryParse(SourceActivityId, out var sourceId) ? sourceId : null;
        var added = await live.AddActivityAsync(
            Session, kind, Title, source is null && kind is ActivityKind.Dots or ActivityKind.Rating ? Lines(Options) : null, dots, kind == ActivityKind.Ideas ? Lines(Categories) : null, source, null, cancellationToken);
        return added.Refusal is { } refusal
            ? await RefuseAsync(refusal, StatusCodes.Status422UnprocessableEntity, cancellationToken)
            : Redirect(LiveRoutes.Live(scope.Id, SessionId) + $"#activity-{added.Value!.Id}");
    }

    public async Task<IActionResult> OnPostActivityAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        var activity = Guid.TryParse(ActivityId, out var id) ? await live.ActivityAsync(SessionId, id, cancellationToken) : null;
        if (activity is null)
        {
            return NotFound();
        }

        switch (Change)
        {
            case "open":
                if (await live.OpenAsync(activity, cancellationToken) is { } refusal)
                {
                    return await RefuseAsync(refusal, StatusCodes.Status409Conflict, cancellationToken);
                }

                break;
            case "close":
                await live.CloseAsync(activity, cancellationToken);
                break;
            case "reveal":
                await live.RevealAsync(activity, cancellationToken);
                break;
            default:
                return BadRequest();
        }

        return Redirect(LiveRoutes.Live(scope.Id, SessionId) + $"#activity-{activity.Id}");
    }

    public async Task<IActionResult> OnPostModerateAsync(CancellationToken cancellationToken)
    {
        if (!await EditableAsync(cancellationToken))
        {
            return NotFound();
        }

        var contribution = Guid.TryParse(ContributionId, out var id) ? await live.ContributionAsync(SessionId, id, cancellationToken) : null;
        if (contribution is null)
        {
            return NotFound();
        }

        switch (Change)
        {
            case "hide" or "show":
                await live.HideAsync(contribution, Change == "hide", cancellationToken);
                break;
            case "pin" or "unpin":
                await live.PinAsync(contribution, Change == "pin", cancellationToken);
                break;
            case "merge":
                if (await live.MergeAsync(contribution, Guid.TryParse(Into, out var into) ? into : Guid.Empty, cancellationToken) is { } refusal)
                {
                    return await RefuseAsync(refusal, StatusCodes.Status422UnprocessableEntity, cancellationToken);
                }

                break;
            default:
                return BadRequest();
        }

        return Redirect(LiveRoutes.Live(scope.Id, SessionId) + "#wall");
    }

    /// <summary>Every contribution of the session as CSV: one row each, with held ones marked and their text left out.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var activities = await db.LiveActivities.AsNoTracking().Where(a => a.SessionId == SessionId).ToDictionaryAsync(a => a.Id, cancellationToken);
        var rows = await db.LiveContributions.AsNoTracking().Where(c => c.SessionId == SessionId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var votes = await reads.UpvotesAsync(SessionId, cancellationToken);
        var csv = LiveExport.Csv(rows, activities.ToDictionary(p => p.Key, p => p.Value.Title), votes);
        return File(csv, "text/csv; charset=utf-8", $"{SessionsRoutes.FileName(Session.Title)}.csv");
    }

    private static List<string?> Lines(string? text) => [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    private async Task<PageResult> RefuseAsync(LiveRefusal refusal, int status, CancellationToken cancellationToken)
    {
        var field = refusal.Field switch
        {
            "title" => nameof(Title),
            "kind" => nameof(Kind),
            "dots" => nameof(Dots),
            "sourceActivityId" => nameof(SourceActivityId),
            var other when other.StartsWith("options", StringComparison.Ordinal) => nameof(Options),
            var other when other.StartsWith("categories", StringComparison.Ordinal) => nameof(Categories),
            _ => "",
        };
        ModelState.AddModelError(field, LiveRefusals.Message(refusal, liveText));
        Response.StatusCode = status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> EditableAsync(CancellationToken cancellationToken)
    {
        var session = scope.CanEdit ? await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken) : null;
        if (session is null)
        {
            return false;
        }

        Session = session;
        return true;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.ReadAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return false;
        }

        Session = session;
        Room = await live.RoomAsync(SessionId, cancellationToken);
        Activities = await reads.ActivitiesAsync(SessionId, includeReady: true, cancellationToken);
        Contributions = [.. (await reads.ContributionsAsync(SessionId, null, onlyOnWall: false, cancellationToken))
            .Where(c => c.Kind is "ideas" && c.MergedIntoId is null)
            .OrderByDescending(c => c.Pinned).ThenByDescending(c => c.Upvotes).ThenBy(c => c.CreatedAt)];
        Results = await reads.ResultsAsync(SessionId, activity => activity.Kind != ActivityKind.Ideas, cancellationToken);
        Counts = await reads.CountsAsync(SessionId, cancellationToken);
        Blocks = await db.AgendaBlocks.AsNoTracking().Where(b => b.SessionId == SessionId && !b.IsBreak).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        return true;
    }
}
