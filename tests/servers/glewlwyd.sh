#!/usr/bin/env bash
# glewlwyd (Debian package `glewlwyd`, with sqlite3, curl and jq) on 127.0.0.1, set up the way
# tests/common/thirdparty.rs sets it up: a fresh SQLite database, the OIDC plugin `oidc`, the
# scopes api:read, api:write and registration, and an admin API key.
#
#   glewlwyd.sh [PORT] [DIR]   set it up in DIR (default: a new temporary folder) and run it in the
#                              foreground (default port 4593); it prints how to point oauthctl at
#                              it once it is ready
#
# The built-in admin is `admin` / `password` (from glewlwyd's schema): change it for anything but
# a local trial.
set -euo pipefail
port="${1:-4593}"
dir="${2:-$(mktemp -d)}"
base="http://127.0.0.1:$port"
mkdir -p "$dir"
db="$dir/glewlwyd.db"
rm -f "$db"
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
trap 'kill $pid 2>/dev/null' INT TERM
until curl -s -o /dev/null "$base/api/auth/scheme/"; do sleep 0.1; done
# The admin's API key: a cookie login, then POST /api/key/.
cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"username":"admin","password":"password"}' "$base/api/auth/" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)
key=$(curl -s -X POST -H "Cookie: $cookie" "$base/api/key/" | jq -r .key)
api() { curl -s -f -o /dev/null -X "$1" -H "Authorization: token $key" -H 'content-type: application/json' -d "$3" "$base$2"; }
for s in api:read api:write registration; do
  api POST /api/scope/ "{\"name\":\"$s\",\"display_name\":\"$s\",\"description\":\"the $s scope\",\"password_required\":false,\"scheme\":{}}"
done
jwt_key=$(head -c 32 /dev/urandom | base64 | tr -d '=\n')
api POST /api/mod/plugin/ "$(jq -n --arg iss "$base/api/oidc" --arg key "$jwt_key" '{
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
cat >&2 <<MSG

glewlwyd is ready ($dir). Its admin API:
  export OAUTHCTL_API=glewlwyd OAUTHCTL_BASE_URL=$base OAUTHCTL_TOKEN=$key
Its RFC 7591/7592 endpoints: --api rfc7592 --base-url $base/api/oidc, with an initial access
token from a client that has the scope \`registration\`.
MSG
wait $pid
