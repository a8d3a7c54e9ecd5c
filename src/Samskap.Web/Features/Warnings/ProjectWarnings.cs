using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Warnings;

/// <summary>One warning as the overview and the API show it: the rule id, a plain text, and where to act.</summary>
public sealed record ProjectWarning(string Id, string Text, string Link);

/// <summary>Reads the facts of one project from the features that hold them, for <see cref="WarningRules"/>.</summary>
public static class ProjectWarnings
{
    /// <summary>The partner kinds that bring citizens' knowledge, from the partnership's own rule, for the query.</summary>
    private static readonly List<PartnerKind> _citizenKinds = [.. PartnershipWords.PartnerKinds.Where(PartnershipWords.IsCitizenOrCivilSociety)];

    /// <summary>
    /// Every fact in one round trip: each is a count or a value the database finds beside the
    /// project's row, so the overview does not read the rows the other sections list.
    /// </summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, DateOnly, CancellationToken, Task<FactsRow>>> _facts = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid projectId, DateOnly today, CancellationToken cancellationToken) => db.Set<Project>()
            .Where(p => p.Id == projectId)
            .Select(p => new FactsRow(
                db.Set<ApproachDecision>().Where(d => d.ProjectId == projectId).OrderByDescending(d => d.DecidedAt).Select(d => (Approach?)d.Approach).FirstOrDefault(),
                db.Set<Partner>().Count(partner => partner.ProjectId == projectId && _citizenKinds.Contains(partner.Kind)),
                db.Set<Partner>().Count(partner => partner.ProjectId == projectId
                    && !db.Set<Contribution>().Any(c => c.ProjectId == projectId && c.PartnerId == partner.Id)),
                // A relation-building milestone or session gives the time for trust; a cancelled session gives none.
                db.Set<Milestone>().Count(m => m.ProjectId == projectId && m.RelationBuilding)
                    + db.Set<Session>().Count(s => s.ProjectId == projectId && s.RelationBuilding && s.Status != SessionStatus.Cancelled),
                db.Set<ScopeItem>().Count(i => i.ProjectId == projectId && !i.Open),
                db.Set<ScopeItem>().Count(i => i.ProjectId == projectId && i.Open),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.PlannedHours).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.UsedHours).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.PlannedNok).FirstOrDefault(),
                db.Set<ProjectBudget>().Where(b => b.ProjectId == projectId).Select(b => b.UsedNok).FirstOrDefault(),
                // ActionRules.IsOverdue, counted by the database: open, and due before today.
                db.Set<ProjectAction>().Count(a => a.ProjectId == projectId && a.Status == ActionStatus.Open && a.Due < today),
                db.Set<Uncertainty>().Count(
                    u => u.ProjectId == projectId && u.Status == UncertaintyStatus.Open && u.Likelihood == Level.High && u.Consequence == Level.High)))
            .First()));

    /// <summary>The facts, read once per version of the project's data and day.</summary>
    public static async Task<WarningFacts> FactsAsync(AppDbContext db, ProjectScope scope, ProjectSectionCache cache, DateOnly today, CancellationToken cancellationToken)
    {
        var facts = await cache.GetOrLoadAsync(scope, nameof(ProjectWarnings), today, () => _facts.For(db)(db, scope.Id, today, cancellationToken));
        return new WarningFacts(
            DecidedCoCreation: facts.LatestApproach == Approach.CoCreation,
            HasCitizenOrCivilSocietyPartner: facts.CitizenPartners > 0,
            PartnersWithoutContribution: facts.PartnersWithoutContribution,
            HasStartAndEnd: scope.Project.StartsOn is not null && scope.Project.EndsOn is not null,
            HasRelationBuildingMilestone: facts.RelationBuildingMilestones > 0,
            FixedScopeItems: facts.FixedScopeItems,
            OpenScopeItems: facts.OpenScopeItems,
            BudgetOverrun: new Budget(facts.PlannedHours, facts.UsedHours, facts.PlannedNok, facts.UsedNok).Overrun,
            OverdueActions: facts.OverdueActions,
            OpenHighHighUncertainties: facts.OpenHighHigh);
    }

    private sealed record FactsRow(
        Approach? LatestApproach,
        int CitizenPartners,
        int PartnersWithoutContribution,
        int RelationBuildingMilestones,
        int FixedScopeItems,
        int OpenScopeItems,
        long? PlannedHours,
        long? UsedHours,
        long? PlannedNok,
        long? UsedNok,
        int OverdueActions,
        int OpenHighHigh);

    /// <summary>Where the team acts on each warning.</summary>
    public static string LinkFor(string id, Guid projectId) => id switch
    {
        WarningRules.NoCitizenPartner => PartnershipRoutes.New(projectId),
        WarningRules.PartnerWithoutContribution => PartnershipRoutes.Index(projectId),
        WarningRules.NoRelationTime => FramesRoutes.RelationBuilding(projectId),
        WarningRules.NothingOpen => FramesRoutes.Scope(projectId),
        WarningRules.BudgetOverrun => FramesRoutes.Budget(projectId),
        WarningRules.OverdueActions => ActionsRoutes.Index(projectId),
        WarningRules.OpenHighUncertainty => FramesRoutes.Uncertainties(projectId),
        _ => ProjectRoutes.Details(projectId),
    };

    public static async Task<IReadOnlyList<ProjectWarning>> ForAsync(
        AppDbContext db, ProjectScope scope, ProjectSectionCache cache, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<WarningsText> text, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(db, scope, cache, NorwegianTime.Today(clock), cancellationToken);
        return [.. WarningRules.For(facts).Select(id => new ProjectWarning(id, text[$"Warning.{id}"], LinkFor(id, scope.Id)))];
    }
}
