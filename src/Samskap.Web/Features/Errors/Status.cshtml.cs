using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Errors;

/// <summary>The localised page shown for 4xx and 5xx responses that have no body of their own.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly int[] _known = [400, 403, 404, 405, 410, 413, 429, 500];

    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public string TitleKey => $"Errors.{KnownCode}.Title";
    public string TextKey => $"Errors.{KnownCode}.Text";

    private int KnownCode => _known.Contains(Code) ? Code : Code >= 500 ? 500 : 400;

    public IActionResult OnGet() => Render();

    public IActionResult OnPost() => Render();

    private PageResult Render()
    {
        // Re-executed for another request's status: keep that status. Opened directly: 404.
        var page = Page();
        page.StatusCode = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null ? 404 : Code;
        return page;
    }
}
