-- wrk script: sends the Cookie header given in the environment variable BENCH_COOKIE (and, with
-- BENCH_BODY_FILE, POSTs that file as JSON), counts
-- answers that are not 2xx (a redirect to the sign-in page would be one), and prints one
-- machine-readable line at the end:
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

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

function done(summary, latency, requests)
    local non2xx_total = 0
    for _, thread in ipairs(threads) do
        non2xx_total = non2xx_total + thread:get("non2xx")
    end
    local e = summary.errors
    io.write(string.format(
        "RESULT p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.0f requests=%d non2xx=%d socket_errors=%d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.requests / (summary.duration / 1e6), summary.requests, non2xx_total,
        e.connect + e.read + e.write + e.timeout))
end
