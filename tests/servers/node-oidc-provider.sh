#!/usr/bin/env bash
# node-oidc-provider (the version pinned in tests/oidc-provider) on 127.0.0.1 with dynamic
# client registration (RFC 7591) and management (RFC 7592) turned on, as tests/oidc_provider.rs
# runs it.
#
#   node-oidc-provider.sh [PORT]   install it once (npm ci) and run it in the foreground
#                                  (default port 3000); it prints the initial access token
#
# Then: oauthctl --api rfc7592 --base-url http://127.0.0.1:PORT with OAUTHCTL_TOKEN set to the
# printed initial access token. Needs node and npm.
set -euo pipefail
port="${1:-3000}"
dir="$(cd "$(dirname "$0")/../oidc-provider" && pwd)"
if [ ! -f "$dir/node_modules/oidc-provider/package.json" ]; then
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
OIDC_PORT="$port" OIDC_REGISTRATION=1 \
OIDC_SECRET="${OIDC_SECRET:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')}" \
OIDC_WEB_REDIRECT="${OIDC_WEB_REDIRECT:-http://127.0.0.1:$port/cb}" \
  exec node "$dir/server.mjs"
