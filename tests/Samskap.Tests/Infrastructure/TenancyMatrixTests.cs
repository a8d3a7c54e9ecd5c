using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

/// <summary>
/// Every route with a parameter, requested by a member of another organisation, answers 404 and
/// changes nothing. The cases come from each feature's own test folder (<see cref="ITenancyCases"/>);
/// a route with a parameter that no feature covers fails <see cref="Every_route_parameter_of_every_route_is_in_the_matrix"/>.
/// </summary>
public sealed class TenancyMatrixTests(Apps apps)
{
    /// <summary>Posted with every POST, on top of the case's own fields: what an intruder would try.</summary>
    private static readonly Dictionary<string, string> _hostileFields = new()
    {
        ["Input.Title"] = "Overtatt",
        ["Input.Status"] = "Completed",
        ["Rationale"] = "Overtatt",
    };

    private static readonly Dictionary<string, object> _hostileApiBody = new()
    {
        ["title"] = "Overtatt",
        ["name"] = "Overtatt",
        ["kind"] = "other",
        ["description"] = "Overtatt",
    };

    [Fact]
    public void Every_route_parameter_of_every_route_is_in_the_matrix()
    {
        var endpoints = apps.For(DatabaseProvider.Sqlite).Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.Parameters.Count > 0);
        var uncovered = TenancyRoutes.Uncovered(endpoints, TenancyRoutes.All);
        Assert.True(uncovered.Count == 0, "Add a tenancy case (ITenancyCases in the feature's test folder) for: " + string.Join("; ", uncovered));
    }

    [Fact]
    public void A_new_route_or_parameter_without_a_case_fails_the_matrix()
    {
        RouteEndpoint Route(string pattern) => new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, EndpointMetadataCollection.Empty, pattern);

        var problems = TenancyRoutes.Uncovered([Route("/projects/{id:guid}/widgets/{widgetId:guid}"), Route("/widgets/{code}")], [new OneCaseWithoutWidget()]);

        Assert.Equal(["/projects/{id:guid}/widgets/{widgetId:guid}: no case fills {widgetId}", "/widgets/{code}: no tenancy case"], problems);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_member_of_another_organisation_gets_404_on_every_route_and_changes_nothing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var world = await ArrangeWorldAsync(app);
        var (intruder, _) = await app.Arrange.OrganizationAsync();

        await AssertEveryRouteRefusedAsync(world, intruder);
    }

    /// <summary>
    /// The external partner acts in the same organisation as the rows (the tenant filter lets them
    /// through), so only the project scope and the policies stand between them and every other project.
    /// </summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_external_partner_of_another_project_gets_404_on_every_route_and_changes_nothing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var world = await ArrangeWorldAsync(app);
        var theirProject = await app.Arrange.ProjectAsync(world.Organization.Id, world.Owner, "Nabolagsprosjektet");
        var intruder = await app.Arrange.ExternalPartnerAsync(theirProject, await app.Arrange.PartnerAsync(theirProject, "Velforeningen"));

        await AssertEveryRouteRefusedAsync(world, intruder);
    }

    private static async Task<TenancyWorld> ArrangeWorldAsync(SamskapFactory app)
    {
        var (owner, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, owner, "Hemmelig prosjekt");
        var world = new TenancyWorld(app, owner, organization, project);
        foreach (var feature in TenancyRoutes.All)
        {
            await feature.ArrangeAsync(world);
        }

        return world;
    }

    private static async Task AssertEveryRouteRefusedAsync(TenancyWorld world, Samskap.Web.Features.Account.AppUser intruder)
    {
        using var intruderBrowser = Browserless.For(world.App);
        await intruderBrowser.SignInAsync(intruder.Email!);
        var token = await intruderBrowser.AntiforgeryTokenAsync();

        foreach (var request in TenancyRoutes.All.SelectMany(feature => feature.Cases))
        {
            var url = world.Fill(request.Url);
            Assert.DoesNotContain("{", url, StringComparison.Ordinal);
            var fields = (request.Fields ?? new Dictionary<string, string>()).ToDictionary(f => f.Key, f => world.Fill(f.Value));
            HttpResponseMessage response;
            if (request.Method == HttpMethod.Get)
            {
                response = await intruderBrowser.Client.GetAsync(url);
            }
            else if (request.Method == HttpMethod.Post)
            {
                response = (await intruderBrowser.PostAsync(url, new Dictionary<string, string>(_hostileFields.Concat(fields).DistinctBy(f => f.Key)), token)).Response;
            }
            else
            {
                // PUT and DELETE are API calls: a JSON body with the hostile fields, as another system would send it.
                using var message = new HttpRequestMessage(request.Method, url) { Content = JsonContent.Create(_hostileApiBody) };
                response = await intruderBrowser.Client.SendAsync(message);
            }

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{request.Method} {request.Url} answered {(int)response.StatusCode}");
        }

        foreach (var feature in TenancyRoutes.All)
        {
            await feature.AssertUnchangedAsync(world);
        }
    }

    private sealed class OneCaseWithoutWidget : ITenancyCases
    {
        public IEnumerable<TenancyCase> Cases => [new("/projects/{id:guid}/widgets/{widgetId:guid}", HttpMethod.Get, "/projects/{id}/widgets")];
    }
}
