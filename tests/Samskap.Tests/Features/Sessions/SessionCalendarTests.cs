using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>The .ics of a session and the secret feeds, parsed back with Ical.Net and checked field by field.</summary>
public sealed class SessionCalendarTests(Apps apps)
{
    private static CalendarEvent Single(string ics)
    {
        var calendar = Calendar.Load(ics)!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public async Task A_session_downloads_as_an_event_in_oslo_time_with_its_place_agenda_and_link()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var venue = await app.Arrange.VenueAsync(organization.Id, name: "Biblioteket");
        var session = await app.Arrange.SessionAsync(project, new DateOnly(2027, 3, 10), "17:00", "20:00", "Verksted", venueId: venue.Id, blocks: [("Innsjekk", 15, false, true), ("Arbeid", 60, false, false)]);

        using var response = await browser.Client.GetAsync(SessionsRoutes.Calendar(project.Id, session.Id));
        var ics = await response.Content.ReadAsStringAsync();
        var entry = Single(ics);
        var calendar = Calendar.Load(ics)!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Europe/Oslo", Assert.Single(calendar.TimeZones).TzId);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Equal(SessionCalendar.Uid(session.Id), entry.Uid);
        Assert.Equal("Verksted", entry.Summary);
        Assert.Equal("Europe/Oslo", entry.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 10, 17, 0, 0), entry.DtStart.Value);
        Assert.Equal(new DateTime(2027, 3, 10, 20, 0, 0), entry.DtEnd!.Value);
        Assert.Equal("Biblioteket, Storgata 1", entry.Location);
        Assert.Contains("17:00–17:15 Innsjekk", entry.Description, StringComparison.Ordinal);
        Assert.Equal("CONFIRMED", entry.Status);
        Assert.EndsWith(SessionsRoutes.Session(project.Id, session.Id), entry.Url!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, entry.Sequence);
    }

    [Fact]
    public async Task The_uid_stays_and_the_sequence_rises_when_the_session_changes_and_a_cancelled_one_says_so()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Verksted");
        var before = Single(await browser.Client.GetStringAsync(SessionsRoutes.Calendar(project.Id, session.Id)));

        await browser.SubmitAsync(SessionsRoutes.Edit(project.Id, session.Id), new()
        {
            ["Input.Title"] = "Verksted", ["Input.Kind"] = "workshop", ["Input.Date"] = "2027-03-10", ["Input.Start"] = "18:00", ["Input.End"] = "20:00", ["Input.Status"] = "cancelled",
        }, action: "/edit");
        var after = Single(await browser.Client.GetStringAsync(SessionsRoutes.Calendar(project.Id, session.Id)));

        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence);
        Assert.Equal("CANCELLED", after.Status);
        Assert.Equal(18, after.DtStart!.Value.Hour);
    }

    [Fact]
    public async Task A_session_across_the_autumn_change_ends_at_the_wall_clock_time_its_minutes_reach()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, new DateOnly(2026, 10, 24), "23:00", "04:00");

        var entry = Single(await browser.Client.GetStringAsync(SessionsRoutes.Calendar(project.Id, session.Id)));

        Assert.Equal(new DateTime(2026, 10, 25, 4, 0, 0), entry.DtEnd!.Value);
        Assert.Equal(TimeSpan.FromHours(6), entry.DtEnd.AsUtc - entry.DtStart!.AsUtc);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_project_feed_works_at_its_secret_address_without_sign_in_until_it_is_revoked(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.SessionAsync(project, title: "Første");
        await app.Arrange.SessionAsync(project, title: "Andre", status: SessionStatus.Cancelled);
        var other = await app.Arrange.ProjectAsync(organization.Id, admin);
        await app.Arrange.SessionAsync(other, title: "Annet prosjekt");

        var (_, page) = await browser.SubmitAsync(SessionsRoutes.Feeds(project.Id), [], action: "/calendar");
        var url = new Uri(page.QuerySelector("#feed-url")!.TextContent.Trim());
        using var anonymous = app.CreateClient();
        using var feed = await anonymous.GetAsync(url.PathAndQuery);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Første", "Andre"], calendar.Events.Select(e => e.Summary));
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Summary == "Andre").Status);

        var feedId = (await app.WithDbAsync(db => db.CalendarFeeds.SingleAsync(f => f.ProjectId == project.Id))).Id;
        await browser.SubmitAsync(SessionsRoutes.Feeds(project.Id), [], action: $"feedId={feedId}");
        using var revoked = await anonymous.GetAsync(url.PathAndQuery);
        using var guessed = await anonymous.GetAsync(SessionsRoutes.Feed(CalendarFeed.NewToken()));

        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task My_feed_holds_the_sessions_I_facilitate_host_or_lead_a_block_in_and_stops_when_I_leave()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, _) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var member = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, member, ProjectRole.Facilitator);
        var hosting = await app.Arrange.SessionAsync(project, title: "Vert");
        await app.Arrange.SessionAsync(project, title: "Ikke min");
        await app.WithDbAsync(async db =>
        {
            var s = await db.Sessions.IgnoreQueryFilters().SingleAsync(x => x.Id == hosting.Id);
            s.HostUserId = member.Id;
            return await db.SaveChangesAsync();
        });
        using var browser = Browserless.For(app, "en");
        await browser.SignInAsync(member.Email!);

        var (_, page) = await browser.SubmitAsync(SessionsRoutes.FeedsMine(project.Id), [], action: "mine=true");
        var url = new Uri(page.QuerySelector("#feed-url")!.TextContent.Trim());
        using var anonymous = app.CreateClient();
        var calendar = Calendar.Load(await anonymous.GetStringAsync(url.PathAndQuery))!;
        Assert.Equal(["Vert"], calendar.Events.Select(e => e.Summary));

        await app.WithDbAsync(db => db.Set<Samskap.Web.Features.Organizations.Membership>().IgnoreQueryFilters().Where(m => m.UserId == member.Id).ExecuteDeleteAsync());
        using var gone = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_files_pass_an_independent_icalendar_parser()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, new DateOnly(2026, 3, 29), "01:30", "04:00", "Natt", blocks: [("Bli kjent", 60, false, true)]);
        var ics = await browser.Client.GetStringAsync(SessionsRoutes.Calendar(project.Id, session.Id));

        var check = await IndependentCalendarCheck.RunAsync(ics);

        Assert.True(check.Ran, "Python's icalendar is not installed; the test command installs it.");
        Assert.Equal("ok", check.Output);
    }
}
