#!/usr/bin/env bash
# glewlwyd (Debian package `glewlwyd`, with sqlite3, curl and jq) on 127.0.0.1, as the tests run it
# (tests/common/thirdparty.rs calls this script): a fresh SQLite database, the OIDC plugin `oidc`,
# the scopes api:read, api:write and registration, an admin API key, and the client
# oauthctl-registrar, whose client_credentials tokens with the scope `registration` are RFC 7591
# initial access tokens.
#
#   glewlwyd.sh [PORT] [DIR]   set it up in DIR (default: a new temporary folder) and run it in the
#                              foreground (default port 4593); once it is ready it prints how to
#                              point oauthctl at it and writes the same variables (and the
#                              registrar's) to DIR/oauthctl.env
#
# The built-in admin is `admin` / `password` (from glewlwyd's schema): change it for anything but
# a local trial.
set -euo pipefail
port="${1:-4593}"
dir="${2:-$(mktemp -d)}"
base="http://127.0.0.1:$port"
mkdir -p "$dir"
db="$dir/glewlwyd.db"
env_file="$dir/oauthctl.env"
rm -f "$db" "$env_file"
# One transaction: statement by statement, each one a commit, it takes seconds.
{ echo 'BEGIN;'; zcat /usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz; echo 'COMMIT;'; } | sqlite3 "$db"
# The packaged configuration without the keys set here, its database block and its @include.
awk '
  indb { if ($0 ~ /};/) indb = 0; next }
  /^[ \t]*database[ \t]*=/ { if ($0 !~ /};/) indb = 1; next }
  /^[ \t]*@include/ { next }
  /^[ \t]*(port|bind_address|external_url|log_mode|log_level|admin_session_authentication|static_files_path)[ \t]*=/ { next }
  { print }' /etc/glewlwyd/glewlwyd.conf >"$dir/glewlwyd.conf"
cat >>"$dir/glewlwyd.conf" <<CONF
port=$port
bind_address="127.0.0.1"
external_url="$base"
log_mode="console"
log_level="INFO"
admin_session_authentication="cookie,api_key"
static_files_path="/usr/share/glewlwyd/webapp/"
database = { type = "sqlite3" path = "$db" };
CONF
glewlwyd --config-file="$dir/glewlwyd.conf" &
pid=$!
# glewlwyd stops with this script, however it ends (a failed step, Ctrl-C, SIGTERM).
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
trap 'exit 143' INT TERM
until curl -s -o /dev/null "$base/api/auth/scheme/"; do
  kill -0 $pid 2>/dev/null || { echo "glewlwyd exited before it was ready" >&2; exit 1; }
  sleep 0.1
done
# The admin's API key: a cookie login, then POST /api/key/.
cookie=$(curl -sS -f -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"username":"admin","password":"password"}' "$base/api/auth/" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)
key=$(curl -sS -f -X POST -H "Cookie: $cookie" "$base/api/key/" | jq -r .key)
api() { curl -sS -f -o /dev/null -X "$1" -H "Authorization: token $key" -H 'content-type: application/json' -d "$3" "$base$2"; }
for s in api:read api:write registration; do
  api POST /api/scope/ "{\"name\":\"$s\",\"display_name\":\"$s\",\"description\":\"the $s scope\",\"password_required\":false,\"scheme\":{}}"
done
random() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
api POST /api/mod/plugin/ "$(jq -n --arg iss "$base/api/oidc" --arg key "$(random)" '{
  module: "oidc", name: "oidc", display_name: "OpenID Connect", enabled: true,
  parameters: {
    iss: $iss, "jwt-type": "sha", "jwt-key-size": "256", key: $key,
    "access-token-duration": 3600, "refresh-token-duration": 1209600, "code-duration": 600,
    "refresh-token-rolling": false, "allow-non-oidc": true,
    "auth-type-code-enabled": true, "auth-type-token-enabled": false,
    "auth-type-id-token-enabled": true, "auth-type-none-enabled": false,
    "auth-type-password-enabled": false, "auth-type-client-enabled": true,
    "auth-type-refresh-enabled": true, "pkce-allowed": true, "pkce-method-plain-allowed": false,
    "introspection-revocation-allowed": true, "introspection-revocation-auth-scope": [],
    "introspection-revocation-allow-target-client": true,
    "register-client-allowed": true, "register-client-auth-scope": ["registration"],
    "register-client-credentials-scope": ["api:read"], "register-client-management-allowed": true
  }}')"
registrar_secret=$(random)
api POST /api/client/ "$(jq -n --arg secret "$registrar_secret" '{
  client_id: "oauthctl-registrar", name: "initial access tokens", enabled: true,
  confidential: true, password: $secret,
  authorization_type: ["client_credentials"], scope: ["registration"],
  token_endpoint_auth_method: ["client_secret_basic", "client_secret_post"]}')"
printf 'OAUTHCTL_API=glewlwyd\nOAUTHCTL_BASE_URL=%s\nOAUTHCTL_TOKEN=%s\nGLEWLWYD_REGISTRAR=oauthctl-registrar\nGLEWLWYD_REGISTRAR_SECRET=%s\n' \
  "$base" "$key" "$registrar_secret" >"$env_file.partial"
mv "$env_file.partial" "$env_file"
cat >&2 <<MSG

glewlwyd is ready ($dir). Its admin API:
  export OAUTHCTL_API=glewlwyd OAUTHCTL_BASE_URL=$base OAUTHCTL_TOKEN=$key
Its RFC 7591/7592 endpoints: --api rfc7592 --base-url $base/api/oidc, with an initial access
token from a client that has the scope \`registration\`: oauthctl-registrar, secret
$registrar_secret (also in $env_file).
MSG
wait $pid
