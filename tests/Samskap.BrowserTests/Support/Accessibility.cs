using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

/// <summary>WCAG 2.1 AA, checked by axe-core in the real browser: the bar the law sets for Norwegian public-sector web solutions.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions _wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are reported in full; passes and the rest shrink to one node per rule, which keeps each run short.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Runs axe on the page as it is now and fails with every violation spelled out.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(_wcag21AA);

        // No passing rule either would mean axe never ran (for instance, blocked by the page's CSP).
        Assert.True(result.Passes.Length > 0 || result.Violations.Length > 0, $"axe checked no rule at all on {page.Url}.");
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine($"axe found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            report.AppendLine($"  {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"  * {node.Target}: {node.Html}");
                // What axe's checks said about this element: the reason it fails.
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    report.AppendLine($"    {check.Message}");
                }
            }
        }

        Assert.Fail(report.ToString());
    }
}
