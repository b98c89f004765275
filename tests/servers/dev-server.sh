#!/usr/bin/env bash
# oauthctl's own dev server on 127.0.0.1, for trying oauthctl locally.
#
#   dev-server.sh [PORT]   run it in the foreground (default port 8787) with an in-memory
#                          database; it prints the admin client's secret when it starts
#
# Then: oauthctl --base-url http://127.0.0.1:PORT with OAUTHCTL_CLIENT_ID=oauthctl-admin and
# OAUTHCTL_CLIENT_SECRET set to the printed secret. Uses the oauthctl on PATH, else builds this
# checkout's (`cargo run`).
set -euo pipefail
port="${1:-8787}"
if command -v oauthctl >/dev/null 2>&1; then
  exec oauthctl dev-server --listen "127.0.0.1:$port" --in-memory
fi
cd "$(dirname "$0")/../.."
exec cargo run -q -- dev-server --listen "127.0.0.1:$port" --in-memory
