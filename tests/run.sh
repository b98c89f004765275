#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (a D-Bus session with an
# unlocked gnome-keyring for the OS-keyring tests, tmux for the terminal tests, jq and curl for the
# README walk-throughs of tests/readme.rs, the pinned node-oidc-provider for tests/oidc_provider.rs,
# glewlwyd and LemonLDAP::NG for the third-party server tests, Keycloak and Ory Hydra through the
# scripts in tests/servers), then runs them.
#   bash tests/run.sh                          (extra arguments go to `cargo test`)
#   bash tests/run.sh --test e2e rotation::    one file's tests (tests/rotation.rs)
#   bash tests/run.sh --test e2e NAME          the tests whose path contains NAME
# The files of tests/ are modules of one test binary, `e2e` (tests/e2e.rs), so it links once.
set -euo pipefail
cd "$(dirname "$0")/.."

# What apt installs when it is missing, in one `apt-get install`:
# - gnome-keyring, dbus, libsecret-tools, tmux: the keyring and terminal tests;
# - jq, curl: the README walk-throughs (tests/readme.rs);
# - glewlwyd and sqlite3: tests/thirdparty_smoke.rs (glewlwyd's admin API and RFC 7591/7592);
# - LemonLDAP::NG's portal and Manager API with the Perl libraries its portal needs to start
#   (without any one of them the portal does not start), run with plackup, no web server.
base_pkgs=(gnome-keyring dbus libsecret-tools tmux jq curl ca-certificates)
glewlwyd_pkgs=(glewlwyd sqlite3)
lemonldap_pkgs=(lemonldap-ng lemonldap-ng-fastcgi-server libgd-securityimage-perl libgd-perl
  libimage-magick-perl libstring-random-perl libdigest-hmac-perl libemail-sender-perl
  libcrypt-openssl-bignum-perl libconvert-base32-perl libio-string-perl libipc-run-perl
  libmime-tools-perl libnet-ldap-perl libio-socket-timeout-perl libunicode-string-perl
  libauthen-webauthn-perl openssl)
