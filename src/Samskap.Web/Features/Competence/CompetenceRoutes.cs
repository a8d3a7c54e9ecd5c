namespace Samskap.Web.Features.Competence;

/// <summary>The competence pages' addresses.</summary>
public static class CompetenceRoutes
{
    public const string Index = "/competence";
    public const string Paradigms = "/competence/paradigms";
    public const string Knowledge = "/competence/knowledge";
    public const string CoreElements = "/competence/core-elements";
    public const string Prerequisites = "/competence/prerequisites";
    public const string Rule = "/competence/rule";
    public const string Sources = "/competence/sources";

    /// <summary>One point's section on the prerequisites page.</summary>
    public static string Point(string anchor) => $"{Prerequisites}#{anchor}";
}
