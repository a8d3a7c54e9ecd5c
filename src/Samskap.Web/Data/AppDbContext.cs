using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samskap.Web.Features.Account;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Data;

/// <summary>
/// The one model. Each feature brings its entities with an <see cref="IEntityTypeConfiguration{TEntity}"/>
/// next to them, and its DbSets as extension properties in its own folder; nothing here names a
/// feature. Each database provider has a subclass only so that each keeps a migration set of its
/// own. Contexts are pooled: each request leases one and gives it its <see cref="Tenant"/>.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private static readonly TenantContext _nobody = new();

    /// <summary>The organisation this context's queries are limited to; nobody's until a request sets it.</summary>
    public TenantContext Tenant { get; set; } = _nobody;

    /// <summary>Shared by every web node, so a cookie issued by one is read by the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the query filters on every query, so a context never sees another organisation's rows.</summary>
    public Guid CurrentOrganizationId => Tenant.OrganizationId;

    /// <summary>The name of the tenant query filter, the one filter <see cref="AcrossOrganizations{TEntity}"/> lifts.</summary>
    public const string TenantFilter = "Tenant";

    /// <summary>
    /// Every organisation's rows of one entity, for a job that declared it works across organisations
    /// (<see cref="TenantCaller.JobAcrossOrganizations"/>); any other caller is refused. The tenant filter
    /// itself stays a plain equality, so every other query keeps its index.
    /// </summary>
    public IQueryable<TEntity> AcrossOrganizations<TEntity>()
        where TEntity : class, IOrganizationOwned =>
        Tenant.IsAcrossOrganizations
            ? Set<TEntity>().IgnoreQueryFilters([TenantFilter])
            : throw new InvalidOperationException($"Only a job that said why it works across organisations may read every organisation's {typeof(TEntity).Name} rows.");

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
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        JsonColumns.UseProviderType(builder, Database.ProviderName);

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(type => type.BaseType is null && typeof(IOrganizationOwned).IsAssignableFrom(type.ClrType)))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, TenantFilterOf(entityType.ClrType));
        }
    }

    /// <summary>
    /// row => row.OrganizationId == CurrentOrganizationId. The context appears as a constant, which EF
    /// replaces with the context running each query.
    /// </summary>
    private LambdaExpression TenantFilterOf(Type entity)
    {
        var row = Expression.Parameter(entity, "row");
        return Expression.Lambda(
            Expression.Equal(
                Expression.Property(row, nameof(IOrganizationOwned.OrganizationId)),
                Expression.Property(Expression.Constant(this), nameof(CurrentOrganizationId))),
            row);
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
