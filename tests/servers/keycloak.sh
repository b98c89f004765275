#!/usr/bin/env bash
# Keycloak on 127.0.0.1, as the tests run it (tests/common/thirdparty.rs calls this script).
#
#   keycloak.sh path                    print its directory if it was fetched (else fail)
#   keycloak.sh fetch                   download the pinned distribution with Maven (into Maven's
#                                       cache) and unpack it once; prints its directory
#   keycloak.sh start [PORT]            run it in the foreground (default port 8080): start-dev,
#                                       an in-memory database, client secret rotation turned on,
#                                       the master realm's admin from KEYCLOAK_ADMIN /
#                                       KEYCLOAK_ADMIN_PASSWORD (admin / admin-password)
#   keycloak.sh realm REALM [rotation]  with it running (KEYCLOAK_URL, default
#                                       http://127.0.0.1:8080): make REALM with a client scope
#                                       api.read, the admin client oauthctl-admin (a service
#                                       account with manage-clients, view-clients and
#                                       query-clients, the least roles oauthctl needs) and, with
#                                       `rotation`, a client policy that rotates secrets; prints
#                                       the variables that point oauthctl at it
#
# Needs: mvn, unzip, a JDK 17 or newer (JAVA_HOME, or java on PATH), curl and jq (realm).
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
cache="${OAUTHCTL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oauthctl-test}"
home="$cache/keycloak-$KEYCLOAK_VERSION"
admin="${KEYCLOAK_ADMIN:-admin}"
admin_password="${KEYCLOAK_ADMIN_PASSWORD:-admin-password}"
url="${KEYCLOAK_URL:-http://127.0.0.1:8080}"

fetch() {
  if [ ! -x "$home/bin/kc.sh" ]; then
    mkdir -p "$cache"
    local dl="$cache/download"
    mvn -q -B dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$dl" >&2
    rm -rf "$home.partial" && mkdir -p "$home.partial"
    unzip -q "$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$home.partial"
    rm -f "$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    mv "$home.partial/keycloak-$KEYCLOAK_VERSION" "$home" && rmdir "$home.partial"
  fi
  echo "$home"
}

start() {
  local port="${1:-8080}"
  [ -x "$home/bin/kc.sh" ] || fetch >/dev/null
  # Client secret rotation is a preview feature; the in-memory database leaves nothing behind.
  KC_BOOTSTRAP_ADMIN_USERNAME="$admin" KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    exec "$home/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$port" \
    --db dev-mem --features client-secret-rotation
}

# One admin call with the master realm's admin token: METHOD PATH [JSON].
kc() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -f -X "$method" -H "Authorization: Bearer $token" "$url/admin/realms$path")
  if [ -n "$body" ]; then args+=(-H 'content-type: application/json' --data-binary "$body"); fi
  curl "${args[@]}"
}

realm() {
  local realm=$1 rotation=${2:-}
  token=$(curl -sS -f -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$admin" --data-urlencode "password=$admin_password" \
    "$url/realms/master/protocol/openid-connect/token" | jq -r .access_token)
  kc POST "" "{\"realm\":\"$realm\",\"enabled\":true}"
  if [ "$rotation" = rotation ]; then
    # Secrets expire after 30 days; a rotated secret keeps working for 7 more days.
    kc PUT "/$realm/client-policies/profiles" '{"profiles":[{"name":"rotation","description":"secret rotation","executors":[{"executor":"secret-rotation","configuration":{"expiration-period":"2592000","rotated-expiration-period":"604800","remaining-rotation-period":"864000"}}]}]}'
    kc PUT "/$realm/client-policies/policies" '{"policies":[{"name":"rotation","description":"secret rotation for every client","enabled":true,"conditions":[{"condition":"any-client","configuration":{}}],"profiles":["rotation"]}]}'
  fi
  kc POST "/$realm/client-scopes" '{"name":"api.read","protocol":"openid-connect","attributes":{"include.in.token.scope":"true"}}'
  local secret
  secret=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  kc POST "/$realm/clients" "{\"clientId\":\"oauthctl-admin\",\"name\":\"oauthctl\",\"publicClient\":false,\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false,\"secret\":\"$secret\"}"
  local cid uid rm roles
  cid=$(kc GET "/$realm/clients?clientId=oauthctl-admin" | jq -r '.[0].id')
  uid=$(kc GET "/$realm/clients/$cid/service-account-user" | jq -r .id)
  rm=$(kc GET "/$realm/clients?clientId=realm-management" | jq -r '.[0].id')
  roles=$(for r in manage-clients view-clients query-clients; do kc GET "/$realm/clients/$rm/roles/$r"; done | jq -s -c .)
  kc POST "/$realm/users/$uid/role-mappings/clients/$rm" "$roles"
  printf 'OAUTHCTL_API=keycloak\nOAUTHCTL_BASE_URL=%s\nOAUTHCTL_TENANT=%s\nOAUTHCTL_CLIENT_ID=oauthctl-admin\nOAUTHCTL_CLIENT_SECRET=%s\n' \
    "$url" "$realm" "$secret"
}

case "${1:-}" in
  path) [ -x "$home/bin/kc.sh" ] && echo "$home" ;;
  fetch) fetch ;;
  start) shift; start "$@" ;;
  realm) shift; [ $# -ge 1 ] || { echo "usage: $0 realm REALM [rotation]" >&2; exit 2; }; realm "$@" ;;
  *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
