using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Samskap.Web.Features.Projects;

/// <summary>The projects feature's addresses. Views, redirects and tests build URLs here, never by hand.</summary>
public static class ProjectRoutes
{
    /// <summary>The route parameter every project route names its project by.</summary>
    public const string IdParameter = "id";

    public const string List = "/projects";
    public const string New = "/projects/new";

    public static string ListPage(int page, bool archived) =>
        (archived, page) switch
        {
            (false, 1) => List,
            (false, _) => $"{List}?p={page.ToString(CultureInfo.InvariantCulture)}",
            (true, 1) => $"{List}?archived=true",
            (true, _) => $"{List}?archived=true&p={page.ToString(CultureInfo.InvariantCulture)}",
        };

    public static string Details(Guid projectId) => $"/projects/{projectId}";
    public static string Edit(Guid projectId) => $"{Details(projectId)}/edit";
    public static string Archive(Guid projectId) => $"{Details(projectId)}?handler=Archive";
    public static string Restore(Guid projectId) => $"{Details(projectId)}?handler=Restore";

    /// <summary>The project's people: members with their project roles, and external partners invited to it.</summary>
    public static string People(Guid projectId) => $"{Details(projectId)}/people";

    public const string ApiList = "/api/v1/projects";
    public static string Api(Guid projectId) => $"/api/v1/projects/{projectId}";
    public static string ApiPeople(Guid projectId) => $"{Api(projectId)}/people";

    /// <summary>
    /// The group every project API of every feature maps under, so that <see cref="ProjectScopeMiddleware"/>
    /// has loaded the project before the handler runs.
    /// </summary>
    public static RouteGroupBuilder MapProjectApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/v1/projects/{id:guid}");

    /// <summary>True for /projects/{id:guid}… and /api/v1/projects/{id:guid}…: the routes that hang on one project.</summary>
    public static bool IsProjectRoute(RoutePattern pattern)
    {
        var segments = pattern.PathSegments;
        var start = segments.Count >= 4 && IsLiteral(segments[0], "api") && IsLiteral(segments[1], "v1") ? 2 : 0;
        return segments.Count > start + 1
            && IsLiteral(segments[start], "projects")
            && segments[start + 1].Parts is [RoutePatternParameterPart { Name: IdParameter }];
    }

    /// <summary>
    /// The project id of a path under /projects/{id} or /api/v1/projects/{id}, for a request that found
    /// no endpoint of its method (the 405 endpoint has no route pattern to read it from).
    /// </summary>
    public static bool TryProjectId(PathString path, out Guid id)
    {
        id = Guid.Empty;
        var rest = path.StartsWithSegments("/api/v1/projects", StringComparison.OrdinalIgnoreCase, out var api) ? api
            : path.StartsWithSegments(List, StringComparison.OrdinalIgnoreCase, out var page) ? page
            : default;
        var text = rest.Value;
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return false;
        }

        var end = text.IndexOf('/', 1);
        return Guid.TryParseExact(end < 0 ? text[1..] : text[1..end], "D", out id);
    }

    private static bool IsLiteral(RoutePatternPathSegment segment, string text) =>
        segment.Parts is [RoutePatternLiteralPart literal] && literal.Content.Equals(text, StringComparison.OrdinalIgnoreCase);
}
