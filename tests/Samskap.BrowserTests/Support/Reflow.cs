using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

/// <summary>
/// WCAG 2.1 1.4.10 Reflow, measured in the real browser: the page does not scroll sideways, no text
/// is cut off, and every control lies on the screen where it can be tapped. Content that must keep
/// two dimensions (a wide table) may scroll on its own, inside a focusable, labelled region.
/// </summary>
public static class Reflow
{
    // One pass over the page as it is laid out now; the page's and every region's scroll position is put back afterwards.
    private const string Measure =
        """
        () => {
            const root = document.documentElement;
            const screen = root.clientWidth;
            const problems = [];
            const describe = element => {
                let name = element.tagName.toLowerCase();
                if (element.id) name += '#' + element.id;
                if (element.classList.length) name += '.' + [...element.classList].join('.');
                const text = (element.innerText || element.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
                return text ? `${name} "${text}"` : name;
            };
            // Not rendered: hidden, inside a closed disclosure, or only for screen readers.
            const rendered = element => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.ds-sr-only');
            const labelledRegion = element => element.getAttribute('role') === 'region' && element.getAttribute('tabindex') === '0'
                && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'));

            // Elements that scroll or clip sideways: a scrolling one must be a focusable, labelled region; a clipping one
            // cuts text off. Form fields scroll their own value, and the screen-reader-only text is clipped on purpose.
            const regions = [];
            for (const element of document.body.querySelectorAll('*')) {
                if (element.matches('input, select, textarea') || element.clientWidth <= 1 || element.scrollWidth <= element.clientWidth + 1 || !rendered(element)) continue;
                const overflow = getComputedStyle(element).overflowX;
                if (overflow === 'auto' || overflow === 'scroll') {
                    if (labelledRegion(element)) regions.push(element);
                    else problems.push(`${describe(element)} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px) but is not a focusable, labelled region`);
                } else if (overflow === 'hidden' || overflow === 'clip') {
                    problems.push(`${describe(element)} cuts off its content (${element.scrollWidth} px in ${element.clientWidth} px)`);
                }
            }
            const inRegion = element => regions.some(region => region.contains(element));

            if (root.scrollWidth > screen) {
                // Boxes reaching past the screen, and boxes whose text runs out of them (a long word, say).
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(element => rendered(element) && !inRegion(element) && !element.matches('.ds-skip-link')
                        && (element.getBoundingClientRect().right + window.scrollX > screen + 1 || element.scrollWidth > element.clientWidth + 1));
                const innermost = wide.filter(element => !wide.some(other => other !== element && element.contains(other)));
                problems.push(`the page is ${root.scrollWidth} px wide on a ${screen} px screen; too wide: ${innermost.slice(0, 6).map(describe).join(', ')}`);
            }

            // Tags, cells and controls whose own content is wider than they are.
            const textEntry = ['text', 'email', 'url', 'search', 'password', 'tel', 'number', 'date'];
            for (const element of document.body.querySelectorAll('.ds-tag, td, th, button, .ds-button, select, input, summary, label')) {
                if (!rendered(element) || inRegion(element) || element.clientWidth === 0) continue;
                if (element.matches('input') && textEntry.includes(element.type)) continue;
                if (element.scrollWidth > element.clientWidth + 1) {
                    problems.push(`${describe(element)} is narrower than its content (${element.scrollWidth} px in ${element.clientWidth} px)`);
                }
            }

            // Every control lies on the screen and is what a tap at its middle reaches.
            const scrolled = [window.scrollX, window.scrollY];
            const regionScroll = regions.map(region => region.scrollLeft);
            for (const control of document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')) {
                if (!rendered(control) || control.closest('.ds-skip-link, .ds-sr-only')) continue;
                const box = control.getBoundingClientRect();
                if (box.width < 1 || box.height < 1) continue;
                if (!inRegion(control) && (box.left + window.scrollX < -1 || box.right + window.scrollX > screen + 1)) {
                    problems.push(`${describe(control)} is off the screen (${Math.round(box.left + window.scrollX)}–${Math.round(box.right + window.scrollX)} px)`);
                    continue;
                }
                control.scrollIntoView({ block: 'center', inline: 'nearest' });
                const part = control.getClientRects()[0];
                const hit = document.elementFromPoint(part.left + part.width / 2, part.top + part.height / 2);
                const reached = hit && (control.contains(hit) || [...(control.labels ?? [])].some(label => label.contains(hit)));
                if (!reached) problems.push(`${describe(control)} cannot be tapped: ${hit ? describe(hit) : 'nothing'} lies on top of it`);
            }
            regions.forEach((region, index) => region.scrollLeft = regionScroll[index]);
            window.scrollTo(scrolled[0], scrolled[1]);
            return problems;
        }
        """;

    /// <summary>What keeps the page as it is laid out now from reflowing; empty when it fits.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>(Measure);

    /// <summary>Asserts the page fits its screen, naming everything that does not.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var problems = await ProblemsAsync(page);
        Assert.True(problems.Count == 0, $"{page.Url} does not fit its {page.ViewportSize?.Width} px screen:\n- " + string.Join("\n- ", problems));
    }
}
