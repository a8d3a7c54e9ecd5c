// The live benchmark's client, run by bench/live.sh: the official SignalR JavaScript client in Node,
// on loopback. One process plays every phone and the wall watcher, the same way for the real hub and
// for the bare echo hub, so the two figures differ only by what the server does.
//
// Arguments (name=value): nodes (comma-separated base URLs; phones are spread over them), watch (the
// base URL the wall watcher uses), hub (/hubs/live or /hubs/live-echo), code, presenter (the
// presenter token), activity, clients, ideas (per client), deadline (seconds for the whole burst),
// check (URL of GET …/contributions, to check against the database), cookie (for check), wall
// (true: wait for every acknowledged idea on the wall), label.
//
// Every phone keeps an outbox as the real phone page does: a submission stays in it, with its id,
// until the hub has acknowledged it. A connection that drops (the server killed) is reopened, and
// the outbox is sent again with the same ids.
import * as signalR from "@microsoft/signalr";

const args = Object.fromEntries(process.argv.slice(2).map((a) => {
    const at = a.indexOf("=");
    return [a.slice(0, at), a.slice(at + 1)];
}));
const nodes = args.nodes.split(",");
const watchBase = args.watch ?? nodes[0];
const hubPath = args.hub ?? "/hubs/live";
const clientCount = Number(args.clients ?? 2000);
const ideasEach = Number(args.ideas ?? 5);
const deadlineMs = Number(args.deadline ?? 120) * 1000;
const waitForWall = (args.wall ?? "true") === "true";
const label = args.label ?? "";
const connectConcurrency = 100;

