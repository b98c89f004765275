#!/usr/bin/env python3
"""Helpers for benches/run.sh: talk to the admin API, seed clients, parse tool output, report.

Standard library only. Every network call goes to the loopback base URL it is given; an https://
base URL is verified against the CA in BENCH_CA_CERT (or the system's roots).

Subcommands (see run.sh for how they are used):
  wait-listen LOG [TIMEOUT]            wait for "listening on http(s)://..." in LOG, print the URL
  admin-token BASE CLIENT_ID SECRET    print an access token (client_credentials, HTTP Basic)
  create-client BASE TOKEN NAME        create a client_credentials client with api.read; print its ID
  create-secret BASE TOKEN CLIENT_ID   create a secret; print its value
  seed BASE TOKEN N PREFIX [--secrets] [--threads T] [--ids FILE]
                                       create N clients concurrently (keep-alive per thread)
  hyperfine-median JSON                print "median_ms<TAB>mean_ms<TAB>stddev_ms<TAB>runs" per command
  time-v FILE                          print "max_rss_kb<TAB>wall_s<TAB>exit" from `/usr/bin/time -v`
  count-json-items FILE                print how many clients a `clients list -o json` document holds
  wrk-json FILE                        print "rps p50 p90 p99 max(ms) errors requests breakdown"
  rotate-summary FILE                  print "total<TAB>status=count,..." of a rotate --all document
  declare-file N PREFIX OUT            write a YAML file for `oauthctl apply` with the N clients
                                       that `seed N PREFIX` creates
  apply-summary FILE                   print "created<TAB>with_secret<TAB>unchanged" of an apply document
  timings-top HTML [N]                 print the N (10) longest units of a `cargo build --timings`
                                       report, "seconds<TAB>unit", longest first
  report RESULTS_TSV                   print the final summary table
"""

import base64
import http.client
import json
import os
import re
import ssl
import sys
import threading
import time
import urllib.parse

TENANT_PATH = "/api/adminapi2/v1/tenants/default"


def _conn(base):
    u = urllib.parse.urlsplit(base)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit(f"refusing a non-loopback base URL: {base}")
    if u.scheme == "https":
        ctx = ssl.create_default_context(cafile=os.environ.get("BENCH_CA_CERT") or None)
        return http.client.HTTPSConnection(u.hostname, u.port, timeout=30, context=ctx)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def _request(conn, method, path, body=None, headers=None):
    h = dict(headers or {})
    data = None
    if body is not None:
        if isinstance(body, (bytes, str)):
            data = body.encode() if isinstance(body, str) else body
        else:
            data = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
    conn.request(method, path, body=data, headers=h)
    r = conn.getresponse()
    payload = r.read()
    return r.status, payload


def wait_listen(log, timeout="20"):
    deadline = time.time() + float(timeout)
    pat = re.compile(r"listening on (https?://[0-9.:\[\]a-z]+)")
    while time.time() < deadline:
        try:
            with open(log, encoding="utf-8", errors="replace") as f:
                m = pat.search(f.read())
            if m:
                print(m.group(1))
                return
        except FileNotFoundError:
            pass
        time.sleep(0.05)
    sys.exit(f"no 'listening on' line in {log} after {timeout}s")


