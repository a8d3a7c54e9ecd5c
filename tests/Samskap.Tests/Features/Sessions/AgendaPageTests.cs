using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>The agenda builder without JavaScript (plain posts) and with it (the same posts answered with the agenda alone).</summary>
public sealed class AgendaPageTests(Apps apps)
{
    private static Dictionary<string, string> Move(Guid blockId, int step) => new() { ["BlockId"] = blockId.ToString(), ["Step"] = step.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static Task<List<AgendaBlock>> BlocksAsync(SamskapFactory app, Guid sessionId) =>
        app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().Where(b => b.SessionId == sessionId).OrderBy(b => b.Position).ToListAsync());

    [Fact]
    public async Task A_method_from_the_library_is_added_in_one_step_with_its_name_and_duration()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var checkIn = MethodLibrary.Find("check-in-round")!;

        var (response, _) = await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), new() { ["MethodId"] = checkIn.Id }, action: "handler=AddMethod");

        var block = Assert.Single(await BlocksAsync(app, session.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(checkIn.In("en").Name, block.Title);
        Assert.Equal(checkIn.Minutes, block.Minutes);
        Assert.Equal("check-in-round", block.MethodId);
        Assert.True(block.RelationBuilding);
        var (_, page) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"17:00–17:{checkIn.Minutes:00}", page.QuerySelector("[data-testid=block-time] span")!.TextContent);
        Assert.Contains("is now number 1 of 1", page.QuerySelector("[data-testid=agenda-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_times_total_and_warnings_follow_the_agenda_after_a_save()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Work", 100, false, false), ("More work", 100, false, false)]);

        var (_, page) = await browser.GetPageAsync(SessionsRoutes.Session(project.Id, session.Id));

        Assert.Equal(["17.00–18.40", "18.40–20.20"], page.QuerySelectorAll("[data-testid=block-time] span:first-child").Select(e => e.TextContent.Replace(':', '.')));
        Assert.Equal("200", page.QuerySelector("[data-testid=agenda-total]")!.GetAttribute("data-total"));
        Assert.Equal(["overrun", "no-break", "no-relation-opening"], page.QuerySelectorAll("[data-warning]").Select(e => e.GetAttribute("data-warning")));
        Assert.Contains("20 minutes longer", page.QuerySelector("[data-warning=overrun]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_block_moves_down_and_back_up_by_plain_posts_and_the_page_says_where_it_is()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Check-in", 15, false, true), ("Ideas", 45, false, false), ("Break", 15, true, false)]);
        var ideas = (await BlocksAsync(app, session.Id))[1];

        var (down, _) = await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), Move(ideas.Id, 1), action: "handler=Move");
        var (_, moved) = await browser.GetPageAsync(down.Headers.Location!.OriginalString);

        Assert.Equal(["Check-in", "Break", "Ideas"], (await BlocksAsync(app, session.Id)).Select(b => b.Title));
        Assert.Equal("“Ideas” is now number 3 of 3.", moved.QuerySelector("[data-testid=agenda-status]")!.TextContent.Trim());

        await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), Move(ideas.Id, -1), action: "handler=Move");
        Assert.Equal(["Check-in", "Ideas", "Break"], (await BlocksAsync(app, session.Id)).Select(b => b.Title));
    }

    [Fact]
    public async Task With_javascript_a_move_is_answered_with_the_agenda_alone_and_its_new_version()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Check-in", 15, false, true), ("Ideas", 45, false, false)]);
        var ideas = (await BlocksAsync(app, session.Id))[1];
        var form = await browser.FormAsync(SessionsRoutes.Session(project.Id, session.Id), action: "handler=Move");
        browser.Client.DefaultRequestHeaders.Add(SessionModel.FragmentHeader, "fragment");

        var (response, fragment) = await form.PostAsync(Move(ideas.Id, -1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(fragment.QuerySelector("header"));
        var agenda = fragment.QuerySelector("[data-testid=agenda]")!;
        Assert.Equal("“Ideas” is now number 1 of 2.", agenda.GetAttribute("data-announce"));
        var stored = await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(stored.Version.ToString(), agenda.GetAttribute("data-agenda-version"));
        Assert.Equal(["17.00–17.45", "17.45–18.00"], fragment.QuerySelectorAll("[data-testid=block-time] span:first-child").Select(e => e.TextContent.Replace(':', '.')));
    }

    [Fact]
    public async Task A_drag_sends_the_whole_order_and_a_stale_one_is_refused_with_the_agenda_as_it_is_now()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("A", 15, false, true), ("B", 15, false, false), ("C", 15, false, false)]);
        var blocks = await BlocksAsync(app, session.Id);
        var token = await browser.AntiforgeryTokenAsync();
        var version = (await app.WithDbAsync(db => db.Sessions.IgnoreQueryFilters().SingleAsync(s => s.Id == session.Id))).Version;
        var order = new[] { blocks[2], blocks[0], blocks[1] };
        string Fields(Guid v) => string.Join('&', order.Select(b => $"Order={b.Id}").Append($"Version={v}").Append($"BlockId={blocks[2].Id}").Append($"__RequestVerificationToken={Uri.EscapeDataString(token)}"));

        using var first = await browser.Client.PostAsync(SessionsRoutes.Handler(project.Id, session.Id, "Reorder"), new StringContent(Fields(version), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(["C", "A", "B"], (await BlocksAsync(app, session.Id)).Select(b => b.Title));

        using var stale = await browser.Client.PostAsync(SessionsRoutes.Handler(project.Id, session.Id, "Reorder"), new StringContent(Fields(version), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var html = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed the agenda at the same time", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_adding_to_the_same_agenda_the_second_is_told_and_their_block_is_shown_again()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("Check-in", 15, false, true)]);
        var first = await browser.FormAsync(SessionsRoutes.Session(project.Id, session.Id), action: "handler=AddBlock");
        var second = await browser.FormAsync(SessionsRoutes.Session(project.Id, session.Id), action: "handler=AddBlock");

        await first.PostAsync(new() { ["Block.Title"] = "Pause", ["Block.Minutes"] = "15", ["Block.Break"] = "true" });
        var (refused, page) = await second.PostAsync(new() { ["Block.Title"] = "Walk and talk", ["Block.Minutes"] = "40" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Someone else changed the agenda", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Walk and talk", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Block_Title")!.Value);
        Assert.Equal("40", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Block_Minutes")!.Value);
        Assert.Equal(["Check-in", "Pause"], (await BlocksAsync(app, session.Id)).Select(b => b.Title));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("481")]
    public async Task A_block_of_zero_negative_or_too_many_minutes_is_refused_on_its_minutes(string minutes)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), new() { ["Block.Title"] = "Work", ["Block.Minutes"] = minutes }, action: "handler=AddBlock");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The length must be a whole number of minutes, 1–480.", page.QuerySelector("#block-minutes-error")!.TextContent.Trim());
        Assert.Empty(await BlocksAsync(app, session.Id));
    }

    [Fact]
    public async Task The_sixty_first_block_is_refused()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, start: "08:00", end: "20:00", blocks: [.. Enumerable.Range(1, 60).Select(i => ($"Block {i}", 5, false, false))]);

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), new() { ["Block.Title"] = "One more", ["Block.Minutes"] = "5" }, action: "handler=AddBlock");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("at most 60 blocks", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(60, (await BlocksAsync(app, session.Id)).Count);
    }

    [Fact]
    public async Task A_method_of_another_organisation_cannot_be_put_on_the_agenda()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var (_, other) = await app.Arrange.OrganizationAsync();
        var theirs = await app.Arrange.OwnMethodAsync(other.Id, "Deres hemmelige metode");

        var (response, page) = await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), new() { ["Block.Title"] = "Work", ["Block.Minutes"] = "20", ["Block.MethodId"] = theirs.Id.ToString() }, action: "handler=AddBlock");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choose a method from the method library.", page.QuerySelector("#block-method-error")!.TextContent.Trim());
        Assert.Empty(await BlocksAsync(app, session.Id));
    }

    [Fact]
    public async Task An_organisations_own_method_can_be_added_and_a_block_is_changed_on_its_own_page()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project);
        var own = await app.Arrange.OwnMethodAsync(organization.Id, "Vår kaffeprat", minutes: 25);

        await browser.SubmitAsync(SessionsRoutes.Session(project.Id, session.Id), new() { ["MethodId"] = own.Id.ToString() }, action: "handler=AddMethod");
        var block = Assert.Single(await BlocksAsync(app, session.Id));
        var (changed, _) = await browser.SubmitAsync(SessionsRoutes.Block(project.Id, session.Id, block.Id), new()
        {
            ["Block.Title"] = "Kaffeprat", ["Block.MethodId"] = own.Id.ToString(), ["Block.Minutes"] = "30", ["Block.Materials"] = "Kaffe\nKopper",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var stored = Assert.Single(await BlocksAsync(app, session.Id));
        Assert.Equal(("Kaffeprat", 30, own.Id.ToString()), (stored.Title, stored.Minutes, stored.MethodId));
        Assert.Equal("Kaffe\nKopper", stored.Materials);
    }

    [Fact]
    public async Task Removing_a_block_closes_the_gap()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var session = await app.Arrange.SessionAsync(project, blocks: [("A", 15, false, true), ("B", 15, false, false), ("C", 15, false, false)]);
        var b = (await BlocksAsync(app, session.Id))[1];

        var form = await browser.FormAsync(SessionsRoutes.Session(project.Id, session.Id), action: "handler=Move");
        var token = form.Hidden["__RequestVerificationToken"];
        var version = form.Hidden["Version"];
        await browser.PostAsync(SessionsRoutes.Handler(project.Id, session.Id, "Remove"), new() { ["BlockId"] = b.Id.ToString(), ["Version"] = version }, token);

        var left = await BlocksAsync(app, session.Id);
        Assert.Equal(["A", "C"], left.Select(x => x.Title));
        Assert.Equal([0, 1], left.Select(x => x.Position));
    }
}
