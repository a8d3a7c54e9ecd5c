namespace Samskap.Web.Features.Partnership;

/// <summary>One line of the ledger: how many contributions, and the hours and kroner of those that have them.</summary>
public sealed record LedgerLine(int Count, decimal Hours, decimal Nok);

/// <summary>What the ledger is counted from: plain values, no entities.</summary>
public sealed record LedgerPartner(Guid Id, PartnerKind Kind);

/// <summary>One contribution, or several of one partner and kind counted together (Count of them, their hours and kroner summed), as the database can give them.</summary>
public sealed record LedgerContribution(Guid PartnerId, ContributionKind Kind, decimal? Hours, decimal? Nok, int Count = 1);

/// <summary>
/// "Alle parter bidrar", counted: contributions per partner and per kind, with totals, and the
/// partnership's make-up. Knowledge counts as a contribution even without hours or money, so a
/// partner is counted as contributing by the number of contributions, not by their amounts.
/// </summary>
public sealed class Ledger
{
    private static readonly LedgerLine _nothing = new(0, 0m, 0m);

    private Ledger(
        IReadOnlyDictionary<Guid, LedgerLine> byPartner,
        IReadOnlyDictionary<ContributionKind, LedgerLine> byKind,
        LedgerLine total,
        IReadOnlyDictionary<PartnerKind, int> makeUp,
        IReadOnlyList<Guid> withoutContribution)
    {
        ByPartner = byPartner;
        ByKind = byKind;
        Total = total;
        MakeUp = makeUp;
        PartnersWithoutContribution = withoutContribution;
    }

    /// <summary>Every partner, with a zero line for one that has brought nothing yet.</summary>
    public IReadOnlyDictionary<Guid, LedgerLine> ByPartner { get; }

    /// <summary>Every contribution kind, in the contract's order, zero where there is none.</summary>
    public IReadOnlyDictionary<ContributionKind, LedgerLine> ByKind { get; }

    public LedgerLine Total { get; }

    /// <summary>How many partners of each kind, every kind listed.</summary>
    public IReadOnlyDictionary<PartnerKind, int> MakeUp { get; }

    /// <summary>Partners with no contribution recorded, in the order given.</summary>
    public IReadOnlyList<Guid> PartnersWithoutContribution { get; }

    public LedgerLine For(Guid partnerId) => ByPartner.GetValueOrDefault(partnerId, _nothing);

    public static Ledger Count(IReadOnlyList<LedgerPartner> partners, IReadOnlyList<LedgerContribution> contributions)
    {
        var byPartner = partners.ToDictionary(p => p.Id, p => Sum(contributions.Where(c => c.PartnerId == p.Id)));
        var byKind = PartnershipWords.ContributionKinds.ToDictionary(k => k, k => Sum(contributions.Where(c => c.Kind == k)));
        var makeUp = PartnershipWords.PartnerKinds.ToDictionary(k => k, k => partners.Count(p => p.Kind == k));
        var without = partners.Where(p => byPartner[p.Id].Count == 0).Select(p => p.Id).ToList();
        return new Ledger(byPartner, byKind, Sum(contributions), makeUp, without);
    }

    private static LedgerLine Sum(IEnumerable<LedgerContribution> contributions)
    {
        var count = 0;
        var hours = 0m;
        var nok = 0m;
        foreach (var contribution in contributions)
        {
            count += contribution.Count;
            hours += contribution.Hours ?? 0m;
            nok += contribution.Nok ?? 0m;
        }

        return new LedgerLine(count, hours, nok);
    }
}