def admin_token(base, client_id, secret):
    c = _conn(base)
    basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    status, body = _request(
        c,
        "POST",
        "/oauth/token",
        body="grant_type=client_credentials",
        headers={
            "Authorization": f"Basic {basic}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    if status != 200:
        sys.exit(f"token endpoint answered {status}: {body[:300]!r}")
    print(json.loads(body)["access_token"])


def _create_client(conn, token, name):
    status, body = _request(
        conn,
        "POST",
        f"{TENANT_PATH}/clients/",
        body={
            "clientName": name,
            "spaceId": "default",
            "allowedGrantTypes": ["client_credentials"],
            "allowedScopes": ["api.read"],
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    if status not in (200, 201):
        raise RuntimeError(f"create client {name}: {status} {body[:300]!r}")
    return json.loads(body)["clientId"]


def _create_secret(conn, token, client_id):
    status, body = _request(
        conn,
        "POST",
        f"{TENANT_PATH}/clients/{urllib.parse.quote(client_id, safe='')}/secrets/",
        body={},
        headers={"Authorization": f"Bearer {token}"},
    )
    if status not in (200, 201):
        raise RuntimeError(f"create secret for {client_id}: {status} {body[:300]!r}")
    return json.loads(body)["value"]


def create_client(base, token, name):
    print(_create_client(_conn(base), token, name))


def create_secret(base, token, client_id):
    print(_create_secret(_conn(base), token, client_id))


def seed(base, token, n, prefix, *rest):
    secrets = "--secrets" in rest
    threads = 8
    ids_file = None
    args = list(rest)
    if "--threads" in args:
        threads = int(args[args.index("--threads") + 1])
    if "--ids" in args:
        ids_file = args[args.index("--ids") + 1]
    n = int(n)
    ids = [None] * n
    errors = []
    next_i = [0]
    lock = threading.Lock()

    def worker():
        conn = _conn(base)
        while True:
            with lock:
                i = next_i[0]
                if i >= n or len(errors) > 20:
                    return
                next_i[0] += 1
            for attempt in range(3):
                try:
                    cid = _create_client(conn, token, f"{prefix}-{i:06d}")
                    if secrets:
                        _create_secret(conn, token, cid)
                    ids[i] = cid
                    break
                except (OSError, http.client.HTTPException) as e:
                    conn.close()
                    conn = _conn(base)
                    if attempt == 2:
                        with lock:
                            errors.append(f"{prefix}-{i}: {e}")
                except RuntimeError as e:
                    with lock:
                        errors.append(str(e))
                    break

    t0 = time.perf_counter()
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    if errors:
        sys.exit(f"seeding failed ({len(errors)} errors), first: {errors[0]}")
    if ids_file:
        with open(ids_file, "w") as f:
            f.write("\n".join(ids) + "\n")
    calls = n * (2 if secrets else 1)
    print(f"seeded {n} clients{' with a secret each' if secrets else ''} "
          f"in {dt:.1f}s ({calls / dt:.0f} API calls/s, {threads} threads)")


def declare_file(n, prefix, out):
    n = int(n)
    with open(out, "w") as f:
        f.write("clients:\n")
        for i in range(n):
            f.write(f"  - clientName: {prefix}-{i:06d}\n"
                    "    spaceId: default\n"
                    "    allowedGrantTypes: [client_credentials]\n"
                    "    allowedScopes: [api.read]\n")


def apply_summary(path):
    with open(path) as f:
        doc = json.load(f)
    created = doc.get("created", [])
    with_secret = sum(1 for c in created if (c.get("secret") or {}).get("value"))
    print(f"{len(created)}\t{with_secret}\t{len(doc.get('unchanged', []))}")


def hyperfine_median(path):
    with open(path) as f:
        data = json.load(f)
    for r in data["results"]:
        print(f"{r['median'] * 1000:.3f}\t{r['mean'] * 1000:.3f}\t"
              f"{r['stddev'] * 1000:.3f}\t{len(r['times'])}")


def time_v(path):
    rss, wall, code = None, None, None
    with open(path, errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(":", 1)[1])
            elif line.startswith("Elapsed (wall clock) time"):
                v = line.split("):", 1)[1].strip()
                parts = [float(p) for p in v.split(":")]
                wall = 0.0
                for p in parts:
                    wall = wall * 60 + p
            elif line.startswith("Exit status"):
                code = int(line.rsplit(":", 1)[1])
            elif line.startswith("Command exited with non-zero status"):
                code = int(line.rsplit(" ", 1)[1])
    if rss is None:
        sys.exit(f"no max RSS in {path}")
    print(f"{rss}\t{wall if wall is not None else 'nan'}\t{code if code is not None else 0}")


def count_json_items(path):
    with open(path) as f:
        doc = json.load(f)
    if isinstance(doc, dict):
        for key in ("items", "clients"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    print(len(doc) if isinstance(doc, list) else "?")


def wrk_json(path):
    """Print rps, p50/p90/p99/max in ms, total errors and the breakdown from a wrk run."""
    doc = None
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("WRKJSON "):
                doc = json.loads(line[len("WRKJSON "):])
    if doc is None:
        sys.exit(f"no WRKJSON line in {path}")
    errs = sum(doc[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
    rps = doc["requests"] / (doc["duration_us"] / 1e6)
    breakdown = ",".join(f"{k[4:]}={doc[k]}" for k in
                         ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
    print(f"{rps:.0f}\t{doc['lat_p50_us'] / 1000:.2f}\t{doc['lat_p90_us'] / 1000:.2f}\t"
          f"{doc['lat_p99_us'] / 1000:.2f}\t{doc['lat_max_us'] / 1000:.2f}\t{errs}\t"
          f"{doc['requests']}\t{breakdown}")


def rotate_summary(path):
    """Print "total<TAB>status=count,..." for a `secrets rotate --all -o json` document."""
    with open(path) as f:
        doc = json.load(f)
    if isinstance(doc, dict):
        for key in ("items", "results", "clients"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if not isinstance(doc, list):
        print("?\tunknown shape")
        return
    counts = {}
    for item in doc:
        st = item.get("status", "?") if isinstance(item, dict) else "?"
        counts[st] = counts.get(st, 0) + 1
    print(f"{len(doc)}\t" + ",".join(f"{k}={v}" for k, v in sorted(counts.items())))


def timings_top(path, n="10"):
    with open(path) as f:
        m = re.search(r"const UNIT_DATA = (\[.*?\]);\n", f.read(), re.S)
    if m is None:
        sys.exit(f"no UNIT_DATA in {path}")
    units = json.loads(m.group(1))
    units.sort(key=lambda u: u.get("duration", 0), reverse=True)
    for u in units[: int(n)]:
        what = u["name"] + (" (" + u["target"].strip() + ")" if u["target"].strip() else "")
        if u.get("mode") == "run-custom-build":
            what = u["name"] + " (build script run)"
        print(f"{u['duration']:.1f}\t{what}")


def report(path):
    rows = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                rows.append(line.split("\t"))
    head = ["measurement", "oauthctl", "peer", "ratio", "target", "ok?"]
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]

    def fmt(r):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    print(fmt(head))
    print(sep)
    for r in rows:
        print(fmt(r))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    fn = {
        "wait-listen": wait_listen,
        "admin-token": admin_token,
        "create-client": create_client,
        "create-secret": create_secret,
        "seed": seed,
        "hyperfine-median": hyperfine_median,
        "time-v": time_v,
        "count-json-items": count_json_items,
        "wrk-json": wrk_json,
        "rotate-summary": rotate_summary,
        "declare-file": declare_file,
        "apply-summary": apply_summary,
        "timings-top": timings_top,
        "report": report,
    }.get(cmd)
    if fn is None:
        sys.exit(f"unknown subcommand {cmd}\n{__doc__}")
    fn(*args)


if __name__ == "__main__":
    main()
