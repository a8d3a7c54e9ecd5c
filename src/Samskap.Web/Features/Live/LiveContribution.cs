using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>
/// What one participant gave in one activity: an idea, their words, their dots, their ratings or
/// their pulse answers. Dots, ratings, words and the pulse are one per person and activity (a new
/// answer replaces the earlier one); ideas are as many as the person likes.
/// </summary>
/// <remarks>
/// It names the session, not the project: the room writes many of these a second, and a row with a
/// ProjectId would raise the project's data version on every one.
/// </remarks>
public class LiveContribution : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid ParticipantId { get; set; }
    public ActivityKind Kind { get; set; }

    /// <summary>The idea, or the pulse's open answer.</summary>
    public string? Text { get; set; }

    public string? Category { get; set; }
    public List<string> Words { get; set; } = [];

    /// <summary>Dots per target, ratings per option, or pulse answers per statement.</summary>
    public Dictionary<string, int> Values { get; set; } = [];

    /// <summary>The participant's kind when they gave it, for aggregates.</summary>
    public string? ParticipantKind { get; set; }

    /// <summary>Kept from the wall: the Klarspråk analyser found personal data in it.</summary>
    public bool Held { get; set; }

    /// <summary>Hidden from the wall by the facilitator.</summary>
    public bool Hidden { get; set; }

    public bool Pinned { get; set; }

    /// <summary>Merged into another idea as its duplicate: its upvotes count there.</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Whether the wall shows it.</summary>
    public bool IsOnWall => !Held && !Hidden && MergedIntoId is null;
}

/// <summary>One participant's vote for one idea; a second vote from the same person is the same vote.</summary>
public class LiveUpvote : IOrganizationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid ContributionId { get; set; }
    public Guid ParticipantId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A change a phone asked for, under the id the phone made for it. The key (session, id) is unique,
/// so a replay after a lost acknowledgement finds the first result instead of doing it twice.
/// </summary>
public class LiveOperation : IOrganizationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public string ClientOperationId { get; set; } = "";
    public Guid ParticipantId { get; set; }

    /// <summary>The SHA-256 of the method and its arguments, to tell a true replay from a reused id.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The contribution or upvote the operation made or changed.</summary>
    public Guid ResultId { get; set; }

    /// <summary>Whether the idea was held back for personal data, as first answered.</summary>
    public bool Held { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class LiveContributionConfiguration : IEntityTypeConfiguration<LiveContribution>
{
    public void Configure(EntityTypeBuilder<LiveContribution> contribution)
    {
        contribution.ToTable("LiveContributions");
        contribution.HasIndex(c => new { c.OrganizationId, c.SessionId, c.ActivityId });
        contribution.HasIndex(c => new { c.ActivityId, c.ParticipantId });
        // The evaluation counts a project's ideas and reads its pulse by kind and session, from the index alone.
        contribution.HasIndex(c => new { c.OrganizationId, c.Kind, c.SessionId, c.MergedIntoId, c.ParticipantKind });
        contribution.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        contribution.Property(c => c.Text).HasMaxLength(PulseStatements.OpenAnswerMaxLength);
        contribution.Property(c => c.Category).HasMaxLength(LiveContributionRules.CategoryMaxLength);
        contribution.Property(c => c.ParticipantKind).HasMaxLength(LiveParticipant.KindMaxLength);
        contribution.Property(c => c.Values).IsJsonColumn();
        contribution.HasOne<LiveActivity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
        contribution.HasOne<LiveParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveUpvoteConfiguration : IEntityTypeConfiguration<LiveUpvote>
{
    public void Configure(EntityTypeBuilder<LiveUpvote> upvote)
    {
        upvote.ToTable("LiveUpvotes");
        upvote.HasIndex(u => new { u.ContributionId, u.ParticipantId }).IsUnique();
        upvote.HasIndex(u => new { u.OrganizationId, u.SessionId });
        upvote.HasOne<LiveContribution>().WithMany().HasForeignKey(u => u.ContributionId).OnDelete(DeleteBehavior.Cascade);
        upvote.HasOne<LiveParticipant>().WithMany().HasForeignKey(u => u.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveOperationConfiguration : IEntityTypeConfiguration<LiveOperation>
{
    public void Configure(EntityTypeBuilder<LiveOperation> operation)
    {
        operation.ToTable("LiveOperations");
        operation.HasIndex(o => new { o.SessionId, o.ClientOperationId }).IsUnique();
        operation.HasIndex(o => o.OrganizationId);
        operation.Property(o => o.ClientOperationId).HasMaxLength(LiveSecrets.OperationIdMaxLength);
        operation.Property(o => o.Fingerprint).HasMaxLength(64);
        operation.HasOne<Sessions.Session>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class LiveTables
{
    extension(AppDbContext db)
    {
        public DbSet<LiveRoom> LiveRooms => db.Set<LiveRoom>();
        public DbSet<LiveParticipant> LiveParticipants => db.Set<LiveParticipant>();
        public DbSet<LiveActivity> LiveActivities => db.Set<LiveActivity>();
        public DbSet<LiveContribution> LiveContributions => db.Set<LiveContribution>();
        public DbSet<LiveUpvote> LiveUpvotes => db.Set<LiveUpvote>();
        public DbSet<LiveOperation> LiveOperations => db.Set<LiveOperation>();
    }
}
