using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Partnership;

/// <summary>What the partners bring, in hours and kroner, for a page that shows it beside the budget (the frames).</summary>
public sealed class LedgerTotalsViewComponent(ProjectScope scope, AppDbContext db, ProjectSectionCache cache, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Partnership/_LedgerTotals.cshtml", await PartnershipSection.LoadAsync(db, scope, cache, clock, HttpContext.RequestAborted));
}
