using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Sessions;

/// <summary>Writes to a session's agenda, each guarded by the version the writer read.</summary>
public static class SessionWrites
{
    /// <summary>
    /// Saves the agenda's changes only if nobody saved the session since <paramref name="readVersion"/>:
    /// the session's row is updated in the same statement batch, and its version is the condition.
    /// False means someone else was first; nothing of this change is kept.
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync(AppDbContext db, Session session, Guid readVersion, CancellationToken cancellationToken)
    {
        if (session.Version != readVersion)
        {
            return false;
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = readVersion;
        session.Changed();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Numbers the blocks 0, 1, 2, … in the order given.</summary>
    public static void Renumber(IReadOnlyList<AgendaBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Position = i;
        }
    }

    /// <summary>Puts the blocks in the order of the ids, which must be the same blocks.</summary>
    public static void Order(List<AgendaBlock> blocks, IReadOnlyList<Guid> order)
    {
        var byId = blocks.ToDictionary(b => b.Id);
        Renumber([.. order.Select(id => byId[id])]);
    }

    /// <summary>A new block at the end of the agenda.</summary>
    public static AgendaBlock Append(Session session, IReadOnlyList<AgendaBlock> blocks, CheckedBlock input)
    {
        var block = new AgendaBlock
        {
            OrganizationId = session.OrganizationId,
            ProjectId = session.ProjectId,
            SessionId = session.Id,
            Position = blocks.Count == 0 ? 0 : blocks.Max(b => b.Position) + 1,
        };
        BlockRules.Apply(input, block);
        return block;
    }

    /// <summary>What a block gets from its method when the person left a field empty: the method's name, duration, materials and flag.</summary>
    public static void FillFromMethod(BlockInput input, MethodView? method)
    {
        if (method is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            input.Title = method.Name;
        }

        if (string.IsNullOrWhiteSpace(input.Minutes))
        {
            input.Minutes = method.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (string.IsNullOrWhiteSpace(input.Materials))
        {
            input.Materials = string.Join("\n", method.Materials);
        }

        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            input.Purpose = method.Purpose;
        }

        input.RelationBuilding |= method.RelationBuilding;
    }

    public static Task DeleteAsync(AppDbContext db, Guid projectId, Guid sessionId, CancellationToken cancellationToken) =>
        // The blocks go with the session, by the foreign key's cascade.
        db.Sessions.Where(s => s.Id == sessionId && s.ProjectId == projectId).DeleteInProjectAsync(db, projectId, cancellationToken);
}
