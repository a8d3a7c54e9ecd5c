using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Live;

/// <summary>
/// A phone in the room: the activities that are open, what the phone gave, and what the
/// facilitator has revealed. Every activity works as a plain form; with JavaScript the same forms go
/// through the hub with an outbox, and the page follows the room live.
/// </summary>
[AllowAnonymous]
public sealed class RoomModel(LiveAccess access, LiveParticipation participation, LiveReads reads, PersonalDataHold hold, LiveFloodGuard guard, AppDbContext db, IStringLocalizer<LiveText> liveText)
    : PageModel
{
    public LiveGuest Guest { get; private set; } = null!;

    /// <summary>The phone's token, for the page's script to talk to the hub with; the cookie that holds it is not readable by script.</summary>
    public string Token { get; private set; } = "";

    public string SessionTitle { get; private set; } = "";
    public IReadOnlyList<ActivityDto> Activities { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<ContributionDto>> Ideas { get; private set; } = new Dictionary<Guid, IReadOnlyList<ContributionDto>>();
    public IReadOnlySet<Guid> Upvoted { get; private set; } = new HashSet<Guid>();
    public IReadOnlyList<OwnContributionDto> Own { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ResultsDto> Results { get; private set; } = new Dictionary<Guid, ResultsDto>();

    /// <summary>The activity a refusal belongs to, so the page shows its message there.</summary>
    public Guid? RefusedActivity { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    [BindProperty]
    public string? ActivityId { get; set; }

    [BindProperty]
    public string? ContributionId { get; set; }

    [BindProperty]
    public string? OperationId { get; set; }

    /// <summary>The posted ids as Guids; one that does not parse is Guid.Empty, which no row has, so it is refused as unknown.</summary>
    private Guid PostedActivity => Guid.TryParse(ActivityId, out var id) ? id : Guid.Empty;

    private Guid PostedContribution => Guid.TryParse(ContributionId, out var id) ? id : Guid.Empty;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string[] Words { get; set; } = [];

    [BindProperty]
    public string? OpenAnswer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await EnterAsync(cancellationToken) ? await ShowAsync(cancellationToken) : Redirect(LiveRoutes.Expired);

    public Task<IActionResult> OnPostIdeaAsync(CancellationToken cancellationToken) =>
        PostAsync(guest => participation.SubmitIdeaAsync(guest, PostedActivity, OperationId, Text, Category, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        if (!await EnterAsync(cancellationToken))
        {
            return Redirect(LiveRoutes.Expired);
        }

        var contributionId = PostedContribution;
        ActivityId = (await db.LiveContributions.AsNoTracking().Where(c => c.Id == contributionId && c.ParticipantId == Guest.ParticipantId).Select(c => (Guid?)c.ActivityId).FirstOrDefaultAsync(cancellationToken))?.ToString();
        return await AnswerAsync(await participation.EditIdeaAsync(Guest, contributionId, OperationId, Text, Category, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostUpvoteAsync(CancellationToken cancellationToken) =>
        PostAsync(guest => participation.UpvoteAsync(guest, PostedContribution, OperationId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDotsAsync(CancellationToken cancellationToken) =>
        PostAsync(guest => Numbers("dot:", out var dots) is { } bad
            ? Task.FromResult<LiveOutcome<OperationDto>>(bad)
            : participation.CastDotsAsync(guest, PostedActivity, OperationId, dots, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRateAsync(CancellationToken cancellationToken) =>
        PostAsync(guest => Numbers("rate:", out var ratings) is { } bad
            ? Task.FromResult<LiveOutcome<OperationDto>>(bad)
            : participation.RateAsync(guest, PostedActivity, OperationId, ratings, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWordsAsync(CancellationToken cancellationToken) =>
        PostAsync(guest => participation.SubmitWordsAsync(guest, PostedActivity, OperationId, Words, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPulseAsync(CancellationToken cancellationToken) =>
        PostAsync(guest =>
        {
            if (Numbers("pulse:", out var answers) is { } bad)
            {
                return Task.FromResult<LiveOutcome<OperationDto>>(bad);
            }

            var given = answers.ToDictionary(p => p.Key, p => (int?)p.Value);
            return participation.AnswerPulseAsync(guest, PostedActivity, OperationId, given, OpenAnswer, cancellationToken);
        }, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await EnterAsync(cancellationToken))
        {
            return Redirect(LiveRoutes.Expired);
        }

        var deleted = await participation.DeleteOwnAsync(Guest, PostedContribution, cancellationToken);
        return await AnswerAsync(deleted, cancellationToken);
    }

    private async Task<IActionResult> PostAsync<T>(Func<LiveGuest, Task<LiveOutcome<T>>> operation, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(cancellationToken))
        {
            return Redirect(LiveRoutes.Expired);
        }

        if (!guard.TryOperation(Guest.ParticipantId))
        {
            return await RefuseAsync(new LiveRefusal("participantToken", LiveReasons.TooFast), StatusCodes.Status429TooManyRequests, cancellationToken);
        }

        return await AnswerAsync(await operation(Guest), cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync<T>(LiveOutcome<T> outcome, CancellationToken cancellationToken) =>
        outcome.Refusal is { } refusal
            ? await RefuseAsync(refusal, StatusCodes.Status422UnprocessableEntity, cancellationToken)
            : Redirect(LiveRoutes.RoomSent);

    private async Task<IActionResult> RefuseAsync(LiveRefusal refusal, int status, CancellationToken cancellationToken)
    {
        RefusedActivity = Guid.TryParse(ActivityId, out var activity) ? activity : null;
        ModelState.AddModelError(refusal.Field, LiveRefusals.Message(refusal, liveText));
        Response.StatusCode = status;
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Numbers posted as prefix:key=value (dot:o1=2); a value that is not a whole number is refused naming its field.</summary>
    private LiveRefusal? Numbers(string prefix, out Dictionary<string, int> numbers)
    {
        numbers = [];
        foreach (var (key, value) in Request.Form)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var name = key[prefix.Length..];
            if (!int.TryParse(value.ToString().Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return new LiveRefusal(name, prefix == "dot:" ? LiveReasons.DotsNegative : LiveReasons.RatingRange);
            }

            numbers[name] = number;
        }

        return null;
    }

    private async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        Token = Request.Cookies[JoinModel.TokenCookie] ?? "";
        var guest = await access.GuestAsync(Token, cancellationToken);
        if (guest is null)
        {
            return false;
        }

        Guest = guest;
        return true;
    }

    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        var joined = await participation.JoinedAsync(Guest, Token, cancellationToken);
        SessionTitle = joined.Session.Title;
        Activities = [.. joined.Activities.OrderBy(a => a.State == "open" ? 0 : 1)];
        var onWall = await reads.ContributionsAsync(Guest.SessionId, null, onlyOnWall: true, cancellationToken);
        Ideas = Activities.Where(a => a.Kind == "ideas").ToDictionary(
            a => a.Id,
            a => (IReadOnlyList<ContributionDto>)[.. onWall.Where(c => c.ActivityId == a.Id).OrderByDescending(c => c.Pinned).ThenByDescending(c => c.Upvotes)]);
        Results = await reads.ResultsAsync(Guest.SessionId, LiveReads.IsShownToTheRoom, cancellationToken);
        Upvoted = (await db.LiveUpvotes.AsNoTracking().Where(u => u.ParticipantId == Guest.ParticipantId).Select(u => u.ContributionId).ToListAsync(cancellationToken)).ToHashSet();
        Own = await reads.OwnAsync(Guest, hold, cancellationToken);
        return Page();
    }
}
