using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Where a participant joins: the code (typed, or in the link the QR opens), the language, and, if
/// they like, what kind of participant they are. No account: the phone gets a token in a cookie.
/// </summary>
[AllowAnonymous]
public sealed class JoinModel(LiveParticipation participation, IStringLocalizer<LiveText> liveText) : PageModel
{
    /// <summary>The phone's token; only the phone holds it, the server keeps its hash.</summary>
    public const string TokenCookie = "samskap.live";

    [BindProperty(SupportsGet = true, Name = "code")]
    [FieldLabel(typeof(LiveText), "Join.Code")]
    public string? Code { get; set; }

    [BindProperty]
    [FieldLabel(typeof(LiveText), "Join.Language")]
    public string? Language { get; set; }

    [BindProperty]
    [FieldLabel(typeof(LiveText), "Join.Kind")]
    public string? Kind { get; set; }

    /// <summary>The form's own random key: a double click joins once.</summary>
    [BindProperty]
    public string? JoinKey { get; set; }

    /// <summary>Set when the phone came back with a token that no longer works.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    public void OnGet()
    {
        Language = Cultures.Current;
        Kind = LiveWords.NotSaid;
        JoinKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var joined = await participation.JoinAsync(Code, Language, Kind, HttpContext.Connection.RemoteIpAddress, cancellationToken, JoinKey);
        if (joined.Refusal is { } refusal)
        {
            return Refused(refusal, refusal.Reason == LiveReasons.TooFast ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity);
        }

        Response.Cookies.Append(TokenCookie, joined.Value!.ParticipantToken, new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = LiveRoutes.Join,
            MaxAge = TimeSpan.FromHours(24),
        });
        Cultures.Remember(Response, joined.Value.Language);
        return Redirect(LiveRoutes.Room);
    }

    private PageResult Refused(LiveRefusal refusal, int status)
    {
        var field = refusal.Field switch
        {
            "language" => nameof(Language),
            "participantKind" => nameof(Kind),
            _ => nameof(Code),
        };
        ModelState.AddModelError(field, LiveRefusals.Message(refusal, liveText));
        Response.StatusCode = status;
        return Page();
    }
}
