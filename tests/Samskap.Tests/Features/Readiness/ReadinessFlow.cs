using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Readiness;

/// <summary>The steps a team takes in readiness tests, done through the pages as a user would.</summary>
internal static class ReadinessFlow
{
    public static string Date(int daysFromToday) =>
        NorwegianTime.Today(TimeProvider.System).AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A project owned by the given person, in their (first) organisation; arranged, not made through the form.</summary>
    public static async Task<Guid> CreateProjectAsync(SamskapFactory app, AppUser owner, string title = "Aktive eldre i Skien")
    {
        var organizationId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == owner.Id).Select(m => m.OrganizationId).FirstAsync());
        var project = await app.Arrange.ProjectAsync(organizationId, owner, title);
        return project.Id;
    }

    /// <summary>Starts a round through the form; returns the round page's address and the invitation link's path.</summary>
    public static async Task<(string RoundPage, string AnswerLink)> StartRoundAsync(Browserless browser, Guid projectId, int opensIn = 0, int closesIn = 14)
    {
        var (started, page) = await browser.SubmitAsync(ReadinessRoutes.NewRound(projectId), new Dictionary<string, string>
        {
            ["Input.OpensOn"] = Date(opensIn),
            ["Input.ClosesOn"] = Date(closesIn),
        });
        if (started.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Starting a round answered {started.StatusCode}: {page.QuerySelector(".ds-error-summary")?.TextContent}");
        }

        var roundPage = started.Headers.Location!.OriginalString;
        var (_, round) = await browser.GetPageAsync(roundPage);
        var link = round.QuerySelector("#invitation-link")!.TextContent.Trim();
        return (roundPage.Split('?')[0], new Uri(link).AbsolutePath);
    }

    /// <summary>Answers every step of a round; the answer to each statement comes from <paramref name="answer"/> ("1"…"5" or "?").</summary>
    public static async Task AnswerAllAsync(Browserless browser, string answerLink, Func<Statement, string> answer)
    {
        foreach (var step in ReadinessStatements.Steps)
        {
            var (saved, page) = await browser.SubmitAsync($"{answerLink}/{step}",
                ReadinessStatements.InStep(step).ToDictionary(statement => statement.Id, answer));
            if (saved.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Saving step {step} answered {saved.StatusCode}: {page.QuerySelector(".ds-error-summary")?.TextContent}");
            }
        }
    }

    public static async Task<Browserless> SignedInMemberAsync(SamskapFactory app, Guid organizationId, string? culture = null, string? displayName = null)
    {
        var member = await app.AddMemberAsync(organizationId, displayName: displayName);
        var browser = Browserless.For(app, culture);
        await browser.SignInAsync(member.Email!);
        return browser;
    }
}
