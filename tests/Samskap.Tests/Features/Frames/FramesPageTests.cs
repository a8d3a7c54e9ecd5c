using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Frames;

public sealed class FramesPageTests(Apps apps)
{
    private SamskapFactory App => apps.For(DatabaseProvider.Sqlite);

    private async Task<(Samskap.Web.Features.Account.AppUser Admin, Project Project, Browserless Browser)> ProjectAsync(string? culture = null, bool archived = false)
    {
        var (admin, organization, browser) = await App.SignedInAdminAsync(culture);
        var project = await App.Arrange.ProjectAsync(organization.Id, admin, archived: archived);
        return (admin, project, browser);
    }

    private static string FieldError(AngleSharp.Html.Dom.IHtmlDocument page, string fieldId) =>
        page.GetElementById(fieldId)!.ParentElement!.QuerySelector(".ds-validation-message")!.TextContent.Trim();

    [Fact]
    public async Task Milestones_are_listed_by_date_and_the_next_one_from_today_is_marked()
    {
        var (_, project, browser) = await ProjectAsync();
        var today = NorwegianTime.Today(App.Clock);
        await App.Arrange.MilestoneAsync(project, today.AddDays(20), "Siste");
        await App.Arrange.MilestoneAsync(project, today.AddDays(-10), "Forbi");
        await App.Arrange.MilestoneAsync(project, today.AddDays(5), "Neste", relationBuilding: true);

        var (response, page) = await browser.GetPageAsync(FramesRoutes.Frames(project.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("[data-testid=milestones] tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Forbi", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Neste", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Neste", page.QuerySelector("[data-testid=next-milestone]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Relasjonsbygging", rows[1].TextContent, StringComparison.Ordinal);
        foreach (var anchor in new[] { FramesRoutes.BudgetAnchor, FramesRoutes.MilestonesAnchor, FramesRoutes.RelationBuildingAnchor, FramesRoutes.ScopeAnchor, FramesRoutes.UncertaintiesAnchor })
        {
            Assert.NotNull(page.GetElementById(anchor));
        }
    }

    [Fact]
    public async Task A_milestone_added_through_the_form_is_saved_once_even_when_sent_twice()
    {
        var (_, project, browser) = await ProjectAsync();
        var form = await browser.FormAsync(FramesRoutes.Frames(project.Id), action: "handler=AddMilestone");
        var fields = new Dictionary<string, string> { ["NewMilestone.Title"] = "Felles måltid", ["NewMilestone.Date"] = "2027-05-05", ["NewMilestone.RelationBuilding"] = "true" };

        var (first, _) = await form.PostAsync(fields);
        var (second, _) = await form.PostAsync(fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(FramesRoutes.Milestones(project.Id), first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var saved = Assert.Single(await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().Where(m => m.ProjectId == project.Id).ToListAsync()));
        Assert.True(saved.RelationBuilding);
        Assert.Equal(new DateOnly(2027, 5, 5), saved.Date);
    }

    [Theory]
    [InlineData("nb", "Skriv en «Tittel» på milepælen.", "Velg en «Dato» for milepælen.")]
    [InlineData("nn", "Skriv ein «Tittel» på milepælen.", "Vel ein «Dato» for milepælen.")]
    [InlineData("en", "Write a “Title” for the milestone.", "Choose a “Date” for the milestone.")]
    public async Task A_milestone_without_title_or_date_is_refused_naming_both_fields_in_the_readers_language(string culture, string titleError, string dateError)
    {
        var (_, project, browser) = await ProjectAsync(culture);

        var (response, page) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new() { ["NewMilestone.Title"] = " ", ["NewMilestone.Date"] = "" }, action: "handler=AddMilestone");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(titleError, FieldError(page, "NewMilestone_Title"));
        Assert.Equal(dateError, FieldError(page, "NewMilestone_Date"));
        Assert.Equal(2, page.QuerySelectorAll(".ds-error-summary li").Length);
        Assert.Equal(0, await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().CountAsync(m => m.ProjectId == project.Id)));
    }

    [Fact]
    public async Task Dates_out_of_order_and_negative_hours_are_refused_by_name_and_what_was_typed_stays()
    {
        var (_, project, browser) = await ProjectAsync();

        var (response, page) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new()
        {
            ["FramesForm.Start"] = "2027-06-01",
            ["FramesForm.End"] = "2027-05-31",
            ["FramesForm.PlannedHours"] = "-5",
            ["FramesForm.PlannedNok"] = "mange",
        }, action: "handler=Frames");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("«Sluttdato» kan ikke være før startdatoen.", FieldError(page, "FramesForm_End"));
        Assert.Equal("«Planlagte timer» kan ikke være mindre enn null.", FieldError(page, "FramesForm_PlannedHours"));
        Assert.Equal("«Planlagte kroner» må være et helt tall.", FieldError(page, "FramesForm_PlannedNok"));
        Assert.Equal("-5", page.GetElementById("FramesForm_PlannedHours")!.GetAttribute("value"));
        Assert.Null((await App.WithDbAsync(db => db.Projects.IgnoreQueryFilters().SingleAsync(p => p.Id == project.Id))).StartsOn);
    }

    [Fact]
    public async Task Saved_frames_show_used_against_planned_and_an_overrun()
    {
        var (_, project, browser) = await ProjectAsync("en");

        var (saved, _) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new()
        {
            ["FramesForm.Start"] = "2027-01-01",
            ["FramesForm.End"] = "2027-01-01",
            ["FramesForm.PlannedHours"] = "200",
            ["FramesForm.UsedHours"] = "201",
            ["FramesForm.PlannedNok"] = "100 000",
            ["FramesForm.UsedNok"] = "100000",
        }, action: "handler=Frames");
        var (_, page) = await browser.GetPageAsync(FramesRoutes.Frames(project.Id));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(FramesRoutes.Budget(project.Id), saved.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("[data-testid=hours-overrun]"));
        Assert.Null(page.QuerySelector("[data-testid=nok-overrun]"));
        Assert.Contains("100,000", page.GetElementById(FramesRoutes.BudgetAnchor)!.TextContent, StringComparison.Ordinal);
        Assert.Contains("101%", page.GetElementById(FramesRoutes.BudgetAnchor)!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scope_declaration_shows_what_can_be_influenced_and_what_is_fixed_and_why()
    {
        var (_, project, browser) = await ProjectAsync();
        await App.Arrange.ScopeItemAsync(project, open: true, "Hvor tilbudet skal ligge", reason: "");

        var (refused, refusedPage) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new() { ["NewScopeItem.Text"] = "Budsjettrammen", ["NewScopeItem.Open"] = "false" }, action: "handler=AddScopeItem");
        var (added, _) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new() { ["NewScopeItem.Text"] = "Budsjettrammen", ["NewScopeItem.Open"] = "false", ["NewScopeItem.Reason"] = "Vedtatt budsjett" }, action: "handler=AddScopeItem");
        var (_, page) = await browser.GetPageAsync(FramesRoutes.Frames(project.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Skriv i «Hvorfor» hvorfor dette ligger fast.", FieldError(refusedPage, "NewScopeItem_Reason"));
        Assert.Equal("Budsjettrammen", refusedPage.GetElementById("NewScopeItem_Text")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Hvor tilbudet skal ligge", page.QuerySelector("[data-testid=scope-open]")!.TextContent, StringComparison.Ordinal);
        var fixedList = page.QuerySelector("[data-testid=scope-fixed]")!.TextContent;
        Assert.Contains("Budsjettrammen", fixedList, StringComparison.Ordinal);
        Assert.Contains("Fordi: Vedtatt budsjett", fixedList, StringComparison.Ordinal);
        Assert.Contains("Dette kan dere påvirke", page.GetElementById("scope-open")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dette ligger fast, og hvorfor", page.GetElementById("scope-fixed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_uncertainty_log_puts_open_ones_first_and_marks_high_by_high()
    {
        var (admin, project, browser) = await ProjectAsync();
        await App.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High, UncertaintyStatus.Closed, "Lukket");
        await App.Arrange.UncertaintyAsync(project, admin, Level.Low, Level.Medium, text: "Lav");
        await App.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High, text: "Alvorlig");

        var (_, page) = await browser.GetPageAsync(FramesRoutes.Frames(project.Id));

        var rows = page.QuerySelectorAll("[data-testid=uncertainty]").ToList();
        Assert.Equal(["Alvorlig", "Lav", "Lukket"], rows.Select(r => r.QuerySelector("td")!.ChildNodes[0].TextContent.Trim()));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=high-high]"));
        Assert.Null(rows[2].QuerySelector("[data-testid=high-high]"));
    }

    [Fact]
    public async Task An_uncertainty_followed_up_by_someone_outside_the_project_is_refused_by_name()
    {
        var (_, project, browser) = await ProjectAsync("en");
        var outsider = await App.Arrange.MemberAsync(project.OrganizationId);

        var (response, page) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new()
        {
            ["NewUncertainty.Text"] = "Få melder seg",
            ["NewUncertainty.Likelihood"] = "medium",
            ["NewUncertainty.Consequence"] = "",
            ["NewUncertainty.OwnerId"] = outsider.Id,
            ["NewUncertainty.Status"] = "open",
        }, action: "handler=AddUncertainty");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("“Followed up by” must be a person of the project.", FieldError(page, "NewUncertainty_OwnerId"));
        Assert.Equal("Choose a “Consequence”: low, medium or high.", FieldError(page, "NewUncertainty_Consequence"));
        Assert.Equal("Få melder seg", page.GetElementById("NewUncertainty_Text")!.TextContent);
    }

    [Fact]
    public async Task A_milestone_is_changed_and_deleted_on_its_own_page()
    {
        var (_, project, browser) = await ProjectAsync();
        var milestone = await App.Arrange.MilestoneAsync(project, new DateOnly(2027, 3, 3), "Oppstart");

        var (refused, refusedPage) = await browser.SubmitAsync(FramesRoutes.Milestone(project.Id, milestone.Id), new() { ["Input.Title"] = new string('a', Milestone.TitleMaxLength + 1) }, action: FramesRoutes.Milestone(project.Id, milestone.Id));
        var (changed, _) = await browser.SubmitAsync(FramesRoutes.Milestone(project.Id, milestone.Id), new() { ["Input.Title"] = "Oppstartsmøte", ["Input.Date"] = "2027-03-04" }, action: FramesRoutes.Milestone(project.Id, milestone.Id));
        var title = (await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().SingleAsync(m => m.Id == milestone.Id))).Title;
        var (deleted, _) = await browser.SubmitAsync(FramesRoutes.Milestone(project.Id, milestone.Id), [], action: "handler=Delete");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("«Tittel» kan ha høyst 200 tegn.", FieldError(refusedPage, "Input_Title"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Oppstartsmøte", title);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Milestones.IgnoreQueryFilters().CountAsync(m => m.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_scope_item_and_an_uncertainty_are_changed_on_their_own_pages()
    {
        var (admin, project, browser) = await ProjectAsync();
        var item = await App.Arrange.ScopeItemAsync(project, open: true, "Åpningstider", reason: "");
        var uncertainty = await App.Arrange.UncertaintyAsync(project, admin, text: "Regn");

        var (scopeChanged, _) = await browser.SubmitAsync(FramesRoutes.ScopeItem(project.Id, item.Id), new() { ["Input.Text"] = "Åpningstider", ["Input.Open"] = "false", ["Input.Reason"] = "Avtale med tillitsvalgte" }, action: FramesRoutes.ScopeItem(project.Id, item.Id));
        var (closed, _) = await browser.SubmitAsync(FramesRoutes.Uncertainty(project.Id, uncertainty.Id), new() { ["Input.Text"] = "Regn", ["Input.Likelihood"] = "low", ["Input.Consequence"] = "medium", ["Input.OwnerId"] = admin.Id, ["Input.Status"] = "closed" }, action: FramesRoutes.Uncertainty(project.Id, uncertainty.Id));

        Assert.Equal(HttpStatusCode.Redirect, scopeChanged.StatusCode);
        Assert.False((await App.WithDbAsync(db => db.ScopeItems.IgnoreQueryFilters().SingleAsync(i => i.Id == item.Id))).Open);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(UncertaintyStatus.Closed, (await App.WithDbAsync(db => db.Uncertainties.IgnoreQueryFilters().SingleAsync(u => u.Id == uncertainty.Id))).Status);
    }

    [Fact]
    public async Task An_archived_projects_frames_are_shown_without_forms_and_refuse_changes()
    {
        var (_, project, browser) = await ProjectAsync(archived: true);
        var milestone = await App.Arrange.MilestoneAsync(project, new DateOnly(2027, 3, 3), "Arkivert");
        var token = await browser.AntiforgeryTokenAsync();

        var (shown, page) = await browser.GetPageAsync(FramesRoutes.Frames(project.Id));
        var (added, _) = await browser.PostAsync(FramesRoutes.AddMilestone(project.Id), new() { ["NewMilestone.Title"] = "Ny", ["NewMilestone.Date"] = "2027-01-01" }, token);
        var (edit, _) = await browser.GetPageAsync(FramesRoutes.Milestone(project.Id, milestone.Id));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Contains("Arkivert", page.QuerySelector("[data-testid=milestones]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, added.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task The_milestone_form_says_so_when_the_project_has_200()
    {
        var (_, project, browser) = await ProjectAsync();
        await App.WithDbAsync(async db =>
        {
            db.Milestones.AddRange(Enumerable.Range(0, FramesLimits.Milestones).Select(i => new Milestone { OrganizationId = project.OrganizationId, ProjectId = project.Id, Title = $"M{i}", Date = new DateOnly(2027, 1, 1) }));
            return await db.SaveChangesAsync();
        });

        var (response, page) = await browser.SubmitAsync(FramesRoutes.Frames(project.Id), new() { ["NewMilestone.Title"] = "Én for mye", ["NewMilestone.Date"] = "2027-01-01" }, action: "handler=AddMilestone");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("grensen på 200 milepæler", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_the_phase_dates_budget_next_milestone_and_open_uncertainties()
    {
        var (admin, project, browser) = await ProjectAsync();
        var today = NorwegianTime.Today(App.Clock);
        await App.Arrange.MilestoneAsync(project, today.AddDays(3), "Verksted");
        await App.Arrange.BudgetAsync(project, plannedHours: 10, usedHours: 12);
        await App.Arrange.UncertaintyAsync(project, admin, Level.High, Level.High);
        await App.Arrange.UncertaintyAsync(project, admin);
        await App.Arrange.UncertaintyAsync(project, admin, status: UncertaintyStatus.Closed);

        var (_, page) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));

        var section = page.QuerySelector("[data-testid=frames-section]")!;
        Assert.Equal("Nå: Initiering (fase 1 av 6)", section.QuerySelector("[data-testid=section-phase]")!.TextContent);
        Assert.Contains("Verksted", section.QuerySelector("[data-testid=section-next-milestone]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 brukt av 10", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Over planen", section.TextContent, StringComparison.Ordinal);
        var uncertainties = section.QuerySelector("[data-testid=section-uncertainties]")!.TextContent;
        Assert.Contains("2 åpne", uncertainties, StringComparison.Ordinal);
        Assert.Contains("1 høy og høy", uncertainties, StringComparison.Ordinal);
        Assert.Equal(FramesRoutes.Frames(project.Id), section.QuerySelector("a")!.GetAttribute("href"));
    }
}
