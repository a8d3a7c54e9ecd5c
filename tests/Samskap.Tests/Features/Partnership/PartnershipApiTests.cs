using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Partnership;

/// <summary>The partnership through the API: the project's new fields, and writes with the pages' rules.</summary>
public sealed class PartnershipApiTests(Apps apps)
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(Browserless browser, HttpMethod method, string url, object? body = null, string? language = null)
    {
        // The language comes as ?culture=, which wins over the signed-in person's own, as for any page.
        using var request = new HttpRequestMessage(method, language is null ? url : $"{url}?culture={language}");
        if (body is not null)
        {
            request.Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        using var response = await browser.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_project_lists_its_partners_contributions_and_ledger(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var youth = await app.Arrange.PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        var club = await app.Arrange.PartnerAsync(project, "Idrettslaget", PartnerKind.CivilSociety);
        await app.Arrange.ContributionAsync(youth, ContributionKind.Knowledge, hours: 4m);
        await app.Arrange.ContributionAsync(club, ContributionKind.Premises, nok: 2500m);

        var (status, body) = await SendAsync(browser, HttpMethod.Get, ProjectRoutes.Api(project.Id));

        Assert.Equal(HttpStatusCode.OK, status);
        var partners = body.GetProperty("partners").EnumerateArray().ToList();
        Assert.Equal(["Idrettslaget", "Ungdomsrådet"], partners.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("civil-society", partners[0].GetProperty("kind").GetString());
        Assert.Equal(2, body.GetProperty("contributions").GetArrayLength());
        var byKind = body.GetProperty("ledger").GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal(1, byKind["knowledge"].GetProperty("count").GetInt32());
        Assert.Equal(4m, byKind["knowledge"].GetProperty("hours").GetDecimal());
        Assert.Equal(2500m, byKind["premises"].GetProperty("nok").GetDecimal());
        var byPartner = body.GetProperty("ledger").GetProperty("byPartner").EnumerateArray().ToList();
        Assert.Contains(byPartner, p => p.GetProperty("partnerId").GetGuid() == club.Id && p.GetProperty("count").GetInt32() == 1);
        Assert.Equal("Ungdomsrådet", body.GetProperty("partners")[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Creating_a_partner_answers_201_with_it_and_its_id_and_a_contribution_can_follow()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (created, partner) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.PartnersApi(project.Id), new
        {
            name = "Pensjonistforeningen",
            kind = "civil-society",
            role = "Vet hvor eldre møtes",
            contactName = "Per",
            keepBasis = "Samtykke",
            deleteContactOn = "2030-01-01",
        });
        var partnerId = partner.GetProperty("id").GetGuid();
        var (contributed, contribution) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.ContributionsApi(project.Id), new
        {
            partnerId,
            kind = "time",
            description = "Frivillige på kveldstid",
            hours = 12.5,
        });

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("2030-01-01", partner.GetProperty("deleteContactOn").GetString());
        Assert.Equal(HttpStatusCode.Created, contributed);
        Assert.Equal(12.5m, contribution.GetProperty("hours").GetDecimal());
        Assert.Equal(partnerId, contribution.GetProperty("partnerId").GetGuid());
    }

    [Theory]
    [InlineData("""{"name": "", "kind": "citizen"}""", "name")]
    [InlineData("""{"name": "Rådet", "kind": "citizens"}""", "kind")]
    [InlineData("""{"name": "Rådet", "kind": "citizen", "contactEmail": "a@b.no"}""", "keepBasis")]
    [InlineData("""{"name": "Rådet", "kind": "citizen", "contactEmail": "a@b.no", "keepBasis": "Samtykke", "deleteContactOn": "2020-01-01"}""", "deleteContactOn")]
    [InlineData("""{"name": 5, "kind": "citizen"}""", "name")]
    public async Task A_bad_partner_gets_a_400_that_names_the_field(string body, string field)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (status, problem) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.PartnersApi(project.Id), body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("nb", "«Timer» kan ikke være mindre enn 0.")]
    [InlineData("en", "“Hours” cannot be less than 0.")]
    public async Task Negative_hours_are_refused_in_the_callers_language(string language, string message)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project);

        var (status, problem) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.ContributionsApi(project.Id), new
        {
            partnerId = partner.Id,
            kind = "time",
            description = "Dugnad",
            hours = -2,
        }, language);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("hours")[0].GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_contribution_for_a_partner_of_another_project_is_refused(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var otherProject = await app.Arrange.ProjectAsync(organization.Id, admin);
        var othersPartner = await app.Arrange.PartnerAsync(otherProject);

        var (status, problem) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.ContributionsApi(project.Id), new
        {
            partnerId = othersPartner.Id,
            kind = "knowledge",
            description = "Lånt fra et annet prosjekt",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("partnerId", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contributions.IgnoreQueryFilters().CountAsync(c => c.PartnerId == othersPartner.Id)));
    }

    [Fact]
    public async Task Changing_a_partner_replaces_its_fields_and_deleting_one_with_contributions_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var partner = await app.Arrange.PartnerAsync(project, "Skolen", PartnerKind.Public);
        var contribution = await app.Arrange.ContributionAsync(partner);

        var (changed, body) = await SendAsync(browser, HttpMethod.Put, PartnershipRoutes.PartnerApi(project.Id, partner.Id), new { name = "Bø skole", kind = "research", role = "Elevrådet" });
        var (refused, problem) = await SendAsync(browser, HttpMethod.Delete, PartnershipRoutes.PartnerApi(project.Id, partner.Id));
        var (contributionGone, _) = await SendAsync(browser, HttpMethod.Delete, PartnershipRoutes.ContributionApi(project.Id, contribution.Id));
        var (partnerGone, _) = await SendAsync(browser, HttpMethod.Delete, PartnershipRoutes.PartnerApi(project.Id, partner.Id));
        var (unknown, _) = await SendAsync(browser, HttpMethod.Delete, PartnershipRoutes.PartnerApi(project.Id, partner.Id));

        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal("research", body.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Contains("1 bidrag", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, contributionGone);
        Assert.Equal(HttpStatusCode.NoContent, partnerGone);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task An_archived_project_refuses_writes_with_403()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, archived: true);

        var (status, _) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.PartnersApi(project.Id), new { name = "Rådet", kind = "citizen" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task A_body_that_is_not_a_json_object_gets_400()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        var (status, _) = await SendAsync(browser, HttpMethod.Post, PartnershipRoutes.PartnersApi(project.Id), "[1, 2]");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
