// The facilitator's board, live. Every button is a plain form without this file. With it, the board
// watches the session through the hub and fetches itself again when something changes, at most once
// a second, keeping focus on the control that had it.
document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('[data-live-board-root]');
    const announcer = document.querySelector('[data-live-announce]');
    if (!root || !window.signalR) {
        return;
    }

    let timer = null;
    const refresh = () => {
        if (timer) {
            return;
        }

        timer = window.setTimeout(async () => {
            timer = null;
            // Not while the facilitator is writing in the board's form: their text would be lost.
            if (root.contains(document.activeElement) && document.activeElement.matches('input[type="text"], textarea, select')) {
                refresh();
                return;
            }

            const response = await fetch(root.dataset.boardUrl, { credentials: 'same-origin' });
            if (!response.ok) {
                return;
            }

            const focused = document.activeElement?.closest('form')?.querySelector('button')?.textContent;
            root.innerHTML = await response.text();
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
