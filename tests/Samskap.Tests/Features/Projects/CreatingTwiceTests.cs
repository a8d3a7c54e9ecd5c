using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using static Samskap.Tests.Features.Readiness.ReadinessFlow;

namespace Samskap.Tests.Features.Projects;

/// <summary>
/// Every form that creates something, posted again as people do: Back and submit (the same form a
/// second time, after the first answered) and a double click (both posts at once).
/// </summary>
public sealed class CreatingTwiceTests(Apps apps)
{
    private static Dictionary<string, string> NewProject(string title, string ownerId) => new()
    {
        ["Input.Title"] = title,
        ["Input.Challenge"] = "Eldre i bygda møter få andre.",
        ["Input.OwnerUserId"] = ownerId,
        ["Input.Status"] = "Planning",
    };

    [Fact]
    public async Task Going_back_after_creating_a_project_and_submitting_again_shows_the_same_project()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var form = await browser.FormAsync(ProjectRoutes.New);

        var (first, _) = await form.PostAsync(NewProject("Møteplass på bygda", admin.Id));
        var (again, _) = await form.PostAsync(NewProject("Møteplass på bygda", admin.Id));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == organization.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_double_click_on_create_project_creates_one_project(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var form = await browser.FormAsync(ProjectRoutes.New);

        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => form.PostAsync(NewProject("Dobbeltklikk", admin.Id))));

        Assert.All(posts, post => Assert.Equal(HttpStatusCode.Redirect, post.Response.StatusCode));
        Assert.Single(posts.Select(post => post.Response.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task A_new_form_creates_a_new_project_even_with_the_same_title()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();

        await browser.SubmitAsync(ProjectRoutes.New, NewProject("Samme navn", admin.Id));
        await browser.SubmitAsync(ProjectRoutes.New, NewProject("Samme navn", admin.Id));

        Assert.Equal(2, await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == organization.Id)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Reloading_or_double_clicking_make_invitation_link_makes_one_live_link(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (_, organization, browser) = await app.SignedInAdminAsync();
        var fields = new Dictionary<string, string> { ["Invite.Note"] = "Kari", ["Invite.Role"] = "Member" };
        var form = await browser.FormAsync(OrganizationRoutes.Members, action: "handler=Invite");

        var clicks = await Task.WhenAll(form.PostAsync(fields), form.PostAsync(fields));
        var (resubmitted, _) = await form.PostAsync(fields);
        var (reloaded, _) = await browser.GetPageAsync(OrganizationRoutes.Members);

        Assert.All(clicks, click => Assert.Equal(HttpStatusCode.Redirect, click.Response.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganizationId == organization.Id)));
    }

    [Fact]
    public async Task The_invitation_link_is_shown_once_after_the_redirect_and_not_in_the_address()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, browser) = await app.SignedInAdminAsync();

        var (created, _) = await browser.SubmitAsync(OrganizationRoutes.Members, new Dictionary<string, string> { ["Invite.Note"] = "Kari", ["Invite.Role"] = "Member" }, action: "handler=Invite");
        var (_, shown) = await browser.GetPageAsync(created.Headers.Location!.OriginalString);
        var (_, again) = await browser.GetPageAsync(OrganizationRoutes.Members);

        Assert.Equal(OrganizationRoutes.Members, created.Headers.Location!.OriginalString);
        Assert.Contains("/invitations/", shown.QuerySelector("#invitation-link")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#invitation-link"));
    }

    [Fact]
    public async Task Submitting_the_new_round_form_again_leads_to_the_round_already_started()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var form = await browser.FormAsync(ReadinessRoutes.NewRound(project.Id));
        var dates = new Dictionary<string, string> { ["Input.OpensOn"] = Date(0), ["Input.ClosesOn"] = Date(14) };

        var (first, _) = await form.PostAsync(dates);
        var (again, _) = await form.PostAsync(dates);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(again.Headers.Location!.OriginalString, first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReadinessRounds.IgnoreQueryFilters().CountAsync(r => r.ProjectId == project.Id)));
    }

    [Fact]
    public async Task Saving_a_veivalg_decision_twice_from_the_same_form_saves_one()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var query = string.Join("&", ApproachRules.Questions.Select(question => $"{question}=yes"));
        var form = await browser.FormAsync($"{VeivalgRoutes.Result(project.Id)}?{query}");

        var (first, _) = await form.PostAsync(new Dictionary<string, string> { ["Rationale"] = "Vi trenger innbyggernes kunnskap." });
        var (again, _) = await form.PostAsync(new Dictionary<string, string> { ["Rationale"] = "Vi trenger innbyggernes kunnskap." });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.ApproachDecisions.IgnoreQueryFilters().CountAsync(d => d.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_double_click_on_create_account_and_join_lands_where_the_first_click_went()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (_, _, admin) = await app.SignedInAdminAsync();
        var (created, _) = await admin.SubmitAsync(OrganizationRoutes.Members, new Dictionary<string, string> { ["Invite.Note"] = "Ola", ["Invite.Role"] = "Member" }, action: "handler=Invite");
        var (_, shown) = await admin.GetPageAsync(created.Headers.Location!.OriginalString);
        var link = new Uri(shown.QuerySelector("#invitation-link")!.TextContent.Trim()).PathAndQuery;
        using var newcomer = Browserless.For(app);
        var form = await newcomer.FormAsync(link, action: "handler=Register");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Ola Nykommer",
            ["Input.Email"] = $"ola-{Guid.NewGuid():N}@example.no",
            ["Input.Password"] = "ola sin lange passordsetning",
        };

        var clicks = await Task.WhenAll(form.PostAsync(fields), form.PostAsync(fields));

        Assert.All(clicks, click => Assert.Equal(HttpStatusCode.Redirect, click.Response.StatusCode));
        Assert.Single(clicks.Select(click => click.Response.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == fields["Input.Email"])));
    }
}
