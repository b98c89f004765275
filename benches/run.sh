#!/usr/bin/env bash
# Rerunnable benchmark of oauthctl against the tools a user would otherwise run.
#
#   bash benches/run.sh
#
# Builds `cargo build --release`, installs what it needs (wrk, hyperfine, GNU time from Debian;
# oidc-provider from npm into benches/.node), starts its own servers on 127.0.0.1 only (stopped by
# a trap), and prints a summary table: measurement | oauthctl | peer | ratio | target | ok?
# It reports; it never fails because a target is missed (exit 0 unless something broke).
#
# The "ratio" column is oauthctl/peer where the target is relative to a peer, and
# oauthctl/limit where the target is an absolute limit (so <= 1.00 meets a "<=" limit).
#
# Knobs (environment): STARTUP_RUNS=200 READ_RUNS=200 LOAD_SECS=10 LOAD_WARMUP_SECS=2
# LOAD_CONNS=32 LOAD_THREADS=2 SEED_CLIENTS=10000 ROTATE_CLIENTS=1000 SEED_THREADS=8
# DECLARE_CLIENTS=1000 DIFF_RUNS=10
# ONLY=startup,read,read-tls,token,memory,rotate,declare (a comma-separated list of the sections to
#   run; empty runs them all). ONLY=keycloak is opt-in (Keycloak's boot and a loop of JVM starts
#   take minutes): `apply` of KC_APPLY_CLIENTS=200 new clients on Keycloak against a loop of
#   kcadm.sh create clients (KC_APPLY_CLIENTS=0 skips it), and `clients list` of KC_LIST_CLIENTS=1000 Keycloak clients against
#   curl on the same endpoint (KC_LIST_RUNS=10); Keycloak comes from tests/servers/keycloak.sh.
#   ONLY=build is opt-in and runs alone: a newcomer's first build, from
#   an empty target dir after `cargo fetch` (so the network is not counted), once per profile in
#   BUILD_PROFILES="release" (e.g. "release dist"), with `--timings`; it prints wall and CPU time,
#   the load average before and after, and the ten longest units.
# PROFILE=release (or dist: the thin-LTO profile of handed-out binaries) picks the binary to measure;
# SKIP_BUILD=1 uses the existing target/$PROFILE/oauthctl; BIN=path measures that binary instead.
#
# Figures on a shared 2-core machine are noisy (wrk runs on the same cores as the server, and any
# concurrent `cargo test` competes): the script prints the load average next to the results.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
cd "$ROOT"

STARTUP_RUNS=${STARTUP_RUNS:-200}
READ_RUNS=${READ_RUNS:-200}
LOAD_SECS=${LOAD_SECS:-10}
LOAD_WARMUP_SECS=${LOAD_WARMUP_SECS:-2}
LOAD_CONNS=${LOAD_CONNS:-32}
LOAD_THREADS=${LOAD_THREADS:-2}
SEED_CLIENTS=${SEED_CLIENTS:-10000}
SEED_THREADS=${SEED_THREADS:-8}
ROTATE_CLIENTS=${ROTATE_CLIENTS:-1000}
DECLARE_CLIENTS=${DECLARE_CLIENTS:-1000}
DIFF_RUNS=${DIFF_RUNS:-10}
ONLY=${ONLY:-}
PROFILE=${PROFILE:-release}
BUILD_PROFILES=${BUILD_PROFILES:-release}
OIDC_PROVIDER_VERSION=8.8.1 # pinned peer (npm oidc-provider, v8 line)
NODE_DIR="$HERE/.node"
PY="python3 $HERE/helpers.py"
TP=/api/adminapi2/v1/tenants/default

