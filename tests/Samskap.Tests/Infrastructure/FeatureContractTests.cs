using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Tests.Infrastructure;

/// <summary>
/// The feature contract's guards (docs/architecture.md): each fails when a new feature forgets a
/// rule, and each rule's check is itself shown to catch a breach.
/// </summary>
public sealed class FeatureContractTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    [Fact]
    public void Every_endpoint_allows_anonymous_access_or_names_a_policy()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        Assert.Contains(endpoints, e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
        var unnamed = WithoutPolicy(endpoints);
        Assert.True(unnamed.Count == 0, "Allow anonymous access or name a policy on: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void An_endpoint_that_relies_on_the_fallback_or_names_no_policy_is_caught()
    {
        Endpoint Route(string name, params object[] metadata) =>
            new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(name), 0, new EndpointMetadataCollection(metadata), name);

        var caught = WithoutPolicy([
            Route("/forgot"),
            Route("/bare", new AuthorizeAttribute()),
            Route("/open", new AllowAnonymousAttribute()),
            Route("/named", new AuthorizeAttribute("OrganizationMember")),
        ]);

        Assert.Equal(["/forgot", "/bare"], caught);
    }

    [Fact]
    public void Every_entity_with_an_organisation_is_filtered_by_tenant_or_says_why_not()
    {
        var unfiltered = Unfiltered(App.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>().Model);

        Assert.True(unfiltered.Count == 0, "Make these IOrganizationOwned, or mark them [CrossOrganization(\"why\")]: " + string.Join(", ", unfiltered));
    }

    [Fact]
    public void An_entity_with_an_organisation_but_no_filter_or_reason_is_caught()
    {
        using var broken = new BrokenContext();

        Assert.Equal([nameof(Widget)], Unfiltered(broken.Model));
    }

    [Fact]
    public void No_view_writes_a_project_url_by_hand()
    {
        var literals = Repository.SourceFiles("*.cshtml")
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (File: Path.GetRelativePath(Repository.WebProject, file), Line: index + 1, Text: line)))
            .Where(line => !line.Text.TrimStart().StartsWith("@page", StringComparison.Ordinal)
                && (line.Text.Contains("\"/projects", StringComparison.Ordinal) || line.Text.Contains("/readiness/", StringComparison.Ordinal)))
            .Select(line => $"{line.File}:{line.Line}")
            .ToList();

        Assert.True(literals.Count == 0, "Build these addresses with the feature's routes class: " + string.Join(", ", literals));
    }

    [Fact]
    public void Time_comes_only_from_the_one_clock()
    {
        string[] forbidden = ["DateTime.UtcNow", "DateTime.Now", "DateTimeOffset.UtcNow", "DateTimeOffset.Now", "DateTime.Today"];
        var uses = Repository.SourceFiles("*.cs")
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => forbidden.Where(File.ReadAllText(file).Contains).Select(use => $"{Path.GetFileName(file)}: {use}"))
            .ToList();
        var systemClock = Repository.SourceFiles("*.cs").Where(file => File.ReadAllText(file).Contains("TimeProvider.System", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();

        Assert.True(uses.Count == 0, "Take TimeProvider instead: " + string.Join(", ", uses));
        Assert.Equal(["SamskapApp.cs"], systemClock);
    }

    [Fact]
    public async Task An_unknown_project_id_answers_404_on_every_project_route_and_the_api_says_so_in_the_callers_language()
    {
        var (_, _, browser) = await App.SignedInAdminAsync();
        var unknown = Guid.NewGuid();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ProjectRoutes.IsProjectRoute(e.RoutePattern))
            .ToList();

        Assert.Contains(endpoints, e => TenancyRoutes.Name(e.RoutePattern).StartsWith("/api/", StringComparison.Ordinal));
        foreach (var endpoint in endpoints)
        {
            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => segment.Parts[0] switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { Name: "id" } => unknown.ToString(),
                _ => Guid.NewGuid().ToString(),
            }));
            var response = await browser.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
        }

        var problem = await (await browser.Client.GetAsync($"{ProjectRoutes.Api(unknown)}?culture=nn")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Vi finn ikkje prosjektet", problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_request_a_page_has_no_handler_for_answers_405_instead_of_failing()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        var token = await browser.AntiforgeryTokenAsync();

        var (plainPost, _) = await browser.PostAsync(ProjectRoutes.Details(project.Id), [], token);
        var (unknownHandler, _) = await browser.PostAsync($"{ProjectRoutes.Details(project.Id)}?handler=Delete", [], token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, plainPost.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, unknownHandler.StatusCode);
        Assert.Contains("GET", plainPost.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_refused_request_keeps_its_status_whatever_the_form_says_and_a_broken_form_is_a_400()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        var token = await browser.AntiforgeryTokenAsync();

        var (posted200, _) = await browser.PostAsync(ProjectRoutes.Archive(Guid.NewGuid()), new() { ["code"] = "200" }, token);
        using var broken = new StringContent("--x\r\nnot a part", Encoding.UTF8);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        var unreadable = await browser.Client.PostAsync(ProjectRoutes.Archive(project.Id), broken);

        Assert.Equal(HttpStatusCode.NotFound, posted200.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Null((await App.WithDbAsync(db => db.Projects.AsNoTracking().IgnoreQueryFilters().SingleAsync(p => p.Id == project.Id))).ArchivedAt);
    }

    [Fact]
    public async Task A_caller_outside_http_gets_the_tenant_it_asks_for_through_the_same_path()
    {
        var (admin, first) = await App.Arrange.OrganizationAsync();
        var (_, second) = await App.Arrange.OrganizationAsync();
        await App.Arrange.AddAsync(new Samskap.Web.Features.Organizations.Membership { OrganizationId = second.Id, UserId = admin.Id, Role = Samskap.Web.Features.Organizations.OrganizationRole.Member });
        var inFirst = await App.Arrange.ProjectAsync(first.Id, admin);
        var inSecond = await App.Arrange.ProjectAsync(second.Id, admin);
        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin.Id)], "hub"));

        var asPerson = await ProjectsSeenAsync(new TenantCaller.Person(person, second.Id.ToString()));
        var asJob = await ProjectsSeenAsync(new TenantCaller.Job("retention", first.Id));
        var acrossAll = await ProjectsSeenAsync(new TenantCaller.JobAcrossOrganizations("retention", "Deletes expired contacts in every organisation."), acrossOrganizations: true);

        Assert.Equal([inSecond.Id], asPerson);
        Assert.Equal([inFirst.Id], asJob);
        Assert.Contains(inFirst.Id, acrossAll);
        Assert.Contains(inSecond.Id, acrossAll);
        await Assert.ThrowsAsync<ArgumentException>(() => ProjectsSeenAsync(new TenantCaller.JobAcrossOrganizations("retention", " ")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ProjectsSeenAsync(new TenantCaller.Job("retention", first.Id), acrossOrganizations: true));

        async Task<List<Guid>> ProjectsSeenAsync(TenantCaller caller, bool acrossOrganizations = false)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await scope.ServiceProvider.GetRequiredService<TenantResolver>()
                .ResolveAsync(scope.ServiceProvider.GetRequiredService<TenantContext>(), caller, db, CancellationToken.None);
            var projects = acrossOrganizations ? db.AcrossOrganizations<Project>() : db.Projects;
            return await projects.Where(p => p.Id == inFirst.Id || p.Id == inSecond.Id).Select(p => p.Id).ToListAsync();
        }
    }

    /// <summary>Endpoints that name no policy and do not allow anonymous access: the fallback would cover them by accident.</summary>
    private static List<string> WithoutPolicy(IEnumerable<Endpoint> endpoints) =>
        endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.DisplayName ?? "?")
            .ToList();

    /// <summary>Entity types with an OrganizationId that have no query filter and no stated reason to be read across organisations.</summary>
    private static List<string> Unfiltered(IModel model) =>
        model.GetEntityTypes()
            .Where(type => type.FindProperty(nameof(IOrganizationOwned.OrganizationId)) is not null
                && type.GetDeclaredQueryFilters().Count == 0
                && string.IsNullOrWhiteSpace(type.ClrType.GetCustomAttribute<CrossOrganizationAttribute>()?.Reason))
            .Select(type => type.ClrType.Name)
            .ToList();

    private sealed class Widget
    {
        public Guid Id { get; set; }
        public Guid OrganizationId { get; set; }
    }

    private sealed class BrokenContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Widget>();
    }
}
