namespace Samskap.Web.Infrastructure;

/// <summary>Which main-menu section an address belongs to, for aria-current in the header.</summary>
public static class MainNavigation
{
    /// <summary>
    /// "page" on the section's own page, "true" anywhere inside it, null elsewhere. A status page
    /// that stands in for another address marks that address's section.
    /// </summary>
    public static string? Current(HttpContext context, string section)
    {
        var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Request.Path.Value
            ?? "";
        var trimmed = path.TrimEnd('/');
        if (trimmed.Equals(section, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        return trimmed.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }
}
