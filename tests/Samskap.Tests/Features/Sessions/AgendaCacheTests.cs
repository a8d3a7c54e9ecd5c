using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Venues;

namespace Samskap.Tests.Features.Sessions;

/// <summary>
/// The session page keeps its agenda as rendered between visits; each test first shows the agenda,
/// then changes what it shows by the app's own pages and API, and expects to see the change at once.
/// </summary>
public sealed class AgendaCacheTests(Apps apps)
{
    private static async Task<IHtmlDocument> AgendaAsync(Browserless browser, Project project, Session session, string query = "")
    {
        var (response, page) = await browser.GetPageAsync(SessionsRoutes.Session(project.Id, session.Id) + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static Dictionary<string, string> FormValues(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlInputElement>("main form input[name], main form textarea[name]").Where(e => e is IHtmlInputElement { Type: not "checkbox" } || e.IsChecked)
            .GroupBy(e => e.Name!).ToDictionary(g => g.Key, g => g.First().Value);

    [Fact]
    public async Task A_venue_made_smaller_shows_its_warning_on_the_next_visit()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var venue = await app.Arrange.CheckedVenueAsync(organization.Id, capacity: 40);
        var session = await app.Arrange.SessionAsync(project, venueId: venue.Id, expected: new() { ["citizen"] = 30 }, blocks: [("Check-in", 15, false, true)]);
        var before = await AgendaAsync(browser, project, session);

        using var put = await browser.Client.PutAsync(VenuesRoutes.Api(venue.Id), new StringContent(
            JsonSerializer.Serialize(new { name = venue.Name, capacity = 20, version = venue.Version }), Encoding.UTF8, "application/json"));
        var after = await AgendaAsync(browser, project, session);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Null(before.QuerySelector("[data-warning=venue-too-small]"));
        Assert.Contains("10 more people", after.QuerySelector("[data-warning=venue-too-small]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_own_method_and_a_renamed_lead_show_on_the_next_visit()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var method = await app.Arrange.OwnMethodAsync(organization.Id, name: "Kitchen table talk");
        var session = await app.Arrange.SessionAsync(project, blocks: [("Talk", 30, false, true)]);
        await app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().Where(b => b.SessionId == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.MethodId, method.Id.ToString()).SetProperty(b => b.LeadUserId, admin.Id)));
        var before = await AgendaAsync(browser, project, session);

        var (_, methodForm) = await browser.GetPageAsync(MethodsRoutes.Edit(method.Id));
        var fields = FormValues(methodForm);
        fields["Input.Name"] = "Porch talk";
        var (renamedMethod, _) = await browser.SubmitAsync(MethodsRoutes.Edit(method.Id), fields);
        var (renamedLead, _) = await browser.SubmitAsync(ProfileRoutes.Profile, new() { ["About.Name"] = "Kari Nordmann", ["About.Language"] = "en" }, action: "handler=About");
        var after = await AgendaAsync(browser, project, session);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (renamedMethod.StatusCode, renamedLead.StatusCode));
        Assert.Contains("Method: Kitchen table talk", before.QuerySelector(".agenda-block__meta")!.TextContent, StringComparison.Ordinal);
        var meta = after.QuerySelector(".agenda-block__meta")!.TextContent;
        Assert.Contains("Method: Porch talk", meta, StringComparison.Ordinal);
        Assert.Contains("Kari Nordmann", meta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_gets_no_buttons_after_an_editor_was_shown_them_and_each_visit_gets_its_own_language()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var viewer = await app.Arrange.MemberAsync(organization.Id);
        await app.Arrange.ProjectPersonAsync(project, viewer, ProjectRole.Viewer);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Check-in", 15, false, true), ("Ideas", 45, false, false)]);
        using var reader = Browserless.For(app, "en");
        await reader.SignInAsync(viewer.Email!);

        var editorPage = await AgendaAsync(browser, project, session);
        var readerPage = await AgendaAsync(reader, project, session);
        var bokmal = await AgendaAsync(browser, project, session, "?culture=nb");

        Assert.Equal(["Move down", "Remove", "Move up", "Remove"], editorPage.QuerySelectorAll("[data-agenda-list] button").Select(b => b.TextContent));
        Assert.Empty(readerPage.QuerySelectorAll("[data-agenda-list] button"));
        Assert.Null(readerPage.QuerySelector("form[data-agenda-form]"));
        Assert.Equal(2, readerPage.QuerySelectorAll("[data-block-id]").Length);
        Assert.Equal(["Flytt ned", "Fjern", "Flytt opp", "Fjern"], bokmal.QuerySelectorAll("[data-agenda-list] button").Select(b => b.TextContent));
    }

    [Fact]
    public async Task A_button_without_javascript_posts_its_block_and_step_in_its_formaction()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Check-in", 15, false, true), ("Ideas", 45, false, false)]);
        var page = await AgendaAsync(browser, project, session);
        var list = page.QuerySelector<IHtmlFormElement>("form[data-agenda-form]:has([data-agenda-list])")!;
        var down = list.QuerySelector("button[data-focus-key^=down-]")!;
        var hidden = list.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").ToDictionary(i => i.Name!, i => i.Value);

        // The formaction is relative to the page, as a browser resolves it.
        var target = new Uri(new Uri(browser.Client.BaseAddress!, SessionsRoutes.Session(project.Id, session.Id)), down.GetAttribute("formaction")!);
        var (moved, _) = await browser.PostAsync(target.PathAndQuery, hidden, token: null);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var order = await app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().Where(b => b.SessionId == session.Id).OrderBy(b => b.Position).Select(b => b.Title).ToListAsync());
        Assert.Equal(["Ideas", "Check-in"], order);
    }
}
