using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Samskap.Web.Resources;

namespace Samskap.Web.Infrastructure;

/// <summary>
/// A request to a page that has no handler for it (a POST to a page that only shows, an unknown
/// ?handler=) is answered 405 with the methods it does take, instead of rendering the page with
/// nothing loaded.
/// </summary>
public sealed class MethodNotAllowedPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && (handlers.Count > 0 || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method))))
        {
            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
            context.HttpContext.Response.Headers.Allow = allowed.Count > 0 ? string.Join(", ", allowed) : "GET";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}

/// <summary>API problem details in the caller's language: a title left at its English default is replaced.</summary>
public static class LocalisedProblems
{
    public static void Localise(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status) || problem.Title == DefaultServerErrorTitle)
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var known = text[$"Errors.{status}.Title"];
            problem.Title = known.ResourceNotFound ? text[status >= 500 ? "Errors.500.Title" : "Errors.400.Title"] : known;
        }
    }

    /// <summary>ASP.NET Core's default title for a 500 problem; every other default title is the status's reason phrase.</summary>
    private const string DefaultServerErrorTitle = "An error occurred while processing your request.";
}
