using Microsoft.Playwright;

namespace Samskap.BrowserTests.Support;

/// <summary>
/// Someone who uses the keyboard alone: Tab, typing, Enter and Space. Nothing here clicks or fills
/// a locator; what has focus is read from document.activeElement.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    public Task TabAsync() => page.Keyboard.PressAsync("Tab");

    public Task EnterAsync() => page.Keyboard.PressAsync("Enter");

    public Task SpaceAsync() => page.Keyboard.PressAsync("Space");

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    /// <summary>The focused element's id ("" when it has none).</summary>
    public Task<string> FocusedIdAsync() => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    /// <summary>The focused element's visible text (or value), trimmed.</summary>
    public Task<string> FocusedTextAsync() =>
        page.EvaluateAsync<string>("() => (document.activeElement?.innerText || document.activeElement?.value || '').trim()");

    /// <summary>Presses Tab once and asserts that focus lands on the element with this id.</summary>
    public async Task TabToAsync(string expectedId)
    {
        await TabAsync();
        Assert.Equal(expectedId, await FocusedIdAsync());
        await AssertFocusVisibleAsync();
    }

    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/>, at most
    /// <paramref name="maxPresses"/> times: a way through the header whose length depends on who is signed in.
    /// </summary>
    public async Task TabUntilAsync(string selector, int maxPresses = 20)
    {
        for (var presses = 0; presses < maxPresses; presses++)
        {
            await TabAsync();
            if (await page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector))
            {
                await AssertFocusVisibleAsync();
                return;
            }
        }

        Assert.Fail($"{maxPresses} presses of Tab never reached {selector} on {page.Url}; focus ended on #{await FocusedIdAsync()} \"{await FocusedTextAsync()}\".");
    }

    /// <summary>A skip link is hidden until it has focus; its focus indicator is that it appears.</summary>
    public async Task AssertSkipLinkShownAsync(string text)
    {
        Assert.Equal(text, await FocusedTextAsync());
        var size = await page.EvaluateAsync<double[]>(
            "() => { const box = document.activeElement.getBoundingClientRect(); return [box.width, box.height]; }");
        Assert.True(size[0] > 20 && size[1] > 10, $"The focused skip link is not shown: it is {size[0]}×{size[1]} px.");
    }

    /// <summary>
    /// WCAG 2.4.7: whatever has keyboard focus shows it — an outline or a ring drawn with box-shadow,
    /// on the element or, for Designsystemet's radios and checkboxes, on the .ds-field around it.
    /// </summary>
    public async Task AssertFocusVisibleAsync()
    {
        var visible = await page.EvaluateAsync<bool>(
            """
            () => {
                const element = document.activeElement;
                if (!element || element === document.body) return false;
                const ring = candidate => {
                    if (!candidate) return false;
                    const style = getComputedStyle(candidate);
                    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                    return outline || style.boxShadow !== 'none';
                };
                const toggle = element.matches('input[type=radio], input[type=checkbox]');
                return ring(element) || (toggle && ring(element.closest('.ds-field')));
            }
            """);
        Assert.True(visible, $"The focused element #{await FocusedIdAsync()} \"{await FocusedTextAsync()}\" on {page.Url} shows no focus indicator.");
    }
}