say() { printf '\n== %s\n' "$*"; }
info() { printf '   %s\n' "$*"; }
# want SECTION: is SECTION in ONLY (empty: every section but build)?
want() { if [ -z "$ONLY" ]; then [ "$1" != build ] && [ "$1" != keycloak ]; else [[ ",$ONLY," == *",$1,"* ]]; fi; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------------------------------------
if want build; then
    # A newcomer's first build. Runs alone (ONLY=build), needs only cargo, and leaves nothing behind.
    [[ "$ONLY" == build ]] || { echo "ONLY=build runs alone (the other sections would load the machine)" >&2; exit 2; }
    say "first build from an empty target dir ($(nproc) cores): $BUILD_PROFILES"
    cargo fetch --locked >/dev/null
    summary=$(mktemp)
    for prof in $BUILD_PROFILES; do
        dir=$(mktemp -d "${TMPDIR:-/tmp}/oauthctl-fresh-build.XXXXXX")
        l0=$(loadavg)
        others=$(ps -eo args= | grep -cE '^([^ ]*/)?(cargo|rustc) ' || true)
        TIMEFORMAT='%R %U %S' # bash's time: wall, and the CPU of cargo and every rustc/cc under it
        { time CARGO_TARGET_DIR="$dir" cargo build --locked --offline --profile "$prof" --timings \
            >"$dir/log" 2>&1; } 2>"$dir/time" || { tail -20 "$dir/log"; rm -rf "$dir"; exit 1; }
        read -r wall user sys <"$dir/time"
        cpu=$(awk "BEGIN { printf \"%.0f\", $user + $sys }")
        info "cargo build --profile $prof: ${wall%.*} s wall, $cpu s CPU; load before [$l0] ($others other cargo/rustc processes), after [$(loadavg)]"
        python3 "$HERE/helpers.py" timings-top "$dir"/cargo-timings/cargo-timing.html 10 | sed 's/^/      /'
        printf '%s\t%s\n' "$prof" "${wall%.*} s wall, $cpu s CPU" >>"$summary"
        rm -rf "$dir"
    done
    echo
    while IFS=$'\t' read -r prof fig; do
        printf '| first `cargo build --profile %s` (empty target dir) | %s |\n' "$prof" "$fig"
    done <"$summary"
    rm -f "$summary"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
say "tools"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    info "apt-get install ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
have_ver=$(node -p "require('$NODE_DIR/node_modules/oidc-provider/package.json').version" 2>/dev/null || true)
if [ "$have_ver" != "$OIDC_PROVIDER_VERSION" ]; then
    info "npm install oidc-provider@$OIDC_PROVIDER_VERSION into benches/.node"
    mkdir -p "$NODE_DIR"
    [ -f "$NODE_DIR/package.json" ] || echo '{"name":"oauthctl-bench-peer","private":true}' >"$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error "oidc-provider@$OIDC_PROVIDER_VERSION" >/dev/null)
fi
info "$(curl --version | head -1 | cut -d' ' -f1-2), $(hyperfine --version), wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2), node $(node --version), oidc-provider $OIDC_PROVIDER_VERSION"

# The servers' cache (tests/servers), named before HOME is replaced below.
SERVERS_CACHE=${OAUTHCTL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oauthctl-test}
if want keycloak; then
    info "Keycloak: $(OAUTHCTL_TEST_CACHE="$SERVERS_CACHE" bash "$ROOT/tests/servers/keycloak.sh" fetch)"
fi

# ---------------------------------------------------------------------------------------------
say "build"
if [ -n "${BIN:-}" ]; then
    info "measuring BIN=$BIN"
elif [ "${SKIP_BUILD:-}" != 1 ]; then
    cargo build --profile "$PROFILE" 2>&1 | tail -1
fi
BIN=${BIN:-"${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE/oauthctl"}
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }
info "$("$BIN" --version), $(stat -c %s "$BIN" | awk '{printf "%.1f MB", $1/1e6}')"

# ---------------------------------------------------------------------------------------------
# Isolation: a temp HOME/XDG for every oauthctl process, no inherited OAUTHCTL_* settings.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/oauthctl-bench.XXXXXX")
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for v in $(compgen -e | grep '^OAUTHCTL_' || true); do unset "$v"; done
export HOME="$WORK/home" XDG_CACHE_HOME="$WORK/home/.cache" XDG_CONFIG_HOME="$WORK/home/.config" \
    XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
ADMIN_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
DETAILS="$WORK/details.txt"
: >"$DETAILS"

row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"; }
detail() { echo "$*" | tee -a "$DETAILS" | sed 's/^/   /'; }
calc() { awk "BEGIN { printf \"%.2f\", $* }"; }
# ok_le VALUE LIMIT / ok_ge VALUE LIMIT
ok_le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "NO" }'; }
ok_ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "NO" }'; }

# start_devserver NAME [ARGS...]: starts an in-memory dev server (with ARGS); sets BASE and
# SERVER_PID.
start_devserver() {
    local log="$WORK/$1.log"
    shift
    OAUTHCTL_DEV_ADMIN_SECRET="$ADMIN_SECRET" "$BIN" dev-server --listen 127.0.0.1:0 --in-memory "$@" \
        >/dev/null 2>"$log" &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    BASE=$($PY wait-listen "$log" 20)
}
stop_server() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
# cpu_ticks PID: user+system clock ticks used so far by a process.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
CLK_TCK=$(getconf CLK_TCK)

# ---------------------------------------------------------------------------------------------
if want startup; then
say "1. startup: oauthctl --version vs curl --version ($STARTUP_RUNS runs each, load $(loadavg))"
hyperfine -N --style basic --warmup 20 --runs "$STARTUP_RUNS" --export-json "$WORK/startup.json" \
    "$BIN --version" "curl --version" >"$WORK/startup.out" 2>&1 || { cat "$WORK/startup.out"; exit 1; }
mapfile -t m < <($PY hyperfine-median "$WORK/startup.json")
o_ms=$(cut -f1 <<<"${m[0]}")
c_ms=$(cut -f1 <<<"${m[1]}")
r=$(calc "$o_ms / $c_ms")
detail "startup median: oauthctl $o_ms ms (mean $(cut -f2 <<<"${m[0]}"), sd $(cut -f3 <<<"${m[0]}")), curl $c_ms ms (mean $(cut -f2 <<<"${m[1]}"), sd $(cut -f3 <<<"${m[1]}"))"
row "startup (--version, median)" "$o_ms ms" "curl $c_ms ms" "${r}x" "<= 1.5x curl" "$(ok_le "$r" 1.5)"
fi

# Dev server A serves the plain admin read and the token endpoint.
if want read || want token; then
    start_devserver read
    BASE_A=$BASE
    PID_A=$SERVER_PID
    info "dev server A at $BASE_A"
    ADMIN_TOKEN_A=$($PY admin-token "$BASE_A" oauthctl-admin "$ADMIN_SECRET")
