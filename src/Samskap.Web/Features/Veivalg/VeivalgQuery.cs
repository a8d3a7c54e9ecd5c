using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Veivalg;

public static class VeivalgQuery
{
    /// <summary>The answers in the address; other query parameters (culture, say) are not questions.</summary>
    public static AnswerSheet Read(HttpRequest request) =>
        AnswerSheet.Read(request.Query.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value.ToString())), ignoreUnknownQuestions: true);

    public static void AddErrors(AnswerSheet sheet, ModelStateDictionary modelState, IStringLocalizer<VeivalgText> veivalgText)
    {
        foreach (var (question, value) in sheet.BadValues)
        {
            modelState.AddModelError($"q-{question}", veivalgText["Error.UnknownAnswer", value, question]);
        }
    }
}
