using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Frames;

public sealed class PhasesPageTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    [Fact]
    public async Task A_project_that_has_not_changed_its_phases_shows_the_six_defaults_without_rows()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync("nn");
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);

        var (response, page) = await browser.GetPageAsync(FramesRoutes.Phases(project.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Initiering", "Utforsking", "Idéutvikling", "Utprøving", "Implementering", "Evaluering"],
            page.QuerySelectorAll("[data-testid=phases] .frames-phase-name").Select(n => n.TextContent));
        Assert.Equal("No: Initiering (fase 1 av 6)", page.QuerySelector("[data-testid=current-phase]")!.TextContent);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProjectPhases.IgnoreQueryFilters().CountAsync(p => p.ProjectId == project.Id)));
    }

    [Fact]
    public async Task The_leader_renames_skips_adds_and_moves_the_project_on()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync();
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        var url = FramesRoutes.Phases(project.Id);

        var (renamed, _) = await browser.SubmitAsync(url, new() { ["phase"] = "exploration", ["name"] = "Kartlegging" }, action: "handler=Rename");
        var (skipped, _) = await browser.SubmitAsync(url, new() { ["phase"] = "ideation" }, action: "handler=Skip");
        var (added, _) = await browser.SubmitAsync(url, new() { ["NewName"] = "Spredning" }, action: "handler=Add");
        var (moved, _) = await browser.SubmitAsync(url, new() { ["phase"] = "exploration" }, action: "handler=Current");
        var (_, page) = await browser.GetPageAsync(url);
        var (_, api) = await browser.GetPageAsync(ProjectRoutes.Api(project.Id));

        Assert.All(new[] { renamed, skipped, added, moved }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(["Initiering", "Kartlegging", "Idéutvikling", "Utprøving", "Implementering", "Evaluering", "Spredning"],
            page.QuerySelectorAll("[data-testid=phases] .frames-phase-name").Select(n => n.TextContent));
        Assert.Equal("Nå: Kartlegging (fase 2 av 6)", page.QuerySelector("[data-testid=current-phase]")!.TextContent);
        Assert.Contains("\"id\":\"exploration\",\"name\":\"Kartlegging\"", api.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ideation\",\"name\":\"Idéutvikling\",\"skipped\":true", api.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_current_phase_cannot_be_skipped_and_an_added_phase_needs_a_name()
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync("en");
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        var url = FramesRoutes.Phases(project.Id);
        var token = await browser.AntiforgeryTokenAsync();

        var (skip, skipPage) = await browser.PostAsync(FramesRoutes.PhasesHandler(project.Id, "Skip"), new() { ["phase"] = "initiation" }, token);
        var (add, addPage) = await browser.SubmitAsync(url, new() { ["NewName"] = " " }, action: "handler=Add");
        var (unknown, _) = await browser.PostAsync(FramesRoutes.PhasesHandler(project.Id, "Current"), new() { ["phase"] = "nowhere" }, token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, skip.StatusCode);
        Assert.Contains("Move it on before you skip the phase", skipPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, add.StatusCode);
        Assert.Equal("Write a name for the phase in “Name of the phase”.", addPage.GetElementById("NewName")!.ParentElement!.QuerySelector(".ds-validation-message")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task A_member_who_does_not_lead_sees_the_phases_but_cannot_change_them()
    {
        var (admin, organization) = await App.Arrange.OrganizationAsync();
        var member = await App.Arrange.MemberAsync(organization.Id);
        var project = await App.Arrange.ProjectAsync(organization.Id, admin);
        using var browser = Browserless.For(App);
        await browser.SignInAsync(member.Email!);
        var token = await browser.AntiforgeryTokenAsync();

        var (shown, page) = await browser.GetPageAsync(FramesRoutes.Phases(project.Id));
        var (refused, _) = await browser.PostAsync(FramesRoutes.PhasesHandler(project.Id, "Current"), new() { ["phase"] = "testing" }, token);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProjectPhases.IgnoreQueryFilters().CountAsync(p => p.ProjectId == project.Id)));
    }
}
