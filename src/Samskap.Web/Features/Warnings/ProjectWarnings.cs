using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Warnings;

/// <summary>One warning as the overview and the API show it: the rule id, a plain text, and where to act.</summary>
public sealed record ProjectWarning(string Id, string Text, string Link);

/// <summary>Reads the facts of one project from the features that hold them, for <see cref="WarningRules"/>.</summary>
public static class ProjectWarnings
{
    public static async Task<WarningFacts> FactsAsync(AppDbContext db, ProjectScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var projectId = scope.Id;
        var latestApproach = await db.ApproachDecisions.AsNoTracking().Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.DecidedAt).Select(d => (Approach?)d.Approach).FirstOrDefaultAsync(cancellationToken);
        var partnerKinds = await db.Partners.AsNoTracking().Where(p => p.ProjectId == projectId).Select(p => new { p.Id, p.Kind }).ToListAsync(cancellationToken);
        var contributing = await db.Contributions.AsNoTracking().Where(c => c.ProjectId == projectId).Select(c => c.PartnerId).Distinct().ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).Select(m => m.RelationBuilding).ToListAsync(cancellationToken);
        var scopeItems = await db.ScopeItems.AsNoTracking().Where(s => s.ProjectId == projectId).Select(s => s.Open).ToListAsync(cancellationToken);
        var budget = await db.ProjectBudgets.AsNoTracking().Where(b => b.ProjectId == projectId)
            .Select(b => new Budget(b.PlannedHours, b.UsedHours, b.PlannedNok, b.UsedNok)).FirstOrDefaultAsync(cancellationToken) ?? Budget.None;
        var openActionDues = await db.ProjectActions.AsNoTracking().Where(a => a.ProjectId == projectId && a.Status == ActionStatus.Open).Select(a => a.Due).ToListAsync(cancellationToken);
        var highHigh = await db.Uncertainties.AsNoTracking().CountAsync(
            u => u.ProjectId == projectId && u.Status == UncertaintyStatus.Open && u.Likelihood == Level.High && u.Consequence == Level.High, cancellationToken);
        return new WarningFacts(
            DecidedCoCreation: latestApproach == Approach.CoCreation,
            HasCitizenOrCivilSocietyPartner: partnerKinds.Any(p => PartnershipWords.IsCitizenOrCivilSociety(p.Kind)),
            PartnersWithoutContribution: partnerKinds.Count(p => !contributing.Contains(p.Id)),
            HasStartAndEnd: scope.Project.StartsOn is not null && scope.Project.EndsOn is not null,
            HasRelationBuildingMilestone: milestones.Any(relation => relation),
            FixedScopeItems: scopeItems.Count(open => !open),
            OpenScopeItems: scopeItems.Count(open => open),
            BudgetOverrun: budget.Overrun,
            OverdueActions: openActionDues.Count(due => ActionRules.IsOverdue(ActionStatus.Open, due, today)),
            OpenHighHighUncertainties: highHigh);
    }

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
        AppDbContext db, ProjectScope scope, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<WarningsText> text, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(db, scope, NorwegianTime.Today(clock), cancellationToken);
        return [.. WarningRules.For(facts).Select(id => new ProjectWarning(id, text[$"Warning.{id}"], LinkFor(id, scope.Id)))];
    }
}
