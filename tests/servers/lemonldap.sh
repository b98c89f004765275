#!/usr/bin/env bash
# LemonLDAP::NG (Debian packages, see tests/run.sh) on 127.0.0.1, as the tests run it
# (tests/common/thirdparty.rs calls this script): its portal (the OpenID provider) and its Manager
# REST API under plackup, on a configuration of their own (File backend, `checkTime = 1`, only
# declared scopes granted).
#
#   lemonldap.sh [PORTAL_PORT] [MANAGER_PORT] [DIR]   set it up in DIR (default: a new temporary
#                                                      folder) and run both in the foreground
#                                                      (default ports 8081 and 8082); once both
#                                                      are ready it prints how to point oauthctl
#                                                      at them and writes the same variables to
#                                                      DIR/oauthctl.env
#
# The Manager API has no authentication of its own: keep it on loopback.
set -euo pipefail
p1="${1:-8081}" p2="${2:-8082}"
d="${3:-$(mktemp -d)}"
issuer="http://localhost:$p1"
env_file="$d/oauthctl.env"
rm -f "$env_file"
mkdir -p "$d"/{conf,sessions/lock,psessions/lock,cache,config-cache,notifications}
cat >"$d/lemonldap-ng.ini" <<INI
[all]
logLevel = warn
checkTime = 1
[configuration]
type = File
dirName = $d/conf
localStorage = Cache::FileCache
localStorageOptions = { 'namespace' => 'lemonldap-ng-config', 'default_expires_in' => 600, 'cache_root' => '$d/config-cache', 'cache_depth' => 3 }
[portal]
templateDir = /usr/share/lemonldap-ng/portal/templates
[handler]
status = 0
[manager]
protection = none
enabledModules = api
templateDir = /usr/share/lemonldap-ng/manager/htdocs/templates
INI
openssl genrsa -out "$d/oidc-key.pem" 2048 2>/dev/null
openssl rsa -pubout -in "$d/oidc-key.pem" -out "$d/oidc-key.pub" 2>/dev/null
jq --arg d "$d" --arg portal "http://localhost:$p1/" --arg iss "$issuer" \
   --rawfile priv "$d/oidc-key.pem" --rawfile pub "$d/oidc-key.pub" '
  .portal = $portal | .domain = "localhost"
  | .globalStorageOptions.Directory = "\($d)/sessions"
  | .globalStorageOptions.LockDirectory = "\($d)/sessions/lock"
  | .persistentStorageOptions.Directory = "\($d)/psessions"
  | .persistentStorageOptions.LockDirectory = "\($d)/psessions/lock"
  | .localSessionStorageOptions.cache_root = "\($d)/cache"
  | .notificationStorageOptions.dirName = "\($d)/notifications"
  | .issuerDBOpenIDConnectActivation = 1 | .oidcServiceMetaDataIssuer = $iss
  | .oidcServicePrivateKeySig = $priv | .oidcServicePublicKeySig = $pub
  | .oidcServiceKeyIdSig = "oauthctl-local" | .oidcServiceAllowOnlyDeclaredScopes = 1
  | .reloadUrls = {}' /var/lib/lemonldap-ng/conf/lmConf-1.json >"$d/conf/lmConf-1.json"
run() { LLNG_DEFAULTCONFFILE="$d/lemonldap-ng.ini" plackup -s HTTP::Server::PSGI --host 127.0.0.1 --port "$1" "$2" & }
run "$p1" /usr/share/lemonldap-ng/portal/htdocs/index.psgi
portal=$!
run "$p2" /usr/share/lemonldap-ng/manager/api/api.psgi
manager=$!
# Both stop with this script, however it ends (a failed step, Ctrl-C, SIGTERM).
trap 'kill $portal $manager 2>/dev/null; wait $portal $manager 2>/dev/null' EXIT
trap 'exit 143' INT TERM
until curl -sf -o /dev/null "http://127.0.0.1:$p2/api/v1/status" \
  && curl -sf -o /dev/null "http://127.0.0.1:$p1/.well-known/openid-configuration"; do
  kill -0 $portal $manager 2>/dev/null || { echo "LemonLDAP::NG exited before it was ready" >&2; exit 1; }
  sleep 0.2
done
printf 'OAUTHCTL_API=lemonldap\nOAUTHCTL_BASE_URL=http://127.0.0.1:%s\nOAUTHCTL_ISSUER=%s\n' \
  "$p2" "$issuer" >"$env_file.partial"
mv "$env_file.partial" "$env_file"
cat >&2 <<MSG

LemonLDAP::NG is ready ($d):
  export OAUTHCTL_API=lemonldap OAUTHCTL_BASE_URL=http://127.0.0.1:$p2 OAUTHCTL_ISSUER=$issuer
MSG
wait
