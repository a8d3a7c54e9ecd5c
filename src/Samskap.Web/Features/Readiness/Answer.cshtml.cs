using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Features.Shared;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// Where a team member answers a round, through the link the leader shared: a start page, then
/// one step per prerequisite, each saved on its own so the person can leave and come back.
/// </summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class AnswerModel(AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<ReadinessText> readinessText) : PageModel
{
    /// <summary>Set by the page's script when the language switcher is used with unsaved answers on the step.</summary>
    public const string SwitchLanguageField = "switchLanguage";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public ReadinessRound Round { get; private set; } = null!;
    public string ProjectTitle { get; private set; } = "";
    public RoundState State { get; private set; }
    public IReadOnlyDictionary<string, int?> Answers { get; private set; } = new Dictionary<string, int?>();
    public int StepIndex => Step is null ? -1 : ReadinessStatements.Steps.ToList().IndexOf(Step);
    public IReadOnlyList<Statement> StepStatements => ReadinessStatements.InStep(Step ?? "").ToList();
    public int AnsweredCount(string step) => ReadinessStatements.InStep(step).Count(s => Answers.ContainsKey(s.Id));
    public bool AllAnswered => ReadinessStatements.All.All(s => Answers.ContainsKey(s.Id));

    /// <summary>The step to go to from the start page: the first one with unanswered statements.</summary>
    public string NextStep => ReadinessStatements.Steps.FirstOrDefault(step => AnsweredCount(step) < ReadinessStatements.InStep(step).Count())
        ?? ReadinessStatements.Steps[0];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Step is null)
        {
            return NotFound();
        }

        if (State != RoundState.Open)
        {
            return this.Refuse(
                StatusCodes.Status409Conflict,
                readinessText[State == RoundState.Closed ? "Answer.Closed" : "Answer.NotOpenYet", DateText.Date(Round.OpensOn)]);
        }

        var given = new Dictionary<string, int?>();
        foreach (var statement in StepStatements)
        {
            var value = Request.Form[statement.Id].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (!ReadinessAnswers.TryParse(value, out var answer))
            {
                ModelState.AddModelError(statement.Id, readinessText["Answer.Invalid", readinessText[$"Statement.{statement.Id}"]]);
                continue;
            }

            given[statement.Id] = answer;
        }

        if (!ModelState.IsValid)
        {
            return this.Refuse(StatusCodes.Status400BadRequest);
        }

        await SaveAsync(given, cancellationToken);

        // The language switcher, pressed in the middle of a step: the answers chosen are saved first, then the same step comes back in the new language.
        var switchTo = Request.Form[SwitchLanguageField].ToString();
        if (Cultures.IsSupported(switchTo))
        {
            return LocalRedirect(LanguageSwitch.Url(switchTo.ToLowerInvariant(), ReadinessRoutes.AnswerStep(Token, Step)));
        }

        var next = StepIndex + 1;
        return Redirect(next < ReadinessStatements.Steps.Count
            ? ReadinessRoutes.AnswerStep(Token, ReadinessStatements.Steps[next])
            : ReadinessRoutes.AnswerSaved(Token));
    }

    private async Task SaveAsync(Dictionary<string, int?> given, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var response = await db.ReadinessResponses.IgnoreQueryFilters()
            .FirstOrDefaultAsync(r => r.RoundId == Round.Id && r.RespondentUserId == userId, cancellationToken);
        if (response is null)
        {
            response = new ReadinessResponse { OrganizationId = Round.OrganizationId, RoundId = Round.Id, RespondentUserId = userId };
            db.ReadinessResponses.Add(response);
        }

        var merged = new Dictionary<string, int?>(ReadinessAnswers.Known(response.Answers));
        foreach (var (statementId, answer) in given)
        {
            merged[statementId] = answer;
        }

        response.Answers = merged;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!ReadinessRound.LooksLikeToken(Token) || (Step is not null && StepIndex < 0))
        {
            return NotFound();
        }

        // The link may belong to another of the person's organisations than the one they act in now,
        // so the round is found by its token and then checked against their memberships.
        var round = await db.ReadinessRounds.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.InvitationToken == Token, cancellationToken);
        var membership = round is null ? null : tenant.Memberships.FirstOrDefault(m => m.OrganizationId == round.OrganizationId);
        if (round is null || membership is null)
        {
            return NotFound();
        }

        // An external partner answers the rounds of the projects they take part in, and no other.
        if (membership.Role == OrganizationRole.ExternalPartner
            && !await db.ProjectPeople.IgnoreQueryFilters().AnyAsync(
                p => p.OrganizationId == round.OrganizationId && p.ProjectId == round.ProjectId && p.UserId == tenant.UserId, cancellationToken))
        {
            return NotFound();
        }

        var project = await db.Projects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Id == round.ProjectId && p.OrganizationId == round.OrganizationId)
            .Select(p => new { p.Title, p.ArchivedAt })
            .FirstAsync(cancellationToken);
        Round = round;
        ProjectTitle = project.Title;
        State = project.ArchivedAt is null ? round.StateOn(NorwegianTime.Today(clock)) : RoundState.Closed;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var stored = await db.ReadinessResponses.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.RoundId == round.Id && r.RespondentUserId == userId)
            .Select(r => r.Answers)
            .FirstOrDefaultAsync(cancellationToken);
        Answers = stored is null ? new Dictionary<string, int?>() : ReadinessAnswers.Known(stored);
        return null;
    }
}
