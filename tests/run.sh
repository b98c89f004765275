#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (a D-Bus session with an
# unlocked gnome-keyring for the OS-keyring tests, tmux for the terminal tests, jq and curl for the
# README walk-throughs of tests/readme.rs, the pinned
# node-oidc-provider for tests/oidc_provider.rs), then runs them.
#   bash tests/run.sh            (extra arguments go to `cargo test`)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for cmd in dbus-run-session gnome-keyring-daemon secret-tool tmux jq curl; do
  command -v "$cmd" >/dev/null 2>&1 || need+=("$cmd")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: installing gnome-keyring, dbus, libsecret-tools, tmux, jq and curl (missing: ${need[*]})" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      gnome-keyring dbus libsecret-tools tmux jq curl ca-certificates >/dev/null
  else
    echo "tests/run.sh: missing ${need[*]}; the keyring and terminal tests will be skipped (tests/readme.rs fails without jq and curl)" >&2
  fi
fi

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
# tests/oidc-provider/node_modules. With it in place the tests must run (not skip).
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
    echo "tests/run.sh: oidc-provider@$oidc_want did not install; tests/oidc_provider.rs will be skipped" >&2
  fi
else
  echo "tests/run.sh: node/npm missing; tests/oidc_provider.rs will be skipped" >&2
fi

cargo test --locked --all-targets "$@"