fi

# ---------------------------------------------------------------------------------------------
if want read; then
say "2. one admin read: oauthctl clients show (cached session) vs curl GET ($READ_RUNS runs each)"
SHOW_ID=$($PY create-client "$BASE_A" "$ADMIN_TOKEN_A" bench-show)
export OAUTHCTL_BASE_URL="$BASE_A" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
"$BIN" clients show "$SHOW_ID" >/dev/null # warms the token cache
"$BIN" -v clients show "$SHOW_ID" >"$WORK/show.out" 2>"$WORK/show.err"
if grep -q "using the cached admin token" "$WORK/show.err"; then
    info "token cache is warm (second run used the cached admin token)"
else
    info "WARNING: the second run did not report using the cached token; stderr was:"
    sed 's/^/     /' "$WORK/show.err"
fi
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN_TOKEN_A" "$BASE_A$TP/clients/$SHOW_ID")
[ "$code" = 200 ] || { echo "curl GET answered $code" >&2; exit 1; }
info "load $(loadavg)"
hyperfine -N --style basic --warmup 10 --runs "$READ_RUNS" --export-json "$WORK/read.json" \
    "$BIN clients show $SHOW_ID" \
    "curl -s -H 'Authorization: Bearer $ADMIN_TOKEN_A' $BASE_A$TP/clients/$SHOW_ID" \
    >"$WORK/read.out" 2>&1 || { cat "$WORK/read.out"; exit 1; }
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
mapfile -t m < <($PY hyperfine-median "$WORK/read.json")
o_ms=$(cut -f1 <<<"${m[0]}")
c_ms=$(cut -f1 <<<"${m[1]}")
r=$(calc "$o_ms / $c_ms")
detail "admin read median: oauthctl $o_ms ms (mean $(cut -f2 <<<"${m[0]}"), sd $(cut -f3 <<<"${m[0]}")), curl $c_ms ms (mean $(cut -f2 <<<"${m[1]}"), sd $(cut -f3 <<<"${m[1]}"))"
row "admin read (clients show, median)" "$o_ms ms" "curl $c_ms ms" "${r}x" "<= 1.3x curl" "$(ok_le "$r" 1.3)"
fi

# ---------------------------------------------------------------------------------------------
if want read-tls; then
say "2b. one admin read over HTTPS: the same, against dev-server --tls-cert ($READ_RUNS runs each)"
# A private CA and a certificate for 127.0.0.1 signed by it; oauthctl and curl both trust the CA.
TLS="$WORK/tls"
mkdir -p "$TLS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$TLS/ca.key" \
    -out "$TLS/ca.pem" -days 2 -subj "/CN=oauthctl bench CA" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$TLS/srv.key" \
    -out "$TLS/srv.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n' >"$TLS/ext.cnf"
openssl x509 -req -in "$TLS/srv.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial \
    -out "$TLS/srv.pem" -days 2 -extfile "$TLS/ext.cnf" 2>/dev/null
start_devserver read-tls --tls-cert "$TLS/srv.pem" --tls-key "$TLS/srv.key"
BASE_T=$BASE
PID_T=$SERVER_PID
info "dev server T at $BASE_T"
export BENCH_CA_CERT="$TLS/ca.pem"
ADMIN_TOKEN_T=$($PY admin-token "$BASE_T" oauthctl-admin "$ADMIN_SECRET")
SHOW_ID_T=$($PY create-client "$BASE_T" "$ADMIN_TOKEN_T" bench-show)
export OAUTHCTL_BASE_URL="$BASE_T" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET" \
    OAUTHCTL_CA_CERT="$TLS/ca.pem"
