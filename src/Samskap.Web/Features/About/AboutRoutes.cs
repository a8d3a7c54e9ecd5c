namespace Samskap.Web.Features.About;

/// <summary>The about pages' addresses.</summary>
public static class AboutRoutes
{
    public const string Accessibility = "/accessibility";
}
