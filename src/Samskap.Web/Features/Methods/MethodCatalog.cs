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
    public static async Task<IReadOnlyList<MethodView>> ListAsync(AppDbContext? db, string language, bool includeHidden, CancellationToken cancellationToken)
    {
        var builtIn = MethodLibrary.All.Select(m => MethodView.From(m, language));
        if (db is null)
        {
            return [.. builtIn];
        }

        var own = await db.OrganizationMethods.AsNoTracking().Where(m => includeHidden || !m.Hidden).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. builtIn, .. own.Select(MethodView.From)];
    }

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

    /// <summary>The names of the given methods in a language.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string?> ids, string language, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>();
        var own = new List<Guid>();
        foreach (var id in ids.OfType<string>().Distinct())
        {
            if (MethodLibrary.Find(id) is { } method)
            {
                names[id] = method.In(language).Name;
            }
            else if (Guid.TryParse(id, out var ownId))
            {
                own.Add(ownId);
            }
        }

        if (own.Count > 0)
        {
            foreach (var method in await db.OrganizationMethods.AsNoTracking().Where(m => own.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            {
                names[method.Id.ToString()] = method.Name;
            }
        }

        return names;
    }
}
