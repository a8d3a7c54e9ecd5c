using System.Text.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Projects;

public sealed class ProjectTests(Apps apps)
{
    private static Dictionary<string, string> Form(string title, string ownerId, string challenge = "Unge i bydelen er ensomme.", string status = "Planning") => new()
    {
        ["Input.Title"] = title,
        ["Input.Challenge"] = challenge,
        ["Input.OwnerUserId"] = ownerId,
        ["Input.Status"] = status,
    };

    [Fact]
    public async Task A_member_creates_lists_edits_archives_and_restores_a_project()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();

        var (created, _) = await browser.SubmitAsync(ProjectRoutes.New, Form("Møteplasser for unge", admin.Id));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var projectUrl = created.Headers.Location!.OriginalString;
        var (_, list) = await browser.GetPageAsync(ProjectRoutes.List);
        Assert.Contains(list.QuerySelectorAll("table a"), a => a.TextContent == "Møteplasser for unge" && a.GetAttribute("href") == projectUrl);

        var (edited, _) = await browser.SubmitAsync($"{projectUrl}/edit", Form("Møteplasser for ungdom", admin.Id, "Ny beskrivelse.", "Active"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var (_, details) = await browser.GetPageAsync(projectUrl);
        Assert.Equal("Møteplasser for ungdom", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Ny beskrivelse.", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (archived, _) = await browser.SubmitAsync(projectUrl, [], action: "handler=Archive");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var (_, activeList) = await browser.GetPageAsync(ProjectRoutes.List);
        Assert.DoesNotContain(activeList.QuerySelectorAll("table a"), a => a.GetAttribute("href") == projectUrl);
        var (_, archivedList) = await browser.GetPageAsync("/projects?archived=true");
        Assert.Contains(archivedList.QuerySelectorAll("table a"), a => a.GetAttribute("href") == projectUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"{projectUrl}/edit")).StatusCode);

        await browser.SubmitAsync(projectUrl, [], action: "handler=Restore");
        var stored = await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().SingleAsync(p => p.OrganizationId == organization.Id));
        Assert.Null(stored.ArchivedAt);
        Assert.Equal(ProjectStatus.Active, stored.Status);
        Assert.Equal(admin.Id, stored.OwnerUserId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_long_list_is_shown_fifty_projects_a_page(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        await app.WithDbAsync(async db =>
        {
            db.Projects.AddRange(Enumerable.Range(1, 60).Select(n => new Project
            {
                OrganizationId = organization.Id,
                Title = $"Prosjekt {n:00}",
                OwnerUserId = admin.Id,
            }));
            return await db.SaveChangesAsync();
        });

        var (_, first) = await browser.GetPageAsync(ProjectRoutes.List);
        var (_, second) = await browser.GetPageAsync("/projects?p=2");
        var (beyond, _) = await browser.GetPageAsync("/projects?p=3");
        var (notANumber, _) = await browser.GetPageAsync("/projects?p=abc");

        Assert.Equal(50, first.QuerySelectorAll("table.project-table tbody tr").Length);
        Assert.Equal("Showing 1–50 of 60 projects", first.QuerySelector("table.project-table caption")!.TextContent);
        Assert.Equal("Prosjekt 01", first.QuerySelector("table.project-table tbody tr a")!.TextContent);
        Assert.Equal("page", first.QuerySelector(".ds-pagination a[href='/projects']")!.GetAttribute("aria-current"));
        Assert.Equal(["Prosjekt 51", "Prosjekt 52", "Prosjekt 53", "Prosjekt 54", "Prosjekt 55", "Prosjekt 56", "Prosjekt 57", "Prosjekt 58", "Prosjekt 59", "Prosjekt 60"],
            second.QuerySelectorAll("table.project-table tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.Equal("Showing 51–60 of 60 projects", second.QuerySelector("table.project-table caption")!.TextContent);
        Assert.Equal(ProjectRoutes.List, beyond.Headers.Location!.OriginalString);
        Assert.Equal(ProjectRoutes.List, notANumber.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_input_is_explained_and_the_saved_project_is_kept()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var (stranger, _) = await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app, "en");
        await browser.SignInAsync(admin.Email!);
        var (created, _) = await browser.SubmitAsync(ProjectRoutes.New, Form("Kept title", admin.Id));
        var projectUrl = created.Headers.Location!.OriginalString;

        var (emptyTitle, page) = await browser.SubmitAsync($"{projectUrl}/edit", Form("  ", admin.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyTitle.StatusCode);
        Assert.Contains("Enter a title.", page.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);

        var (tooLong, longPage) = await browser.SubmitAsync($"{projectUrl}/edit", Form(new string('a', Project.TitleMaxLength + 1), admin.Id, new string('b', Project.ChallengeMaxLength + 1)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("The title is too long. At most 200 characters.", longPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The description of the challenge is too long. At most 10,000 characters.", longPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('a', Project.TitleMaxLength + 1), longPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);

        var (foreignOwner, ownerPage) = await browser.SubmitAsync($"{projectUrl}/edit", Form("New title", stranger.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignOwner.StatusCode);
        Assert.Contains("Choose an owner who belongs to the organisation.", ownerPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);

        var (badStatus, _) = await browser.SubmitAsync($"{projectUrl}/edit", Form("New title", admin.Id, status: "Exploded"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);

        var stored = await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().SingleAsync(p => p.OrganizationId == organization.Id));
        Assert.Equal("Kept title", stored.Title);
        Assert.Equal(admin.Id, stored.OwnerUserId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_api_lists_and_shows_projects_of_the_callers_organisation(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, _, browser) = await app.SignedInAdminAsync();
        var (created, _) = await browser.SubmitAsync(ProjectRoutes.New, Form("Api-prosjekt", admin.Id));
        var id = created.Headers.Location!.OriginalString.Split('/').Last();

        var list = await browser.Client.GetStringAsync("/api/v1/projects");
        var one = await browser.Client.GetStringAsync($"/api/v1/projects/{id}");

        Assert.Contains("\"title\":\"Api-prosjekt\"", list, StringComparison.Ordinal);
        Assert.Contains($"\"id\":\"{id}\"", one, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Planning\"", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_the_people_of_a_project_with_the_owner_as_leader_and_their_project_roles()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin, "Folk i prosjektet");
        var facilitator = await app.Arrange.MemberAsync(organization.Id, displayName: "Frida Fasilitator");
        await app.Arrange.ProjectPersonAsync(project, facilitator, ProjectRole.Facilitator);
        await app.Arrange.MemberAsync(organization.Id, displayName: "Ikke med");

        using var people = JsonDocument.Parse(await browser.Client.GetStringAsync(ProjectRoutes.ApiPeople(project.Id)));

        var listed = people.RootElement.EnumerateArray().Select(p => (p.GetProperty("id").GetString(), p.GetProperty("role").GetString())).ToList();
        Assert.Equal([(admin.Id, "leader"), (facilitator.Id, "facilitator")], listed);
    }

    [Fact]
    public async Task Signed_out_callers_are_sent_to_sign_in_and_the_api_answers_401()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var browser = Browserless.For(app);

        var page = await browser.Client.GetAsync(ProjectRoutes.New);
        var api = await browser.Client.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
