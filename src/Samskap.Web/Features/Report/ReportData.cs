using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Report;

/// <summary>Reads the facts of a project's report, in a few queries inside the current organisation.</summary>
public static class ReportData
{
    public static async Task<ReportFacts> LoadAsync(AppDbContext db, ProjectScope scope, TimeProvider clock, EvaluationCache evaluations, string language, CancellationToken cancellationToken)
    {
        var today = NorwegianTime.Today(clock);
        var approach = await db.ApproachDecisions.AsNoTracking()
            .Where(d => d.ProjectId == scope.Id)
            .OrderByDescending(d => d.DecidedAt)
            .Select(d => new { d.Approach, d.Status, d.Rationale, d.DecidedAt })
            .FirstOrDefaultAsync(cancellationToken);
        var readiness = await ProjectReadiness.RoundsAsync(db, scope.Id, today, cancellationToken);

        var partners = await db.Partners.AsNoTracking().Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync(cancellationToken);
        var contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.ProjectId == scope.Id)
            .GroupBy(c => new { c.PartnerId, c.Kind })
            .Select(g => new { g.Key.PartnerId, g.Key.Kind, Count = g.Count(), Hours = g.Sum(c => c.Hours ?? 0), Nok = g.Sum(c => c.Nok ?? 0) })
            .ToListAsync(cancellationToken);
        var budget = await db.ProjectBudgets.AsNoTracking().FirstOrDefaultAsync(b => b.ProjectId == scope.Id, cancellationToken);

        var held = await db.Sessions.AsNoTracking()
            .Where(s => s.ProjectId == scope.Id && s.Status == SessionStatus.Held)
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new { s.Id, s.Title, s.Date })
            .ToListAsync(cancellationToken);
        var heldIds = held.Select(s => s.Id).ToList();
        var blocks = await db.AgendaBlocks.AsNoTracking()
            .Where(b => heldIds.Contains(b.SessionId) && b.MethodId != null)
            .OrderBy(b => b.Position)
            .Select(b => new { b.SessionId, b.MethodId })
            .ToListAsync(cancellationToken);
        var own = await db.OrganizationMethods.AsNoTracking().ToListAsync(cancellationToken);
        var methodNames = MethodCatalog.Names(blocks.Select(b => b.MethodId), own, language);

        var evaluation = await evaluations.GetAsync(db, scope, cancellationToken);
        var log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        var corrected = log.Entries.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        var changedIds = evaluation.Provenance.Changed.Select(c => c.Id).ToHashSet();
        var lessons = await db.ReportNotes.AsNoTracking().Where(n => n.ProjectId == scope.Id).Select(n => n.Lessons).FirstOrDefaultAsync(cancellationToken) ?? "";

        return new ReportFacts(
            scope.Title,
            scope.Project.Challenge,
            approach is null ? null : new ReportApproach(approach.Approach, approach.Status, approach.Rationale, DateOnly.FromDateTime(NorwegianTime.FromUtc(approach.DecidedAt))),
            [.. readiness.Select(r => new ReportReadinessRound(r.Round.Number, r.Round.OpensOn, r.Round.ClosesOn, r.Tally.Respondents, r.Tally.Result))],
            [.. partners.Select(p =>
            {
                var mine = contributions.Where(c => c.PartnerId == p.Id).ToList();
                return new ReportPartner(p.Name, PartnershipWords.Word(p.Kind), mine.Sum(c => c.Count), mine.Where(c => c.Kind == ContributionKind.Knowledge).Sum(c => c.Count), mine.Sum(c => c.Hours), mine.Sum(c => c.Nok));
            })],
            new ReportFrames(budget?.PlannedHours, budget?.UsedHours, budget?.PlannedNok, budget?.UsedNok, scope.Project.StartsOn, scope.Project.EndsOn),
            [.. held.Select(s => new ReportSession(
                s.Title,
                s.Date,
                [.. blocks.Where(b => b.SessionId == s.Id).Select(b => methodNames.GetValueOrDefault(b.MethodId!)).OfType<string>().Distinct()]))],
            evaluation,
            [.. log.Entries
                .Where(e => !corrected.Contains(e.Id))
                .OrderBy(e => e.DecidedOn).ThenBy(e => e.CreatedAt)
                .Select(e => new ReportDecision(
                    e.Title,
                    e.DecidedOn,
                    e.BasedOnText,
                    changedIds.Contains(e.Id),
                    [
                        .. e.Contributions.Select(c => log.ContributionOf(c.ContributionId)?.Description).OfType<string>(),
                        .. e.LiveContributions.Select(c => log.LiveIdeaOf(c.LiveContributionId)?.Text).OfType<string>(),
                    ]))],
            lessons,
            today);
    }
}
