using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// The person's calendar feeds: this project's sessions, or their own sessions in the organisation.
/// A new feed's secret address is shown once; a feed can be revoked at any time.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class CalendarModel(ProjectScope scope, AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<SessionsText> sessionsText) : PageModel
{
    public ProjectScope Scope => scope;

    public IReadOnlyList<CalendarFeed> Feeds { get; private set; } = [];

    /// <summary>The address of the feed just made, shown this once.</summary>
    public string? NewFeedUrl { get; private set; }

    public bool Revoked { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(bool revoked, CancellationToken cancellationToken)
    {
        Revoked = revoked;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Makes a feed: of this project when <paramref name="mine"/> is false, else of the person's own sessions.</summary>
    public async Task<IActionResult> OnPostAsync(bool mine, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Feeds.Count >= CalendarFeed.MaxActivePerPerson)
        {
            return this.Refuse(StatusCodes.Status409Conflict, sessionsText["Calendar.Error.TooMany", NumberText.Of(CalendarFeed.MaxActivePerPerson)]);
        }

        var token = CalendarFeed.NewToken();
        db.CalendarFeeds.Add(new CalendarFeed
        {
            OrganizationId = tenant.OrganizationId,
            UserId = UserId,
            ProjectId = mine ? null : scope.Id,
            TokenHash = CalendarFeed.Hash(token),
        });
        await db.SaveChangesAsync(cancellationToken);
        NewFeedUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{SessionsRoutes.Feed(token)}";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid feedId, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(
            f => f.Id == feedId && f.UserId == UserId && f.OrganizationId == tenant.OrganizationId && f.RevokedAt == null, cancellationToken);
        if (feed is null)
        {
            return NotFound();
        }

        feed.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SessionsRoutes.FeedsRevoked(scope.Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Feeds = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.UserId == UserId && f.OrganizationId == tenant.OrganizationId && f.RevokedAt == null && (f.ProjectId == null || f.ProjectId == scope.Id))
            .OrderBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
}
