using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Evaluation;

/// <summary>The answers a form holds, for the partial that draws the statements.</summary>
public sealed record StatementFields(IReadOnlyDictionary<string, int?> Answers);

/// <summary>Reads a posted evaluation form: one field per statement, "1"…"5" or "?" for "vet ikke", a statement left out unanswered.</summary>
public static class EvaluationAnswers
{
    /// <summary>The answers given, or null with the errors on the statements' fields when a value is not one of the scale's.</summary>
    public static Dictionary<string, int?>? Read(IFormCollection form, ModelStateDictionary modelState, IStringLocalizer<EvaluationText> evaluationText)
    {
        var given = new Dictionary<string, int?>();
        foreach (var statement in EvaluationStatements.Ids)
        {
            var value = form[statement].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (!ReadinessAnswers.TryParse(value, out var answer))
            {
                modelState.AddModelError(statement, evaluationText["Answer.Invalid", EvaluationViews.Statement(statement, evaluationText)]);
                continue;
            }

            given[statement] = answer;
        }

        if (modelState.IsValid && given.Count == 0)
        {
            modelState.AddModelError(EvaluationStatements.Ids[0], evaluationText["Answer.NoneGiven"]);
        }

        return modelState.IsValid ? given : null;
    }

    /// <summary>The stored answers that still name a statement and hold a valid value.</summary>
    public static IReadOnlyDictionary<string, int?> Known(IReadOnlyDictionary<string, int?> stored) =>
        stored.Where(pair => EvaluationStatements.IsStatement(pair.Key) && pair.Value is null or (>= 1 and <= 5))
            .ToDictionary(pair => pair.Key, pair => pair.Value);
}
