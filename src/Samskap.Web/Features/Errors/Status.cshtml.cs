using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Errors;

/// <summary>
/// The localised page shown for 4xx and 5xx responses that have no body of their own. The status
/// is the original response's, read from the re-execution; nothing in the request (a posted field,
/// the address) can change it. Opened directly, the page is a 404.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly int[] _known = [400, 403, 404, 405, 410, 413, 429, 500];

    public int Code { get; private set; } = StatusCodes.Status404NotFound;

    public string TitleKey => $"Errors.{KnownCode}.Title";
    public string TextKey => $"Errors.{KnownCode}.Text";

    private int KnownCode => _known.Contains(Code) ? Code : Code >= 500 ? 500 : 400;

    public IActionResult OnGet() => Render();

    public IActionResult OnPost() => Render();

    private PageResult Render()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        Code = original is >= 400 and <= 599 ? original.Value : StatusCodes.Status404NotFound;
        var page = Page();
        page.StatusCode = Code;
        return page;
    }
}
