using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Veivalg;
using static Microsoft.Playwright.Assertions;

namespace Samskap.BrowserTests.Features.Veivalg;

/// <summary>
/// As a team leader who uses the keyboard alone, I answer the nine Veivalg questions for my project
/// in my own language, read the recommendation and save it with our reasons.
/// </summary>
public sealed class KeyboardVeivalgStoryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Question → how many steps down from "yes" the answer is (0 yes, 1 no, 2 don't know).</summary>
    private static readonly (string Question, int Steps)[] _coCreationAnswers =
    [
        ("knowledgeExists", 1), ("improvedByInvolvement", 0), ("newKnowledgeNeeded", 0), ("othersHoldKnowledge", 0),
        ("othersMustAct", 2), ("expertOrRegulated", 1), ("mandate", 0), ("openOutcomeAccepted", 0), ("resourcesSecured", 0),
    ];

    [Theory]
    [InlineData("nb", "Samskaping", "Beslutningen er lagret.")]
    [InlineData("nn", "Samskaping", "Avgjerda er lagra.")]
    [InlineData("en", "Co-creation", "The decision is saved.")]
    public async Task A_leader_walks_the_questions_with_the_keyboard_to_a_saved_decision(string culture, string approach, string saved)
    {
        var (admin, organization) = await app.Factory.CreateOrganizationAsync();
        var projectId = (await app.Factory.Arrange.ProjectAsync(organization.Id, admin, $"Ensomhet blant unge ({culture})")).Id;
        await using var story = await app.StartStoryAsync($"Veivalg-{culture}");
        var page = story.Page;
        var keyboard = new KeyboardUser(page);
        await story.SignInAsync(admin.Email!);

        await page.GotoAsync($"{VeivalgRoutes.Project(projectId)}?culture={culture}");
        await story.CheckPageAsync("veivalg");
        await keyboard.TabUntilAsync($"main a[href='/projects/{projectId}/veivalg/questions']", maxPresses: 30);
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(VeivalgRoutes.Questions(projectId));
        await story.CheckPageAsync("questions");

        foreach (var (question, steps) in _coCreationAnswers)
        {
            // Nothing is chosen yet, so Tab lands on the group's first option; arrows move the choice.
            await keyboard.TabUntilAsync($"#{question}-yes");
            if (steps == 0)
            {
                await keyboard.SpaceAsync();
            }

            for (var step = 0; step < steps; step++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
        }

        await keyboard.TabUntilAsync("form.veivalg-questions button[type=submit]");
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(VeivalgRoutes.Result(projectId));
        await Expect(page.Locator("#recommended-heading")).ToHaveTextAsync(approach);
        Assert.Equal(["new-knowledge-shared"], await page.Locator("[data-rule]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.rule)"));
        Assert.Contains("othersMustAct=unsure", page.Url, StringComparison.Ordinal);
        await story.CheckPageAsync("result");

        await keyboard.TabUntilAsync("#Rationale", maxPresses: 40);
        await keyboard.TypeAsync("Ungdommene vet noe vi ikke vet.");
        await keyboard.TabAsync();
        await keyboard.AssertFocusVisibleAsync();
        await keyboard.EnterAsync();
        await page.WaitForPathAsync(VeivalgRoutes.Project(projectId));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(saved);
        await Expect(page.Locator(".decision-summary").First).ToContainTextAsync(approach);
        await Expect(page.Locator(".decision-summary").First).ToContainTextAsync("Ungdommene vet noe vi ikke vet.");
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await story.CheckPageAsync("saved");
    }

    [Fact]
    public async Task A_visitor_without_an_account_tries_veivalg_and_goes_back_to_change_an_answer()
    {
        await app.Factory.CreateOrganizationAsync();
        await using var story = await app.StartStoryAsync("Veivalg-anonymous");
        var page = story.Page;

        await page.GotoAsync("/veivalg?culture=en");
        await story.CheckPageAsync("questions");
        await page.Locator("#knowledgeExists-yes").CheckAsync();
        await page.Locator("#improvedByInvolvement-yes").CheckAsync();
        await page.Locator("#newKnowledgeNeeded-no").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See the recommendation" }).ClickAsync();
        await page.WaitForPathAsync("/veivalg/result");
        await Expect(page.Locator("#recommended-heading")).ToHaveTextAsync("Participation");
        await Expect(page.Locator("[data-suggestion='literature-first']")).ToBeVisibleAsync();
        await Expect(page.Locator("#promise")).Not.ToBeEmptyAsync();
        await story.CheckPageAsync("result");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change your answers" }).ClickAsync();
        await page.WaitForPathAsync("/veivalg");
        await Expect(page.Locator("#improvedByInvolvement-yes")).ToBeCheckedAsync();
        await Expect(page.Locator("#newKnowledgeNeeded-no")).ToBeCheckedAsync();
    }
}
