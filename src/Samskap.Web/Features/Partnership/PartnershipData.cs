using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Partnership;

/// <summary>A project's partners and contributions, read once, with their ledger.</summary>
public sealed record PartnershipPicture(IReadOnlyList<Partner> Partners, IReadOnlyList<Contribution> Contributions, Ledger Ledger)
{
    public string NameOf(Guid partnerId) => Partners.FirstOrDefault(p => p.Id == partnerId)?.Name ?? "";

    public static async Task<PartnershipPicture> LoadAsync(AppDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().Where(p => p.ProjectId == projectId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.ProjectId == projectId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var ledger = Ledger.Count(
            [.. partners.Select(p => new LedgerPartner(p.Id, p.Kind))],
            [.. contributions.Select(c => new LedgerContribution(c.PartnerId, c.Kind, c.Hours, c.Nok))]);
        return new PartnershipPicture(partners, contributions, ledger);
    }
}
