using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

/// <summary>
/// Every route with an id in it, requested by a member of another organisation, answers 404 and
/// changes nothing. A new route with an id fails <see cref="Every_route_with_an_id_is_in_the_matrix"/>
/// until it is added to <see cref="Matrix"/>.
/// </summary>
public sealed class TenancyMatrixTests(Apps apps)
{
    /// <summary>
    /// Route template → the requests to try against it; {id} stands for the other organisation's
    /// project, {decisionId} for its approach decision and {roundId} for its readiness round.
    /// </summary>
    private static readonly Dictionary<string, (HttpMethod Method, string Url)[]> Matrix = new()
    {
        ["/projects/{id:guid}"] =
        [
            (HttpMethod.Get, "/projects/{id}"),
            (HttpMethod.Post, "/projects/{id}?handler=Archive"),
            (HttpMethod.Post, "/projects/{id}?handler=Restore"),
        ],
        ["/projects/{id:guid}/edit"] =
        [
            (HttpMethod.Get, "/projects/{id}/edit"),
            (HttpMethod.Post, "/projects/{id}/edit"),
        ],
        ["/api/v1/projects/{id:guid}"] =
        [
            (HttpMethod.Get, "/api/v1/projects/{id}"),
        ],
        ["/projects/{id:guid}/veivalg"] =
        [
            (HttpMethod.Get, "/projects/{id}/veivalg"),
        ],
        ["/projects/{id:guid}/veivalg/questions"] =
        [
            (HttpMethod.Get, "/projects/{id}/veivalg/questions"),
        ],
        ["/projects/{id:guid}/veivalg/result"] =
        [
            (HttpMethod.Get, "/projects/{id}/veivalg/result?newKnowledgeNeeded=yes"),
            (HttpMethod.Post, "/projects/{id}/veivalg/result"),
        ],
        ["/projects/{id:guid}/veivalg/decisions/{decisionId:guid}"] =
        [
            (HttpMethod.Get, "/projects/{id}/veivalg/decisions/{decisionId}"),
        ],
        ["/api/v1/projects/{id:guid}/approach-decisions"] =
        [
            (HttpMethod.Get, "/api/v1/projects/{id}/approach-decisions"),
        ],
        ["/projects/{id:guid}/readiness"] =
        [
            (HttpMethod.Get, "/projects/{id}/readiness"),
        ],
        ["/projects/{id:guid}/readiness/new"] =
        [
            (HttpMethod.Get, "/projects/{id}/readiness/new"),
            (HttpMethod.Post, "/projects/{id}/readiness/new"),
        ],
        ["/projects/{id:guid}/readiness/rounds/{roundId:guid}"] =
        [
            (HttpMethod.Get, "/projects/{id}/readiness/rounds/{roundId}"),
            (HttpMethod.Post, "/projects/{id}/readiness/rounds/{roundId}?handler=Close"),
        ],
        ["/api/v1/projects/{id:guid}/readiness-rounds"] =
        [
            (HttpMethod.Get, "/api/v1/projects/{id}/readiness-rounds"),
        ],
    };

    [Fact]
    public void Every_route_with_an_id_is_in_the_matrix()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.Contains("{id", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.True(Matrix.ContainsKey(route), $"Add {route} to the tenancy matrix."));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_member_of_another_organisation_gets_404_on_every_route_and_changes_nothing(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (owner, _) = await app.CreateOrganizationAsync();
        var (intruder, _) = await app.CreateOrganizationAsync();
        using var ownerBrowser = Browserless.For(app);
        await ownerBrowser.SignInAsync(owner.Email!);
        var (created, _) = await ownerBrowser.SubmitAsync("/projects/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Hemmelig prosjekt",
            ["Input.OwnerUserId"] = owner.Id,
            ["Input.Status"] = "Idea",
        });
        var projectId = created.Headers.Location!.OriginalString.Split('/').Last();
        await ownerBrowser.SubmitAsync($"/projects/{projectId}/veivalg/result?knowledgeExists=yes", new Dictionary<string, string>
        {
            ["knowledgeExists"] = "yes",
            ["Rationale"] = "Vi vet nok.",
        });
        var decisionId = await app.WithDbAsync(db => db.ApproachDecisions.IgnoreQueryFilters().Where(d => d.ProjectId == Guid.Parse(projectId)).Select(d => d.Id).SingleAsync());
        await ownerBrowser.SubmitAsync($"/projects/{projectId}/readiness/new", new Dictionary<string, string>
        {
            ["Input.OpensOn"] = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ClosesOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var roundId = await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().Where(r => r.ProjectId == Guid.Parse(projectId)).Select(r => r.Id).SingleAsync());

        using var intruderBrowser = Browserless.For(app);
        await intruderBrowser.SignInAsync(intruder.Email!);
        var (_, ownPage) = await intruderBrowser.GetPageAsync("/projects/new");
        var token = ownPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        foreach (var (method, template) in Matrix.Values.SelectMany(requests => requests))
        {
            var url = template.Replace("{id}", projectId, StringComparison.Ordinal).Replace("{decisionId}", decisionId.ToString(), StringComparison.Ordinal)
                .Replace("{roundId}", roundId.ToString(), StringComparison.Ordinal);
            var response = method == HttpMethod.Get
                ? await intruderBrowser.Client.GetAsync(url)
                : (await intruderBrowser.PostAsync(url, new Dictionary<string, string>
                {
                    ["Input.Title"] = "Overtatt",
                    ["Input.OwnerUserId"] = intruder.Id,
                    ["Input.Status"] = "Completed",
                    ["newKnowledgeNeeded"] = "yes",
                    ["Rationale"] = "Overtatt",
                    ["Input.OpensOn"] = "2030-01-01",
                    ["Input.ClosesOn"] = "2030-01-10",
                }, token)).Response;
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {template} answered {(int)response.StatusCode}");
        }

        var stored = await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().SingleAsync(p => p.Id == Guid.Parse(projectId)));
        Assert.Equal("Hemmelig prosjekt", stored.Title);
        Assert.Null(stored.ArchivedAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.ApproachDecisions.IgnoreQueryFilters().CountAsync(d => d.ProjectId == stored.Id)));
        var round = await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().SingleAsync(r => r.ProjectId == stored.Id));
        Assert.Null(round.ClosedAt);
    }
}