"$BIN" clients show "$SHOW_ID_T" >/dev/null # warms the token cache
code=$(curl -s --cacert "$TLS/ca.pem" -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN_TOKEN_T" "$BASE_T$TP/clients/$SHOW_ID_T")
[ "$code" = 200 ] || { echo "curl GET over HTTPS answered $code" >&2; exit 1; }
info "load $(loadavg)"
hyperfine -N --style basic --warmup 10 --runs "$READ_RUNS" --export-json "$WORK/read-tls.json" \
    "$BIN clients show $SHOW_ID_T" \
    "curl -s --cacert $TLS/ca.pem -H 'Authorization: Bearer $ADMIN_TOKEN_T' $BASE_T$TP/clients/$SHOW_ID_T" \
    >"$WORK/read-tls.out" 2>&1 || { cat "$WORK/read-tls.out"; exit 1; }
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET OAUTHCTL_CA_CERT BENCH_CA_CERT
mapfile -t m < <($PY hyperfine-median "$WORK/read-tls.json")
o_ms=$(cut -f1 <<<"${m[0]}")
c_ms=$(cut -f1 <<<"${m[1]}")
r=$(calc "$o_ms / $c_ms")
detail "admin read over HTTPS median: oauthctl $o_ms ms (mean $(cut -f2 <<<"${m[0]}"), sd $(cut -f3 <<<"${m[0]}")), curl $c_ms ms (mean $(cut -f2 <<<"${m[1]}"), sd $(cut -f3 <<<"${m[1]}"))"
row "admin read over HTTPS (clients show, median)" "$o_ms ms" "curl $c_ms ms" "${r}x" "<= 1.3x curl" "$(ok_le "$r" 1.3)"
stop_server "$PID_T"
fi

# ---------------------------------------------------------------------------------------------
if want token; then
say "3. token endpoint under load: wrk -t$LOAD_THREADS -c$LOAD_CONNS -d${LOAD_SECS}s, client_credentials + Basic"
CC_ID=$($PY create-client "$BASE_A" "$ADMIN_TOKEN_A" bench-cc)
CC_SECRET=$($PY create-secret "$BASE_A" "$ADMIN_TOKEN_A" "$CC_ID")
BENCH_BASIC=$(printf '%s:%s' "$CC_ID" "$CC_SECRET" | base64 -w0)
export BENCH_BASIC BENCH_SCOPE=api.read

BENCH_CLIENT_ID="$CC_ID" BENCH_CLIENT_SECRET="$CC_SECRET" NODE_ENV=production \
    node "$HERE/oidc-provider.mjs" >/dev/null 2>"$WORK/node.log" &
PID_NODE=$!
PIDS+=("$PID_NODE")
BASE_NODE=$($PY wait-listen "$WORK/node.log" 30)
info "oidc-provider at $BASE_NODE"

# load_test LABEL URL PID: checks one request, warms up, runs wrk; sets LT_* from its figures.
load_test() {
    local label=$1 url=$2 pid=$3 code t0 t1
    code=$(curl -s -o "$WORK/$label.first" -w '%{http_code}' -X POST -H "Authorization: Basic $BENCH_BASIC" \
        -d "grant_type=client_credentials&scope=$BENCH_SCOPE" "$url")
    if [ "$code" != 200 ]; then
        echo "$label token endpoint answered $code: $(head -c 300 "$WORK/$label.first")" >&2
        exit 1
    fi
    wrk -t"$LOAD_THREADS" -c"$LOAD_CONNS" -d"${LOAD_WARMUP_SECS}s" -s "$HERE/token.lua" "$url" >/dev/null 2>&1 || true
    info "$label: load before run $(loadavg)"
    t0=$(cpu_ticks "$pid")
    wrk -t"$LOAD_THREADS" -c"$LOAD_CONNS" -d"${LOAD_SECS}s" --timeout 5s --latency -s "$HERE/token.lua" "$url" \
        >"$WORK/$label.wrk" 2>&1
    t1=$(cpu_ticks "$pid")
    IFS=$'\t' read -r LT_RPS LT_P50 LT_P90 LT_P99 LT_MAX LT_ERR LT_REQ LT_BREAK < <($PY wrk-json "$WORK/$label.wrk")
    LT_CPU=$(calc "($t1 - $t0) / $CLK_TCK")
    LT_CPU_PER_1K=$(calc "($t1 - $t0) / $CLK_TCK * 1000000 / ($LT_REQ > 0 ? $LT_REQ : 1)")
    detail "$label: $LT_RPS req/s, latency p50 $LT_P50 / p90 $LT_P90 / p99 $LT_P99 / max $LT_MAX ms," \
        "$LT_REQ requests, errors $LT_ERR ($LT_BREAK), server CPU ${LT_CPU}s = ${LT_CPU_PER_1K} ms per 1k requests"
}
load_test oauthctl "$BASE_A/oauth/token" "$PID_A"
O_RPS=$LT_RPS O_P99=$LT_P99 O_ERR=$LT_ERR
load_test oidc-provider "$BASE_NODE/token" "$PID_NODE"
N_RPS=$LT_RPS N_P99=$LT_P99 N_ERR=$LT_ERR
stop_server "$PID_NODE"

r=$(calc "$O_RPS / $N_RPS")
row "token endpoint req/s (c=$LOAD_CONNS, ${LOAD_SECS}s)" "$O_RPS" "node-oidc $N_RPS" "${r}x" ">= 3x node-oidc" "$(ok_ge "$r" 3)"
r=$(calc "$O_P99 / 5")
row "token endpoint p99 latency" "$O_P99 ms" "node-oidc $N_P99 ms" "${r}x of limit" "<= 5 ms" "$(ok_le "$O_P99" 5)"
row "token endpoint errors" "$O_ERR" "node-oidc $N_ERR" "-" "0" "$([ "$O_ERR" = 0 ] && echo yes || echo NO)"
fi
if want read || want token; then stop_server "$PID_A"; fi

# ---------------------------------------------------------------------------------------------
if want memory; then
say "4. memory: clients list over $SEED_CLIENTS clients (max RSS, /usr/bin/time -v)"
start_devserver memory
BASE_B=$BASE
PID_B=$SERVER_PID
info "dev server B at $BASE_B"
ADMIN_TOKEN_B=$($PY admin-token "$BASE_B" oauthctl-admin "$ADMIN_SECRET")
info "$($PY seed "$BASE_B" "$ADMIN_TOKEN_B" "$SEED_CLIENTS" mem --threads "$SEED_THREADS")"
export OAUTHCTL_BASE_URL="$BASE_B" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
"$BIN" -o json clients list >"$WORK/list.json" # warms the token cache; checks the count
count=$($PY count-json-items "$WORK/list.json")
info "clients list -o json returned $count clients (seeded $SEED_CLIENTS + the admin client)"
info "load $(loadavg)"
for fmt in json table; do
    set +e
    /usr/bin/time -v "$BIN" -o "$fmt" clients list >/dev/null 2>"$WORK/time-$fmt.txt"
    set -e
    IFS=$'\t' read -r rss_kb wall_s rc < <($PY time-v "$WORK/time-$fmt.txt")
    mb=$(calc "$rss_kb * 1024 / 1000000") # MB = 10^6 bytes; time -v reports KiB
    detail "clients list -o $fmt: max RSS $mb MB ($rss_kb KiB), wall ${wall_s}s, exit $rc"
    ok=$(ok_le "$mb" 20)
    [ "$rc" = 0 ] || { mb="$mb (exit $rc)"; ok=NO; }
    row "max RSS: clients list -o $fmt ($SEED_CLIENTS)" "$mb MB" "-" "$(calc "$rss_kb * 1024 / 1000000 / 20")x of limit" "<= 20 MB" "$ok"
done
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
stop_server "$PID_B"
fi

# ---------------------------------------------------------------------------------------------
if want rotate; then
say "5. bulk secret rotation of $ROTATE_CLIENTS clients: oauthctl vs a sequential curl loop"
start_devserver rotate
BASE_C=$BASE
PID_C=$SERVER_PID
info "dev server C at $BASE_C"
ADMIN_TOKEN_C=$($PY admin-token "$BASE_C" oauthctl-admin "$ADMIN_SECRET")
info "$($PY seed "$BASE_C" "$ADMIN_TOKEN_C" "$ROTATE_CLIENTS" rot --secrets --threads "$SEED_THREADS" --ids "$WORK/rotate-ids.txt")"
info "load $(loadavg)"
# The same calls `secrets rotate` makes per client, one after another: list the secrets, create
# the new one, move each old one's expiry to the end of the overlap (7 days).
exp7=$(date -u -d '+7 days' +%Y-%m-%dT%H:%M:%S.000Z)
fail=0
t0=$EPOCHREALTIME
while read -r id; do
    list=$(curl -s -H "Authorization: Bearer $ADMIN_TOKEN_C" "$BASE_C$TP/clients/$id/secrets/")
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $ADMIN_TOKEN_C" -H 'Content-Type: application/json' -d '{}' \
        "$BASE_C$TP/clients/$id/secrets/")
    case $code in 200 | 201) ;; *) fail=$((fail + 1)) ;; esac
    for sid in $(printf '%s' "$list" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
        curl -s -o /dev/null -X PATCH -H "Authorization: Bearer $ADMIN_TOKEN_C" \
            -H 'Content-Type: application/json' -d "{\"expiration\":\"$exp7\"}" \
            "$BASE_C$TP/clients/$id/secrets/$sid"
    done
done <"$WORK/rotate-ids.txt"
t1=$EPOCHREALTIME
curl_s=$(calc "$t1 - $t0")
detail "curl loop: $ROTATE_CLIENTS clients x (GET list, POST create, PATCH old) in ${curl_s}s ($(calc "$curl_s * 1000 / $ROTATE_CLIENTS") ms per client), $fail failed"

# The oauthctl figure: the same calls per client (list, create, retire the old one), --concurrency 8
# at a time; its wall time includes the first token exchange (the cache is cold for this server).
# Target: at least 8x faster than the sequential curl loop.
export OAUTHCTL_BASE_URL="$BASE_C" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
if "$BIN" secrets rotate --help >/dev/null 2>&1; then
    set +e
    t0=$EPOCHREALTIME
    "$BIN" secrets rotate --all --if-expiring-within 10y --concurrency 8 -o json >"$WORK/rotate.json" 2>"$WORK/rotate.err"
    rc=$?
    t1=$EPOCHREALTIME
    set -e
    o_s=$(calc "$t1 - $t0")
    rsum=$($PY rotate-summary "$WORK/rotate.json" 2>/dev/null || echo "?	unreadable JSON")
    detail "oauthctl secrets rotate --all: ${o_s}s, exit $rc, $(cut -f1 <<<"$rsum") results ($(cut -f2 <<<"$rsum"))$([ "$rc" = 0 ] || echo ": $(head -c 300 "$WORK/rotate.err")")"
    note=""
    [ "$rc" = 0 ] || note=" (exit $rc)"
    [ "$(cut -f1 <<<"$rsum")" = "$ROTATE_CLIENTS" ] || note="$note ($(cut -f1 <<<"$rsum") results)"
    speedup=$(calc "$curl_s / $o_s")
    row "rotate $ROTATE_CLIENTS secrets (wall)" "${o_s} s$note" "curl loop ${curl_s} s" "${speedup}x faster" ">= 8x faster" "$(ok_ge "$speedup" 8)"
else
    detail "oauthctl secrets rotate --all: not implemented yet"
    row "rotate $ROTATE_CLIENTS secrets (wall)" "not in this binary" "curl loop ${curl_s} s" "-" ">= 8x faster" "NO"
fi
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
stop_server "$PID_C"
fi

# ---------------------------------------------------------------------------------------------
if want declare; then
say "6. clients as code: diff of $DECLARE_CLIENTS declared clients, and apply creating them"
# diff: a file of $DECLARE_CLIENTS clients against a dev server that already holds them (one list
# read, no request per client). Target: under 2 s.
start_devserver declare
BASE_D=$BASE
PID_D=$SERVER_PID
ADMIN_TOKEN_D=$($PY admin-token "$BASE_D" oauthctl-admin "$ADMIN_SECRET")
# Each with a secret: a confidential client without a working one is planned a first secret.
info "$($PY seed "$BASE_D" "$ADMIN_TOKEN_D" "$DECLARE_CLIENTS" decl --secrets --threads "$SEED_THREADS")"
$PY declare-file "$DECLARE_CLIENTS" decl "$WORK/declared.yaml"
export OAUTHCTL_BASE_URL="$BASE_D" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
set +e
"$BIN" diff -f "$WORK/declared.yaml" --exit-code >/dev/null 2>"$WORK/diff.err" # warms the token cache
rc=$?
set -e
[ "$rc" = 0 ] || { echo "diff of the seeded clients was not empty (exit $rc): $(head -c 300 "$WORK/diff.err")" >&2; exit 1; }
info "load $(loadavg)"
hyperfine -N --style basic --warmup 1 --runs "$DIFF_RUNS" --export-json "$WORK/diff.json" \
    "$BIN diff -f $WORK/declared.yaml" >"$WORK/diff.out" 2>&1 || { cat "$WORK/diff.out"; exit 1; }
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
stop_server "$PID_D"
mapfile -t m < <($PY hyperfine-median "$WORK/diff.json")
d_ms=$(cut -f1 <<<"${m[0]}")
d_s=$(calc "$d_ms / 1000")
detail "diff of $DECLARE_CLIENTS clients (all unchanged) against a server that holds them: median $d_ms ms (mean $(cut -f2 <<<"${m[0]}"), sd $(cut -f3 <<<"${m[0]}"), $DIFF_RUNS runs)"
row "diff $DECLARE_CLIENTS declared clients (median)" "$d_ms ms" "-" "$(calc "$d_s / 2")x of limit" "< 2 s" "$(ok_le "$d_s" 2)"

# apply: creates $DECLARE_CLIENTS clients, each with its first secret (2 calls per client), on a
# fresh server, --concurrency 8, against the same calls one by one (--concurrency 1) on another
# fresh server. Both runs include the first token exchange. Target: at least 2x faster.
apply_run() { # apply_run NAME CONCURRENCY: sets A_S (wall seconds) and A_SUM
    local rc t0 t1
    start_devserver "apply-$1"
    export OAUTHCTL_BASE_URL="$BASE" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
    set +e
    t0=$EPOCHREALTIME
    "$BIN" -o json apply -f "$WORK/declared.yaml" --yes --concurrency "$2" >"$WORK/apply-$1.json" 2>"$WORK/apply-$1.err"
    rc=$?
    t1=$EPOCHREALTIME
    set -e
    unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
    stop_server "$SERVER_PID"
    A_S=$(calc "$t1 - $t0")
    A_SUM=$($PY apply-summary "$WORK/apply-$1.json" 2>/dev/null || echo "?	?	?")
    detail "apply --concurrency $2: ${A_S}s, exit $rc, $(cut -f1 <<<"$A_SUM") created ($(cut -f2 <<<"$A_SUM") with a secret)$([ "$rc" = 0 ] || echo ": $(head -c 300 "$WORK/apply-$1.err")")"
}
info "load $(loadavg)"
apply_run seq 1
seq_s=$A_S
apply_run conc 8
conc_s=$A_S
note=""
[ "$(cut -f1 <<<"$A_SUM")" = "$DECLARE_CLIENTS" ] || note=" ($(cut -f1 <<<"$A_SUM") created)"
speedup=$(calc "$seq_s / $conc_s")
row "apply creating $DECLARE_CLIENTS clients (wall)" "${conc_s} s$note" "one by one ${seq_s} s" "${speedup}x faster" ">= 2x faster" "$(ok_ge "$speedup" 2)"
# And what a script would do without it: the same two calls per client, with curl, in a loop.
start_devserver apply-curl
TOKEN_E=$($PY admin-token "$BASE" oauthctl-admin "$ADMIN_SECRET")
fail=0
t0=$EPOCHREALTIME
for i in $(seq 0 $((DECLARE_CLIENTS - 1))); do
    name=$(printf 'decl-%06d' "$i")
    id=$(curl -s -X POST -H "Authorization: Bearer $TOKEN_E" -H 'Content-Type: application/json' \
        -d "{\"clientName\":\"$name\",\"spaceId\":\"default\",\"allowedGrantTypes\":[\"client_credentials\"],\"allowedScopes\":[\"api.read\"]}" \
        "$BASE$TP/clients/" | grep -o '"clientId":"[^"]*"' | cut -d'"' -f4)
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN_E" \
        -H 'Content-Type: application/json' -d '{}' "$BASE$TP/clients/$id/secrets/")
    case $code in 200 | 201) ;; *) fail=$((fail + 1)) ;; esac
