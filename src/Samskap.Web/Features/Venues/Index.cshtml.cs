using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Venues;

/// <summary>The organisation's venues, with how many each takes and how many criteria it meets.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Venue> Venues { get; private set; } = [];

    public bool Deleted { get; private set; }

    public async Task OnGetAsync(bool deleted, CancellationToken cancellationToken)
    {
        Deleted = deleted;
        Venues = await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(cancellationToken);
    }
}
