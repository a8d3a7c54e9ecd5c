using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Infrastructure;

/// <summary>Dates and times are written one way per language, in Norwegian time, by DateText alone.</summary>
public sealed partial class DateTextTests
{
    /// <summary>
    /// Formatting that leaves the style to a culture's defaults (12/1/2026 9:30 PM) or writes its own
    /// pattern for people to read. ISO patterns (yyyy-MM-dd…, "O") are for machines and pass.
    /// </summary>
    [GeneratedRegex("""ToShortDateString|ToLongDateString|ToShortTimeString|ToLongTimeString|ToString\("[dDfFgGmMtTyY]"|"(?![^"\n]*yyyy-MM-dd)[^"\n]*(?:MMM|dd\.MM|MM/dd|HH:mm|hh:mm)[^"\n]*"|\{[^{}\n]+:[dDfFgGtT]\}""")]
    private static partial Regex OtherDateFormatting();

    private static IEnumerable<string> Breaches(string file, string text) =>
        text.Split('\n').Select((line, index) => (line, index))
            .Where(pair => OtherDateFormatting().IsMatch(pair.line))
            .Select(pair => $"{file}:{pair.index + 1}: {pair.line.Trim()}");

    [Fact]
    public async Task Dates_and_times_are_written_in_Norwegian_time_in_the_style_of_each_language()
    {
        // 30 November 2026, 23:30 UTC: already 1 December, 00:30, in Oslo.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, clock);
        var (admin, organization) = await app.Arrange.OrganizationAsync();
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);
        var round = await app.Arrange.ReadinessRoundAsync(project, admin);

        foreach (var (language, date, dateAndTime, period) in new[]
        {
            ("nb", "1. des. 2026", "1. desember 2026 kl. 00.30", "1. des. 2026 – 15. des. 2026"),
            ("nn", "1. des. 2026", "1. desember 2026 kl. 00.30", "1. des. 2026 – 15. des. 2026"),
            ("en", "1 Dec 2026", "1 December 2026 at 00:30", "1 Dec 2026 – 15 Dec 2026"),
        })
        {
            using var browser = Browserless.For(app, language);
            await browser.SignInAsync(admin.Email!);

            var (_, list) = await browser.GetPageAsync(ProjectRoutes.List);
            var (_, details) = await browser.GetPageAsync(ProjectRoutes.Details(project.Id));
            var (_, result) = await browser.GetPageAsync(ReadinessRoutes.Round(project.Id, round.Id));

            Assert.Equal(date, list.QuerySelector("main table time")!.TextContent);
            Assert.Equal(dateAndTime, details.QuerySelector("main dl time")!.TextContent);
            Assert.Equal(period, result.QuerySelector("dl.facts dd")!.TextContent);
        }
    }

    [Fact]
    public void No_code_or_view_formats_a_date_but_DateText()
    {
        var breaches = Repository.SourceFiles("*.cs*")
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => Path.GetFileName(file) != "DateText.cs")
            .SelectMany(file => Breaches(Path.GetRelativePath(Repository.WebProject, file), File.ReadAllText(file)))
            .Concat(Repository.SourceFiles("*.resx").SelectMany(file => Breaches(Path.GetFileName(file), File.ReadAllText(file))))
            .ToList();

        Assert.True(breaches.Count == 0, "Write dates with DateText (Infrastructure/Localisation): " + string.Join("; ", breaches));
    }

    [Theory]
    [InlineData("""<td>@project.UpdatedAt.ToShortDateString()</td>""")]
    [InlineData("""var when = local.ToString("g", CultureInfo.CurrentCulture);""")]
    [InlineData("""var day = date.ToString("d. MMM yyyy", culture);""")]
    [InlineData("""<span>@($"{decision.DecidedAt:d}")</span>""")]
    [InlineData("""<value>Lagret {0:g}</value>""")]
    public void The_date_guard_catches_formatting_outside_DateText(string line) =>
        Assert.Single(Breaches("Example.cshtml", line));

    [Theory]
    [InlineData("""<time datetime="@project.UpdatedAt.ToString("O")">@DateText.Date(project.UpdatedAt)</time>""")]
    [InlineData("""public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);""")]
    [InlineData("""public const string Layout = "yyyy-MM-dd HH:mm:ss.FFFFFFF";""")]
    [InlineData("""value.ToString("0.0", CultureInfo.CurrentCulture)""")]
    public void The_date_guard_lets_machine_formats_and_DateText_through(string line) =>
        Assert.Empty(Breaches("Example.cshtml", line));
}
