# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oauthctl_global_optspecs
    string join \n profile= base-url= tenant= api= issuer= admin-client-id= o/output= no-headers no-input q/quiet timeout= retries= ca-cert= allow-foreign-endpoints dry-run y/yes server-type= v/verbose h/help V/version
end

function __fish_oauthctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oauthctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oauthctl_using_subcommand
    set -l cmd (__fish_oauthctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oauthctl -n "__fish_oauthctl_needs_command" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "dev-server" -d 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "spaces" -d 'List and create spaces (every client belongs to one)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "scopes" -d 'List the tenant\'s scopes'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "clients" -d 'Create, list, show, update and delete OAuth clients'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "secrets" -d 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "authorize" -d 'Authorize a client ID (or an app\'s authorization URL) in this tenant for chosen scopes'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "authorizations" -d 'List, show and revoke the tenant\'s client authorizations'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "diff" -d 'Show what `apply` would change: clients to create (+), change (~) and delete (-)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "apply" -d 'Make the server\'s clients (and authorizations) match a file, delivering each new secret'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "export" -d 'Write the tenant\'s clients (and authorizations) as a file for `apply`, without secrets'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "api" -d 'Call any admin API endpoint with the current profile\'s authentication (like `gh api`)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "login" -d 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "logout" -d 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "auth" -d 'Authentication status'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "token" -d 'Get a token for an app\'s client, to prove that it works'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "profiles" -d 'Manage connection profiles (base URL, tenant, admin client ID)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "generate" -d 'Write shell completions and man pages (for packagers and the repository)'
complete -c oauthctl -n "__fish_oauthctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l listen -d 'Address to listen on (port 0 picks a free port; the bound address is printed)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l db -d 'SQLite database file [default: dev-server.sqlite3 in the platform data directory]' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (needs --tls-key)' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l tls-key -d 'The PEM private key for --tls-cert' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l tenant -d 'Also serve this tenant, with the admin client oauthctl-admin-NAME (repeatable)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l in-memory -d 'Keep everything in memory; nothing survives a restart'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l log-requests -d 'Log every request on stderr: method, path, status, milliseconds (never headers or bodies)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand dev-server" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -f -a "list" -d 'List the tenant\'s spaces'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -f -a "ls" -d 'List the tenant\'s spaces'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -f -a "create" -d 'Create a space (the dev server supports this)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and not __fish_seen_subcommand_from list ls create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown to people [default: the ID]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s spaces'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a space (the dev server supports this)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand spaces; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -f -a "list" -d 'List the scopes an admin can grant, with their descriptions'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -f -a "ls" -d 'List the scopes an admin can grant, with their descriptions'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and not __fish_seen_subcommand_from list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the scopes an admin can grant, with their descriptions'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand scopes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "create" -d 'Create a client; a confidential client gets its first secret, shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "list" -d 'List clients, following every page'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "ls" -d 'List clients, following every page'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "show" -d 'Show one client'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "get" -d 'Show one client'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "update" -d 'Change a client; list flags replace the whole list (the name cannot change)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "delete" -d 'Delete a client and its secrets (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "rm" -d 'Delete a client and its secrets (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and not __fish_seen_subcommand_from create list ls show get update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l client-id -d 'Client ID [default: a UUID the server makes]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l name -d 'Client name: unique in the tenant, cannot be changed later' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown to users on the consent screen [default: the name]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l space -d 'Space the client belongs to; repeat for one client per space' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l redirect-uri -d 'Redirect URI (repeatable): https, or http on loopback for native apps' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l post-logout-redirect-uri -d 'Post-logout redirect URI (repeatable)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l grant-type -d 'Allowed grant type (repeatable): authorization_code, client_credentials, refresh_token' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l scope -d 'Allowed scope (repeatable; `a b` in one value is split)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l cors-origin -d 'Allowed CORS origin (repeatable), e.g. https://app.example.com' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l from-file -d 'The whole request body as JSON in the API\'s field names, from FILE or - for stdin; flags override it' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l secret-description -d 'Description of the first secret' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l secret-expires-in -d 'Lifetime of the first secret, 1d to 3y [default: 6mo]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l store -d 'Also store the secret value in the OS keyring (it is printed all the same)' -r -f -a "keyring\t'The OS keyring (service `oauthctl`, account CLIENT_ID@TENANT@BASE_URL)'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l output-file -d 'Also write the secret value to this file (mode 0600); with several --space values, one line CLIENT_ID=VALUE each' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l public -d 'A public client: no client secret (a browser or native app)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l offline-access -d 'Issue refresh tokens (offline access) [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-offline-access -d 'Do not issue refresh tokens'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l require-consent -d 'Always show the consent screen [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-require-consent -d 'Show the consent screen only when needed'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l remember-consent -d 'Let users remember their consent [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-remember-consent -d 'Ask for consent every time'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l require-pkce -d 'Require PKCE with the authorization code grant [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-require-pkce -d 'Allow the authorization code grant without PKCE'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l allow-ropc -d 'Allow the resource owner password grant, for trusted confidential clients [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-allow-ropc -d 'Refuse the resource owner password grant'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l backchannel-logout-session -d 'Require a session ID for back-channel logout [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-backchannel-logout-session -d 'Do not require a session ID for back-channel logout'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l space -d 'Only clients of this space' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l page-size -d 'Clients fetched per request [default: the server kind\'s largest cheap page; 100 on most kinds]. A larger value is lowered to the most the server accepts' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l space -d 'Only clients of this space' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l page-size -d 'Clients fetched per request [default: the server kind\'s largest cheap page; 100 on most kinds]. A larger value is lowered to the most the server accepts' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l name -d 'The client name is immutable: passing a different one is an error' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l display-name -d 'Name shown to users on the consent screen' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l redirect-uri -d 'Redirect URIs (repeatable; replaces the list)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l post-logout-redirect-uri -d 'Post-logout redirect URIs (repeatable; replaces the list)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l grant-type -d 'Grant types (repeatable; replaces the list)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l scope -d 'Scopes (repeatable; replaces the list)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l cors-origin -d 'CORS origins (repeatable; replaces the list)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l from-file -d 'The changes as JSON in the API\'s field names, from FILE or - for stdin; flags override it' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l offline-access -d 'Issue refresh tokens (offline access) [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-offline-access -d 'Do not issue refresh tokens'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l require-consent -d 'Always show the consent screen [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-require-consent -d 'Show the consent screen only when needed'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l remember-consent -d 'Let users remember their consent [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-remember-consent -d 'Ask for consent every time'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l require-pkce -d 'Require PKCE with the authorization code grant [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-require-pkce -d 'Allow the authorization code grant without PKCE'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l allow-ropc -d 'Allow the resource owner password grant, for trusted confidential clients [new clients: no]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-allow-ropc -d 'Refuse the resource owner password grant'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l backchannel-logout-session -d 'Require a session ID for back-channel logout [new clients: yes]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-backchannel-logout-session -d 'Do not require a session ID for back-channel logout'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a client; a confidential client gets its first secret, shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients, following every page'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one client'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a client; list flags replace the whole list (the name cannot change)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a client and its secrets (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "create" -d 'Create a secret; its value is shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "stored" -d 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "list" -d 'List a client\'s secrets: metadata and status, never values'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "ls" -d 'List a client\'s secrets: metadata and status, never values'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "rotate" -d 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "expiring" -d 'List clients\' newest secrets that expire soon, or have expired'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "revoke" -d 'Revoke a secret at once (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and not __fish_seen_subcommand_from create stored list ls rotate expiring revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l description -d 'A note to tell secrets apart' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l starts -d 'When the secret starts to work: RFC 3339, a date (UTC midnight) or now [default: now]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l expires-in -d 'Lifetime after the start, 1d to 3y [default: 6mo]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l expires-at -d 'Expiry as an RFC 3339 time or a date' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l store -d 'Also store the value in the OS keyring (it is printed all the same)' -r -f -a "keyring\t'The OS keyring (service `oauthctl`, account CLIENT_ID@TENANT@BASE_URL)'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l output-file -d 'Also write the value to this file (mode 0600); it is printed all the same' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l delete -d 'Remove the entry instead of printing it'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from stored" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l space -d 'With --all: only clients of this space' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l if-expiring-within -d 'Only rotate when the client\'s newest secret expires within this window' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l expires-in -d 'Lifetime of the new secret, 1d to 3y [default: 6mo]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l overlap -d 'How long the old secrets keep working [default: 7d]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l output-file -d 'Also write the new value to this file (mode 0600); with --all, one line CLIENT_ID=VALUE each' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l description -d 'Description of the new secret' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l store -d 'Also store the new value in the OS keyring (replaced only after the new secret exists)' -r -f -a "keyring\t'The OS keyring (service `oauthctl`, account CLIENT_ID@TENANT@BASE_URL)'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l concurrency -d 'With --all: clients rotated at a time' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l all -d 'Rotate every client of the tenant that is due (needs --if-expiring-within)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l revoke-old -d 'Revoke the old secrets instead of letting them overlap; those created in the last 24 hours are kept (a run made them) unless --force'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l force -d 'With --revoke-old: revoke the secrets created in the last 24 hours too (a leaked secret)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l replace -d 'Replace the client\'s one secret (servers that keep a single secret per client, see `--api`): the old secret stops working at once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l no-verify -d 'Retire the old secrets without first getting a token with the new one (client_credentials at the token endpoint)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l within -d 'The window to look ahead' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l space -d 'Only clients of this space' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l concurrency -d 'Clients read at a time' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l exit-code -d 'Exit with code 7 when any secret is found'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l include-retiring -d 'Also list older secrets that a rotation is retiring (they count for --exit-code too)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from expiring" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l force -d 'With --yes: revoke it even when it is the client\'s last working secret (the client then gets no tokens until it has a new one)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a secret; its value is shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "stored" -d 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a client\'s secrets: metadata and status, never values'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "expiring" -d 'List clients\' newest secrets that expire soon, or have expired'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a secret at once (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l url -d 'An authorization URL (…/authorize?client_id=…&scope=…): its client_id and scopes are used' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l scope -d 'Scope to grant (repeatable; `a b` in one value is split); must be one the client requests' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l all-requested -d 'Grant every scope the client requests'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorize" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "list" -d 'List the clients authorized in this tenant and their scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "ls" -d 'List the clients authorized in this tenant and their scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "show" -d 'Show one client\'s authorization'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "get" -d 'Show one client\'s authorization'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "revoke" -d 'Revoke a client\'s authorization: its tokens for this tenant stop working at once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and not __fish_seen_subcommand_from list ls show get revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the clients authorized in this tenant and their scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one client\'s authorization'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a client\'s authorization: its tokens for this tenant stop working at once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand authorizations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s f -l file -d 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l space -d 'Only this space: clients without spaceId go there, and --prune looks only here' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l prune -d 'Also delete the clients (and other tenants\' authorizations) the file does not list'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l exit-code -d 'Exit with code 8 when there is something to do (0 when nothing)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand diff" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s f -l file -d 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l space -d 'Only this space: clients without spaceId go there, and --prune looks only here' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l output-file -d 'Also append each new secret to this file as CLIENT_ID=VALUE (mode 0600)' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l store -d 'Also store each new secret in the OS keyring (they are printed all the same)' -r -f -a "keyring\t'The OS keyring (service `oauthctl`, account CLIENT_ID@TENANT@BASE_URL)'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l concurrency -d 'Changes made at a time' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l prune -d 'Also delete the clients (and other tenants\' authorizations) the file does not list'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l replace -d 'Allow rotations by replacing the one secret (servers that keep a single secret per client): the old secret stops working at once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l no-verify -d 'Rotations retire the old secrets without first getting a token with the new one'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l space -d 'Only the clients of this space (their entries then leave spaceId out)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s d -l data -d 'Request body: JSON text, @FILE, or - for stdin' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l client-id -d 'The client to sign in with [default: OAUTHCTL_CLIENT_ID with --client-credentials, else oauthctl-cli]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l auth -d 'Client authentication at the token endpoint: basic (header) or post (body)' -r -f -a "basic\t'client_secret_basic: credentials in the Authorization header'
post\t'client_secret_post: credentials in the form body'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l scope -d 'Scopes to ask for [default with PKCE: oauthctl.admin offline_access]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l client-credentials -d 'Sign in as an admin client with its secret (for CI and scripts)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l client-secret-stdin -d 'Read the client secret from stdin'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l no-store -d 'Do not store the secret or refresh token in the OS keyring'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l revoke -d 'Also revoke the refresh token at the server'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l client-id -d 'The app\'s client ID' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l grant -d 'The grant to use' -r -f -a "client-credentials\t''
authorization-code\t''
refresh-token\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l auth -d 'Client authentication: basic (header) or post (body)' -r -f -a "basic\t'client_secret_basic: credentials in the Authorization header'
post\t'client_secret_post: credentials in the form body'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l scope -d 'Scope to ask for (repeatable)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l redirect-uri -d 'A loopback redirect URI of the client (authorization-code), e.g. http://127.0.0.1:8400/cb' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l client-secret-stdin -d 'Read the client secret from stdin (not with --grant refresh-token, which reads the token)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l no-browser -d 'Print the sign-in URL instead of opening a browser (authorization-code)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l introspect -d 'Also call the introspection endpoint and show what it says'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand token" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "add" -d 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "list" -d 'List profiles'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "ls" -d 'List profiles'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "show" -d 'Show a profile [default: the current one]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "get" -d 'Show a profile [default: the current one]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "use" -d 'Make a profile the current one'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "remove" -d 'Remove a profile'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "rm" -d 'Remove a profile'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show get use remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l client-id -d 'Admin client ID for this profile (its secret stays in OAUTHCTL_CLIENT_SECRET)' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l use -d 'Make it the current profile'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile [default: the current one]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the current one'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l out-dir -d 'Directory that holds completions/ and man/' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l profile -d 'Profile to use (see `oauthctl profiles list`) [default: the current profile]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l base-url -d 'The server\'s base URL [default: http://127.0.0.1:8787, the dev server]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l tenant -d 'Tenant to manage [default: default]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l api -d 'The kind of admin API the server speaks [default: oauthctl]' -r -f -a "oauthctl\t'oauthctl\'s admin API, as `oauthctl dev-server` serves it'
rfc7592\t'Standard dynamic client registration (RFC 7591) and management (RFC 7592)'
glewlwyd\t'glewlwyd\'s admin REST API (/api/client, /api/scope)'
lemonldap\t'LemonLDAP::NG\'s Manager REST API (/api/v1/providers/oidc/rp)'
keycloak\t'Keycloak\'s admin REST API (/admin/realms/{realm}, the tenant)'
hydra\t'Ory Hydra\'s admin API (/admin/clients), on Hydra\'s admin port'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l issuer -d 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l admin-client-id -d 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s o -l output -d 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]' -r -f -a "table\t'Tables and text for people: compact columns, short times'
wide\t'Tables with every column and full RFC 3339 times (may be wider than the terminal)'
json\t'One JSON document on stdout, stable field names (camelCase)'
yaml\t'The same document as JSON, written as YAML'"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l timeout -d 'Seconds before a request is abandoned [default: 30]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l retries -d 'Attempts for a request that is safe to retry [default: 3]' -r
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l ca-cert -d 'Trust this PEM CA certificate too (a private CA); verification stays on' -r -F
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l server-type -d 'Where oauthctl runs: a profile of another server type is refused (exit 6)' -r -f -a "dev\t''
test\t''
prod\t''"
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l check -d 'Only check that the files there are up to date (exit 1 if not)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l no-headers -d 'Tables without their header line (for scripts that read tables anyway)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l no-input -d 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s q -l quiet -d 'No progress, status lines or hints on stderr; warnings and errors are still shown'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l allow-foreign-endpoints -d 'Send credentials to token, introspection and revocation endpoints whose origin is not the server\'s (the metadata\'s issuer); off by default'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -l dry-run -d 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s y -l yes -d 'Answer yes to confirmations (deleting, revoking, changing a prod profile\'s server)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s v -l verbose -d 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand generate" -s V -l version -d 'Print version'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "dev-server" -d 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "spaces" -d 'List and create spaces (every client belongs to one)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "scopes" -d 'List the tenant\'s scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "clients" -d 'Create, list, show, update and delete OAuth clients'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "secrets" -d 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "authorize" -d 'Authorize a client ID (or an app\'s authorization URL) in this tenant for chosen scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "authorizations" -d 'List, show and revoke the tenant\'s client authorizations'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "diff" -d 'Show what `apply` would change: clients to create (+), change (~) and delete (-)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "apply" -d 'Make the server\'s clients (and authorizations) match a file, delivering each new secret'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "export" -d 'Write the tenant\'s clients (and authorizations) as a file for `apply`, without secrets'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "api" -d 'Call any admin API endpoint with the current profile\'s authentication (like `gh api`)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "login" -d 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "logout" -d 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "auth" -d 'Authentication status'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "token" -d 'Get a token for an app\'s client, to prove that it works'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "profiles" -d 'Manage connection profiles (base URL, tenant, admin client ID)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "generate" -d 'Write shell completions and man pages (for packagers and the repository)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and not __fish_seen_subcommand_from dev-server spaces scopes clients secrets authorize authorizations diff apply export api login logout auth token profiles generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from spaces" -f -a "list" -d 'List the tenant\'s spaces'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from spaces" -f -a "create" -d 'Create a space (the dev server supports this)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from scopes" -f -a "list" -d 'List the scopes an admin can grant, with their descriptions'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "create" -d 'Create a client; a confidential client gets its first secret, shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "list" -d 'List clients, following every page'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "show" -d 'Show one client'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "update" -d 'Change a client; list flags replace the whole list (the name cannot change)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "delete" -d 'Delete a client and its secrets (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "create" -d 'Create a secret; its value is shown once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "stored" -d 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "list" -d 'List a client\'s secrets: metadata and status, never values'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rotate" -d 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "expiring" -d 'List clients\' newest secrets that expire soon, or have expired'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "revoke" -d 'Revoke a secret at once (asks first; --yes when not interactive)'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from authorizations" -f -a "list" -d 'List the clients authorized in this tenant and their scopes'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from authorizations" -f -a "show" -d 'Show one client\'s authorization'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from authorizations" -f -a "revoke" -d 'Revoke a client\'s authorization: its tokens for this tenant stop working at once'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "add" -d 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "list" -d 'List profiles'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "show" -d 'Show a profile [default: the current one]'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "use" -d 'Make a profile the current one'
complete -c oauthctl -n "__fish_oauthctl_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "remove" -d 'Remove a profile'
