using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>Sessions through their pages: planning, the list, and changing a session with someone else at it.</summary>
public sealed class SessionPagesTests(Apps apps)
{
    [Fact]
    public async Task A_facilitator_plans_a_session_with_its_people_venue_and_expected_participants()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var host = await app.Arrange.MemberAsync(organization.Id, displayName: "Hanne Vert");
        await app.Arrange.ProjectPersonAsync(project, host, ProjectRole.Facilitator);
        var venue = await app.Arrange.VenueAsync(organization.Id, capacity: 30, name: "Biblioteket");

        var (response, _) = await browser.SubmitAsync(SessionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Verksted om møteplasser",
            ["Input.Purpose"] = "Finne ut hva ungdom trenger",
            ["Input.Kind"] = "workshop",
            ["Input.Phase"] = "exploration",
            ["Input.Date"] = "2027-02-10",
            ["Input.Start"] = "17:00",
            ["Input.End"] = "20:00",
            ["Input.VenueId"] = venue.Id.ToString(),
            ["Input.FacilitatorId"] = admin.Id,
            ["Input.HostId"] = host.Id,
            ["Input.Expected[citizen]"] = "20",
            ["Input.Expected[civil-society]"] = "4",
            ["Input.RelationBuilding"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.ProjectId == project.Id));
        Assert.Equal("Verksted om møteplasser", session.Title);
        Assert.Equal(new DateOnly(2027, 2, 10), session.Date);
        Assert.Equal(new TimeOnly(17, 0), session.Start);
        Assert.Equal(venue.Id, session.VenueId);
        Assert.Equal(host.Id, session.HostUserId);
        Assert.Equal(new Dictionary<string, int> { ["citizen"] = 20, ["civil-society"] = 4 }, session.Expected);
        Assert.True(session.RelationBuilding);
        Assert.Equal(SessionStatus.Planned, session.Status);
        Assert.Equal(SessionsRoutes.Saved(project.Id, session.Id), response.Headers.Location!.OriginalString);
        var (_, page) = await browser.GetPageAsync(SessionsRoutes.Session(project.Id, session.Id));
        Assert.Contains("Hanne Vert", page.QuerySelector("[data-testid=session-facts]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_click_on_save_plans_one_session()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var form = await browser.FormAsync(SessionsRoutes.New(project.Id));
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Møte", ["Input.Kind"] = "meeting", ["Input.Date"] = "2027-02-10", ["Input.Start"] = "09:00", ["Input.End"] = "10:00" };

        var (first, _) = await form.PostAsync(fields);
        var (second, _) = await form.PostAsync(fields);

        Assert.Equal(first.Headers.Location!.OriginalString.Split('?')[0], second.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().CountAsync(s => s.ProjectId == project.Id)));
    }

    [Theory]
    [InlineData("18:00", "18:00", "The end cannot be the same time as the start.")]
    [InlineData("08:00", "20:01", "A session can last at most 12 hours. Split it in two instead.")]
    [InlineData("08:00", "25:00", "Write the time as 17:30.")]
    public async Task A_session_that_is_not_a_span_of_time_is_refused_on_its_end(string start, string end, string message)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Kveldsmøte", ["Input.Kind"] = "meeting", ["Input.Date"] = "2027-02-10", ["Input.Start"] = start, ["Input.End"] = end,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("#end-error")!.TextContent.Trim());
        Assert.Equal("Kveldsmøte", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().CountAsync(s => s.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_session_across_midnight_ends_the_next_day()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (response, _) = await browser.SubmitAsync(SessionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Natteravn", ["Input.Kind"] = "walk", ["Input.Date"] = "2027-02-10", ["Input.Start"] = "22:00", ["Input.End"] = "01:30",
        });
        var (_, page) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("210", page.QuerySelector("[data-testid=agenda-total]")!.GetAttribute("data-length"));
    }

    [Fact]
    public async Task The_list_shows_the_next_session_first_then_later_ones_then_those_that_have_passed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var later = await app.Arrange.SessionAsync(project, new DateOnly(2027, 5, 1), title: "Senere");
        var past = await app.Arrange.SessionAsync(project, new DateOnly(2027, 2, 1), title: "Forbi", status: SessionStatus.Held);
        var next = await app.Arrange.SessionAsync(project, new DateOnly(2027, 3, 1), title: "Neste");

        var (_, page) = await browser.GetPageAsync(SessionsRoutes.Index(project.Id));
        var (_, overview) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        Assert.Equal([next.Id.ToString(), later.Id.ToString(), past.Id.ToString()], page.QuerySelectorAll("[data-session-id]").Select(e => e.GetAttribute("data-session-id")));
        Assert.Contains("Neste", overview.QuerySelector("[data-testid=next-session]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_changing_the_same_session_the_second_is_told_and_keeps_their_input()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, title: "Opprinnelig");
        var first = await browser.FormAsync(SessionsRoutes.Edit(project.Id, session.Id), action: "/edit");
        var second = await browser.FormAsync(SessionsRoutes.Edit(project.Id, session.Id), action: "/edit");
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "workshop", ["Input.Date"] = "2027-03-10", ["Input.Start"] = "17:00", ["Input.End"] = "20:00", ["Input.Status"] = "planned" };

        var (saved, _) = await first.PostAsync(new Dictionary<string, string>(fields) { ["Input.Title"] = "Førstes tittel" });
        var (refused, page) = await second.PostAsync(new Dictionary<string, string>(fields) { ["Input.Title"] = "Andres tittel" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Someone else changed the session", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Andres tittel", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Contains("Førstes tittel", page.QuerySelector("[data-testid=stored-now]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Førstes tittel", (await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.Id == session.Id))).Title);
    }

    [Fact]
    public async Task A_venue_of_another_organisation_cannot_be_chosen()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (_, other) = await app.Arrange.OrganizationAsync();
        var theirs = await app.Arrange.VenueAsync(other.Id);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.New(project.Id), new Dictionary<string, string>
        {
            ["Input.Title"] = "Møte", ["Input.Kind"] = "meeting", ["Input.Date"] = "2027-02-10", ["Input.Start"] = "09:00", ["Input.End"] = "10:00", ["Input.VenueId"] = theirs.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choose one of your organisation's venues.", page.QuerySelector("#venue-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Deleting_a_session_takes_its_agenda_with_it()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Innsjekk", 15, false, true)]);

        var (response, _) = await browser.SubmitAsync(SessionsRoutes.Edit(project.Id, session.Id), [], action: "handler=Delete");

        Assert.Equal(SessionsRoutes.Deleted(project.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().CountAsync(b => b.ProjectId == project.Id)));
    }
}
