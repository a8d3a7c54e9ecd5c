namespace Samskap.Web.Features.Warnings;

/// <summary>What the warnings are judged from: plain facts about one project, read by <see cref="ProjectWarnings"/>.</summary>
public sealed record WarningFacts(
    bool DecidedCoCreation,
    bool HasCitizenOrCivilSocietyPartner,
    int PartnersWithoutContribution,
    bool HasStartAndEnd,
    bool HasRelationBuildingMilestone,
    int FixedScopeItems,
    int OpenScopeItems,
    bool BudgetOverrun,
    int OverdueActions,
    int OpenHighHighUncertainties);

/// <summary>
/// The project's warnings. The ids are a contract (the overview and the API show them); each rule
/// is one of the seed's conditions for co-creation that the project's own data says is not met.
/// </summary>
public static class WarningRules
{
    public const string NoCitizenPartner = "no-citizen-partner";
    public const string PartnerWithoutContribution = "partner-without-contribution";
    public const string NoRelationTime = "no-relation-time";
    public const string NothingOpen = "nothing-open";
    public const string BudgetOverrun = "budget-overrun";
    public const string OverdueActions = "overdue-actions";
    public const string OpenHighUncertainty = "open-high-uncertainty";

    /// <summary>Every rule id, in the order the overview lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [NoCitizenPartner, PartnerWithoutContribution, NoRelationTime, NothingOpen, BudgetOverrun, OverdueActions, OpenHighUncertainty];

    public static IReadOnlyList<string> For(WarningFacts facts)
    {
        var warnings = new List<string>();
        if (facts.DecidedCoCreation && !facts.HasCitizenOrCivilSocietyPartner)
        {
            warnings.Add(NoCitizenPartner);
        }

        if (facts.PartnersWithoutContribution > 0)
        {
            warnings.Add(PartnerWithoutContribution);
        }

        if (facts.HasStartAndEnd && !facts.HasRelationBuildingMilestone)
        {
            warnings.Add(NoRelationTime);
        }

        if (facts.FixedScopeItems > 0 && facts.OpenScopeItems == 0)
        {
            warnings.Add(NothingOpen);
        }

        if (facts.BudgetOverrun)
        {
            warnings.Add(BudgetOverrun);
        }

        if (facts.OverdueActions > 0)
        {
            warnings.Add(OverdueActions);
        }

        if (facts.OpenHighHighUncertainties > 0)
        {
            warnings.Add(OpenHighUncertainty);
        }

        return warnings;
    }
}
