
use builtin;
use str;

set edit:completion:arg-completer[oauthctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'oauthctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'oauthctl'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand dev-server 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite'
            cand spaces 'List and create spaces (every client belongs to one)'
            cand scopes 'List the tenant''s scopes'
            cand clients 'Create, list, show, update and delete OAuth clients'
            cand secrets 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch'
            cand authorize 'Authorize a client ID (or an app''s authorization URL) in this tenant for chosen scopes'
            cand authorizations 'List, show and revoke the tenant''s client authorizations'
            cand api 'Call any admin API endpoint with the current profile''s authentication (like `gh api`)'
            cand login 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)'
            cand logout 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)'
            cand auth 'Authentication status'
            cand token 'Get a token for an app''s client, to prove that it works'
            cand profiles 'Manage connection profiles (base URL, tenant, admin client ID)'
            cand generate 'Write shell completions and man pages (for packagers and the repository)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;dev-server'= {
            cand --listen 'Address to listen on (port 0 picks a free port; the bound address is printed)'
            cand --db 'SQLite database file [default: dev-server.sqlite3 in the platform data directory]'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (needs --tls-key)'
            cand --tls-key 'The PEM private key for --tls-cert'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --in-memory 'Keep everything in memory; nothing survives a restart'
            cand --log-requests 'Log every request on stderr: method, path, status, milliseconds (never headers or bodies)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;spaces'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the tenant''s spaces'
            cand create 'Create a space (the dev server supports this)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;spaces;list'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;spaces;create'= {
            cand --display-name 'Name shown to people [default: the ID]'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;spaces;help'= {
            cand list 'List the tenant''s spaces'
            cand create 'Create a space (the dev server supports this)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;spaces;help;list'= {
        }
        &'oauthctl;spaces;help;create'= {
        }
        &'oauthctl;spaces;help;help'= {
        }
        &'oauthctl;scopes'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the scopes an admin can grant, with their descriptions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;scopes;list'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;scopes;help'= {
            cand list 'List the scopes an admin can grant, with their descriptions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;scopes;help;list'= {
        }
        &'oauthctl;scopes;help;help'= {
        }
        &'oauthctl;clients'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a client; a confidential client gets its first secret, shown once'
            cand list 'List clients, following every page'
            cand show 'Show one client'
            cand update 'Change a client; list flags replace the whole list (the name cannot change)'
            cand delete 'Delete a client and its secrets (asks first; --yes when not interactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;clients;create'= {
            cand --client-id 'Client ID [default: a UUID the server makes]'
            cand --name 'Client name: unique in the tenant, cannot be changed later'
            cand --display-name 'Name shown to users on the consent screen [default: the name]'
            cand --space 'Space the client belongs to; repeat for one client per space'
            cand --redirect-uri 'Redirect URI (repeatable): https, or http on loopback for native apps'
            cand --post-logout-redirect-uri 'Post-logout redirect URI (repeatable)'
            cand --grant-type 'Allowed grant type (repeatable): authorization_code, client_credentials, refresh_token'
            cand --scope 'Allowed scope (repeatable; `a b` in one value is split)'
            cand --cors-origin 'Allowed CORS origin (repeatable), e.g. https://app.example.com'
            cand --from-file 'The whole request body as JSON (seed 001''s fields), from FILE or - for stdin; flags override it'
            cand --secret-description 'Description of the first secret'
            cand --secret-expires-in 'Lifetime of the first secret, 1d to 3y [default: 6mo]'
            cand --store 'Also store the secret value in the OS keyring (it is printed all the same)'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --offline-access 'Issue refresh tokens (allowOfflineAccess)'
            cand --require-consent 'Always show the consent screen (requireConsent)'
            cand --no-remember-consent 'Do not let users remember consent (allowRememberConsent=false)'
            cand --allow-no-pkce 'Allow the authorization code grant without PKCE (allowNoPkce)'
            cand --allow-ropc 'Allow the resource owner password grant (allowRopc; trusted confidential clients only)'
            cand --public 'A public client: no client secret (requireClientSecret=false)'
            cand --no-backchannel-logout-session 'backChannelLogoutSessionRequired=false'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;clients;list'= {
            cand --space 'Only clients of this space'
            cand --page-size 'Clients fetched per request'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;clients;show'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;clients;update'= {
            cand --name 'The client name is immutable: passing a different one is an error'
            cand --display-name 'Name shown to users on the consent screen'
            cand --redirect-uri 'Redirect URIs (repeatable; replaces the list)'
            cand --post-logout-redirect-uri 'Post-logout redirect URIs (repeatable; replaces the list)'
            cand --grant-type 'Grant types (repeatable; replaces the list)'
            cand --scope 'Scopes (repeatable; replaces the list)'
            cand --cors-origin 'CORS origins (repeatable; replaces the list)'
            cand --offline-access 'allowOfflineAccess'
            cand --require-consent 'requireConsent'
            cand --remember-consent 'allowRememberConsent'
            cand --allow-no-pkce 'allowNoPkce'
            cand --allow-ropc 'allowRopc'
            cand --backchannel-logout-session 'backChannelLogoutSessionRequired'
            cand --from-file 'The PATCH body as JSON from FILE or - for stdin; flags override it'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;clients;delete'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;clients;help'= {
            cand create 'Create a client; a confidential client gets its first secret, shown once'
            cand list 'List clients, following every page'
            cand show 'Show one client'
            cand update 'Change a client; list flags replace the whole list (the name cannot change)'
            cand delete 'Delete a client and its secrets (asks first; --yes when not interactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;clients;help;create'= {
        }
        &'oauthctl;clients;help;list'= {
        }
        &'oauthctl;clients;help;show'= {
        }
        &'oauthctl;clients;help;update'= {
        }
        &'oauthctl;clients;help;delete'= {
        }
        &'oauthctl;clients;help;help'= {
        }
        &'oauthctl;secrets'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a secret; its value is shown once'
            cand stored 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
            cand list 'List a client''s secrets: metadata and status, never values'
            cand rotate 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
            cand expiring 'List secrets that expire soon, or have expired while still a client''s newest'
            cand revoke 'Revoke a secret at once (asks first; --yes when not interactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;secrets;create'= {
            cand --description 'A note to tell secrets apart'
            cand --starts 'When the secret starts to work: RFC 3339, a date (UTC midnight) or now [default: now]'
            cand --expires-in 'Lifetime after the start, 1d to 3y [default: 6mo]'
            cand --expires-at 'Expiry as an RFC 3339 time or a date'
            cand --store 'Also store the value in the OS keyring (it is printed all the same)'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;stored'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --delete 'Remove the entry instead of printing it'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;list'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;rotate'= {
            cand --space 'With --all: only clients of this space'
            cand --if-expiring-within 'Only rotate when the client''s newest secret expires within this window'
            cand --expires-in 'Lifetime of the new secret, 1d to 3y [default: 6mo]'
            cand --overlap 'How long the old secrets keep working [default: 7d]'
            cand --output-file 'Also write the new value to this file (mode 0600); with --all, one line CLIENT_ID=VALUE each'
            cand --description 'Description of the new secret'
            cand --store 'Also store the new value in the OS keyring (replaced only after the new secret exists)'
            cand --concurrency 'With --all: clients rotated at a time'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --all 'Rotate every client of the tenant that is due (needs --if-expiring-within)'
            cand --revoke-old 'Revoke the old secrets at once instead of letting them overlap'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;expiring'= {
            cand --within 'The window to look ahead'
            cand --space 'Only clients of this space'
            cand --concurrency 'Clients read at a time'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --exit-code 'Exit with code 7 when any secret is found'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;revoke'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;secrets;help'= {
            cand create 'Create a secret; its value is shown once'
            cand stored 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
            cand list 'List a client''s secrets: metadata and status, never values'
            cand rotate 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
            cand expiring 'List secrets that expire soon, or have expired while still a client''s newest'
            cand revoke 'Revoke a secret at once (asks first; --yes when not interactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;secrets;help;create'= {
        }
        &'oauthctl;secrets;help;stored'= {
        }
        &'oauthctl;secrets;help;list'= {
        }
        &'oauthctl;secrets;help;rotate'= {
        }
        &'oauthctl;secrets;help;expiring'= {
        }
        &'oauthctl;secrets;help;revoke'= {
        }
        &'oauthctl;secrets;help;help'= {
        }
        &'oauthctl;authorize'= {
            cand --url 'An authorization URL (…/authorize?client_id=…&scope=…): its client_id and scopes are used'
            cand --scope 'Scope to grant (repeatable; `a b` in one value is split); must be one the client requests'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --all-requested 'Grant every scope the client requests'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;authorizations'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the clients authorized in this tenant and their scopes'
            cand show 'Show one client''s authorization'
            cand revoke 'Revoke a client''s authorization: its tokens for this tenant stop working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;authorizations;list'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;authorizations;show'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;authorizations;revoke'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;authorizations;help'= {
            cand list 'List the clients authorized in this tenant and their scopes'
            cand show 'Show one client''s authorization'
            cand revoke 'Revoke a client''s authorization: its tokens for this tenant stop working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;authorizations;help;list'= {
        }
        &'oauthctl;authorizations;help;show'= {
        }
        &'oauthctl;authorizations;help;revoke'= {
        }
        &'oauthctl;authorizations;help;help'= {
        }
        &'oauthctl;api'= {
            cand -d 'Request body: JSON text, @FILE, or - for stdin'
            cand --data 'Request body: JSON text, @FILE, or - for stdin'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;login'= {
            cand --client-id 'The client to sign in with [default: OAUTHCTL_CLIENT_ID with --client-credentials, else oauthctl-cli]'
            cand --auth 'Client authentication at the token endpoint: basic (header) or post (body)'
            cand --scope 'Scopes to ask for [default with PKCE: oauthctl.admin offline_access]'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --client-credentials 'Sign in as an admin client with its secret (for CI and scripts)'
            cand --client-secret-stdin 'Read the client secret from stdin'
            cand --no-store 'Do not store the secret or refresh token in the OS keyring'
            cand --no-browser 'Print the sign-in URL instead of opening a browser'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;logout'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --revoke 'Also revoke the refresh token at the server'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;auth'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;auth;status'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;auth;help'= {
            cand status 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;auth;help;status'= {
        }
        &'oauthctl;auth;help;help'= {
        }
        &'oauthctl;token'= {
            cand --client-id 'The app''s client ID'
            cand --grant 'The grant to use'
            cand --auth 'Client authentication: basic (header) or post (body)'
            cand --scope 'Scope to ask for (repeatable)'
            cand --redirect-uri 'A loopback redirect URI of the client (authorization-code), e.g. http://127.0.0.1:8400/cb'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --client-secret-stdin 'Read the client secret from stdin (not with --grant refresh-token, which reads the token)'
            cand --no-browser 'Print the sign-in URL instead of opening a browser (authorization-code)'
            cand --introspect 'Also call the introspection endpoint and show what it says'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
            cand list 'List profiles'
            cand show 'Show a profile [default: the current one]'
            cand use 'Make a profile the current one'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;profiles;add'= {
            cand --client-id 'Admin client ID for this profile (its secret stays in OAUTHCTL_CLIENT_SECRET)'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --use 'Make it the current profile'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles;list'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles;show'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles;use'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles;remove'= {
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;profiles;help'= {
            cand add 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
            cand list 'List profiles'
            cand show 'Show a profile [default: the current one]'
            cand use 'Make a profile the current one'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;profiles;help;add'= {
        }
        &'oauthctl;profiles;help;list'= {
        }
        &'oauthctl;profiles;help;show'= {
        }
        &'oauthctl;profiles;help;use'= {
        }
        &'oauthctl;profiles;help;remove'= {
        }
        &'oauthctl;profiles;help;help'= {
        }
        &'oauthctl;generate'= {
            cand --out-dir 'Directory that holds completions/ and man/'
            cand --profile 'Profile to use (see `oauthctl profiles list`); default: the current profile'
            cand --base-url 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]'
            cand --tenant 'Tenant to manage [default: default]; `dev-server` takes it repeated, to serve several'
            cand --admin-client-id 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --timeout 'Seconds before a request is abandoned [default: 30]'
            cand --retries 'Attempts for a request that is safe to retry [default: 3]'
            cand --ca-cert 'Trust this PEM CA certificate too (a private CA); verification stays on'
            cand --server-type 'Where oauthctl runs: a profile of another server type is refused (exit 6)'
            cand --check 'Only check that the files there are up to date (exit 1 if not)'
            cand --no-input 'Never prompt; a missing value is an error naming its flag (also when CI is set)'
            cand --dry-run 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen'
            cand -y 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand --yes 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)'
            cand -v 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand --verbose 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oauthctl;help'= {
            cand dev-server 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite'
            cand spaces 'List and create spaces (every client belongs to one)'
            cand scopes 'List the tenant''s scopes'
            cand clients 'Create, list, show, update and delete OAuth clients'
            cand secrets 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch'
            cand authorize 'Authorize a client ID (or an app''s authorization URL) in this tenant for chosen scopes'
            cand authorizations 'List, show and revoke the tenant''s client authorizations'
            cand api 'Call any admin API endpoint with the current profile''s authentication (like `gh api`)'
            cand login 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)'
            cand logout 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)'
            cand auth 'Authentication status'
            cand token 'Get a token for an app''s client, to prove that it works'
            cand profiles 'Manage connection profiles (base URL, tenant, admin client ID)'
            cand generate 'Write shell completions and man pages (for packagers and the repository)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oauthctl;help;dev-server'= {
        }
        &'oauthctl;help;spaces'= {
            cand list 'List the tenant''s spaces'
            cand create 'Create a space (the dev server supports this)'
        }
        &'oauthctl;help;spaces;list'= {
        }
        &'oauthctl;help;spaces;create'= {
        }
        &'oauthctl;help;scopes'= {
            cand list 'List the scopes an admin can grant, with their descriptions'
        }
        &'oauthctl;help;scopes;list'= {
        }
        &'oauthctl;help;clients'= {
            cand create 'Create a client; a confidential client gets its first secret, shown once'
            cand list 'List clients, following every page'
            cand show 'Show one client'
            cand update 'Change a client; list flags replace the whole list (the name cannot change)'
            cand delete 'Delete a client and its secrets (asks first; --yes when not interactive)'
        }
        &'oauthctl;help;clients;create'= {
        }
        &'oauthctl;help;clients;list'= {
        }
        &'oauthctl;help;clients;show'= {
        }
        &'oauthctl;help;clients;update'= {
        }
        &'oauthctl;help;clients;delete'= {
        }
        &'oauthctl;help;secrets'= {
            cand create 'Create a secret; its value is shown once'
            cand stored 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it'
            cand list 'List a client''s secrets: metadata and status, never values'
            cand rotate 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones'
            cand expiring 'List secrets that expire soon, or have expired while still a client''s newest'
            cand revoke 'Revoke a secret at once (asks first; --yes when not interactive)'
        }
        &'oauthctl;help;secrets;create'= {
        }
        &'oauthctl;help;secrets;stored'= {
        }
        &'oauthctl;help;secrets;list'= {
        }
        &'oauthctl;help;secrets;rotate'= {
        }
        &'oauthctl;help;secrets;expiring'= {
        }
        &'oauthctl;help;secrets;revoke'= {
        }
        &'oauthctl;help;authorize'= {
        }
        &'oauthctl;help;authorizations'= {
            cand list 'List the clients authorized in this tenant and their scopes'
            cand show 'Show one client''s authorization'
            cand revoke 'Revoke a client''s authorization: its tokens for this tenant stop working at once'
        }
        &'oauthctl;help;authorizations;list'= {
        }
        &'oauthctl;help;authorizations;show'= {
        }
        &'oauthctl;help;authorizations;revoke'= {
        }
        &'oauthctl;help;api'= {
        }
        &'oauthctl;help;login'= {
        }
        &'oauthctl;help;logout'= {
        }
        &'oauthctl;help;auth'= {
            cand status 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in'
        }
        &'oauthctl;help;auth;status'= {
        }
        &'oauthctl;help;token'= {
        }
        &'oauthctl;help;profiles'= {
            cand add 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current'
            cand list 'List profiles'
            cand show 'Show a profile [default: the current one]'
            cand use 'Make a profile the current one'
            cand remove 'Remove a profile'
        }
        &'oauthctl;help;profiles;add'= {
        }
        &'oauthctl;help;profiles;list'= {
        }
        &'oauthctl;help;profiles;show'= {
        }
        &'oauthctl;help;profiles;use'= {
        }
        &'oauthctl;help;profiles;remove'= {
        }
        &'oauthctl;help;generate'= {
        }
        &'oauthctl;help;help'= {
        }
    ]
    $completions[$command]
}
