#!/usr/bin/env bash
# Ory Hydra on 127.0.0.1, as the tests run it (tests/common/thirdparty.rs calls this script).
#
#   hydra.sh path                   print the binary's path if it was built (else fail)
#   hydra.sh build                  build the version pinned in tests/servers/hydra/go.mod (a Go
#                                   tool module: `go get -tool github.com/ory/hydra/v2@VERSION`)
#                                   once, with SQLite; prints the binary's path
#   hydra.sh start [PUBLIC] [ADMIN] run it in the foreground (default ports 4444 and 4445): an
#                                   in-memory database, the public port as the issuer, dynamic
#                                   client registration (RFC 7591/7592) turned on and named
#                                   in the metadata (Hydra names it only when told its URL)
#
# Then: oauthctl --api hydra --base-url http://127.0.0.1:ADMIN --issuer http://127.0.0.1:PUBLIC
# (the admin port has no authentication of its own: keep it on loopback).
# Needs: go and a C compiler (SQLite is built with cgo).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
version=$(sed -n 's/^\s*github.com\/ory\/hydra\/v2 \(v[^ ]*\).*/\1/p' "$here/hydra/go.mod" | head -1)
cache="${OAUTHCTL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oauthctl-test}"
bin="$cache/hydra-$version"

build() {
  if [ ! -x "$bin" ]; then
    mkdir -p "$cache"
    # `memory` is an SQLite database: Hydra needs its sqlite build tag for it.
    (cd "$here/hydra" && CGO_ENABLED=1 go build -tags sqlite,sqlite_omit_load_extension \
      -o "$bin.partial" github.com/ory/hydra/v2)
    mv "$bin.partial" "$bin"
  fi
  echo "$bin"
}

start() {
  local public="${1:-4444}" admin="${2:-4445}"
  [ -x "$bin" ] || build >/dev/null
  DSN=memory \
  SECRETS_SYSTEM="${HYDRA_SECRETS_SYSTEM:-oauthctl-test-system-secret-0123456789}" \
  SERVE_PUBLIC_HOST=127.0.0.1 SERVE_PUBLIC_PORT="$public" \
  SERVE_ADMIN_HOST=127.0.0.1 SERVE_ADMIN_PORT="$admin" \
  URLS_SELF_ISSUER="http://127.0.0.1:$public" \
  OIDC_DYNAMIC_CLIENT_REGISTRATION_ENABLED=true \
  WEBFINGER_OIDC_DISCOVERY_CLIENT_REGISTRATION_URL="http://127.0.0.1:$public/oauth2/register" \
  LOG_LEVEL="${HYDRA_LOG_LEVEL:-info}" \
    exec "$bin" serve all --dev
}

case "${1:-}" in
  path) [ -x "$bin" ] && echo "$bin" ;;
  build) build ;;
  start) shift; start "$@" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
