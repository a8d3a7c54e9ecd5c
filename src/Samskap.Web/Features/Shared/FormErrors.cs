using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Samskap.Web.Features.Shared;

/// <summary>An error tied to the input field it concerns; Field is empty for the form as a whole.</summary>
public sealed record FieldError(string Field, string MessageKey, string? Detail = null);

public static class FormErrors
{
    /// <summary>Puts rule errors on the fields they concern, in the user's language.</summary>
    public static void AddTo(ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors, IStringLocalizer text)
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? "" : $"{prefix}.{error.Field}";
            var message = string.IsNullOrEmpty(error.MessageKey)
                ? error.Detail ?? ""
                : error.Detail is null ? text[error.MessageKey] : text[error.MessageKey, error.Detail];
            modelState.AddModelError(key, message);
        }
    }

    /// <summary>The form again, with its errors, answered 422 so that no client mistakes it for success.</summary>
    public static PageResult InvalidForm(this PageModel page)
    {
        var result = page.Page();
        result.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return result;
    }
}
