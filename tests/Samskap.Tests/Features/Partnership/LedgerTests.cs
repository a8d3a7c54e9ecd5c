using Samskap.Web.Features.Partnership;

namespace Samskap.Tests.Features.Partnership;

public sealed class LedgerTests
{
    private static readonly Guid _youth = Guid.NewGuid();
    private static readonly Guid _club = Guid.NewGuid();
    private static readonly Guid _school = Guid.NewGuid();

    private static readonly LedgerPartner[] _partners =
    [
        new(_youth, PartnerKind.Citizen),
        new(_club, PartnerKind.CivilSociety),
        new(_school, PartnerKind.Research),
    ];

    [Fact]
    public void Knowledge_without_hours_or_money_counts_as_a_contribution()
    {
        var ledger = Ledger.Count(_partners, [new(_youth, ContributionKind.Knowledge, null, null)]);

        Assert.Equal(new LedgerLine(1, 0m, 0m), ledger.For(_youth));
        Assert.Equal(1, ledger.ByKind[ContributionKind.Knowledge].Count);
        Assert.DoesNotContain(_youth, ledger.PartnersWithoutContribution);
    }

    [Fact]
    public void Contributions_are_summed_per_partner_per_kind_and_in_total()
    {
        var ledger = Ledger.Count(_partners,
        [
            new(_youth, ContributionKind.Knowledge, 4m, null),
            new(_club, ContributionKind.Premises, null, 2500m),
            new(_club, ContributionKind.Time, 7.5m, null),
            new(_club, ContributionKind.Knowledge, 2m, 0m),
        ]);

        Assert.Equal(new LedgerLine(3, 9.5m, 2500m), ledger.For(_club));
        Assert.Equal(new LedgerLine(2, 6m, 0m), ledger.ByKind[ContributionKind.Knowledge]);
        Assert.Equal(new LedgerLine(0, 0m, 0m), ledger.ByKind[ContributionKind.Money]);
        Assert.Equal(new LedgerLine(4, 13.5m, 2500m), ledger.Total);
        Assert.Equal(PartnershipWords.ContributionKinds, ledger.ByKind.Keys);
    }

    [Fact]
    public void Contributions_counted_together_give_the_same_ledger_as_one_by_one()
    {
        var oneByOne = Ledger.Count(_partners,
        [
            new(_club, ContributionKind.Time, 7.5m, null),
            new(_club, ContributionKind.Time, 2m, 500m),
            new(_club, ContributionKind.Time, null, null),
            new(_youth, ContributionKind.Knowledge, null, null),
        ]);
        var together = Ledger.Count(_partners,
        [
            new(_club, ContributionKind.Time, 9.5m, 500m, Count: 3),
            new(_youth, ContributionKind.Knowledge, 0m, 0m, Count: 1),
        ]);

        Assert.Equal(oneByOne.ByPartner, together.ByPartner);
        Assert.Equal(oneByOne.ByKind, together.ByKind);
        Assert.Equal(oneByOne.Total, together.Total);
        Assert.Equal(new LedgerLine(3, 9.5m, 500m), together.For(_club));
        Assert.Equal([_school], together.PartnersWithoutContribution);
    }

    [Fact]
    public void A_partner_with_nothing_recorded_is_listed_as_without_contribution_with_a_zero_line()
    {
        var ledger = Ledger.Count(_partners, [new(_youth, ContributionKind.Knowledge, null, null)]);

        Assert.Equal([_club, _school], ledger.PartnersWithoutContribution);
        Assert.Equal(new LedgerLine(0, 0m, 0m), ledger.For(_school));
    }

    [Fact]
    public void The_make_up_counts_partners_of_every_kind_including_kinds_with_none()
    {
        var ledger = Ledger.Count([.. _partners, new(Guid.NewGuid(), PartnerKind.Citizen)], []);

        Assert.Equal(2, ledger.MakeUp[PartnerKind.Citizen]);
        Assert.Equal(1, ledger.MakeUp[PartnerKind.CivilSociety]);
        Assert.Equal(0, ledger.MakeUp[PartnerKind.Business]);
        Assert.Equal(6, ledger.MakeUp.Count);
    }

    [Fact]
    public void An_empty_partnership_has_an_empty_ledger()
    {
        var ledger = Ledger.Count([], []);

        Assert.Equal(new LedgerLine(0, 0m, 0m), ledger.Total);
        Assert.Empty(ledger.PartnersWithoutContribution);
        Assert.Empty(ledger.ByPartner);
    }
}
