using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Samskap.Web.Features.Veivalg;

public static class VeivalgQuery
{
    /// <summary>The answers in the address; other query parameters (culture, say) are not questions.</summary>
    public static AnswerSheet Read(HttpRequest request) =>
        AnswerSheet.Read(request.Query.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value.ToString())), ignoreUnknownQuestions: true);

    /// <summary>
    /// The page again, answered 400, naming each question whose answer in the address is not one of
    /// the answers the page offers, in the reader's words; null when every answer is valid. The
    /// errors belong to the page as a whole: the result pages show no questions to point at.
    /// </summary>
    public static PageResult? Refuse(PageModel page, AnswerSheet sheet, IStringLocalizer<VeivalgText> veivalgText)
    {
        if (sheet.IsValid)
        {
            return null;
        }

        for (var index = 0; index < ApproachRules.Questions.Count; index++)
        {
            var question = ApproachRules.Questions[index];
            if (sheet.BadValues.Any(bad => bad.Question == question))
            {
                page.ModelState.AddModelError("", veivalgText["Error.AnswerNotAnOption", index + 1, veivalgText[$"Question.{question}.Text"]]);
            }
        }

        var result = page.Page();
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }
}