done
t1=$EPOCHREALTIME
stop_server "$SERVER_PID"
curl_s=$(calc "$t1 - $t0")
detail "curl loop: $DECLARE_CLIENTS x (POST client, POST secret) in ${curl_s}s, $fail failed"
row "apply creating $DECLARE_CLIENTS clients vs curl" "${conc_s} s" "curl loop ${curl_s} s" "$(calc "$curl_s / $conc_s")x faster" ">= 8x faster" "$(ok_ge "$(calc "$curl_s / $conc_s")" 8)"

# Three successive applies of $DECLARE_CLIENTS new clients each on one database file: every POST
# stores its Idempotency-Key, so a store that scans that table on each POST slows down apply after
# apply. Target: the third apply takes at most 1.2x the first.
OAUTHCTL_DEV_ADMIN_SECRET="$ADMIN_SECRET" "$BIN" dev-server --listen 127.0.0.1:0 --db "$WORK/repeat.db" \
    >/dev/null 2>"$WORK/apply-repeat.log" &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
BASE=$($PY wait-listen "$WORK/apply-repeat.log" 20)
export OAUTHCTL_BASE_URL="$BASE" OAUTHCTL_CLIENT_ID=oauthctl-admin OAUTHCTL_CLIENT_SECRET="$ADMIN_SECRET"
rep=()
for round in 1 2 3; do
    $PY declare-file "$DECLARE_CLIENTS" "rep$round" "$WORK/repeat-$round.yaml"
    t0=$EPOCHREALTIME
    "$BIN" -o json apply -f "$WORK/repeat-$round.yaml" --yes --concurrency 8 >"$WORK/repeat-$round.json" 2>"$WORK/repeat-$round.err" ||
        { echo "apply round $round failed: $(head -c 300 "$WORK/repeat-$round.err")" >&2; exit 1; }
    t1=$EPOCHREALTIME
    rep+=("$(calc "$t1 - $t0")")
