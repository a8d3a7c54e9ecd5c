// The agenda builder, enhanced: every agenda form still posts as a plain form without this file.
// With it, the same posts go by fetch, the server answers with the agenda alone, and the page swaps
// it in, moves focus back to the button that was used, and says the new position in the live region.
// Blocks can also be dragged (SortableJS); the buttons stay as the keyboard and single-pointer way.
document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('[data-agenda-root]');
    const status = document.getElementById('agenda-status');
    const section = root?.closest('section');
    if (!root || !status || !section) {
        return;
    }

    const token = () => section.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';

    const announce = text => {
        // Emptied first, so the same sentence twice in a row is still read out.
        status.textContent = '';
        if (text) {
            window.setTimeout(() => { status.textContent = text; }, 50);
        }
    };

    const swap = (html, focusKey) => {
        root.innerHTML = html;
        const agenda = root.querySelector('.agenda');
        const version = agenda?.dataset.agendaVersion;
        if (version) {
            section.querySelectorAll('[data-agenda-version-field]').forEach(field => { field.value = version; });
        }

        announce(agenda?.dataset.announce);
        if (focusKey) {
            const target = root.querySelector(`[data-focus-key="${focusKey}"]`)
                ?? root.querySelector(`[data-focus-key$="${focusKey.slice(focusKey.indexOf('-') + 1)}"]`);
            target?.focus();
        }

        setUpDragging();
    };

    const send = async (url, body, focusKey) => {
        const response = await fetch(url, {
            method: 'POST',
            body,
            credentials: 'same-origin',
            headers: { 'X-Agenda': 'fragment' },
        });
        const type = response.headers.get('content-type') ?? '';
        if (!type.includes('text/html') || response.status >= 500 || response.redirected) {
            throw new Error(`Agenda answer ${response.status}`);
        }

        swap(await response.text(), focusKey);
    };

    section.addEventListener('submit', async event => {
        const form = event.target.closest('form[data-agenda-form]');
        if (!form) {
            return;
        }

        event.preventDefault();
        const submitter = event.submitter;
        const body = new FormData(form, submitter);
        const url = submitter?.getAttribute('formaction') ?? form.getAttribute('action');
        const focusKey = submitter?.dataset.focusKey;
        try {
            await send(url, body, focusKey === 'remove' ? null : focusKey);
            if (focusKey === 'remove' || focusKey === 'add-method') {
                (focusKey === 'add-method' ? submitter : root.querySelector('h3, [data-testid="agenda-empty"]'))?.focus();
            }
        } catch {
            // Whatever went wrong, the plain post still works.
            if (submitter?.getAttribute('formaction')) {
                form.setAttribute('action', submitter.getAttribute('formaction'));
            }

            form.removeAttribute('data-agenda-form');
            form.requestSubmit(submitter);
        }
    });

    let sortable = null;
    function setUpDragging() {
        const list = root.querySelector('[data-agenda-list]');
        sortable?.destroy();
        sortable = null;
        if (!list || typeof window.Sortable === 'undefined') {
            return;
        }

        list.querySelectorAll('[data-drag-handle]').forEach(handle => { handle.hidden = false; });
        sortable = window.Sortable.create(list, {
            handle: '[data-drag-handle]',
            animation: 150,
            onEnd: async event => {
                if (event.oldIndex === event.newIndex) {
                    return;
                }

                const body = new FormData();
                body.append('__RequestVerificationToken', token());
                body.append('Version', root.querySelector('.agenda')?.dataset.agendaVersion ?? '');
                body.append('BlockId', event.item.dataset.blockId);
                list.querySelectorAll('[data-block-id]').forEach(item => body.append('Order', item.dataset.blockId));
                try {
                    await send(root.dataset.reorderUrl, body, null);
                } catch {
                    window.location.reload();
                }
            },
        });
    }

    setUpDragging();
});
