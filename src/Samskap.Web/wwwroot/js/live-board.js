// The facilitator's board, live. Every button is a plain form without this file. With it, the board
// watches the session through the hub and fetches itself again when something changes, at most once
// a second, keeping focus on the control that had it.
document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('[data-live-board-root]');
    const announcer = document.querySelector('[data-live-announce]');
    if (!root || !window.signalR) {
        return;
    }

    // What each field of the board held when it was shown, to tell what the facilitator has changed since.
    const fields = () => root.querySelectorAll('input[type="text"], input[type="number"], textarea, select');
    let shown = new Map();
    const remember = () => { shown = new Map([...fields()].map(field => [field, field.value])); };
    remember();

    // Not while the facilitator is writing in the board's forms: what they typed or chose would be lost.
    const busy = () => {
        const editing = root.contains(document.activeElement) && document.activeElement.matches('input[type="text"], input[type="number"], textarea, select');
        const changed = [...fields()].some(field => field.value !== shown.get(field));
        const adding = root.querySelector('details[open]') !== null;
        return editing || changed || adding;
    };

    let timer = null;
    const refresh = () => {
        if (timer) {
            return;
        }

        timer = window.setTimeout(async () => {
            timer = null;
            if (busy()) {
                refresh();
                return;
            }

            const response = await fetch(root.dataset.boardUrl, { credentials: 'same-origin' });
            if (!response.ok) {
                return;
            }

            const board = await response.text();
            // The facilitator may have started on a form while the board was on its way.
            if (busy()) {
                refresh();
                return;
            }

            const focused = document.activeElement?.closest('form')?.querySelector('button')?.textContent;
            root.innerHTML = board;
            remember();
            if (focused) {
                [...root.querySelectorAll('form button')].find(button => button.textContent === focused)?.focus();
            }

            announcer.textContent = '';
            window.setTimeout(() => { announcer.textContent = announcer.dataset.textUpdated; }, 50);
        }, 1000);
    };

    const connection = new window.signalR.HubConnectionBuilder().withUrl(root.dataset.hub).withAutomaticReconnect().build();
    for (const event of ['ContributionAdded', 'ContributionChanged', 'ContributionRemoved', 'ActivityChanged', 'ResultsRevealed', 'CountsChanged']) {
        connection.on(event, refresh);
    }

    const start = async () => {
        try {
            await connection.start();
            await connection.invoke('WatchSession', root.dataset.session);
        } catch {
            window.setTimeout(start, 5000);
        }
    };

    connection.onreconnected(() => connection.invoke('WatchSession', root.dataset.session).then(refresh));
    start();
});
