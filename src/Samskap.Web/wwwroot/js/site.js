// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // After a failed submit, move focus to the error summary so it is read out first.
    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }

    document.querySelectorAll('[data-copy-target]').forEach(setUpCopyButton);
    setUpKeepAnswersOnLanguageSwitch();

    setUpHeaderMenu();
    setUpKlarsprakPage();
    document.querySelectorAll('[data-klarsprak-inline]').forEach(setUpKlarsprakInline);
});

// A copy button (hidden until this script runs, so it never appears without a way to work):
// copies the text beside it and says so in its live region; if the clipboard refuses, it selects the
// text so the person can copy it themselves.
function setUpCopyButton(button) {
    const source = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!source || !status) {
        return;
    }

    button.hidden = false;
    button.addEventListener('click', async () => {
        status.textContent = '';
        try {
            await navigator.clipboard.writeText(source.textContent.trim());
            status.textContent = button.dataset.copied;
        } catch {
            const range = document.createRange();
            range.selectNodeContents(source);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            status.textContent = button.dataset.copyFailed;
        }
    });
}

// A form of answers not yet saved (a readiness step): choosing another language saves the step
// first, and the server brings the same step back in the new language.
function setUpKeepAnswersOnLanguageSwitch() {
    const form = document.querySelector('form[data-keep-answers]');
    const target = form?.querySelector('[data-switch-language]');
    if (!form || !target) {
        return;
    }

    const changed = () => Array.from(form.querySelectorAll('input[type=radio]')).some(input => input.checked !== input.defaultChecked);
    document.querySelectorAll('.language-switcher a[hreflang]').forEach(link => {
        link.addEventListener('click', event => {
            if (!changed()) {
                return;
            }

            event.preventDefault();
            target.value = link.getAttribute('hreflang');
            form.requestSubmit();
        });
    });
}

// The header's menu is a disclosure on narrow screens only: on wide ones it is kept open (its button is hidden by site.css, at the same width).
function setUpHeaderMenu() {
    const menu = document.querySelector('details.site-menu');
    if (!menu) {
        return;
    }

    const wide = window.matchMedia('(min-width: 64em)');
    const follow = () => {
        menu.open = wide.matches;
    };
    follow();
    wide.addEventListener('change', follow);
}

// Runs a function once typing has paused, so the checker is not asked on every key press.
function debounce(action, waitMs) {
    let timer;
    return () => {
        clearTimeout(timer);
        timer = setTimeout(action, waitMs);
    };
}

// Asks a Klarspråk handler for a fresh piece of HTML; null when the text cannot be checked (empty, too long).
async function fetchKlarsprak(handler, fields) {
    const response = await fetch(`/klarsprak?handler=${handler}`, { method: 'POST', body: fields, credentials: 'same-origin' });
    return response.ok ? response.text() : null;
}

// The Klarspråk page: the result follows the text as it is typed, and a live region reads out the summary.
function setUpKlarsprakPage() {
    const form = document.querySelector('form[data-klarsprak-live]');
    const result = document.getElementById('klarsprak-result');
    const status = document.getElementById('klarsprak-status');
    if (!form || !result || !status) {
        return;
    }

    const refresh = debounce(async () => {
        const html = await fetchKlarsprak('Result', new FormData(form));
        if (html === null) {
            return;
        }

        result.innerHTML = html;
        const summary = result.querySelector('[data-summary]');
        status.textContent = summary ? summary.dataset.summary : '';
    }, 600);
    form.addEventListener('input', refresh);
    form.addEventListener('change', refresh);
}

// The inline check under a text field: refreshed with the field's text, in the organisation's written standard.
function setUpKlarsprakInline(box) {
    const field = document.getElementById(box.dataset.for);
    const token = field?.form?.querySelector('input[name="__RequestVerificationToken"]');
    if (!field || !token) {
        return;
    }

    field.addEventListener('input', debounce(async () => {
        const fields = new FormData();
        fields.append('Text', field.value);
        fields.append('Language', box.dataset.language);
        fields.append('__RequestVerificationToken', token.value);
        const html = await fetchKlarsprak('Inline', fields);
        if (html !== null) {
            box.innerHTML = html;
        }
    }, 800));
}

// A print button (hidden until this script runs): opens the browser's print dialog.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-print]').forEach(button => {
        button.hidden = false;
        button.addEventListener('click', () => window.print());
    });
});
