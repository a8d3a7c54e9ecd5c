namespace Samskap.Web.Features.Projects;

/// <summary>One step back on the way to the current page.</summary>
public sealed record Crumb(string Text, string Url);

/// <summary>
/// Where a project page sits: the project list, the project (unless this is its overview), then the
/// feature's own pages above this one. Rendered by _ProjectBreadcrumb.cshtml.
/// </summary>
public sealed record ProjectBreadcrumb(bool ShowProject, IReadOnlyList<Crumb> Trail)
{
    /// <summary>On the overview itself: only the way back to the list.</summary>
    public static ProjectBreadcrumb Overview { get; } = new(ShowProject: false, []);

    /// <summary>A page inside a project, below the given pages of its feature.</summary>
    public static ProjectBreadcrumb In(params Crumb[] trail) => new(ShowProject: true, trail);
}
