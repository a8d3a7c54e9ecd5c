using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Features.Warnings;

namespace Samskap.Tests.Features.Projects;

/// <summary>
/// The overview caches what its sections count under the project's data version: every way of
/// changing a project's rows must raise it, or a visit after a change would show the old counts.
/// </summary>
public sealed class OverviewFreshnessTests(Apps apps)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_saved_change_raises_the_version_of_its_own_project_and_of_no_other(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var other = await app.Arrange.ProjectAsync(organization.Id, admin);
        var before = await VersionsAsync(app, project.Id, other.Id);

        var partner = await app.Arrange.PartnerAsync(project, "Ungdomsrådet");
        var afterPartner = await VersionsAsync(app, project.Id, other.Id);
        await app.WithDbAsync(async db =>
        {
            var row = await db.Projects.IgnoreQueryFilters().FirstAsync(p => p.Id == project.Id);
            row.Title = "Nytt navn";
            return await db.SaveChangesAsync();
        });
        var afterProject = await VersionsAsync(app, project.Id, other.Id);

        Assert.True(afterPartner.Project > before.Project, "adding a partner raises the project's version");
        Assert.True(afterProject.Project > afterPartner.Project, "changing the project itself raises it");
        Assert.Equal(before.Other, afterProject.Other);
        Assert.NotEqual(Guid.Empty, partner.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_changed_venue_or_own_method_raises_every_project_of_its_organisation_and_none_of_another(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var (otherAdmin, otherOrganization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var sibling = await app.Arrange.ProjectAsync(organization.Id, admin);
        var other = await app.Arrange.ProjectAsync(otherOrganization.Id, otherAdmin);
        var venue = await app.Arrange.VenueAsync(organization.Id, capacity: 40);
        var before = await VersionsAsync(app, project.Id, other.Id);
        var siblingBefore = (await VersionsAsync(app, sibling.Id, other.Id)).Project;

        await app.WithDbAsync(async db =>
        {
            var row = await db.Venues.IgnoreQueryFilters().FirstAsync(v => v.Id == venue.Id);
            row.Capacity = 20;
            return await db.SaveChangesAsync();
        });
        var afterVenue = await VersionsAsync(app, project.Id, other.Id);
        await app.Arrange.OwnMethodAsync(organization.Id);
        var afterMethod = await VersionsAsync(app, project.Id, other.Id);

        Assert.True(afterVenue.Project > before.Project, "changing a venue raises the organisation's projects");
        Assert.True((await VersionsAsync(app, sibling.Id, other.Id)).Project > siblingBefore, "all of them");
        Assert.True(afterMethod.Project > afterVenue.Project, "adding an own method raises them too");
        Assert.Equal(before.Other, afterMethod.Other);
    }

    [Fact]
    public async Task The_overview_shows_a_partner_added_after_it_was_seen_and_its_deletion_through_the_page()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (_, empty) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        var partner = await app.Arrange.PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        var (_, withPartner) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        // Deleting goes past SaveChanges in one statement, and raises the version itself.
        var (deleted, _) = await browser.SubmitAsync(PartnershipRoutes.Partner(project.Id, partner.Id), [], action: "handler=Delete");
        var (_, afterDelete) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        Assert.Null(empty.QuerySelector("[data-testid=ledger-total]"));
        Assert.NotNull(withPartner.QuerySelector("[data-testid=ledger-total]"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(afterDelete.QuerySelector("[data-testid=ledger-total]"));
        Assert.Null(empty.QuerySelector($"[data-warning='{WarningRules.PartnerWithoutContribution}']"));
        Assert.NotNull(withPartner.QuerySelector($"[data-warning='{WarningRules.PartnerWithoutContribution}']"));
        Assert.Null(afterDelete.QuerySelector($"[data-warning='{WarningRules.PartnerWithoutContribution}']"));
    }

    [Fact]
    public async Task The_overdue_warning_appears_the_day_after_the_due_date_though_nothing_was_saved_in_between()
    {
        // 23:50 in Oslo (winter time), then 00:10 the next day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 22, 50, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.AddAsync(new ProjectAction
        {
            OrganizationId = organization.Id, ProjectId = project.Id, Title = "Book Storsalen", OwnerUserId = admin.Id, Due = new DateOnly(2026, 12, 2),
        });

        var (_, onTheDay) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 23, 10, 0, TimeSpan.Zero));
        var (_, dayAfter) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        Assert.Null(onTheDay.QuerySelector($"[data-warning='{WarningRules.OverdueActions}']"));
        Assert.NotNull(dayAfter.QuerySelector($"[data-warning='{WarningRules.OverdueActions}']"));
    }

    [Fact]
    public async Task A_person_who_changes_their_name_is_named_anew_on_the_overview_of_a_project_they_own_an_action_in()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var colleague = await app.Arrange.MemberAsync(organization.Id, displayName: "Kari");
        await app.Arrange.AddAsync(new ProjectAction
        {
            OrganizationId = organization.Id, ProjectId = project.Id, Title = "Book Storsalen", OwnerUserId = colleague.Id, Due = new DateOnly(2020, 1, 1),
        });

        var (_, before) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
        await app.WithDbAsync(async db =>
        {
            var person = await db.Users.FirstAsync(u => u.Id == colleague.Id);
            person.DisplayName = "Kari Nordmann";
            return await db.SaveChangesAsync();
        });
        var (_, after) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        Assert.DoesNotContain("Kari Nordmann", before.QuerySelector("[data-testid=overdue-actions]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kari Nordmann", after.QuerySelector("[data-testid=overdue-actions]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_feature_deletes_or_updates_a_projects_rows_in_one_statement_without_raising_its_version()
    {
        // Access tokens belong to a person, not a project: their one-statement updates leave no project stale.
        string[] allowed = ["Features/Profile/AccessTokenAuthentication.cs", "Features/Profile/ProfileApi.cs", "Features/Projects/ProjectDataVersion.cs"];
        var features = Path.Combine(Repository.Root, "src", "Samskap.Web", "Features");

        var offenders = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(Path.Combine(Repository.Root, "src", "Samskap.Web"), file).Replace('\\', '/'), Text: File.ReadAllText(file)))
            .Where(f => !allowed.Contains(f.File) && (f.Text.Contains(".ExecuteDeleteAsync(", StringComparison.Ordinal) || f.Text.Contains(".ExecuteUpdateAsync(", StringComparison.Ordinal)))
            .Select(f => f.File)
            .ToList();

        Assert.Empty(offenders);
    }

    private static Task<(long Project, long Other)> VersionsAsync(SamskapFactory app, Guid projectId, Guid otherId) =>
        app.WithDbAsync(async db =>
        {
            var versions = await db.Projects.IgnoreQueryFilters().Where(p => p.Id == projectId || p.Id == otherId)
                .Select(p => new { p.Id, p.DataVersion }).ToListAsync();
            return (versions.Single(v => v.Id == projectId).DataVersion, versions.Single(v => v.Id == otherId).DataVersion);
        });
}
