-- wrk script: sends the Cookie header given in the environment variable BENCH_COOKIE (and, with
-- BENCH_BODY_FILE, POSTs that file as JSON), and prints one machine-readable line at the end.
-- non2xx is wrk's own count of answers of 400 and up. There is no response() function on purpose:
-- with one, wrk copies every answer into Lua, and on a shared machine that CPU is taken from the
-- server, the more so the larger the page. A redirect (to the sign-in page, say) is caught instead
-- by the one request lib.sh makes before and after each run.
--   RESULT p50_ms=… p95_ms=… p99_ms=… max_ms=… rps=… requests=… non2xx=… socket_errors=…

local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
    wrk.headers["Cookie"] = cookie
end

-- BENCH_BODY_FILE: POST the file's contents as JSON instead of a GET.
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
    local file = assert(io.open(body_file, "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "RESULT p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.0f requests=%d non2xx=%d socket_errors=%d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.requests / (summary.duration / 1e6), summary.requests, e.status,
        e.connect + e.read + e.write + e.timeout))
end
