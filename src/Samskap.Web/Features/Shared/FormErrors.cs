using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Shared;

/// <summary>An error tied to the input field it concerns; Field is empty for the form as a whole.</summary>
public sealed record FieldError(string Field, string MessageKey, string? Detail = null);

/// <summary>
/// The one way a page refuses: errors go on the fields they concern, and the page is shown again
/// with its error summary and a 4xx status. Status pages without a body of their own (404, 403,
/// 405) come from the status-code pages, never from a page's own markup.
/// </summary>
public static class FormErrors
{
    /// <summary>
    /// Puts rule errors on the fields they concern, in the user's language. A key the feature's
    /// texts lack (the shared "Validation.*" ones) is looked up in the shared texts.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors, IStringLocalizer featureText, IStringLocalizer<SharedResource>? sharedText = null)
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? "" : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, Text(error, featureText, sharedText));
        }
    }

    /// <summary>An error's message in the user's language, from the feature's texts or else the shared ones.</summary>
    public static string Text(FieldError error, IStringLocalizer featureText, IStringLocalizer? sharedText = null)
    {
        if (string.IsNullOrEmpty(error.MessageKey))
        {
            return error.Detail ?? "";
        }

        var text = featureText[error.MessageKey];
        var source = text.ResourceNotFound && sharedText is not null ? sharedText : featureText;
        return error.Detail is null ? source[error.MessageKey] : source[error.MessageKey, error.Detail];
    }

    /// <summary>The first error on a field, for a form whose field names are not its model's (a partial shared by two pages).</summary>
    public static string? FirstError(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The form again, with its errors, answered 422 so that no client mistakes it for success.</summary>
    public static PageResult InvalidForm(this PageModel page) => page.Refuse(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The page again with its error summary, answered with a 4xx status: 400 for a tampered value, 409 for a conflict, 422 for invalid input.</summary>
    public static PageResult Refuse(this PageModel page, int statusCode)
    {
        if (statusCode is < 400 or > 499)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), "A refusal is a 4xx status.");
        }

        var result = page.Page();
        result.StatusCode = statusCode;
        return result;
    }

    /// <summary>As <see cref="Refuse(PageModel, int)"/>, with one error for the form as a whole.</summary>
    public static PageResult Refuse(this PageModel page, int statusCode, string message)
    {
        page.ModelState.AddModelError("", message);
        return page.Refuse(statusCode);
    }
}
