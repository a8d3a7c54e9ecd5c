using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

/// <summary>Wire words: workshop, meeting, gjestebud, walk, digital, other.</summary>
public enum SessionKind
{
    Workshop = 0,
    Meeting = 1,
    Gjestebud = 2,
    Walk = 3,
    Digital = 4,
    Other = 5,
}

/// <summary>Wire words: planned, held, cancelled.</summary>
public enum SessionStatus
{
    Planned = 0,
    Held = 1,
    Cancelled = 2,
}

/// <summary>
/// A session of the project (a workshop, a meeting, a gjestebud, …) on a date, from a start to an end
/// in Norwegian local time, with its agenda of blocks. An end before the start is on the next day.
/// </summary>
public class Session : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TitleMaxLength = 200;
    public const int PurposeMaxLength = 2000;
    public const int PhaseMaxLength = 40;
    public const int InvitationMaxLength = 8000;
    public const int MaxPerProject = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Title { get; set; } = "";
    public string Purpose { get; set; } = "";
    public SessionKind Kind { get; set; }

    /// <summary>A phase id of the project: a default phase's key, or the id of a phase the project added.</summary>
    public string? Phase { get; set; }

    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public Guid? VenueId { get; set; }
    public string? FacilitatorUserId { get; set; }
    public string? HostUserId { get; set; }

    /// <summary>How many are expected of each partner kind ("citizen" → 12); kinds not expected are left out.</summary>
    public Dictionary<string, int> Expected { get; set; } = [];

    public SessionStatus Status { get; set; }

    /// <summary>A session held to build relationships: it gives the project the time for trust the model asks for.</summary>
    public bool RelationBuilding { get; set; }

    /// <summary>The invitation's text, once someone has written or saved it.</summary>
    public string? Invitation { get; set; }

    /// <summary>The written standard of the invitation: nb or nn.</summary>
    public string? InvitationLanguage { get; set; }

    /// <summary>Changes with every save of the session or its agenda: an edit carries the version it read.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The iCalendar SEQUENCE: counts the changes since the session was created.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Marks a change of the session or its agenda: a new version, and the next calendar sequence.</summary>
    public void Changed()
    {
        Version = Guid.NewGuid();
        Sequence++;
    }
}

/// <summary>One timed block of a session's agenda. Position orders the blocks from 0.</summary>
public class AgendaBlock : IOrganizationOwned
{
    public const int TitleMaxLength = 200;
    public const int PurposeMaxLength = 1000;
    public const int MaterialsMaxLength = 1000;
    public const int MethodIdMaxLength = 80;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid SessionId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";

    /// <summary>A built-in method's id ("world-cafe") or the id of the organisation's own method; null for none.</summary>
    public string? MethodId { get; set; }

    public string Purpose { get; set; } = "";
    public int Minutes { get; set; }
    public string? LeadUserId { get; set; }
    public string Materials { get; set; } = "";
    public bool IsBreak { get; set; }
    public bool RelationBuilding { get; set; }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.ToTable("Sessions");
        session.HasIndex(s => new { s.OrganizationId, s.ProjectId, s.Date });
        session.Property(s => s.Title).HasMaxLength(Session.TitleMaxLength);
        session.Property(s => s.Purpose).HasMaxLength(Session.PurposeMaxLength);
        session.Property(s => s.Phase).HasMaxLength(Session.PhaseMaxLength);
        session.Property(s => s.Invitation).HasMaxLength(Session.InvitationMaxLength);
        session.Property(s => s.InvitationLanguage).HasMaxLength(5);
        session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.Version).IsConcurrencyToken();
        session.Property(s => s.Expected)
            .IsJsonColumn();
        session.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        session.HasOne<Venue>().WithMany().HasForeignKey(s => s.VenueId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AgendaBlockConfiguration : IEntityTypeConfiguration<AgendaBlock>
{
    public void Configure(EntityTypeBuilder<AgendaBlock> block)
    {
        block.ToTable("AgendaBlocks");
        block.HasIndex(b => new { b.OrganizationId, b.SessionId, b.Position });
        block.HasIndex(b => b.ProjectId);
        block.Property(b => b.Title).HasMaxLength(AgendaBlock.TitleMaxLength);
        block.Property(b => b.Purpose).HasMaxLength(AgendaBlock.PurposeMaxLength);
        block.Property(b => b.Materials).HasMaxLength(AgendaBlock.MaterialsMaxLength);
        block.Property(b => b.MethodId).HasMaxLength(AgendaBlock.MethodIdMaxLength);
        block.HasOne<Session>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class SessionTables
{
    extension(AppDbContext db)
    {
        public DbSet<Session> Sessions => db.Set<Session>();
        public DbSet<AgendaBlock> AgendaBlocks => db.Set<AgendaBlock>();
    }
}
