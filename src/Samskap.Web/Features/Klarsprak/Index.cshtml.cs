using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Klarsprak;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>
/// The plain-language checker: paste a text, pick bokmål or nynorsk, see LIX and every finding
/// marked in the text. Works without JavaScript (submit and re-render); with it, the result is
/// fetched again as you type, from the "Result" handler. The "Inline" handler serves the compact
/// check that sits under long text fields elsewhere.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(KlarsprakAnalyzer analyzer, AppDbContext db, TenantContext tenant, IStringLocalizer<KlarsprakText> klarsprakText) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    public KlarsprakView? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Language = KlarsprakRequest.Code(await KlarsprakRequest.DefaultLanguageAsync(db, tenant, cancellationToken));

    public IActionResult OnPost() => Check() ?? Page();

    /// <summary>The result alone, for the page's live update.</summary>
    public IActionResult OnPostResult() => Check() is { } refused ? refused : Partial("_KlarsprakResult", Result);

    /// <summary>The compact check under a text field elsewhere in the app.</summary>
    public IActionResult OnPostInline() => Check() is { } refused ? refused : Partial("_KlarsprakInline", Result);

    private PageResult? Check()
    {
        var text = Text ?? "";
        if (!KlarsprakRequest.TryLanguage(Language, out var language))
        {
            ModelState.AddModelError(nameof(Language), klarsprakText["Error.Language"]);
            return Refuse(StatusCodes.Status400BadRequest);
        }

        if (text.Length > KlarsprakRequest.MaxLength)
        {
            ModelState.AddModelError(nameof(Text), klarsprakText["Error.TooLong", NumberText.Of(KlarsprakRequest.MaxLength)]);
            return Refuse(StatusCodes.Status413PayloadTooLarge);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(Text), klarsprakText["Error.Empty"]);
            return Refuse(StatusCodes.Status400BadRequest);
        }

        Result = KlarsprakView.Create(text, language, analyzer.Analyze(text, language), klarsprakText);
        return null;
    }

    private PageResult Refuse(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
