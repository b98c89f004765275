#!/usr/bin/env bash
# node-oidc-provider (the version pinned in tests/oidc-provider) on 127.0.0.1 with dynamic
# client registration (RFC 7591) and management (RFC 7592) turned on, as the tests run it
# (tests/common/thirdparty.rs and tests/oidc_provider.rs call this script).
#
#   node-oidc-provider.sh [PORT]   install it once (npm ci) and run it in the foreground
#                                  (default port 3000); it prints the initial access token, then
#                                  "listening on http://127.0.0.1:PORT" once it is ready
#
# Options, from the environment (tests/oidc-provider/server.mjs says more):
#   OIDC_SECRET_TTL=SECONDS  each registered client's secret expires that long after it was
#                            issued (client_secret_expires_at); unset: never
#   OIDC_KEEP_SECRET=1       an update (RFC 7592 PUT) keeps the client secret; unset: it issues a
#                            new one
#   OIDC_REGISTRATION=0      no dynamic registration (no initial access token)
#   OIDC_STRICT_QUERY=1      the token endpoint refuses parameters in the URL's query
#   OIDC_SECRET              the secret of its built-in clients cc-basic, cc-post and web-app
#                            (default: a random one)
#   OIDC_WEB_REDIRECT        web-app's redirect URI (default: http://127.0.0.1:PORT/cb)
#
# Then: oauthctl --api rfc7592 --base-url http://127.0.0.1:PORT with OAUTHCTL_TOKEN set to the
# printed initial access token. Needs node and npm.
set -euo pipefail
port="${1:-3000}"
dir="$(cd "$(dirname "$0")/../oidc-provider" && pwd)"
if [ ! -f "$dir/node_modules/oidc-provider/package.json" ]; then
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
OIDC_PORT="$port" OIDC_REGISTRATION="${OIDC_REGISTRATION:-1}" \
OIDC_SECRET="${OIDC_SECRET:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')}" \
OIDC_WEB_REDIRECT="${OIDC_WEB_REDIRECT:-http://127.0.0.1:$port/cb}" \
  exec node "$dir/server.mjs"