done
unset OAUTHCTL_BASE_URL OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
stop_server "$SERVER_PID"
detail "three applies of $DECLARE_CLIENTS new clients on one database: ${rep[0]}s, ${rep[1]}s, ${rep[2]}s"
r=$(calc "${rep[2]} / ${rep[0]}")
row "third of three applies of $DECLARE_CLIENTS clients, one database" "${rep[2]} s" "first ${rep[0]} s" "${r}x" "<= 1.2x the first" "$(ok_le "$r" 1.2)"
fi

# ---------------------------------------------------------------------------------------------
if want keycloak; then
KC_APPLY_CLIENTS=${KC_APPLY_CLIENTS:-200}
KC_LIST_CLIENTS=${KC_LIST_CLIENTS:-1000}
KC_LIST_RUNS=${KC_LIST_RUNS:-10}
say "keycloak: apply of $KC_APPLY_CLIENTS new clients vs kcadm.sh; clients list of $KC_LIST_CLIENTS vs curl"
kc() { OAUTHCTL_TEST_CACHE="$SERVERS_CACHE" KEYCLOAK_ADMIN_PASSWORD="$ADMIN_SECRET" bash "$ROOT/tests/servers/keycloak.sh" "$@"; }
KC_HOME=$(kc path)
KC_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
KC_URL="http://127.0.0.1:$KC_PORT"
t0=$EPOCHREALTIME
# Not through the kc function: $! must be the script itself (it becomes kc.sh, which stops Java
# on SIGTERM), not a subshell around it.
OAUTHCTL_TEST_CACHE="$SERVERS_CACHE" KEYCLOAK_ADMIN_PASSWORD="$ADMIN_SECRET" \
    bash "$ROOT/tests/servers/keycloak.sh" start "$KC_PORT" >"$WORK/keycloak.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$KC_URL/realms/master/.well-known/openid-configuration" && break
    sleep 0.5
