using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Methods;

/// <summary>
/// The method library: open to everyone for the built-in methods, and with the organisation's own
/// for its members. Opened from a session, each method can be added to that session in one step.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? MaxMinutes { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? GroupSize { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Point { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Relation { get; set; }

    /// <summary>The session the library was opened from: its methods get an "add" button.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    public IReadOnlyList<MethodView> Methods { get; private set; } = [];

    public int Total { get; private set; }

    public MethodTarget? Target { get; private set; }

    public static IReadOnlyList<string> Phases => Frames.Phases.DefaultKeys;

    public static IEnumerable<string> Points => ReadinessScoring.PointIds;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await MethodCatalog.ListAsync(tenant.IsMember ? db : null, Cultures.Current, includeHidden: false, cancellationToken);
        var filter = new MethodFilter(
            Search,
            Phases.Contains(Phase) ? Phase : null,
            MaxMinutes is > 0 ? MaxMinutes : null,
            GroupSize is > 0 ? GroupSize : null,
            Points.Contains(Point) ? Point : null,
            Relation);
        Total = all.Count;
        Methods = filter.Apply(all);
        Target = tenant.IsMember && Session is { } sessionId ? await MethodTarget.FindAsync(db, sessionId, cancellationToken) : null;
    }
}
