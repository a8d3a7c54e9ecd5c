using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Veivalg;

/// <summary>Veivalg without an account: try the questions; saving needs a project.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);

    public void OnGet() => Sheet = VeivalgQuery.Read(Request);
}
