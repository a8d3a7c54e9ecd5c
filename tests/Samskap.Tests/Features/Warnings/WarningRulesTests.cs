using Samskap.Web.Features.Warnings;

namespace Samskap.Tests.Features.Warnings;

public sealed class WarningRulesTests
{
    /// <summary>A project that keeps every condition: no warning.</summary>
    private static readonly WarningFacts _sound = new(
        DecidedCoCreation: true,
        HasCitizenOrCivilSocietyPartner: true,
        PartnersWithoutContribution: 0,
        HasStartAndEnd: true,
        HasRelationBuildingMilestone: true,
        FixedScopeItems: 2,
        OpenScopeItems: 1,
        BudgetOverrun: false,
        OverdueActions: 0,
        OpenHighHighUncertainties: 0);

    [Fact]
    public void A_sound_project_has_no_warnings()
    {
        Assert.Empty(WarningRules.For(_sound));
    }

    [Fact]
    public void Co_creation_without_a_citizen_or_civil_society_partner_is_warned_of()
    {
        Assert.Equal([WarningRules.NoCitizenPartner], WarningRules.For(_sound with { HasCitizenOrCivilSocietyPartner = false }));
    }

    [Fact]
    public void Without_a_co_creation_decision_no_citizen_partner_is_not_a_warning()
    {
        Assert.Empty(WarningRules.For(_sound with { DecidedCoCreation = false, HasCitizenOrCivilSocietyPartner = false }));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void A_partner_without_contribution_is_warned_of(int partners, bool warned)
    {
        Assert.Equal(warned, WarningRules.For(_sound with { PartnersWithoutContribution = partners }).Contains(WarningRules.PartnerWithoutContribution));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    public void No_relation_time_needs_dates_and_no_relation_building_milestone(bool dates, bool relationMilestone, bool warned)
    {
        var facts = _sound with { HasStartAndEnd = dates, HasRelationBuildingMilestone = relationMilestone };

        Assert.Equal(warned, WarningRules.For(facts).Contains(WarningRules.NoRelationTime));
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    [InlineData(0, 0, false)]
    public void Nothing_open_means_fixed_lines_and_no_open_one(int fixedItems, int openItems, bool warned)
    {
        Assert.Equal(warned, WarningRules.For(_sound with { FixedScopeItems = fixedItems, OpenScopeItems = openItems }).Contains(WarningRules.NothingOpen));
    }

    [Fact]
    public void An_overrun_an_overdue_action_and_an_open_high_high_uncertainty_are_each_warned_of_in_order()
    {
        var facts = _sound with { BudgetOverrun = true, OverdueActions = 2, OpenHighHighUncertainties = 1 };

        Assert.Equal([WarningRules.BudgetOverrun, WarningRules.OverdueActions, WarningRules.OpenHighUncertainty], WarningRules.For(facts));
    }
}
