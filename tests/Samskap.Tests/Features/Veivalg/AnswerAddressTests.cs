using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Features.Veivalg;

/// <summary>An address edited by hand with an answer the page does not offer is explained in the reader's words.</summary>
public sealed class AnswerAddressTests(Apps apps)
{
    private static readonly string[] _internalWords = ["perhaps", "maybe", "knowledgeExists", "q-mandate", "unsure"];

    [Theory]
    [InlineData("nb",
        "Svaret på spørsmål 1 («Finnes kunnskapen dere trenger allerede?») kan ikke brukes. Velg ja, nei eller vet ikke.",
        "Svaret på spørsmål 7 («Har dere mandat og rom til å endre løsningen etter det som kommer fram?») kan ikke brukes. Velg ja, nei eller vet ikke.")]
    [InlineData("nn",
        "Svaret på spørsmål 1 («Finst kunnskapen de treng allereie?») kan ikkje brukast. Vel ja, nei eller veit ikkje.",
        "Svaret på spørsmål 7 («Har de mandat og rom til å endre løysinga etter det som kjem fram?») kan ikkje brukast. Vel ja, nei eller veit ikkje.")]
    [InlineData("en",
        "The answer to question 1 (“Does the knowledge you need already exist?”) cannot be used. Choose yes, no or don't know.",
        "The answer to question 7 (“Do you have the mandate to change the solution based on the results?”) cannot be used. Choose yes, no or don't know.")]
    public async Task A_bad_answer_in_the_address_names_the_question_and_the_answers_to_choose_from(string language, string first, string seventh)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, member) = await app.SignedInAdminAsync(language);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        using var visitor = Browserless.For(app, language);
        const string answers = "mandate=perhaps&knowledgeExists=maybe&newKnowledgeNeeded=yes";

        foreach (var (browser, url) in new[] { (visitor, $"{VeivalgRoutes.Try}/result?{answers}"), (member, $"{VeivalgRoutes.Result(project.Id)}?{answers}") })
        {
            var (response, page) = await browser.GetPageAsync(url);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var summary = page.QuerySelector(".ds-error-summary")!;
            Assert.Equal([first, seventh], summary.QuerySelectorAll("li").Select(item => item.TextContent.Trim()));
            Assert.All(_internalWords, word => Assert.DoesNotContain(word, summary.InnerHtml, StringComparison.Ordinal));
        }
    }
}
