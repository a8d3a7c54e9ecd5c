using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Methods;

/// <summary>The session a method is added to from the library: the session's page checks who may add.</summary>
public sealed record MethodTarget(Guid ProjectId, Guid SessionId, string Title)
{
    /// <summary>Where the library's "add" button posts: the session page's one-step handler.</summary>
    public string AddUrl => SessionsRoutes.Handler(ProjectId, SessionId, "AddMethod");

    public string SessionUrl => SessionsRoutes.Agenda(ProjectId, SessionId);

    public static async Task<MethodTarget?> FindAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new MethodTarget(s.ProjectId, s.Id, s.Title)).FirstOrDefaultAsync(cancellationToken);
}
