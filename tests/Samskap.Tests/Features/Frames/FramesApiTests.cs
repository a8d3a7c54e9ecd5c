using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Frames;

public sealed class FramesApiTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(Browserless browser, HttpMethod method, string url, string? json = null, string culture = "en")
    {
        using var request = new HttpRequestMessage(method, $"{url}?culture={culture}");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await browser.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<(Samskap.Web.Features.Account.AppUser Admin, Project Project, Browserless Browser)> ProjectAsync(bool archived = false)
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        var project = await App.Arrange.ProjectAsync(organization.Id, admin, archived: archived);
        return (admin, project, browser);
    }

    private static string FirstError(JsonElement body, string field) => body.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task The_project_shows_its_frames_milestones_scope_uncertainties_and_phase_under_the_contract_names()
    {
        var (admin, project, browser) = await ProjectAsync();
        await App.Arrange.BudgetAsync(project, plannedHours: 100, usedHours: 40, plannedNok: 50_000, usedNok: 10_000);
        var milestone = await App.Arrange.MilestoneAsync(project, new DateOnly(2027, 4, 1), "Felles middag", relationBuilding: true);
        var item = await App.Arrange.ScopeItemAsync(project, open: false, "Budsjettet", "Vedtatt av kommunestyret");
        var uncertainty = await App.Arrange.UncertaintyAsync(project, admin, Level.High, Level.Low);

        var (response, body) = await SendAsync(browser, HttpMethod.Get, ProjectRoutes.Api(project.Id), culture: "nn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var frames = body.GetProperty("frames");
        Assert.Equal(JsonValueKind.Null, frames.GetProperty("start").ValueKind);
        Assert.Equal(100, frames.GetProperty("plannedHours").GetInt64());
        Assert.Equal(40, frames.GetProperty("usedHours").GetInt64());
        Assert.Equal(50_000, frames.GetProperty("plannedNok").GetInt64());
        Assert.Equal(10_000, frames.GetProperty("usedNok").GetInt64());
        var m = Assert.Single(body.GetProperty("milestones").EnumerateArray());
        Assert.Equal(milestone.Id, m.GetProperty("id").GetGuid());
        Assert.Equal("Felles middag", m.GetProperty("title").GetString());
        Assert.Equal("2027-04-01", m.GetProperty("date").GetString());
        Assert.True(m.GetProperty("relationBuilding").GetBoolean());
        var s = Assert.Single(body.GetProperty("scope").EnumerateArray());
        Assert.Equal(item.Id, s.GetProperty("id").GetGuid());
        Assert.False(s.GetProperty("open").GetBoolean());
        Assert.Equal("Vedtatt av kommunestyret", s.GetProperty("reason").GetString());
        var u = Assert.Single(body.GetProperty("uncertainties").EnumerateArray());
        Assert.Equal(uncertainty.Id, u.GetProperty("id").GetGuid());
        Assert.Equal("high", u.GetProperty("likelihood").GetString());
        Assert.Equal("low", u.GetProperty("consequence").GetString());
        Assert.Equal(admin.Id, u.GetProperty("ownerId").GetString());
        Assert.Equal("open", u.GetProperty("status").GetString());
        var phase = body.GetProperty("phase");
        Assert.Equal("initiation", phase.GetProperty("id").GetString());
        Assert.Equal("Initiering", phase.GetProperty("name").GetString());
        Assert.Equal(6, phase.GetProperty("phases").GetArrayLength());
        Assert.Equal("Idéutvikling", phase.GetProperty("phases")[2].GetProperty("name").GetString());
        Assert.False(phase.GetProperty("phases")[2].GetProperty("skipped").GetBoolean());
    }

    [Fact]
    public async Task Phase_names_follow_the_callers_language()
    {
        var (_, project, browser) = await ProjectAsync();

        var (_, english) = await SendAsync(browser, HttpMethod.Get, ProjectRoutes.Api(project.Id), culture: "en");

        Assert.Equal(["Initiation", "Exploration", "Idea development", "Testing", "Implementation", "Evaluation"],
            english.GetProperty("phase").GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Putting_the_frames_saves_dates_on_the_project_and_the_budget()
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, body) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.FramesApi(project.Id),
            """{"start": "2027-01-01", "end": "2027-12-31", "plannedHours": 400, "usedHours": 0, "plannedNok": 250000, "usedNok": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2027-12-31", body.GetProperty("end").GetString());
        var saved = await App.WithDbAsync(db => db.Projects.AsNoTracking().IgnoreQueryFilters().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(new DateOnly(2027, 1, 1), saved.StartsOn);
        Assert.Equal(new DateOnly(2027, 12, 31), saved.EndsOn);
        var (_, frames) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.FramesApi(project.Id));
        Assert.Equal(250_000, frames.GetProperty("plannedNok").GetInt64());
        Assert.Equal(JsonValueKind.Null, frames.GetProperty("usedNok").ValueKind);

        var (again, _) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.FramesApi(project.Id), """{"plannedHours": 500}""");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.ProjectBudgets.IgnoreQueryFilters().CountAsync(b => b.ProjectId == project.Id)));
    }

    [Theory]
    [InlineData("""{"start": "2027-12-31", "end": "2027-01-01"}""", "end", "“End date” cannot be before the start date.")]
    [InlineData("""{"plannedHours": -1}""", "plannedHours", "“Planned hours” cannot be less than zero.")]
    [InlineData("""{"usedNok": -100}""", "usedNok", "“NOK used” cannot be less than zero.")]
    [InlineData("""{"usedHours": 7.5}""", "usedHours", "“usedHours” must be a whole number.")]
    [InlineData("""{"plannedNok": "1000"}""", "plannedNok", "“plannedNok” must be a whole number.")]
    [InlineData("""{"start": "01.03.2027"}""", "start", "“start” must be a date in the form YYYY-MM-DD.")]
    public async Task Bad_frames_are_refused_naming_the_field_and_nothing_is_saved(string json, string field, string message)
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, body) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.FramesApi(project.Id), json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(message, FirstError(body, field));
        Assert.Equal(message, body.GetProperty("title").GetString());
        Assert.Equal(0, await App.WithDbAsync(db => db.ProjectBudgets.IgnoreQueryFilters().CountAsync(b => b.ProjectId == project.Id)));
    }

    [Fact]
    public async Task Dates_out_of_order_are_named_in_the_callers_language()
    {
        var (_, project, browser) = await ProjectAsync();

        var (_, body) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.FramesApi(project.Id), """{"start": "2027-12-31", "end": "2027-01-01"}""", "nn");

        Assert.Equal("«Sluttdato» kan ikkje vere før startdatoen.", FirstError(body, "end"));
    }

    [Fact]
    public async Task A_milestone_is_added_changed_and_deleted()
    {
        var (_, project, browser) = await ProjectAsync();

        var (created, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.MilestonesApi(project.Id), """{"title": "Bli kjent", "date": "2027-02-03", "relationBuilding": true}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(FramesRoutes.MilestoneApi(project.Id, id), created.Headers.Location!.OriginalString);
        Assert.True(body.GetProperty("relationBuilding").GetBoolean());

        var (changed, after) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.MilestoneApi(project.Id, id), """{"title": "Felles måltid", "date": "2027-02-04"}""");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Felles måltid", after.GetProperty("title").GetString());
        Assert.False(after.GetProperty("relationBuilding").GetBoolean());

        var (deleted, _) = await SendAsync(browser, HttpMethod.Delete, FramesRoutes.MilestoneApi(project.Id, id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var (gone, _) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.MilestoneApi(project.Id, id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"date": "2027-02-03"}""", "title")]
    [InlineData("""{"title": "Møte"}""", "date")]
    [InlineData("""{"title": "Møte", "date": "3. februar"}""", "date")]
    [InlineData("""{"title": 4, "date": "2027-02-03"}""", "title")]
    [InlineData("""{"title": "Møte", "date": "2027-02-03", "relationBuilding": "ja"}""", "relationBuilding")]
    public async Task A_bad_milestone_is_refused_naming_the_field(string json, string field)
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.MilestonesApi(project.Id), json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        Assert.Equal(0, await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().CountAsync(m => m.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_scope_item_is_added_changed_and_deleted_and_a_fixed_one_needs_a_reason()
    {
        var (_, project, browser) = await ProjectAsync();

        var (refused, problem) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.ScopeApi(project.Id), """{"text": "Budsjettet", "open": false}""");
        var (created, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.ScopeApi(project.Id), """{"text": "Hvor tilbudet skal ligge", "open": true}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Write in “Why” why this is fixed.", FirstError(problem, "reason"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        var (changed, after) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.ScopeItemApi(project.Id, id), """{"text": "Hvor tilbudet skal ligge", "open": false, "reason": "Tomten er kjøpt"}""");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Tomten er kjøpt", after.GetProperty("reason").GetString());
        var (deleted, _) = await SendAsync(browser, HttpMethod.Delete, FramesRoutes.ScopeItemApi(project.Id, id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_scope_item_without_open_is_refused_naming_open()
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.ScopeApi(project.Id), """{"text": "Budsjettet", "reason": "Vedtatt"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("“open” must be true or false.", FirstError(body, "open"));
    }

    [Fact]
    public async Task An_uncertainty_is_added_open_by_default_changed_and_deleted()
    {
        var (admin, project, browser) = await ProjectAsync();

        var (created, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.UncertaintiesApi(project.Id),
            $$"""{"text": "Få melder seg", "likelihood": "medium", "consequence": "high", "response": "Vi spør lag og foreninger", "ownerId": "{{admin.Id}}"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("open", body.GetProperty("status").GetString());
        var id = body.GetProperty("id").GetGuid();
        var (changed, after) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.UncertaintyApi(project.Id, id),
            $$"""{"text": "Få melder seg", "likelihood": "low", "consequence": "high", "response": "", "ownerId": "{{admin.Id}}", "status": "closed"}""");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("closed", after.GetProperty("status").GetString());
        var (deleted, _) = await SendAsync(browser, HttpMethod.Delete, FramesRoutes.UncertaintyApi(project.Id, id));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Theory]
    [InlineData("likelihood", "extreme")]
    [InlineData("consequence", "HIGH")]
    [InlineData("status", "done")]
    public async Task An_unknown_word_is_refused_naming_the_field(string field, string word)
    {
        var (admin, project, browser) = await ProjectAsync();
        var fields = new Dictionary<string, string> { ["text"] = "Regn", ["likelihood"] = "low", ["consequence"] = "low", ["ownerId"] = admin.Id, ["status"] = "open", [field] = word };

        var (response, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.UncertaintiesApi(project.Id), JsonSerializer.Serialize(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task An_owner_who_is_not_a_person_of_the_project_is_refused_and_one_added_to_it_is_taken()
    {
        var (admin, project, browser) = await ProjectAsync();
        var colleague = await App.Arrange.MemberAsync(project.OrganizationId);
        var json = $$"""{"text": "Regn", "likelihood": "low", "consequence": "low", "ownerId": "{{colleague.Id}}"}""";

        var (refused, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.UncertaintiesApi(project.Id), json, "nb");
        await App.Arrange.ProjectPersonAsync(project, colleague, ProjectRole.Facilitator);
        var (taken, _) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.UncertaintiesApi(project.Id), json);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("«Følges opp av» må være en person i prosjektet.", FirstError(body, "ownerId"));
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_is_refused()
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.MilestonesApi(project.Id), "[1, 2]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request must be a JSON object.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_archived_project_refuses_every_write_with_403_and_keeps_its_rows()
    {
        var (admin, project, browser) = await ProjectAsync(archived: true);
        var milestone = await App.Arrange.MilestoneAsync(project, new DateOnly(2027, 1, 1), "Arkivert");

        var (put, body) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.FramesApi(project.Id), """{"plannedHours": 1}""", "nb");
        var (post, _) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.MilestonesApi(project.Id), """{"title": "Ny", "date": "2027-01-01"}""");
        var (change, _) = await SendAsync(browser, HttpMethod.Put, FramesRoutes.MilestoneApi(project.Id, milestone.Id), """{"title": "Ny", "date": "2027-01-01"}""");
        var (delete, _) = await SendAsync(browser, HttpMethod.Delete, FramesRoutes.MilestoneApi(project.Id, milestone.Id));
        var (read, _) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.MilestoneApi(project.Id, milestone.Id));

        Assert.All(new[] { put, post, change, delete }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("Prosjektet er arkivert og kan ikke endres.", body.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Arkivert", (await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().SingleAsync(m => m.Id == milestone.Id))).Title);
    }

    [Fact]
    public async Task A_project_keeps_at_most_200_milestones_and_says_so()
    {
        var (_, project, browser) = await ProjectAsync();
        await App.WithDbAsync(async db =>
        {
            db.Milestones.AddRange(Enumerable.Range(0, FramesLimits.Milestones).Select(i => new Milestone { OrganizationId = project.OrganizationId, ProjectId = project.Id, Title = $"M{i}", Date = new DateOnly(2027, 1, 1).AddDays(i) }));
            return await db.SaveChangesAsync();
        });

        var (response, body) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.MilestonesApi(project.Id), """{"title": "Én for mye", "date": "2028-01-01"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The project has reached the limit of 200 milestones. Delete one before you add another.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_project_keeps_at_most_200_scope_items_and_200_uncertainties()
    {
        var (admin, project, browser) = await ProjectAsync();
        await App.WithDbAsync(async db =>
        {
            db.ScopeItems.AddRange(Enumerable.Range(0, FramesLimits.ScopeItems).Select(i => new ScopeItem { OrganizationId = project.OrganizationId, ProjectId = project.Id, Text = $"S{i}", Open = true }));
            db.Uncertainties.AddRange(Enumerable.Range(0, FramesLimits.Uncertainties).Select(i => new Uncertainty { OrganizationId = project.OrganizationId, ProjectId = project.Id, Text = $"U{i}", OwnerUserId = admin.Id }));
            return await db.SaveChangesAsync();
        });

        var (scope, scopeBody) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.ScopeApi(project.Id), """{"text": "Én for mye", "open": true}""");
        var (uncertainty, uncertaintyBody) = await SendAsync(browser, HttpMethod.Post, FramesRoutes.UncertaintiesApi(project.Id), $$"""{"text": "Én for mye", "likelihood": "low", "consequence": "low", "ownerId": "{{admin.Id}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, scope.StatusCode);
        Assert.Contains("200", scopeBody.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, uncertainty.StatusCode);
        Assert.Contains("200", uncertaintyBody.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_organisations_rows_answer_404_to_put_and_delete_and_stay(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner);
        var milestone = await app.Arrange.MilestoneAsync(project, new DateOnly(2027, 1, 1), "Deres");
        var item = await app.Arrange.ScopeItemAsync(project, open: true, "Deres");
        var uncertainty = await app.Arrange.UncertaintyAsync(project, owner, text: "Deres");
        var (intruder, intruderOrganization, browser) = await app.SignedInAdminAsync();
        var own = await app.Arrange.ProjectAsync(intruderOrganization.Id, intruder);

        var requests = new (HttpMethod Method, string Url, string? Json)[]
        {
            (HttpMethod.Put, FramesRoutes.FramesApi(project.Id), """{"plannedHours": 1}"""),
            (HttpMethod.Put, FramesRoutes.MilestoneApi(project.Id, milestone.Id), """{"title": "Overtatt", "date": "2027-01-01"}"""),
            (HttpMethod.Delete, FramesRoutes.MilestoneApi(project.Id, milestone.Id), null),
            (HttpMethod.Put, FramesRoutes.ScopeItemApi(project.Id, item.Id), """{"text": "Overtatt", "open": true}"""),
            (HttpMethod.Delete, FramesRoutes.ScopeItemApi(project.Id, item.Id), null),
            (HttpMethod.Put, FramesRoutes.UncertaintyApi(project.Id, uncertainty.Id), """{"text": "Overtatt", "likelihood": "low", "consequence": "low"}"""),
            (HttpMethod.Delete, FramesRoutes.UncertaintyApi(project.Id, uncertainty.Id), null),
            // Their row through the intruder's own project: the row's id alone must not reach it.
            (HttpMethod.Put, FramesRoutes.MilestoneApi(own.Id, milestone.Id), """{"title": "Overtatt", "date": "2027-01-01"}"""),
            (HttpMethod.Delete, FramesRoutes.ScopeItemApi(own.Id, item.Id), null),
            (HttpMethod.Delete, FramesRoutes.UncertaintyApi(own.Id, uncertainty.Id), null),
        };
        foreach (var (method, url, json) in requests)
        {
            var (response, _) = await SendAsync(browser, method, url, json);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal("Deres", (await app.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().SingleAsync(m => m.Id == milestone.Id))).Title);
        Assert.Equal("Deres", (await app.WithDbAsync(db => db.ScopeItems.IgnoreQueryFilters().SingleAsync(i => i.Id == item.Id))).Text);
        Assert.Equal("Deres", (await app.WithDbAsync(db => db.Uncertainties.IgnoreQueryFilters().SingleAsync(u => u.Id == uncertainty.Id))).Text);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectBudgets.IgnoreQueryFilters().CountAsync(b => b.ProjectId == project.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_lists_hold_only_the_projects_own_rows_in_their_order(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var sibling = await app.Arrange.ProjectAsync(organization.Id, admin);
        var (stranger, otherOrganization) = await app.Arrange.OrganizationAsync();
        var foreign = await app.Arrange.ProjectAsync(otherOrganization.Id, stranger);
        foreach (var other in new[] { sibling, foreign })
        {
            await app.Arrange.MilestoneAsync(other, new DateOnly(2027, 1, 1), "Ikke vår");
            await app.Arrange.ScopeItemAsync(other, open: true, "Ikke vår");
            await app.Arrange.UncertaintyAsync(other, other == foreign ? stranger : admin, text: "Ikke vår");
        }

        await app.Arrange.MilestoneAsync(project, new DateOnly(2027, 6, 1), "Juni");
        await app.Arrange.MilestoneAsync(project, new DateOnly(2027, 2, 1), "Februar");
        await app.Arrange.UncertaintyAsync(project, admin, Level.Low, Level.Low, text: "Lav");
        await app.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High, UncertaintyStatus.Closed, "Lukket");
        await app.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High, text: "Høy");

        var (_, milestones) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.MilestonesApi(project.Id));
        var (_, scope) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.ScopeApi(project.Id));
        var (_, uncertainties) = await SendAsync(browser, HttpMethod.Get, FramesRoutes.UncertaintiesApi(project.Id));

        Assert.Equal(["Februar", "Juni"], milestones.EnumerateArray().Select(m => m.GetProperty("title").GetString()));
        Assert.Equal(0, scope.GetArrayLength());
        Assert.Equal(["Høy", "Lav", "Lukket"], uncertainties.EnumerateArray().Select(u => u.GetProperty("text").GetString()));
    }
}
