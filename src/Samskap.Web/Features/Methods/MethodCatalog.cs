using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Methods;

/// <summary>A method as the library, the agenda and the API show it, built-in or the organisation's own, in one language.</summary>
public sealed record MethodView(
    string Id,
    string Name,
    string Purpose,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Materials,
    int Minutes,
    int GroupMin,
    int GroupMax,
    IReadOnlyList<string> Phases,
    bool RelationBuilding,
    IReadOnlyList<string> Points,
    string Source,
    string? SourceUrl,
    string? Licence,
    bool BuiltIn,
    bool Hidden)
{
    public static MethodView From(BuiltInMethod method, string language)
    {
        var text = method.In(language);
        return new(method.Id, text.Name, text.Purpose, text.Steps, text.Materials, method.Minutes, method.GroupMin, method.GroupMax,
            method.Phases, method.RelationBuilding, method.Points, method.Source.Credit, method.Source.Url, method.Source.Licence, BuiltIn: true, Hidden: false);
    }

    public static MethodView From(OrganizationMethod method) =>
        new(method.Id.ToString(), method.Name, method.Purpose, method.Steps, MethodRules.Lines(method.Materials), method.Minutes, method.GroupMin, method.GroupMax,
            method.Phases, method.RelationBuilding, method.Points, method.Source, null, null, BuiltIn: false, method.Hidden);
}

/// <summary>The methods an organisation can put on an agenda: the built-in library and its own.</summary>
public static class MethodCatalog
{
    /// <summary>The built-in methods, then the organisation's own; hidden ones only when asked for.</summary>
    public static async Task<IReadOnlyList<MethodView>> ListAsync(AppDbContext? db, string language, bool includeHidden, CancellationToken cancellationToken) =>
        List(db is null ? [] : await OwnAsync(db, cancellationToken), language, includeHidden);

    /// <summary>Every one of the organisation's own methods, hidden ones too, as stored.</summary>
    public static Task<List<OrganizationMethod>> OwnAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OrganizationMethods.AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The built-in methods, then the given own ones by name in the reader's language's order.</summary>
    public static IReadOnlyList<MethodView> List(IEnumerable<OrganizationMethod> own, string language, bool includeHidden) =>
        [.. MethodLibrary.All.Select(m => MethodView.From(m, language)),
            .. own.Where(m => includeHidden || !m.Hidden).OrderBy(m => m.Name, StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true)).Select(MethodView.From)];

    /// <summary>One method by id: a built-in id, or the id of one of the organisation's own (the tenant filter keeps others' out).</summary>
    public static async Task<MethodView?> FindAsync(AppDbContext db, string? id, string language, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (MethodLibrary.Find(id) is { } builtIn)
        {
            return MethodView.From(builtIn, language);
        }

        return Guid.TryParse(id, out var ownId) && await db.OrganizationMethods.AsNoTracking().FirstOrDefaultAsync(m => m.Id == ownId, cancellationToken) is { } own
            ? MethodView.From(own)
            : null;
    }

    /// <summary>The ids of the organisation's own methods, hidden ones too: a block keeps its method when it is hidden.</summary>
    public static async Task<HashSet<string>> OwnIdsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.OrganizationMethods.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).Select(id => id.ToString()).ToHashSet();

    /// <summary>The names of the given methods in a language, from the library and the organisation's own.</summary>
    public static Dictionary<string, string> Names(IEnumerable<string?> ids, IReadOnlyCollection<OrganizationMethod> own, string language)
    {
        var names = new Dictionary<string, string>();
        foreach (var id in ids.OfType<string>().Distinct())
        {
            if (MethodLibrary.Find(id) is { } method)
            {
                names[id] = method.In(language).Name;
            }
            else if (Guid.TryParse(id, out var ownId) && own.FirstOrDefault(m => m.Id == ownId) is { } ours)
            {
                names[id] = ours.Name;
            }
        }

        return names;
    }
}
