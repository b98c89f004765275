-- wrk script for the token-endpoint benchmark: POST grant_type=client_credentials with
-- client_secret_basic. Credentials come from the environment (never argv):
--   BENCH_BASIC  base64("client_id:client_secret")
--   BENCH_SCOPE  scope to request (optional)
-- done() prints one line "WRKJSON {...}" that run.sh parses (latencies in microseconds).
local basic = os.getenv("BENCH_BASIC") or error("BENCH_BASIC is not set")
local scope = os.getenv("BENCH_SCOPE")
local body = "grant_type=client_credentials"
if scope and scope ~= "" then body = body .. "&scope=" .. scope end

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic " .. basic

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"duration_us":%d,"requests":%d,"bytes":%d,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d,' ..
    '"lat_p50_us":%d,"lat_p90_us":%d,"lat_p99_us":%d,"lat_max_us":%d,"lat_mean_us":%.1f}\n',
    summary.duration, summary.requests, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
