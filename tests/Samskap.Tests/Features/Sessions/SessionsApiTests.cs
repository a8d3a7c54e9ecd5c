using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Warnings;

namespace Samskap.Tests.Features.Sessions;

/// <summary>GET/POST/PUT/DELETE /api/v1/projects/{id}/sessions, on both databases where the shape of the data matters.</summary>
public sealed class SessionsApiTests(Apps apps)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private const string ThreeHours = """
        {"title": "Verksted", "purpose": "Høre ungdommen", "kind": "workshop", "phase": "exploration", "date": "2027-02-10", "start": "17:00", "end": "20:00",
         "expected": {"citizen": 25, "public": 3}, "relationBuilding": false,
         "blocks": [
           {"title": "Innsjekk", "methodId": "check-in-round", "minutes": 15, "relationBuilding": true},
           {"title": "Arbeid", "minutes": 100},
           {"title": "Pause", "minutes": 15, "break": true},
           {"title": "Avslutning", "minutes": 20}]}
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_session_is_created_read_changed_with_its_version_and_deleted(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        using var created = await browser.Client.PostAsync(SessionsRoutes.Api(project.Id), Json(ThreeHours));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("17:00", body.GetProperty("start").GetString());
        Assert.Equal(25, body.GetProperty("expected").GetProperty("citizen").GetInt32());
        Assert.Equal(["Innsjekk", "Arbeid", "Pause", "Avslutning"], body.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        Assert.Equal("check-in-round", body.GetProperty("blocks")[0].GetProperty("methodId").GetString());
        Assert.Equal(["unplanned-time", "long-stretch"], body.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.Equal(30, body.GetProperty("warnings")[0].GetProperty("minutes").GetInt32());

        var changed = ThreeHours.Replace("\"title\": \"Verksted\"", $"\"version\": \"{body.GetProperty("version").GetString()}\", \"title\": \"Nytt navn\"", StringComparison.Ordinal);
        using var put = await browser.Client.PutAsync(SessionsRoutes.Api(project.Id, id), Json(changed));
        using var stale = await browser.Client.PutAsync(SessionsRoutes.Api(project.Id, id), Json(changed));
        using var read = await browser.Client.GetAsync(SessionsRoutes.Api(project.Id, id));
        var now = await read.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Nytt navn", now.GetProperty("title").GetString());
        Assert.Equal(4, now.GetProperty("blocks").GetArrayLength());

        using var deleted = await browser.Client.DeleteAsync(SessionsRoutes.Api(project.Id, id));
        using var gone = await browser.Client.GetAsync(SessionsRoutes.Api(project.Id, id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_put_without_the_version_it_read_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);

        using var put = await browser.Client.PutAsync(SessionsRoutes.Api(project.Id, session.Id), Json(ThreeHours));
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("version", out _));
    }

    [Theory]
    [InlineData("""{"title": "Work", "minutes": 0}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Work", "minutes": -10}""", "blocks[1].minutes")]
    [InlineData("""{"title": "Work", "minutes": "ten"}""", "blocks[1].minutes")]
    [InlineData("""{"title": "", "minutes": 10}""", "blocks[1].title")]
    [InlineData("""{"title": "Work", "minutes": 10, "colour": "red"}""", "blocks[1].colour")]
    [InlineData("""{"title": "Work", "minutes": 10, "break": "yes"}""", "blocks[1].break")]
    public async Task A_bad_block_is_refused_naming_its_place_in_the_agenda(string block, string field)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        using var response = await browser.Client.PostAsync(SessionsRoutes.Api(project.Id), Json($$"""
            {"title": "Verksted", "kind": "workshop", "date": "2027-02-10", "start": "17:00", "end": "20:00", "blocks": [{"title": "Innsjekk", "minutes": 15}, {{block}}]}
            """));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("\"start\": \"18:00\", \"end\": \"18:00\"", "end")]
    [InlineData("\"start\": \"07:00\", \"end\": \"19:30\"", "end")]
    [InlineData("\"start\": \"7.00\", \"end\": \"19:00\"", "start")]
    public async Task A_session_without_a_proper_span_is_refused_on_the_field(string span, string field)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        using var response = await browser.Client.PostAsync(SessionsRoutes.Api(project.Id), Json($$"""{"title": "Møte", "kind": "meeting", "date": "2027-02-10", {{span}}}"""));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Sixty_one_blocks_are_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var blocks = string.Join(',', Enumerable.Range(0, 61).Select(i => $$"""{"title": "B{{i}}", "minutes": 5}"""));

        using var response = await browser.Client.PostAsync(SessionsRoutes.Api(project.Id), Json($$"""{"title": "Lang", "kind": "workshop", "date": "2027-02-10", "start": "08:00", "end": "20:00", "blocks": [{{blocks}}]}"""));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("An agenda can have at most 60 blocks.", problem.GetProperty("errors").GetProperty("blocks")[0].GetString());
    }

    [Fact]
    public async Task The_venue_rules_warn_of_a_venue_too_small_and_a_checklist_not_filled_in()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var small = await app.Arrange.VenueAsync(organization.Id, capacity: 20, checklist: new() { ["stepFree"] = true });
        var checkedVenue = await app.Arrange.CheckedVenueAsync(organization.Id, capacity: 30);
        var tooSmall = await app.Arrange.SessionAsync(project, venueId: small.Id, expected: new() { ["citizen"] = 18, ["public"] = 4 }, blocks: [("Innsjekk", 180, false, true)]);
        var fits = await app.Arrange.SessionAsync(project, venueId: checkedVenue.Id, expected: new() { ["citizen"] = 30 }, blocks: [("Innsjekk", 180, false, true)]);

        var warned = await browser.Client.GetFromJsonAsync<JsonElement>(SessionsRoutes.Api(project.Id, tooSmall.Id));
        var clean = await browser.Client.GetFromJsonAsync<JsonElement>(SessionsRoutes.Api(project.Id, fits.Id));

        var warnings = warned.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(["no-break", "venue-too-small", "venue-unchecked"], warnings.Select(w => w.GetProperty("id").GetString()));
        Assert.Equal("You expect 2 more people than the venue takes. Choose a larger venue, or invite fewer.", warnings[1].GetProperty("text").GetString());
        Assert.Equal(["no-break"], clean.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_relation_building_session_gives_the_project_time_for_relations_and_a_cancelled_one_does_not()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.AddAsync(new Project
        {
            OrganizationId = organization.Id, OwnerUserId = admin.Id, Title = "Med datoer", StartsOn = new DateOnly(2027, 1, 1), EndsOn = new DateOnly(2027, 12, 31),
        });
        async Task<bool> WarnedAsync() =>
            (await browser.Client.GetFromJsonAsync<JsonElement>(ProjectRoutes.Api(project.Id))).GetProperty("warnings").EnumerateArray().Any(w => w.GetProperty("id").GetString() == WarningRules.NoRelationTime);

        Assert.True(await WarnedAsync());
        await app.Arrange.SessionAsync(project, relationBuilding: true, status: SessionStatus.Cancelled);
        Assert.True(await WarnedAsync());
        await app.Arrange.SessionAsync(project, relationBuilding: true);
        Assert.False(await WarnedAsync());
    }

    [Fact]
    public async Task A_viewer_reads_sessions_but_cannot_change_them()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, _) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var viewer = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, viewer, ProjectRole.Viewer);
        var session = await app.Arrange.SessionAsync(project);
        using var browser = Browserless.For(app, "en");
        await browser.SignInAsync(viewer.Email!);

        using var read = await browser.Client.GetAsync(SessionsRoutes.Api(project.Id, session.Id));
        using var post = await browser.Client.PostAsync(SessionsRoutes.Api(project.Id), Json(ThreeHours));
        using var delete = await browser.Client.DeleteAsync(SessionsRoutes.Api(project.Id, session.Id));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }
}
