using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Partnership;

/// <summary>The partnership on the project overview: its make-up, what the partners bring, and who has brought nothing yet.</summary>
public sealed class PartnershipSectionViewComponent(ProjectScope scope, AppDbContext db, ProjectSectionCache cache, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Partnership/_PartnershipSection.cshtml", await PartnershipSection.LoadAsync(db, scope, cache, clock, HttpContext.RequestAborted));
}

/// <summary>The partnership counted, as the overview and the frames page show it: how many partners, and the ledger.</summary>
public sealed record PartnershipSection(Guid ProjectId, bool CanEdit, int Partners, Ledger Ledger)
{
    private sealed record Queries(
        Func<AppDbContext, Guid, IAsyncEnumerable<LedgerPartner>> Partners,
        Func<AppDbContext, Guid, IAsyncEnumerable<LedgerContribution>> Contributions);

    /// <summary>Only what the ledger counts from, the contributions summed by the database: these pages show no names or descriptions.</summary>
    private static readonly SectionQueries<Queries> _queries = new(() => new Queries(
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId) => db.Set<Partner>().AsNoTracking()
            .Where(p => p.ProjectId == projectId)
            .Select(p => new LedgerPartner(p.Id, p.Kind))),
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId) => db.Set<Contribution>().AsNoTracking()
            .Where(c => c.ProjectId == projectId)
            .GroupBy(c => new { c.PartnerId, c.Kind })
            .Select(g => new LedgerContribution(g.Key.PartnerId, g.Key.Kind, g.Sum(c => c.Hours), g.Sum(c => c.Nok), g.Count())))));

    /// <summary>The partners and the ledger, counted once per version of the project's data.</summary>
    public static async Task<PartnershipSection> LoadAsync(
        AppDbContext db, ProjectScope scope, ProjectSectionCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var counted = await cache.GetOrLoadAsync(scope, nameof(PartnershipSection), NorwegianTime.Today(clock), async () =>
        {
            var queries = _queries.For(db);
            var partners = await queries.Partners(db, scope.Id).ToListAsync(cancellationToken);
            var contributions = await queries.Contributions(db, scope.Id).ToListAsync(cancellationToken);
            return new Counted(partners.Count, Ledger.Count(partners, contributions));
        });
        return new PartnershipSection(scope.Id, scope.CanEdit, counted.Partners, counted.Ledger);
    }

    private sealed record Counted(int Partners, Ledger Ledger);
}
