using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Evaluation;

/// <summary>A leader, a facilitator or a partner's person answers a round, and may come back to change the answers while it runs.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class AnswerModel(ProjectScope scope, AppDbContext db, OneTimeForms once, TimeProvider clock, IStringLocalizer<EvaluationText> evaluationText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public ProjectScope Scope => scope;
    public EvaluationRound Round { get; private set; } = null!;
    public RoundState State { get; private set; }
    public EvaluationGroup Group { get; private set; }
    public IReadOnlyDictionary<string, int?> Answers { get; private set; } = new Dictionary<string, int?>();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (State != RoundState.Open)
        {
            return this.Refuse(StatusCodes.Status409Conflict, evaluationText[State == RoundState.Closed ? "Answer.Closed" : "Answer.NotOpenYet", DateText.Date(Round.OpensOn)]);
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } previous)
        {
            return Redirect(previous);
        }

        if (EvaluationAnswers.Read(Request.Form, ModelState, evaluationText) is not { } given)
        {
            Answers = ReadPosted();
            return this.Refuse(StatusCodes.Status400BadRequest);
        }

        var response = await db.EvaluationResponses.FirstOrDefaultAsync(r => r.RoundId == RoundId && r.RespondentUserId == UserId, cancellationToken);
        if (response is null)
        {
            response = new EvaluationResponse { OrganizationId = Round.OrganizationId, RoundId = RoundId, RespondentUserId = UserId };
            db.EvaluationResponses.Add(response);
        }

        // The group is the person's place in the project when they answer last.
        response.Group = Group;
        response.Answers = given;
        var saved = EvaluationRoutes.AnswerSaved(scope.Id, RoundId);
        once.Record(saved);
        if (await once.SaveAsync(cancellationToken) is { } first)
        {
            return Redirect(first);
        }

        // An answer has no project id of its own, so it raises the project's version itself: the evaluation shows it at once.
        await ProjectDataVersion.RaiseAsync(db, scope.Id, cancellationToken);
        return Redirect(saved);
    }

    /// <summary>The valid answers of a refused post, so the person does not lose them.</summary>
    private Dictionary<string, int?> ReadPosted() =>
        EvaluationStatements.Ids
            .Where(id => ReadinessAnswers.TryParse(Request.Form[id].ToString(), out _) && Request.Form[id].ToString().Length > 0)
            .ToDictionary(id => id, id => ReadinessAnswers.TryParse(Request.Form[id].ToString(), out var value) ? value : null);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (EvaluationAccess.GroupOf(scope) is not { } group)
        {
            return Forbid();
        }

        var round = await db.EvaluationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == RoundId && r.ProjectId == scope.Id, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        Round = round;
        Group = group;
        State = scope.IsArchived ? RoundState.Closed : round.StateOn(NorwegianTime.Today(clock));
        var stored = await db.EvaluationResponses.AsNoTracking()
            .Where(r => r.RoundId == RoundId && r.RespondentUserId == UserId)
            .Select(r => r.Answers)
            .FirstOrDefaultAsync(cancellationToken);
        Answers = stored is null ? new Dictionary<string, int?>() : EvaluationAnswers.Known(stored);
        return null;
    }
}