have_cmds() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || return 1; done
}
have_glewlwyd() {
  have_cmds glewlwyd sqlite3 && [ -f /usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz ]
}
have_lemonldap() {
  have_cmds plackup openssl && [ -f /usr/share/lemonldap-ng/portal/htdocs/index.psgi ] \
    && [ -f /usr/share/lemonldap-ng/manager/api/api.psgi ] || return 1
  if command -v dpkg-query >/dev/null 2>&1; then
    # Every package of the list, not only the portal: without some libraries it does not start.
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}\n' "${lemonldap_pkgs[@]}" 2>/dev/null | grep -c '^ii')" \
      = "${#lemonldap_pkgs[@]}" ]
  else
    perl -MGD::SecurityImage -MString::Random -MDigest::HMAC -e 1 2>/dev/null
  fi
}
want=()
have_cmds dbus-run-session gnome-keyring-daemon secret-tool tmux jq curl || want+=("${base_pkgs[@]}")
have_glewlwyd || want+=("${glewlwyd_pkgs[@]}")
have_lemonldap || want+=("${lemonldap_pkgs[@]}")
if [ ${#want[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: apt-get install ${want[*]}" >&2
    # glewlwyd's package asks which database to configure: none (the tests make their own).
    echo "glewlwyd glewlwyd/config_type select No configuration" | debconf-set-selections
    # No package may start a daemon while it installs (glewlwyd's would take port 4593).
    policy_rc=/usr/sbin/policy-rc.d
    policy_rc_ours=
    if [ ! -e "$policy_rc" ]; then
      printf '#!/bin/sh\nexit 101\n' >"$policy_rc" && chmod 755 "$policy_rc" && policy_rc_ours=1
    fi
    apt_rc=0
    apt-get update -qq -o DPkg::Lock::Timeout=600 || apt_rc=$?
    if [ "$apt_rc" = 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${want[@]}" </dev/null >/dev/null || apt_rc=$?
    fi
    if [ -n "$policy_rc_ours" ]; then rm -f "$policy_rc"; fi
    if [ "$apt_rc" != 0 ]; then
      echo "tests/run.sh: apt-get failed (exit $apt_rc)" >&2
      exit "$apt_rc"
    fi
  else
    echo "tests/run.sh: missing packages ${want[*]} (installed only as root, with apt);" \
      "the tests that need them will fail" >&2
  fi
fi
# Each part set up here gets its OAUTHCTL_TEST_* variable: a test that needs a part fails, never
# skips, without it (tests/common/parts.rs).
if have_cmds tmux; then export OAUTHCTL_TEST_TMUX=1; fi
if have_glewlwyd; then export OAUTHCTL_TEST_GLEWLWYD=1; fi
if have_lemonldap; then export OAUTHCTL_TEST_LEMONLDAP=1; fi

# Re-run inside a private D-Bus session with an unlocked, throw-away keyring.
if [ -z "${_OAUTHCTL_KR_WRAPPED:-}" ] && command -v dbus-run-session >/dev/null 2>&1 \
   && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  export _OAUTHCTL_KR_WRAPPED=1
  exec dbus-run-session -- bash "$0" "$@"
fi
if [ -n "${_OAUTHCTL_KR_WRAPPED:-}" ]; then
  kr_dir="$(mktemp -d)"
  trap 'rm -rf "$kr_dir"' EXIT
  # The password comes from a pipe, never from this script's stdin; a fresh XDG_DATA_HOME means
  # no old keyring with another password can stay locked.
  printf '%s' ci-throwaway | XDG_DATA_HOME="$kr_dir" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export OAUTHCTL_TEST_SECRET_SERVICE=1
fi

# node-oidc-provider, the third-party server of tests/oidc_provider.rs: the version pinned in
# tests/oidc-provider/package.json (and its package-lock.json), installed once into
# tests/oidc-provider/node_modules.
oidc_dir=tests/oidc-provider
oidc_want=$(sed -n 's/.*"oidc-provider": *"\([^"]*\)".*/\1/p' "$oidc_dir/package.json")
oidc_have() {
  node -p "require('./$oidc_dir/node_modules/oidc-provider/package.json').version" 2>/dev/null || true
}
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ "$(oidc_have)" != "$oidc_want" ]; then
    echo "tests/run.sh: npm ci in $oidc_dir (oidc-provider@$oidc_want)" >&2
    (cd "$oidc_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  if [ "$(oidc_have)" = "$oidc_want" ]; then
    export OAUTHCTL_TEST_OIDC_PROVIDER=1
  else
    echo "tests/run.sh: oidc-provider@$oidc_want did not install; the tests that need it will fail" >&2
  fi
else
  echo "tests/run.sh: node/npm missing; the tests that need node-oidc-provider will fail" >&2
fi

# Keycloak and Ory Hydra, third-party servers of the contract suite (tests/contract/):
# fetched and built once by the scripts users run too (tests/servers), cached in Maven's and Go's
# caches and ~/.cache/oauthctl-test. Keycloak's distribution comes from Maven Central (unzip and a
# JDK run it; jq is above); Hydra is built from the Go module proxy with cgo (SQLite).
servers=tests/servers
want_servers=()
have_cmds unzip || want_servers+=(unzip)
have_cmds gcc || want_servers+=(gcc libc6-dev)
if [ ${#want_servers[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "tests/run.sh: apt-get install ${want_servers[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${want_servers[@]}" </dev/null >/dev/null \
    || echo "tests/run.sh: apt-get install ${want_servers[*]} failed" >&2
fi
if ! bash "$servers/keycloak.sh" path >/dev/null 2>&1; then
  if have_cmds mvn unzip java; then
    echo "tests/run.sh: fetching Keycloak (tests/servers/keycloak.sh fetch)" >&2
    bash "$servers/keycloak.sh" fetch >/dev/null \
      || echo "tests/run.sh: Keycloak did not fetch; the tests that need it will fail" >&2
  else
    echo "tests/run.sh: mvn, unzip or java missing; the tests that need Keycloak will fail" >&2
  fi
fi
if bash "$servers/keycloak.sh" path >/dev/null 2>&1; then export OAUTHCTL_TEST_KEYCLOAK=1; fi
if ! bash "$servers/hydra.sh" path >/dev/null 2>&1; then
  if have_cmds go gcc; then
    echo "tests/run.sh: building Ory Hydra (tests/servers/hydra.sh build; minutes the first time)" >&2
    nice -n 10 bash "$servers/hydra.sh" build >/dev/null \
      || echo "tests/run.sh: Hydra did not build; the tests that need it will fail" >&2
  else
    echo "tests/run.sh: go or gcc missing; the tests that need Ory Hydra will fail" >&2
  fi
fi
if bash "$servers/hydra.sh" path >/dev/null 2>&1; then export OAUTHCTL_TEST_HYDRA=1; fi

# With arguments (`bash tests/run.sh --test e2e rotation::`), only what they name; else every
# target. The old form `--test FILE` (a file of tests/, no longer its own binary) still works: it
# becomes `--test e2e FILE::`, or `--test e2e` when a name filter follows (which then runs
# everywhere in e2e).
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = --test ] && [ $# -gt 1 ] && [ "$2" != e2e ] \
    && [ ! -f "tests/$2.rs" ] && [ ! -f "tests/$2/mod.rs" ]; then
    # Not a file of tests/ (e.g. the old backend_glewlwyd.rs, now contract/glewlwyd.rs): say so,
    # rather than let cargo find no target and the totals read "0 passed, 0 failed".
    echo "tests/run.sh: no tests/$2.rs; the tests are one binary, e2e, filtered by module path:" >&2
    echo "  bash tests/run.sh --test e2e -- FILTER   (e.g. contract::glewlwyd::, rotation::)" >&2
    echo "  modules: $(sed -n 's/^mod \([a-z_0-9]*\);$/\1/p' tests/e2e.rs | tr '\n' ' ')" >&2
    exit 2
  fi
  if [ "$1" = --test ] && [ $# -gt 1 ] && [ "$2" != e2e ] && { [ -f "tests/$2.rs" ] || [ -f "tests/$2/mod.rs" ]; }; then
    file=$2
    shift 2
    filtered=
    for a in "$@"; do case "$a" in -*) ;; *) filtered=1 ;; esac; done
    if [ -n "$filtered" ]; then now=(--test e2e); else now=(--test e2e "$file::"); fi
    args+=("${now[@]}")
    echo "tests/run.sh: --test $file is now ${now[*]} (tests/$file is a module of e2e)" >&2
  else
    args+=("$1")
    shift
  fi
done
set -- "${args[@]+"${args[@]}"}"
# Every test binary runs (--no-fail-fast), and the last line is the totals over all of them,
# `N passed, N failed` (tests/totals.sh); the exit code is cargo's, non-zero when anything failed.
if [ $# -eq 0 ]; then set -- --all-targets; fi
case " $* " in *" --no-fail-fast "*) ;; *) set -- --no-fail-fast "$@" ;; esac
results="$(mktemp)"
trap 'rm -f "$results"; if [ -n "${kr_dir:-}" ]; then rm -rf "$kr_dir"; fi' EXIT
test_rc=0
cargo test --locked "$@" | tee "$results" || test_rc=$?
# `tee` succeeded, so test_rc is cargo's status (pipefail).
bash tests/totals.sh <"$results"
exit "$test_rc"
