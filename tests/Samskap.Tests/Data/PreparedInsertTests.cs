using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Data;

/// <summary>Rows written with one prepared statement read back exactly as rows SaveChanges wrote, on both databases.</summary>
public sealed class PreparedInsertTests(Apps apps)
{
    private async Task<(SamskapFactory App, LiveActivity Activity, LiveParticipant Participant)> RoomAsync(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var (room, _) = await app.Arrange.LiveAsync(session, admin);
        var activity = await app.Arrange.LiveActivityAsync(session, ActivityKind.Pulse);
        var (participant, _) = await app.Arrange.ParticipantAsync(room, kind: "civil-society");
        return (app, activity, participant);
    }

    private static LiveContribution Contribution(LiveActivity activity, LiveParticipant participant, DateTime at) => new()
    {
        OrganizationId = activity.OrganizationId,
        SessionId = activity.SessionId,
        ActivityId = activity.Id,
        ParticipantId = participant.Id,
        Kind = ActivityKind.Pulse,
        Text = "Bruk enklere ord – «æøå» og \"sitater\"",
        Category = null,
        Words = ["tillit", "språk"],
        Values = new Dictionary<string, int> { ["safe-to-disagree"] = 4, ["plain-language"] = 2 },
        ParticipantKind = participant.Kind,
        Held = true,
        Pinned = true,
        CreatedAt = at,
        UpdatedAt = at.AddSeconds(1),
    };

    private static async Task InsertAsync<T>(AppDbContext db, params T[] rows)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await PreparedInsert.InsertAsync(db, rows, CancellationToken.None);
        await transaction.CommitAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_row_written_with_the_prepared_insert_reads_back_as_one_written_by_SaveChanges(DatabaseProvider provider)
    {
        var (app, activity, participant) = await RoomAsync(provider);
        var at = new DateTime(2026, 12, 3, 17, 45, 12, DateTimeKind.Utc).AddTicks(1234560);
        var prepared = Contribution(activity, participant, at);
        var saved = Contribution(activity, participant, at);

        await app.WithDbAsync(async db =>
        {
            await InsertAsync(db, prepared);
            db.LiveContributions.Add(saved);
            await db.SaveChangesAsync();
            return 0;
        });

        var (readPrepared, readSaved) = await app.WithDbAsync(async db => (
            await db.LiveContributions.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == prepared.Id),
            await db.LiveContributions.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == saved.Id)));
        foreach (var contribution in new[] { readPrepared, readSaved })
        {
            Assert.Equal(ActivityKind.Pulse, contribution.Kind);
            Assert.Equal(prepared.Text, contribution.Text);
            Assert.Null(contribution.Category);
            Assert.Equal(["tillit", "språk"], contribution.Words);
            Assert.Equal(prepared.Values, contribution.Values);
            Assert.Equal("civil-society", contribution.ParticipantKind);
            Assert.True(contribution.Held);
            Assert.True(contribution.Pinned);
            Assert.False(contribution.Hidden);
            Assert.Null(contribution.MergedIntoId);
            Assert.Equal((activity.OrganizationId, activity.SessionId, activity.Id, participant.Id), (contribution.OrganizationId, contribution.SessionId, contribution.ActivityId, contribution.ParticipantId));
        }

        // The times round-trip to the storage's precision, the same for both ways of writing.
        Assert.Equal(readSaved.CreatedAt, readPrepared.CreatedAt);
        Assert.Equal(readSaved.UpdatedAt, readPrepared.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, readPrepared.CreatedAt.Kind);
        Assert.True((readPrepared.CreatedAt - at).Duration() < TimeSpan.FromMilliseconds(1));

        // A query by a key value finds it, so the key is stored in the form EF Core compares with.
        Assert.Equal(1, await app.WithDbAsync(db => db.LiveContributions.IgnoreQueryFilters().CountAsync(c => c.ParticipantId == participant.Id && c.Id == prepared.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_row_a_unique_key_refuses_throws_and_nothing_of_its_transaction_is_stored(DatabaseProvider provider)
    {
        var (app, activity, participant) = await RoomAsync(provider);
        LiveOperation Operation(string id) => new()
        {
            OrganizationId = activity.OrganizationId,
            SessionId = activity.SessionId,
            ClientOperationId = id,
            ParticipantId = participant.Id,
            Fingerprint = new string('a', 64),
            ResultId = Guid.NewGuid(),
            CreatedAt = new DateTime(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc),
        };
        await app.WithDbAsync(async db =>
        {
            await InsertAsync(db, Operation("first"));
            return 0;
        });

        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(async db =>
        {
            await InsertAsync(db, Operation("second"), Operation("first"));
            return 0;
        }));

        var stored = await app.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().Where(o => o.SessionId == activity.SessionId).Select(o => o.ClientOperationId).ToListAsync());
        Assert.Equal(["first"], stored);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_thousand_rows_are_all_stored_across_the_statements_they_are_split_into(DatabaseProvider provider)
    {
        var (app, activity, participant) = await RoomAsync(provider);
        var rows = Enumerable.Range(0, 1000).Select(i => new LiveOperation
        {
            OrganizationId = activity.OrganizationId,
            SessionId = activity.SessionId,
            ClientOperationId = $"op-{i}",
            ParticipantId = participant.Id,
            Fingerprint = new string('b', 64),
            ResultId = Guid.NewGuid(),
            Held = i % 2 == 0,
            CreatedAt = new DateTime(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc),
        }).ToArray();

        await app.WithDbAsync(async db =>
        {
            await InsertAsync(db, rows);
            return 0;
        });

        var stored = await app.WithDbAsync(db => db.LiveOperations.IgnoreQueryFilters().Where(o => o.SessionId == activity.SessionId)
            .Select(o => new { o.ClientOperationId, o.ResultId, o.Held }).ToListAsync());
        Assert.Equal(
            rows.Select(r => (r.ClientOperationId, r.ResultId, r.Held)).OrderBy(r => r.ClientOperationId, StringComparer.Ordinal),
            stored.Select(r => (r.ClientOperationId, r.ResultId, r.Held)).OrderBy(r => r.ClientOperationId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writing_outside_a_transaction_is_refused_so_that_rows_never_commit_one_by_one()
    {
        var (app, activity, participant) = await RoomAsync(DatabaseProvider.Sqlite);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            await PreparedInsert.InsertAsync(db, [Contribution(activity, participant, DateTime.UnixEpoch)], CancellationToken.None);
            return 0;
        }));
    }
}
