using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Decisions;

/// <summary>Whether citizens' or civil society's knowledge changed what was decided. Wire words: yes, no, unclear.</summary>
public enum KnowledgeChanged
{
    Yes = 0,
    No = 1,
    Unclear = 2,
}

/// <summary>
/// One entry of the project's decision log: what was decided, who took part, and what it built on.
/// The log is append-only: a correction is a new entry that names the one it corrects, and both stay.
/// </summary>
public class DecisionEntry : IOrganizationOwned, IHasCreatedAt
{
    public const int TitleMaxLength = 300;
    public const int BasedOnTextMaxLength = 2000;
    public const int NoteMaxLength = 500;
    public const int MaxPerProject = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public string BasedOnText { get; set; } = "";
    public KnowledgeChanged CitizenKnowledgeChanged { get; set; }

    /// <summary>The sentence that says how, or why not.</summary>
    public string CitizenKnowledgeNote { get; set; } = "";

    public Guid? CorrectsId { get; set; }
    public string RecordedByUserId { get; set; } = "";
    public AppUser? RecordedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<DecisionParticipant> Participants { get; set; } = [];
    public List<DecisionPartner> Partners { get; set; } = [];
    public List<DecisionContribution> Contributions { get; set; } = [];
    public List<DecisionLiveContribution> LiveContributions { get; set; } = [];
}

/// <summary>A person of the project who took part in a decision.</summary>
public class DecisionParticipant
{
    public Guid DecisionId { get; set; }
    public string UserId { get; set; } = "";
}

/// <summary>A partner who took part in, or whose knowledge shaped, a decision.</summary>
public class DecisionPartner
{
    public Guid DecisionId { get; set; }
    public Guid PartnerId { get; set; }
}

/// <summary>A contribution a decision built on.</summary>
public class DecisionContribution
{
    public Guid DecisionId { get; set; }
    public Guid ContributionId { get; set; }
}

/// <summary>What a participant said in a live session (an idea) that a decision built on.</summary>
public class DecisionLiveContribution
{
    public Guid DecisionId { get; set; }
    public Guid LiveContributionId { get; set; }
}

internal sealed class DecisionEntryConfiguration : IEntityTypeConfiguration<DecisionEntry>
{
    public void Configure(EntityTypeBuilder<DecisionEntry> decision)
    {
        decision.ToTable("Decisions");
        decision.HasIndex(d => new { d.OrganizationId, d.ProjectId, d.DecidedOn });
        decision.Property(d => d.Title).HasMaxLength(DecisionEntry.TitleMaxLength);
        decision.Property(d => d.BasedOnText).HasMaxLength(DecisionEntry.BasedOnTextMaxLength);
        decision.Property(d => d.CitizenKnowledgeNote).HasMaxLength(DecisionEntry.NoteMaxLength);
        decision.Property(d => d.CitizenKnowledgeChanged).HasConversion<string>().HasMaxLength(10);
        decision.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        decision.HasOne<DecisionEntry>().WithMany().HasForeignKey(d => d.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne(d => d.RecordedBy).WithMany().HasForeignKey(d => d.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        decision.HasMany(d => d.Participants).WithOne().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.HasMany(d => d.Partners).WithOne().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.HasMany(d => d.Contributions).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.HasMany(d => d.LiveContributions).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionParticipantConfiguration : IEntityTypeConfiguration<DecisionParticipant>
{
    public void Configure(EntityTypeBuilder<DecisionParticipant> participant)
    {
        participant.ToTable("DecisionParticipants");
        participant.HasKey(p => new { p.DecisionId, p.UserId });
        participant.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionPartnerConfiguration : IEntityTypeConfiguration<DecisionPartner>
{
    public void Configure(EntityTypeBuilder<DecisionPartner> partner)
    {
        partner.ToTable("DecisionPartners");
        partner.HasKey(p => new { p.DecisionId, p.PartnerId });
        // The log keeps its provenance: a partner a decision cites cannot be deleted.
        partner.HasOne<Partner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionContributionConfiguration : IEntityTypeConfiguration<DecisionContribution>
{
    public void Configure(EntityTypeBuilder<DecisionContribution> contribution)
    {
        contribution.ToTable("DecisionContributions");
        contribution.HasKey(c => new { c.DecisionId, c.ContributionId });
        contribution.HasOne<Contribution>().WithMany().HasForeignKey(c => c.ContributionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionLiveContributionConfiguration : IEntityTypeConfiguration<DecisionLiveContribution>
{
    public void Configure(EntityTypeBuilder<DecisionLiveContribution> contribution)
    {
        contribution.ToTable("DecisionLiveContributions");
        contribution.HasKey(c => new { c.DecisionId, c.LiveContributionId });
        contribution.HasIndex(c => c.LiveContributionId);
        // A phone may delete its own idea while the activity is open; a citation of it goes with it
        // rather than keep the phone from deleting. Once the activity closes, ideas stay.
        contribution.HasOne<LiveContribution>().WithMany().HasForeignKey(c => c.LiveContributionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class DecisionTables
{
    extension(AppDbContext db)
    {
        public DbSet<DecisionEntry> Decisions => db.Set<DecisionEntry>();
        public DbSet<DecisionPartner> DecisionPartners => db.Set<DecisionPartner>();
        public DbSet<DecisionContribution> DecisionContributions => db.Set<DecisionContribution>();
        public DbSet<DecisionLiveContribution> DecisionLiveContributions => db.Set<DecisionLiveContribution>();
    }
}
