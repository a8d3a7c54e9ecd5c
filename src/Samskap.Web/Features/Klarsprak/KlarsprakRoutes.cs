namespace Samskap.Web.Features.Klarsprak;

/// <summary>Klarspråk's addresses.</summary>
public static class KlarsprakRoutes
{
    public const string Index = "/klarsprak";
    public const string Inline = "/klarsprak?handler=Inline";
    public const string AnalyzeApi = "/api/v1/klarsprak/analyze";
}