done
curl -sf -o /dev/null "$KC_URL/realms/master/.well-known/openid-configuration" \
    || { tail -20 "$WORK/keycloak.log"; echo "Keycloak did not start" >&2; exit 1; }
detail "Keycloak ready in $(calc "$EPOCHREALTIME - $t0") s (load $(loadavg))"
# kc_realm NAME: a realm with the admin client; exports the OAUTHCTL_* variables it prints.
kc_realm() {
    local line
    while IFS= read -r line; do export "${line?}"; done < <(KEYCLOAK_URL="$KC_URL" kc realm "$1")
}
if [ "$KC_APPLY_CLIENTS" -gt 0 ]; then
python3 - "$KC_APPLY_CLIENTS" "$WORK/kc-apply.json" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
json.dump({"clients": [{"clientId": f"app-{i:05d}", "clientName": f"app-{i:05d}",
                        "allowedGrantTypes": ["client_credentials"]} for i in range(n)]},
          open(out, "w"))
PY
kc_realm bench-apply
"$BIN" scopes list >/dev/null # the admin token, cached like a user's
info "load $(loadavg)"
set +e
t0=$EPOCHREALTIME
"$BIN" -o json apply -f "$WORK/kc-apply.json" --yes >"$WORK/kc-apply.out" 2>"$WORK/kc-apply.err"
rc=$?
t1=$EPOCHREALTIME
set -e
kc_apply_s=$(calc "$t1 - $t0")
detail "oauthctl apply: $KC_APPLY_CLIENTS clients in ${kc_apply_s}s, exit $rc, $(cut -f1 <<<"$($PY apply-summary "$WORK/kc-apply.out" 2>/dev/null || echo '?')") created$([ "$rc" = 0 ] || echo ": $(head -c 300 "$WORK/kc-apply.err")")"
# The distribution's own admin CLI, as a script would loop it (one JVM per client).
KCADM="$KC_HOME/bin/kcadm.sh"
"$KCADM" config credentials --config "$WORK/kcadm.config" --server "$KC_URL" \
    --realm "$OAUTHCTL_TENANT" --client "$OAUTHCTL_CLIENT_ID" --secret "$OAUTHCTL_CLIENT_SECRET" >/dev/null 2>&1
