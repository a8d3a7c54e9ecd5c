using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Samskap.Klarsprak;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>What the inline check renders: the field it watches, the standard it checks in, and the check of the current text.</summary>
public sealed record KlarsprakCheck(string FieldId, string Language, KlarsprakView? View);

/// <summary>
/// The one reusable inline check for long text fields that reach participants:
/// <c>@await Component.InvokeAsync("KlarsprakCheck", new { text, fieldId })</c> under the field.
/// It shows the check of the text as it is now; site.js refreshes it as the person types.
/// </summary>
public sealed class KlarsprakCheckViewComponent(KlarsprakAnalyzer analyzer, AppDbContext db, TenantContext tenant, IStringLocalizer<KlarsprakText> klarsprakText) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? text, string fieldId)
    {
        var language = await KlarsprakRequest.DefaultLanguageAsync(db, tenant, HttpContext.RequestAborted);
        var view = string.IsNullOrWhiteSpace(text) || text.Length > KlarsprakRequest.MaxLength
            ? null
            : KlarsprakView.Create(text, language, analyzer.Analyze(text, language), klarsprakText);
        return View("/Features/Klarsprak/_KlarsprakCheck.cshtml", new KlarsprakCheck(fieldId, KlarsprakRequest.Code(language), view));
    }
}
