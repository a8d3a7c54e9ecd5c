using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Samskap.Web.Features.Veivalg;

[AllowAnonymous]
public sealed class ResultModel(IStringLocalizer<VeivalgText> veivalgText) : PageModel
{
    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);
    public ApproachRecommendation? Recommendation { get; private set; }

    public IActionResult OnGet()
    {
        Sheet = VeivalgQuery.Read(Request);
        if (VeivalgQuery.Refuse(this, Sheet, veivalgText) is { } refused)
        {
            return refused;
        }

        Recommendation = ApproachRules.Recommend(Sheet.Answers);
        return Page();
    }
}