fail=0
t0=$EPOCHREALTIME
for i in $(seq 0 $((KC_APPLY_CLIENTS - 1))); do
    id=$(printf 'kcadm-%05d' "$i")
    "$KCADM" create clients --config "$WORK/kcadm.config" -r "$OAUTHCTL_TENANT" -s "clientId=$id" \
        -s "name=$id" -s serviceAccountsEnabled=true -s publicClient=false \
        -s standardFlowEnabled=false >/dev/null 2>&1 || fail=$((fail + 1))
done
t1=$EPOCHREALTIME
kcadm_s=$(calc "$t1 - $t0")
detail "kcadm.sh loop: $KC_APPLY_CLIENTS x create clients in ${kcadm_s}s, $fail failed"
speedup=$(calc "$kcadm_s / $kc_apply_s")
row "Keycloak: apply $KC_APPLY_CLIENTS new clients" "${kc_apply_s} s" "kcadm.sh loop ${kcadm_s} s" "${speedup}x faster" ">= 5x faster" "$(ok_ge "$speedup" 5)"
fi

# clients list: a realm with $KC_LIST_CLIENTS clients (made by apply), then the same list with
# oauthctl and with curl (one GET of every client, with a token fetched beforehand).
python3 - "$KC_LIST_CLIENTS" "$WORK/kc-list.json" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
json.dump({"clients": [{"clientId": f"svc-{i:05d}", "clientName": f"svc-{i:05d}",
                        "allowedGrantTypes": ["client_credentials"]} for i in range(n)]},
          open(out, "w"))
PY
kc_realm bench-list
t0=$EPOCHREALTIME
"$BIN" -o json apply -f "$WORK/kc-list.json" --yes >"$WORK/kc-list-apply.out" 2>"$WORK/kc-list.err" \
    || { head -c 300 "$WORK/kc-list.err"; exit 1; }
detail "seeded $KC_LIST_CLIENTS clients with apply in $(calc "$EPOCHREALTIME - $t0") s"
KC_TOKEN=$(curl -sf -u "$OAUTHCTL_CLIENT_ID:$OAUTHCTL_CLIENT_SECRET" -d grant_type=client_credentials \
    "$KC_URL/realms/$OAUTHCTL_TENANT/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
printf 'header = "Authorization: Bearer %s"\nurl = "%s"\nsilent\noutput = /dev/null\n' \
    "$KC_TOKEN" "$KC_URL/admin/realms/$OAUTHCTL_TENANT/clients" >"$WORK/kc-curl.cfg"
"$BIN" -o json clients list >"$WORK/kc-list.out" # warms the admin token cache
n_listed=$($PY count-json-items "$WORK/kc-list.out")
info "load $(loadavg)"
hyperfine -N --style basic --warmup 1 --runs "$KC_LIST_RUNS" --export-json "$WORK/kc-list-h.json" \
    "$BIN -o json clients list" "$BIN -o json clients list --page-size 100" \
    "curl -K $WORK/kc-curl.cfg" >"$WORK/kc-list-h.out" 2>&1 || { cat "$WORK/kc-list-h.out"; exit 1; }
mapfile -t m < <($PY hyperfine-median "$WORK/kc-list-h.json")
l_ms=$(cut -f1 <<<"${m[0]}")
l100_ms=$(cut -f1 <<<"${m[1]}")
c_ms=$(cut -f1 <<<"${m[2]}")
detail "clients list of $n_listed Keycloak clients: oauthctl $l_ms ms (the kind's page, 2000), $l100_ms ms (--page-size 100), curl $c_ms ms (medians of $KC_LIST_RUNS)"
row "Keycloak: clients list of $n_listed (median)" "$l_ms ms" "curl $c_ms ms" "$(calc "$l_ms / $c_ms")x" "<= 1.3x" "$(ok_le "$(calc "$l_ms / $c_ms")" 1.3)"
row "Keycloak: clients list --page-size 100" "$l100_ms ms" "curl $c_ms ms" "$(calc "$l100_ms / $c_ms")x" "(pages, for scale)" "-"
unset OAUTHCTL_API OAUTHCTL_BASE_URL OAUTHCTL_TENANT OAUTHCTL_CLIENT_ID OAUTHCTL_CLIENT_SECRET
fi

# ---------------------------------------------------------------------------------------------
say "summary ($(nproc) cores, load average $(loadavg) at the end)"
others=$(ps -eo args= | grep -cE '^([^ ]*/)?(cargo|rustc) |[/]target/(debug|release)/deps/' || true)
if [ "$others" -gt 0 ]; then
    info "NOTE: $others cargo/rustc/test processes were running at the end: figures are noisy."
fi
info "The load generator shares the 2 cores with the server under test; ratios are side by side."
echo
$PY report "$RESULTS"
mkdir -p "$HERE/.last-run"
{
    date -u +%FT%TZ
    $PY report "$RESULTS"
    echo
    cat "$DETAILS"
} >"$HERE/.last-run/summary.txt"
echo
info "(also written to benches/.last-run/summary.txt)"
