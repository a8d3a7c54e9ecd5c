using System.Net;
using System.Text.Json;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Veivalg;

public sealed class ApproachDecisionTests(Apps apps)
{
    private static async Task<Guid> CreateProjectAsync(SamskapFactory app, Samskap.Web.Features.Account.AppUser owner, Guid organizationId) =>
        (await app.Arrange.ProjectAsync(organizationId, owner, "Ensomhet blant unge")).Id;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Decisions_are_saved_with_their_rationale_and_never_overwritten(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin, organization.Id);
        const string coCreation = "knowledgeExists=no&newKnowledgeNeeded=yes&othersHoldKnowledge=yes&expertOrRegulated=no&mandate=yes&openOutcomeAccepted=yes&resourcesSecured=yes";

        var (first, _) = await browser.SubmitAsync($"{VeivalgRoutes.Result(projectId)}?knowledgeExists=yes", new Dictionary<string, string>
        {
            ["knowledgeExists"] = "yes",
            ["Rationale"] = "Forskningen finnes.",
        });
        var (second, _) = await browser.SubmitAsync($"{VeivalgRoutes.Result(projectId)}?{coCreation}",
            coCreation.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]).Concat([KeyValuePair.Create("Rationale", "Ungdommene vet noe vi ikke vet.")]).ToDictionary());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var (_, page) = await browser.GetPageAsync(VeivalgRoutes.Project(projectId));
        var current = page.QuerySelector(".decision-summary")!.TextContent;
        Assert.Contains("Co-creation", current, StringComparison.Ordinal);
        Assert.Contains("Ungdommene vet noe vi ikke vet.", current, StringComparison.Ordinal);
        Assert.Contains(admin.DisplayName, current, StringComparison.Ordinal);
        Assert.Contains("Forskningen finnes.", page.QuerySelector(".decision-history")!.TextContent, StringComparison.Ordinal);

        var json = await browser.Client.GetStringAsync($"/api/v1/projects/{projectId}/approach-decisions");
        var decisions = JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, decisions.GetArrayLength());
        Assert.Equal("co-creation", decisions[0].GetProperty("approach").GetString());
        Assert.Equal("ready", decisions[0].GetProperty("status").GetString());
        Assert.Equal("yes", decisions[0].GetProperty("answers").GetProperty("newKnowledgeNeeded").GetString());
        Assert.Equal("unsure", decisions[0].GetProperty("answers").GetProperty("othersMustAct").GetString());
        Assert.Equal("literature-study", decisions[1].GetProperty("approach").GetString());
        Assert.Equal(["existing-knowledge"], decisions[1].GetProperty("rules").EnumerateArray().Select(r => r.GetString()));

        var (_, overview) = await browser.GetPageAsync(ProjectRoutes.Details(projectId));
        Assert.Contains("Co-creation", overview.QuerySelector("#veivalg-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printable_view_shows_the_answers_reasons_and_promise()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("nn");
        var projectId = await CreateProjectAsync(app, admin, organization.Id);
        await browser.SubmitAsync($"{VeivalgRoutes.Result(projectId)}?improvedByInvolvement=yes&knowledgeExists=no", new Dictionary<string, string>
        {
            ["improvedByInvolvement"] = "yes",
            ["knowledgeExists"] = "no",
            ["Rationale"] = "Me vil høyre dei eldre.",
        });
        var (_, overview) = await browser.GetPageAsync(VeivalgRoutes.Project(projectId));
        var printLink = overview.QuerySelector(".decision-summary a")!.GetAttribute("href")!;

        var (response, print) = await browser.GetPageAsync(printLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = print.QuerySelector("main")!.TextContent;
        Assert.Contains("Medverknad", text, StringComparison.Ordinal);
        Assert.Contains("Me vil høyre dei eldre.", text, StringComparison.Ordinal);
        Assert.Equal(9, print.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task A_bad_answer_or_an_over_long_rationale_saves_nothing()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync("en");
        var projectId = await CreateProjectAsync(app, admin, organization.Id);

        var (badAnswer, badPage) = await browser.GetPageAsync($"{VeivalgRoutes.Result(projectId)}?mandate=perhaps");
        var (tooLong, _) = await browser.SubmitAsync($"{VeivalgRoutes.Result(projectId)}?knowledgeExists=yes", new Dictionary<string, string>
        {
            ["knowledgeExists"] = "yes",
            ["Rationale"] = new string('x', 4001),
        });

        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.StatusCode);
        Assert.Contains("Choose yes, no or don't know.", badPage.QuerySelector(".ds-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("[]", await browser.Client.GetStringAsync($"/api/v1/projects/{projectId}/approach-decisions"));
    }

    [Fact]
    public async Task Anyone_can_try_veivalg_without_signing_in_and_go_back_to_change_answers()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var visitor = Browserless.For(app, "nb");

        var (questions, form) = await visitor.GetPageAsync("/veivalg");
        var (result, page) = await visitor.GetPageAsync("/veivalg/result?knowledgeExists=yes&newKnowledgeNeeded=yes&othersMustAct=yes&expertOrRegulated=yes");
        var backLink = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h!.StartsWith("/veivalg?", StringComparison.Ordinal))!;
        var (_, back) = await visitor.GetPageAsync(backLink);

        Assert.Equal(HttpStatusCode.OK, questions.StatusCode);
        Assert.Equal(27, form.QuerySelectorAll("input[type=radio]").Length);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(["new-knowledge-shared", "expert-or-regulated"], page.QuerySelectorAll("[data-rule]").Select(li => li.GetAttribute("data-rule")));
        Assert.Equal("Medvirkning", page.QuerySelector("#recommended-heading")!.TextContent);
        Assert.NotNull(back.QuerySelector("#expertOrRegulated-yes[checked]"));
        Assert.NotNull(back.QuerySelector("#knowledgeExists-yes[checked]"));
        Assert.Null(back.QuerySelector("#mandate-yes[checked]"));
    }
}
