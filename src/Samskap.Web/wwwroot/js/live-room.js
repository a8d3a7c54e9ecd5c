// A phone in a live session. Without this file every activity is a plain form. With it, each
// submission gets an id made here, waits in an outbox in localStorage until the server says it is
// committed, and is sent again after a reconnect; the server keeps the first result of each id, so
// nothing is lost and nothing counts twice. The page follows the room: when the facilitator opens,
// closes or reveals something, the activities are fetched again.
document.addEventListener('DOMContentLoaded', () => {
    const room = document.querySelector('[data-live-room]');
    if (!room || !window.signalR) {
        return;
    }

    const token = room.dataset.token;
    const outboxKey = `samskap.live.outbox.${room.dataset.session}`;
    const connectionText = room.querySelector('[data-live-connection]');
    const announcer = room.querySelector('[data-live-announce]');
    const outboxSection = room.querySelector('[data-live-outbox]');
    const outboxList = room.querySelector('[data-live-outbox-list]');
    const received = [];
    let sending = false;

    const newId = () => (window.crypto?.randomUUID
        ? window.crypto.randomUUID()
        : Array.from(window.crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join(''));

    const readOutbox = () => {
        try {
            return JSON.parse(window.localStorage.getItem(outboxKey) ?? '[]');
        } catch {
            return [];
        }
    };

    const writeOutbox = items => window.localStorage.setItem(outboxKey, JSON.stringify(items));

    const announce = text => {
        announcer.textContent = '';
        window.setTimeout(() => { announcer.textContent = text; }, 50);
    };

    const showOutbox = () => {
        const waiting = readOutbox();
        outboxList.replaceChildren(
            ...waiting.map(item => listItem(item.label, room.dataset.textWaiting, 'waiting')),
            ...received.slice(-5).map(item => listItem(item.label, room.dataset.textReceived, 'received')));
        outboxSection.hidden = waiting.length === 0 && received.length === 0;
    };

    const listItem = (label, state, kind) => {
        const item = document.createElement('li');
        item.className = `live-outbox__item live-outbox__item--${kind}`;
        const what = document.createElement('span');
        what.textContent = label;
        const status = document.createElement('strong');
        status.textContent = ` – ${state}`;
        item.append(what, status);
        return item;
    };

    // What a form asks the hub to do, with the arguments of the contract.
    const operationOf = form => {
        const data = new FormData(form);
        const method = form.dataset.liveOp;
        const id = newId();
        const numbers = prefix => Object.fromEntries([...data.entries()]
            .filter(([name, value]) => name.startsWith(prefix) && String(value).trim() !== '')
            .map(([name, value]) => [name.slice(prefix.length), Number(value)]));
        const text = name => (data.get(name) ?? '').toString();
        const activityId = text('ActivityId');
        const contributionId = text('ContributionId');
        switch (method) {
            case 'SubmitIdea':
                return { id, method, label: text('Text').trim(), args: [token, activityId, id, text('Text'), text('Category') || null] };
            case 'EditIdea':
                return { id, method, label: text('Text').trim(), args: [token, contributionId, id, text('Text'), text('Category') || null] };
            case 'Upvote':
                return { id, method, label: form.closest('.live-idea')?.querySelector('p')?.textContent ?? '', args: [token, contributionId, id] };
            case 'CastDots':
                return { id, method, label: form.closest('section')?.querySelector('h2')?.textContent ?? '', args: [token, activityId, id, numbers('dot:')] };
            case 'Rate':
                return { id, method, label: form.closest('section')?.querySelector('h2')?.textContent ?? '', args: [token, activityId, id, numbers('rate:')] };
            case 'SubmitWords':
                return { id, method, label: data.getAll('Words').join(', '), args: [token, activityId, id, data.getAll('Words').map(String)] };
            case 'AnswerPulse':
                return { id, method, label: form.closest('section')?.querySelector('h2')?.textContent ?? '', args: [token, activityId, id, numbers('pulse:'), text('OpenAnswer') || null] };
            case 'DeleteOwn':
                return { id, method, label: form.querySelector('button')?.getAttribute('aria-label') ?? '', args: [token, contributionId] };
            default:
                return null;
        }
    };

    const connection = new window.signalR.HubConnectionBuilder()
        .withUrl(room.dataset.hub)
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: context => Math.min(10000, 500 * (2 ** context.previousRetryCount)) })
        .build();

    const refusalOf = error => {
        const text = String(error?.message ?? '');
        const start = text.indexOf('{');
        try {
            return start >= 0 ? JSON.parse(text.slice(start)) : null;
        } catch {
            return null;
        }
    };

    // Sends what waits, oldest first. An item leaves the outbox only when the server has answered:
    // with its result (committed) or with a refusal that sending again would not change.
    const flush = async () => {
        // Offline (the phone says so), what is sent waits in the outbox until the phone is back online.
        if (sending || !navigator.onLine || connection.state !== window.signalR.HubConnectionState.Connected) {
            return;
        }

        sending = true;
        try {
            let changed = false;
            for (const item of readOutbox()) {
                try {
                    await connection.invoke(item.method, ...item.args);
                    received.push(item);
                    changed = true;
                } catch (error) {
                    const refusal = refusalOf(error);
                    if (!refusal || refusal.reason === 'too-fast' || refusal.reason === 'failed') {
                        break;
                    }

                    showRefusal(item, refusal);
                    changed = true;
                }

                writeOutbox(readOutbox().filter(waiting => waiting.id !== item.id));
                showOutbox();
            }

            if (changed) {
                announce(room.dataset.textReceived);
                await refresh();
            }
        } finally {
            sending = false;
        }
    };

    const showRefusal = (item, refusal) => {
        const section = document.getElementById(`activity-${item.args[1]}`) ?? room.querySelector('[data-live-own]');
        const alert = document.createElement('div');
        alert.className = 'ds-alert';
        alert.dataset.color = 'danger';
        alert.setAttribute('role', 'alert');
        const paragraph = document.createElement('p');
        paragraph.className = 'ds-paragraph';
        paragraph.textContent = refusal.message;
        alert.append(paragraph);
        section?.querySelector('h2')?.after(alert);
        pendingAlerts.push({ section: section?.id, alert });
    };

    const pendingAlerts = [];

    // Fetches the room again and swaps in its activities and the phone's own list, keeping what is
    // being typed and where focus is.
    const refresh = async () => {
        const response = await fetch(room.dataset.roomUrl, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
        if (response.redirected || !response.ok) {
            window.location.assign(room.dataset.textEnded);
            return;
        }

        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const focused = document.activeElement?.id;
        const typed = new Map([...room.querySelectorAll('textarea, input[type="text"]')].filter(field => field.value).map(field => [field.id, field.value]));
        for (const part of ['[data-live-activities]', '[data-live-own]']) {
            const fresh = page.querySelector(part);
            if (fresh) {
                room.querySelector(part).replaceWith(fresh);
            }
        }

        for (const [id, value] of typed) {
            const field = document.getElementById(id);
            if (field && !field.value) {
                field.value = value;
            }
        }

        for (const { section, alert } of pendingAlerts.splice(0)) {
            document.getElementById(section)?.querySelector('h2')?.after(alert);
        }

        if (focused) {
            document.getElementById(focused)?.focus();
        }
    };

    room.addEventListener('submit', event => {
        const form = event.target.closest('form[data-live-op]');
        const item = form && operationOf(form);
        if (!item) {
            return;
        }

        event.preventDefault();
        writeOutbox([...readOutbox(), item]);
        if (item.method === 'SubmitIdea' || item.method === 'EditIdea') {
            form.querySelector('textarea').value = '';
        }

        showOutbox();
        flush();
    });

    const setConnected = online => {
        connectionText.textContent = online ? room.dataset.textOnline : room.dataset.textOffline;
        room.classList.toggle('live-room--offline', !online);
    };

    connection.on('ActivityChanged', () => refresh());
    connection.on('ResultsRevealed', () => refresh());
    connection.on('LiveEnded', () => window.location.assign(room.dataset.textEnded));
    connection.onreconnecting(() => setConnected(false));
    connection.onreconnected(async () => {
        setConnected(true);
        await connection.invoke('Resume', token).catch(() => {});
        await flush();
        await refresh();
    });
    connection.onclose(() => {
        setConnected(false);
        window.setTimeout(start, 5000);
    });

    const start = async () => {
        try {
            await connection.start();
            await connection.invoke('Resume', token);
            setConnected(true);
            await flush();
        } catch (error) {
            if (refusalOf(error)?.reason === 'token-unknown') {
                window.location.assign(room.dataset.textEnded);
                return;
            }

            setConnected(false);
            window.setTimeout(start, 5000);
        }
    };

    window.addEventListener('online', () => {
        setConnected(connection.state === window.signalR.HubConnectionState.Connected);
        flush();
    });
    window.addEventListener('offline', () => setConnected(false));
    showOutbox();
    start();
});