const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function connection(base) {
    return new signalR.HubConnectionBuilder()
        .withUrl(base + hubPath, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
        .configureLogging(signalR.LogLevel.None)
        .build();
}

// Opens a connection, trying again every 200 ms while the server is away, until the deadline.
async function open(conn, until) {
    for (;;) {
        try {
            await conn.start();
            return;
        } catch (error) {
            if (now() > until) {
                throw error;
            }
            await sleep(200);
        }
    }
}

function reasonOf(error) {
    try {
        return JSON.parse(String(error.message).replace(/^.*?HubException: /, "")).reason ?? "unknown";
    } catch {
        return "connection";
    }
}

const started = now();
const until = started + deadlineMs;
const sent = new Map();       // text → first send time
const nodeOf = new Map();     // text → index of the node its phone is connected to
const acked = new Map();      // text → { at, id }
const onWall = new Map();     // text → time first seen on the wall
let wallDuplicates = 0;
const refusals = {};
let reconnects = 0;
let finished = false;
let replays = 0;

// The wall watcher.
const watcher = connection(watchBase);
watcher.on("ContributionAdded", (c) => {
    if (c.text == null || !sent.has(c.text)) {
        return;
    }
    if (onWall.has(c.text)) {
        wallDuplicates++;
    } else {
        onWall.set(c.text, now());
    }
});
for (const name of ["ContributionChanged", "ContributionRemoved", "ActivityChanged", "ResultsRevealed", "CountsChanged", "LiveEnded"]) {
    watcher.on(name, () => {});
}
async function watch() {
    await open(watcher, until);
    await watcher.invoke("WatchWall", args.presenter);
}
watcher.onclose(() => {
    if (!finished && now() < until) {
        reconnects++;
        watch().catch(() => {});
    }
});
await watch();

// The phones: each joins with the code, then keeps its token.
class Phone {
    constructor(index) {
        this.index = index;
        this.base = nodes[index % nodes.length];
        this.conn = connection(this.base);
        this.outbox = new Map(); // clientOperationId → text
        this.sending = new Set();
        this.conn.on("ContributionAdded", () => {});
        for (const name of ["ContributionChanged", "ContributionRemoved", "ActivityChanged", "ResultsRevealed", "CountsChanged", "LiveEnded"]) {
            this.conn.on(name, () => {});
        }
        this.conn.onclose(() => this.reopen());
    }

    async join() {
        await open(this.conn, until);
        const joined = await this.conn.invoke("Join", args.code, "nb", "citizen");
        this.token = joined.participantToken;
    }

    async reopen() {
        if (finished || now() > until) {
            return;
        }
        reconnects++;
        try {
            await open(this.conn, until);
            replays += this.outbox.size;
            this.flush();
        } catch {
            // The deadline passed; what is left in the outbox is reported as not acknowledged.
        }
    }

    submit(i) {
        const text = `bench ${label} phone ${this.index} idea ${i}`;
        const id = `${this.index}-${i}-${Math.random().toString(36).slice(2, 10)}`;
        this.outbox.set(id, text);
        this.flush();
    }

    flush() {
        for (const [id, text] of this.outbox) {
            if (this.sending.has(id)) {
                continue;
            }
            this.sending.add(id);
            if (!sent.has(text)) {
                sent.set(text, now());
                nodeOf.set(text, this.index % nodes.length);
            }
            this.conn.invoke("SubmitIdea", this.token, args.activity, id, text, null).then(
                (result) => {
                    this.sending.delete(id);
                    this.outbox.delete(id);
                    if (!acked.has(text)) {
                        acked.set(text, { at: now(), id: result.id });
                    }
                },
                (error) => {
                    this.sending.delete(id);
                    const reason = reasonOf(error);
                    if (reason !== "connection") {
                        // A refusal is an answer: the phone would show it and not send again.
                        this.outbox.delete(id);
                        refusals[reason] = (refusals[reason] ?? 0) + 1;
                    }
                    // A dropped connection keeps the submission in the outbox for reopen().
                });
        }
    }
}

const phones = Array.from({ length: clientCount }, (_, i) => new Phone(i));
for (let i = 0; i < phones.length; i += connectConcurrency) {
    await Promise.all(phones.slice(i, i + connectConcurrency).map((p) => p.join()));
}
const connectedAt = now();

// The burst: every phone sends all its ideas at once.
const burstAt = now();
if (args.burstFile) {
    // Tells bench/live.sh that the burst has begun, for the crash runs.
    (await import("node:fs")).writeFileSync(args.burstFile, "burst\n");
}
for (const phone of phones) {
    for (let i = 0; i < ideasEach; i++) {
        phone.submit(i);
    }
}

const total = clientCount * ideasEach;
const refused = () => Object.values(refusals).reduce((a, b) => a + b, 0);
while (now() < until) {
    const allAnswered = acked.size + refused() >= total;
    const wallDone = !waitForWall || [...acked.keys()].every((t) => onWall.has(t));
    if (allAnswered && wallDone) {
        break;
    }
    await sleep(20);
}
const endedAt = now();
finished = true;

function percentile(values, p) {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (v) => (v == null ? null : Math.round(v * 10) / 10);

const wallLatencies = [];
const firstNodeWallLatencies = [];
const ackLatencies = [];
let lastWall = burstAt;
for (const [text, a] of acked) {
    ackLatencies.push(a.at - sent.get(text));
    const w = onWall.get(text);
    if (w !== undefined) {
        wallLatencies.push(w - sent.get(text));
        if (nodeOf.get(text) === 0) {
            firstNodeWallLatencies.push(w - sent.get(text));
        }
        lastWall = Math.max(lastWall, w);
    }
}
const ackedOnWall = wallLatencies.length;

const result = {
    label,
    hub: hubPath,
    nodes: nodes.length,
    clients: clientCount,
    ideas: total,
    connectSeconds: round((connectedAt - started) / 1000),
    acknowledged: acked.size,
    refused: refusals,
    notAcknowledged: total - acked.size - refused(),
    onWall: ackedOnWall,
    wallDuplicates,
    reconnects,
    replays,
    burstSeconds: round((endedAt - burstAt) / 1000),
    throughputPerSecond: ackedOnWall > 0 ? Math.round(ackedOnWall / ((lastWall - burstAt) / 1000)) : 0,
    wallMs: { p50: round(percentile(wallLatencies, 50)), p95: round(percentile(wallLatencies, 95)), p99: round(percentile(wallLatencies, 99)), max: round(percentile(wallLatencies, 100)) },
    firstNodeWallMs: { p50: round(percentile(firstNodeWallLatencies, 50)), p99: round(percentile(firstNodeWallLatencies, 99)) },
    ackMs: { p50: round(percentile(ackLatencies, 50)), p99: round(percentile(ackLatencies, 99)) },
};

// Against the database: every acknowledged idea stored once, under the id it was acknowledged with.
if (args.check) {
    // In a crash run the server may be down or starting again: ask until it answers, within the deadline.
    let response;
    for (;;) {
        try {
            response = await fetch(args.check, { headers: { Cookie: args.cookie ?? "", Accept: "application/json" } });
            if (response.ok) {
                break;
            }
        } catch (error) {
            if (now() > until + 60000) {
                throw error;
            }
        }
        if (now() > until + 60000) {
            throw new Error(`GET ${args.check} answered ${response?.status}`);
        }
        await sleep(200);
    }
    const body = await response.json();
    const stored = Array.isArray(body) ? body : body.contributions ?? body.items;
    const byText = new Map();
    for (const c of stored) {
        if (c.text != null && sent.has(c.text)) {
            byText.set(c.text, [...(byText.get(c.text) ?? []), c.id]);
        }
    }
    let missing = 0;
    let wrongId = 0;
    let duplicated = 0;
    for (const [text, a] of acked) {
        const ids = byText.get(text) ?? [];
        if (ids.length === 0) {
            missing++;
        } else if (!ids.includes(a.id)) {
            wrongId++;
        }
    }
    for (const ids of byText.values()) {
        duplicated += ids.length - 1;
    }
    result.database = { stored: [...byText.values()].reduce((n, ids) => n + ids.length, 0), missing, wrongId, duplicated };
}

await Promise.all([watcher, ...phones.map((p) => p.conn)].map((c) => c.stop().catch(() => {})));
console.log(JSON.stringify(result));
process.exit(0);
