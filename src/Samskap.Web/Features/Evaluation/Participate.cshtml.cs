using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Evaluation;

/// <summary>
/// Where a participant answers a round, without an account: through the link, or by typing the
/// code at /e. Nothing asks who they are. The phone keeps a random secret in a cookie, and only its
/// hash is stored with the answers, so the same phone can change them while the round runs.
/// </summary>
[AllowAnonymous]
public sealed class ParticipateModel(AppDbContext db, OneTimeForms once, TimeProvider clock, IStringLocalizer<EvaluationText> evaluationText) : PageModel
{
    public const string SecretCookie = "samskap.evaluation";

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    [FieldLabel(typeof(EvaluationText), "Participant.Code")]
    public string? Code { get; set; }

    public EvaluationRound? Round { get; private set; }
    public string ProjectTitle { get; private set; } = "";
    public RoundState State { get; private set; }
    public IReadOnlyDictionary<string, int?> Answers { get; private set; } = new Dictionary<string, int?>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Token is null ? Page() : await LoadAsync(cancellationToken) ?? Page();

    /// <summary>The code typed at /e: to the round's link, or the form again with what was wrong.</summary>
    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        var code = LiveSecrets.NormalizeCode(Code);
        var token = code is null ? null : await db.EvaluationRounds.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.JoinCode == code)
            .Select(r => r.ParticipantToken)
            .FirstOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            ModelState.AddModelError(nameof(Code), evaluationText[string.IsNullOrWhiteSpace(Code) ? "Participant.Error.CodeMissing" : "Participant.Error.CodeUnknown"]);
            Token = null;
            return this.InvalidForm();
        }

        return Redirect(EvaluationRoutes.Participate(token));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Token is null)
        {
            return await OnPostCodeAsync(cancellationToken);
        }

        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (State != RoundState.Open)
        {
            return this.Refuse(StatusCodes.Status409Conflict, evaluationText[State == RoundState.Closed ? "Answer.Closed" : "Answer.NotOpenYet", DateText.Date(Round!.OpensOn)]);
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } previous)
        {
            return Redirect(previous);
        }

        if (EvaluationAnswers.Read(Request.Form, ModelState, evaluationText) is not { } given)
        {
            return this.Refuse(StatusCodes.Status400BadRequest);
        }

        var round = Round!;
        var response = MineHash() is { } hash
            ? await db.EvaluationResponses.IgnoreQueryFilters()
                .FirstOrDefaultAsync(r => r.OrganizationId == round.OrganizationId && r.RoundId == round.Id && r.SecretHash == hash, cancellationToken)
            : null;
        if (response is null)
        {
            var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            response = new EvaluationResponse
            {
                OrganizationId = round.OrganizationId,
                RoundId = round.Id,
                Group = EvaluationGroup.Participants,
                SecretHash = Hash(secret),
            };
            db.EvaluationResponses.Add(response);
            Response.Cookies.Append(SecretCookie, secret, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Path = EvaluationRoutes.Participate(round.ParticipantToken),
                MaxAge = TimeSpan.FromDays(EvaluationRound.MaxLengthInDays + 1),
            });
        }

        response.Answers = given;
        var saved = EvaluationRoutes.ParticipateSaved(round.ParticipantToken);
        once.Record(saved);
        if (await once.SaveAsync(cancellationToken) is { } first)
        {
            return Redirect(first);
        }

        // An answer has no project id of its own, so it raises the project's version itself: the evaluation shows it at once.
        await ProjectDataVersion.RaiseAsync(db, round.ProjectId, cancellationToken);
        return Redirect(saved);
    }

    private string? MineHash() =>
        Request.Cookies[SecretCookie] is { Length: 64 } secret && ReadinessRound.LooksLikeToken(secret) ? Hash(secret) : null;

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!ReadinessRound.LooksLikeToken(Token))
        {
            return NotFound();
        }

        // No tenant is known yet: the round is found by its secret, and every query after this names its organisation.
        var round = await db.EvaluationRounds.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.ParticipantToken == Token, cancellationToken);
        if (round is null)
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
        if (MineHash() is { } hash)
        {
            var stored = await db.EvaluationResponses.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.OrganizationId == round.OrganizationId && r.RoundId == round.Id && r.SecretHash == hash)
                .Select(r => r.Answers)
                .FirstOrDefaultAsync(cancellationToken);
            Answers = stored is null ? new Dictionary<string, int?>() : EvaluationAnswers.Known(stored);
        }

        return null;
    }
}
