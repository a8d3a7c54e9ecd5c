using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Organizations;

/// <summary>The organisation feature's tables, declared here rather than on AppDbContext.</summary>
public static class OrganizationTables
{
    extension(AppDbContext db)
    {
        public DbSet<Organization> Organizations => db.Set<Organization>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<Invitation> Invitations => db.Set<Invitation>();
    }
}
