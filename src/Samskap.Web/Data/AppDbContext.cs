using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Data;

/// <summary>
/// The one model. Each database provider has a subclass only so that each keeps a migration set
/// of its own; the model itself is the same. Contexts are pooled: each request leases one and
/// gives it its <see cref="Tenant"/> (see DatabaseRegistration).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private static readonly TenantContext _nobody = new();

    /// <summary>The organisation this context's queries are limited to; nobody's until a request sets it.</summary>
    public TenantContext Tenant { get; set; } = _nobody;

    /// <summary>Shared by every web node, so a cookie issued by one is read by the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ApproachDecision> ApproachDecisions => Set<ApproachDecision>();
    public DbSet<ReadinessRound> ReadinessRounds => Set<ReadinessRound>();
    public DbSet<ReadinessResponse> ReadinessResponses => Set<ReadinessResponse>();

    /// <summary>Read by the query filters on every query, so a context never sees another organisation's rows.</summary>
    public Guid CurrentOrganizationId => Tenant.OrganizationId;

    /// <summary>A context back in the pool forgets whose it was.</summary>
    public override void Dispose()
    {
        Tenant = _nobody;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        Tenant = _nobody;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    /// <summary>All times are stored in UTC; SQLite forgets the kind, so it is restored on reading.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(user => user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength));
        builder.Entity<AppUser>(user => user.Property(u => u.PreferredCulture).HasMaxLength(8));

        builder.Entity<Organization>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
            org.Property(o => o.WrittenStandard).HasMaxLength(8);
        });

        builder.Entity<Membership>(membership =>
        {
            membership.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
            membership.HasIndex(m => m.UserId);
            membership.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Invitation>(invitation =>
        {
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.Note).HasMaxLength(200);
            invitation.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Project>(project =>
        {
            project.HasIndex(p => new { p.OrganizationId, p.ArchivedAt, p.Title });
            project.Property(p => p.Title).HasMaxLength(Project.TitleMaxLength);
            project.Property(p => p.Challenge).HasMaxLength(Project.ChallengeMaxLength);
            project.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
            project.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            project.HasQueryFilter(p => p.OrganizationId == CurrentOrganizationId);
        });

        builder.Entity<ApproachDecision>(decision =>
        {
            decision.HasIndex(d => new { d.OrganizationId, d.ProjectId, d.DecidedAt });
            decision.Property(d => d.Answers).HasMaxLength(1000);
            decision.Property(d => d.Rules).HasMaxLength(500);
            decision.Property(d => d.Blockers).HasMaxLength(500);
            decision.Property(d => d.Suggestions).HasMaxLength(500);
            decision.Property(d => d.Rationale).HasMaxLength(ApproachDecision.RationaleMaxLength);
            decision.Property(d => d.Approach).HasConversion<string>().HasMaxLength(32);
            decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
            decision.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
            decision.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
            decision.HasQueryFilter(d => d.OrganizationId == CurrentOrganizationId);
        });

        builder.Entity<ReadinessRound>(round =>
        {
            round.HasIndex(r => new { r.OrganizationId, r.ProjectId, r.Number }).IsUnique();
            round.HasIndex(r => r.InvitationToken).IsUnique();
            round.Property(r => r.InvitationToken).HasMaxLength(64);
            round.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
            round.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
            round.HasQueryFilter(r => r.OrganizationId == CurrentOrganizationId);
        });

        builder.Entity<ReadinessResponse>(response =>
        {
            response.HasIndex(r => new { r.RoundId, r.RespondentUserId }).IsUnique();
            response.Property(r => r.Answers).HasMaxLength(1000);
            response.HasOne<ReadinessRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
            response.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RespondentUserId).OnDelete(DeleteBehavior.Cascade);
            response.HasQueryFilter(r => r.OrganizationId == CurrentOrganizationId);
        });
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
