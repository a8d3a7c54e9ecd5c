namespace Samskap.Web.Features.Methods;

/// <summary>
/// What a facilitator looks for in the library: words, a phase, a longest duration, a group size, a
/// readiness point, and whether the method builds relations. Empty parts match every method.
/// </summary>
public sealed record MethodFilter(string? Search = null, string? Phase = null, int? MaxMinutes = null, int? GroupSize = null, string? Point = null, bool RelationBuildingOnly = false)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Search) && Phase is null && MaxMinutes is null && GroupSize is null && Point is null && !RelationBuildingOnly;

    public bool Matches(MethodView method) =>
        (string.IsNullOrWhiteSpace(Search) || Words(Search).All(word => Contains(method, word)))
        && (Phase is null || method.Phases.Contains(Phase))
        && (MaxMinutes is not { } most || method.Minutes <= most)
        && (GroupSize is not { } size || (method.GroupMin <= size && size <= method.GroupMax))
        && (Point is null || method.Points.Contains(Point))
        && (!RelationBuildingOnly || method.RelationBuilding);

    public IReadOnlyList<MethodView> Apply(IEnumerable<MethodView> methods) => [.. methods.Where(Matches)];

    private static string[] Words(string search) => search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every word of the search must be in the name, the purpose or a step, in any case.</summary>
    private static bool Contains(MethodView method, string word) =>
        method.Name.Contains(word, StringComparison.CurrentCultureIgnoreCase)
        || method.Purpose.Contains(word, StringComparison.CurrentCultureIgnoreCase)
        || method.Steps.Any(step => step.Contains(word, StringComparison.CurrentCultureIgnoreCase));
}
