// The projector. It watches the wall through the hub and fetches it again when the room changes, at
// most every two seconds. What changed is said in a polite live region in batches (every ten
// seconds at most: "4 new ideas"), never once per vote.
document.addEventListener('DOMContentLoaded', () => {
    const main = document.querySelector('[data-live-presenter]');
    if (!main || !window.signalR) {
        return;
    }

    const wall = main.querySelector('[data-live-wall]');
    const announcer = main.querySelector('[data-live-announce]');
    const numbers = () => {
        const counts = wall.querySelector('[data-participants]');
        return counts ? { people: Number(counts.dataset.participants), given: Number(counts.dataset.contributions), revealed: Number(counts.dataset.revealed) } : null;
    };

    let announced = numbers();
    let timer = null;
    let lastAnnouncement = 0;

    const announce = () => {
        const now = numbers();
        if (!now || !announced || Date.now() - lastAnnouncement < 10000) {
            return;
        }

        const parts = [];
        if (now.given > announced.given) {
            const more = now.given - announced.given;
            parts.push((more === 1 ? main.dataset.textNewOne : main.dataset.textNew).replace('{0}', more));
        }

        if (now.people > announced.people) {
            const joined = now.people - announced.people;
            parts.push((joined === 1 ? main.dataset.textPeopleOne : main.dataset.textPeople).replace('{0}', joined));
        }

        if (now.revealed > announced.revealed) {
            parts.push(main.dataset.textResults);
        }

        if (parts.length > 0) {
            announcer.textContent = parts.join(' ');
            lastAnnouncement = Date.now();
            announced = now;
        }
    };

    const refresh = () => {
        if (timer) {
            return;
        }

        timer = window.setTimeout(async () => {
            timer = null;
            const response = await fetch(main.dataset.wallUrl);
            if (!response.ok) {
                announcer.textContent = main.dataset.textEnded;
                return;
            }

            wall.innerHTML = await response.text();
            announce();
        }, 2000);
    };

    const connection = new window.signalR.HubConnectionBuilder().withUrl(main.dataset.hub).withAutomaticReconnect().build();
    for (const event of ['ContributionAdded', 'ContributionChanged', 'ContributionRemoved', 'ActivityChanged', 'ResultsRevealed', 'CountsChanged']) {
        connection.on(event, refresh);
    }

    connection.on('LiveEnded', () => { announcer.textContent = main.dataset.textEnded; });
    const watch = () => connection.invoke('WatchWall', main.dataset.token);
    connection.onreconnected(() => watch().then(refresh).catch(() => { announcer.textContent = main.dataset.textEnded; }));
    const start = async () => {
        try {
            await connection.start();
            await watch();
        } catch {
            window.setTimeout(start, 5000);
        }
    };

    window.setInterval(announce, 10000);
    start();
});
