using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Venues;

namespace Samskap.Tests.Features.Venues;

/// <summary>The venue register through its pages and its API.</summary>
public sealed class VenuesTests(Apps apps)
{
    [Fact]
    public async Task A_venue_is_registered_with_its_checklist_and_shows_which_criteria_it_meets()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, organization, browser) = await app.SignedInAdminAsync("en");

        var (response, _) = await browser.SubmitAsync(VenuesRoutes.New, new Dictionary<string, string>
        {
            ["Input.Name"] = "Biblioteket", ["Input.Address"] = "Torget 2", ["Input.Capacity"] = "40",
            ["Input.Checklist[stepFree]"] = "yes", ["Input.Checklist[hearingLoop]"] = "no", ["Input.Checklist[neutralGround]"] = "yes",
        });
        var venue = await app.WithDbAsync(db => db.Venues.IgnoreQueryFilters().SingleAsync(v => v.OrganizationId == organization.Id));
        var (_, page) = await browser.GetPageAsync(VenuesRoutes.Venue(venue.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Dictionary<string, bool> { ["stepFree"] = true, ["hearingLoop"] = false, ["neutralGround"] = true }, venue.Checklist);
        Assert.Equal("Meets 2 of 10 criteria", page.QuerySelector("#meets-heading")!.TextContent);
        Assert.Equal("not-met", page.QuerySelector("[data-criterion=hearingLoop]")!.GetAttribute("data-state"));
        Assert.Equal("unchecked", page.QuerySelector("[data-criterion=freeOfCharge]")!.GetAttribute("data-state"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_api_reads_and_writes_the_checklist_with_null_for_a_criterion_not_checked(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (_, _, browser) = await app.SignedInAdminAsync("en");

        using var created = await browser.Client.PostAsync(VenuesRoutes.ApiList, new StringContent("""
            {"name": "Frivilligsentralen", "address": "Kirkegata 4", "capacity": 25, "checklist": {"stepFree": true, "foodAllowed": false, "childFriendly": null}}
            """, Encoding.UTF8, "application/json"));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var checklist = body.GetProperty("checklist");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(10, checklist.EnumerateObject().Count());
        Assert.True(checklist.GetProperty("stepFree").GetBoolean());
        Assert.False(checklist.GetProperty("foodAllowed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, checklist.GetProperty("childFriendly").ValueKind);

        var id = body.GetProperty("id").GetGuid();
        using var put = await browser.Client.PutAsync(VenuesRoutes.Api(id), new StringContent($$"""
            {"name": "Frivilligsentralen", "capacity": 30, "checklist": {"stepFree": true}, "version": "{{body.GetProperty("version").GetString()}}"}
            """, Encoding.UTF8, "application/json"));
        using var stale = await browser.Client.PutAsync(VenuesRoutes.Api(id), new StringContent($$"""
            {"name": "Frivilligsentralen", "capacity": 31, "version": "{{body.GetProperty("version").GetString()}}"}
            """, Encoding.UTF8, "application/json"));
        var list = await browser.Client.GetFromJsonAsync<JsonElement>(VenuesRoutes.ApiList);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(30, list[0].GetProperty("capacity").GetInt32());
    }

    [Theory]
    [InlineData("""{"name": "X", "capacity": 0}""", "capacity")]
    [InlineData("""{"name": "", "capacity": 10}""", "name")]
    [InlineData("""{"name": "X", "capacity": 10, "checklist": {"sauna": true}}""", "checklist.sauna")]
    [InlineData("""{"name": "X", "capacity": "ten"}""", "capacity")]
    public async Task Bad_venues_are_refused_naming_the_field(string json, string field)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, browser) = await app.SignedInAdminAsync("en");

        using var response = await browser.Client.PostAsync(VenuesRoutes.ApiList, new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public void The_readiness_action_for_the_venue_leads_to_the_venues()
    {
        Assert.Equal(VenuesRoutes.Index, ReadinessActions.LinkFor("facilitation.venue", Guid.NewGuid()));
        Assert.False(ReadinessActions.LinksToPoint("facilitation.venue"));
    }
}
