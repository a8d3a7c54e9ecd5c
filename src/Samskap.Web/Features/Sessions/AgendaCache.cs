using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>What a session's page is shown from: the agenda's rows, and the project's phases.</summary>
public sealed record SessionPageRows(AgendaRows Agenda, IReadOnlyList<PhaseView> Phases);

/// <summary>
/// The session page under load: a sixty-block agenda is the largest page a project has. Two things are
/// cached, both under the project's data version (<see cref="ProjectDataVersion"/>), which rises with
/// every saved change to a row of the project on any node, with a rename of anyone in it, and with a
/// change to the organisation's venues or own methods (<see cref="IShownInProjects"/>):
/// <list type="bullet">
/// <item>the rows the page reads, so a visit asks the database only for the project itself;</item>
/// <item>the agenda as rendered, keyed also by the language and whether the person may edit. It holds
/// nothing of the person or the request: the antiforgery token sits outside it.</item>
/// </list>
/// Changes answer from fresh reads, never from here.
/// </summary>
public sealed partial class AgendaCache(IMemoryCache cache)
{
    /// <summary>A rendered agenda is large, and an old one is never asked for again: it need only outlive a busy minute.</summary>
    public static readonly TimeSpan RenderedIdle = TimeSpan.FromMinutes(2);

    /// <summary>The session's page rows, or null when the project has no such session (which is not cached).</summary>
    public async Task<SessionPageRows?> RowsAsync(AppDbContext db, ProjectScope scope, Guid sessionId, CancellationToken cancellationToken)
    {
        var key = (nameof(AgendaCache), scope.Id, scope.DataVersion, sessionId);
        if (cache.TryGetValue(key, out SessionPageRows? cached) && cached is not null)
        {
            return cached;
        }

        var session = await SessionData.ReadAsync(db, scope.Id, sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var rows = new SessionPageRows(
            await SessionData.RowsAsync(db, scope, session, cancellationToken),
            await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken));
        cache.Set(key, rows, new MemoryCacheEntryOptions { SlidingExpiration = ProjectSectionCache.Idle, Size = 1 });
        return rows;
    }

    /// <summary>The agenda as rendered by <paramref name="render"/>, from the cache when nothing it shows has changed.</summary>
    public async Task<IHtmlContent> RenderedAsync(ProjectScope scope, AgendaView view, Func<Task<IHtmlContent>> render)
    {
        if (view.Announcement is not null || view.Conflict is not null)
        {
            return await render();
        }

        var key = (nameof(AgendaCache), scope.Id, scope.DataVersion, view.Session.Id, view.Session.Version, Cultures.Current, view.CanEdit);
        if (cache.TryGetValue(key, out HtmlString? cached) && cached is not null)
        {
            return cached;
        }

        using var writer = new StringWriter();
        (await render()).WriteTo(writer, HtmlEncoder.Default);
        var rendered = new HtmlString(TemplateIndentation().Replace(writer.ToString(), "\n"));
        cache.Set(key, rendered, new MemoryCacheEntryOptions { SlidingExpiration = RenderedIdle, Size = 1 });
        return rendered;
    }

    /// <summary>
    /// The template's indentation, a fifth of a full agenda's bytes, which every visit would write out
    /// again. The agenda has nothing preformatted (no pre, no textarea, no white-space rule), so the
    /// newline left in its place shows as the same single space.
    /// </summary>
    [GeneratedRegex(@"\n[ \t]+")]
    private static partial Regex TemplateIndentation();
}
