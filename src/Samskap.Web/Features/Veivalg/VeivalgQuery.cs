using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Samskap.Web.Features.Veivalg;

public static class VeivalgQuery
{
    /// <summary>The answers in the address; other query parameters (culture, say) are not questions.</summary>
    public static AnswerSheet Read(HttpRequest request) =>
        AnswerSheet.Read(request.Query.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value.ToString())), ignoreUnknownQuestions: true);

    /// <summary>The page again with each bad answer named, answered 400; null when every answer is valid.</summary>
    public static PageResult? Refuse(PageModel page, AnswerSheet sheet, IStringLocalizer<VeivalgText> veivalgText)
    {
        if (sheet.IsValid)
        {
            return null;
        }

        foreach (var (question, value) in sheet.BadValues)
        {
            page.ModelState.AddModelError($"q-{question}", veivalgText["Error.UnknownAnswer", value, question]);
        }

        var result = page.Page();
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }
}
