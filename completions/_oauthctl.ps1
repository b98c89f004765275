
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oauthctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oauthctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oauthctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dev-server', 'dev-server', [CompletionResultType]::ParameterValue, 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite')
            [CompletionResult]::new('spaces', 'spaces', [CompletionResultType]::ParameterValue, 'List and create spaces (every client belongs to one)')
            [CompletionResult]::new('scopes', 'scopes', [CompletionResultType]::ParameterValue, 'List the tenant''s scopes')
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete OAuth clients')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Authorize a client ID (or an app''s authorization URL) in this tenant for chosen scopes')
            [CompletionResult]::new('authorizations', 'authorizations', [CompletionResultType]::ParameterValue, 'List, show and revoke the tenant''s client authorizations')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change: clients to create (+), change (~) and delete (-)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server''s clients (and authorizations) match a file, delivering each new secret')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the tenant''s clients (and authorizations) as a file for `apply`, without secrets')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any admin API endpoint with the current profile''s authentication (like `gh api`)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Authentication status')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get a token for an app''s client, to prove that it works')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Manage connection profiles (base URL, tenant, admin client ID)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;dev-server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port; the bound address is printed)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file [default: dev-server.sqlite3 in the platform data directory]')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (needs --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key for --tls-cert')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Also serve this tenant, with the admin client oauthctl-admin-NAME (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--in-memory', '--in-memory', [CompletionResultType]::ParameterName, 'Keep everything in memory; nothing survives a restart')
            [CompletionResult]::new('--log-requests', '--log-requests', [CompletionResultType]::ParameterName, 'Log every request on stderr: method, path, status, milliseconds (never headers or bodies)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;spaces' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s spaces')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tenant''s spaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a space (the dev server supports this)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;spaces;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;spaces;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;spaces;create' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown to people [default: the ID]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;spaces;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s spaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a space (the dev server supports this)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;spaces;help;list' {
            break
        }
        'oauthctl;spaces;help;create' {
            break
        }
        'oauthctl;spaces;help;help' {
            break
        }
        'oauthctl;scopes' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the scopes an admin can grant, with their descriptions')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the scopes an admin can grant, with their descriptions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;scopes;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;scopes;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;scopes;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the scopes an admin can grant, with their descriptions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;scopes;help;list' {
            break
        }
        'oauthctl;scopes;help;help' {
            break
        }
        'oauthctl;clients' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a client; a confidential client gets its first secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, following every page')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List clients, following every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client; list flags replace the whole list (the name cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its secrets (asks first; --yes when not interactive)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a client and its secrets (asks first; --yes when not interactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;clients;create' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID [default: a UUID the server makes]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Client name: unique in the tenant, cannot be changed later')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown to users on the consent screen [default: the name]')
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Space the client belongs to; repeat for one client per space')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Redirect URI (repeatable): https, or http on loopback for native apps')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Post-logout redirect URI (repeatable)')
            [CompletionResult]::new('--grant-type', '--grant-type', [CompletionResultType]::ParameterName, 'Allowed grant type (repeatable): authorization_code, client_credentials, refresh_token')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Allowed scope (repeatable; `a b` in one value is split)')
            [CompletionResult]::new('--cors-origin', '--cors-origin', [CompletionResultType]::ParameterName, 'Allowed CORS origin (repeatable), e.g. https://app.example.com')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The whole request body as JSON in the API''s field names, from FILE or - for stdin; flags override it')
            [CompletionResult]::new('--secret-description', '--secret-description', [CompletionResultType]::ParameterName, 'Description of the first secret')
            [CompletionResult]::new('--secret-expires-in', '--secret-expires-in', [CompletionResultType]::ParameterName, 'Lifetime of the first secret, 1d to 3y [default: 6mo]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store the secret value in the OS keyring (it is printed all the same)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Also write the secret value to this file (mode 0600); with several --space values, one line CLIENT_ID=VALUE each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'A public client: no client secret (a browser or native app)')
            [CompletionResult]::new('--offline-access', '--offline-access', [CompletionResultType]::ParameterName, 'Issue refresh tokens (offline access) [new clients: no]')
            [CompletionResult]::new('--no-offline-access', '--no-offline-access', [CompletionResultType]::ParameterName, 'Do not issue refresh tokens')
            [CompletionResult]::new('--require-consent', '--require-consent', [CompletionResultType]::ParameterName, 'Always show the consent screen [new clients: no]')
            [CompletionResult]::new('--no-require-consent', '--no-require-consent', [CompletionResultType]::ParameterName, 'Show the consent screen only when needed')
            [CompletionResult]::new('--remember-consent', '--remember-consent', [CompletionResultType]::ParameterName, 'Let users remember their consent [new clients: yes]')
            [CompletionResult]::new('--no-remember-consent', '--no-remember-consent', [CompletionResultType]::ParameterName, 'Ask for consent every time')
            [CompletionResult]::new('--require-pkce', '--require-pkce', [CompletionResultType]::ParameterName, 'Require PKCE with the authorization code grant [new clients: yes]')
            [CompletionResult]::new('--no-require-pkce', '--no-require-pkce', [CompletionResultType]::ParameterName, 'Allow the authorization code grant without PKCE')
            [CompletionResult]::new('--allow-ropc', '--allow-ropc', [CompletionResultType]::ParameterName, 'Allow the resource owner password grant, for trusted confidential clients [new clients: no]')
            [CompletionResult]::new('--no-allow-ropc', '--no-allow-ropc', [CompletionResultType]::ParameterName, 'Refuse the resource owner password grant')
            [CompletionResult]::new('--backchannel-logout-session', '--backchannel-logout-session', [CompletionResultType]::ParameterName, 'Require a session ID for back-channel logout [new clients: yes]')
            [CompletionResult]::new('--no-backchannel-logout-session', '--no-backchannel-logout-session', [CompletionResultType]::ParameterName, 'Do not require a session ID for back-channel logout')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;list' {
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only clients of this space')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Clients fetched per request [default: the server kind''s largest cheap page; 100 on most kinds]. A larger value is lowered to the most the server accepts')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;ls' {
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only clients of this space')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Clients fetched per request [default: the server kind''s largest cheap page; 100 on most kinds]. A larger value is lowered to the most the server accepts')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client name is immutable: passing a different one is an error')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown to users on the consent screen')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Redirect URIs (repeatable; replaces the list)')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Post-logout redirect URIs (repeatable; replaces the list)')
            [CompletionResult]::new('--grant-type', '--grant-type', [CompletionResultType]::ParameterName, 'Grant types (repeatable; replaces the list)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes (repeatable; replaces the list)')
            [CompletionResult]::new('--cors-origin', '--cors-origin', [CompletionResultType]::ParameterName, 'CORS origins (repeatable; replaces the list)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The changes as JSON in the API''s field names, from FILE or - for stdin; flags override it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--offline-access', '--offline-access', [CompletionResultType]::ParameterName, 'Issue refresh tokens (offline access) [new clients: no]')
            [CompletionResult]::new('--no-offline-access', '--no-offline-access', [CompletionResultType]::ParameterName, 'Do not issue refresh tokens')
            [CompletionResult]::new('--require-consent', '--require-consent', [CompletionResultType]::ParameterName, 'Always show the consent screen [new clients: no]')
            [CompletionResult]::new('--no-require-consent', '--no-require-consent', [CompletionResultType]::ParameterName, 'Show the consent screen only when needed')
            [CompletionResult]::new('--remember-consent', '--remember-consent', [CompletionResultType]::ParameterName, 'Let users remember their consent [new clients: yes]')
            [CompletionResult]::new('--no-remember-consent', '--no-remember-consent', [CompletionResultType]::ParameterName, 'Ask for consent every time')
            [CompletionResult]::new('--require-pkce', '--require-pkce', [CompletionResultType]::ParameterName, 'Require PKCE with the authorization code grant [new clients: yes]')
            [CompletionResult]::new('--no-require-pkce', '--no-require-pkce', [CompletionResultType]::ParameterName, 'Allow the authorization code grant without PKCE')
            [CompletionResult]::new('--allow-ropc', '--allow-ropc', [CompletionResultType]::ParameterName, 'Allow the resource owner password grant, for trusted confidential clients [new clients: no]')
            [CompletionResult]::new('--no-allow-ropc', '--no-allow-ropc', [CompletionResultType]::ParameterName, 'Refuse the resource owner password grant')
            [CompletionResult]::new('--backchannel-logout-session', '--backchannel-logout-session', [CompletionResultType]::ParameterName, 'Require a session ID for back-channel logout [new clients: yes]')
            [CompletionResult]::new('--no-backchannel-logout-session', '--no-backchannel-logout-session', [CompletionResultType]::ParameterName, 'Do not require a session ID for back-channel logout')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;clients;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a client; a confidential client gets its first secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, following every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client; list flags replace the whole list (the name cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its secrets (asks first; --yes when not interactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;clients;help;create' {
            break
        }
        'oauthctl;clients;help;list' {
            break
        }
        'oauthctl;clients;help;show' {
            break
        }
        'oauthctl;clients;help;update' {
            break
        }
        'oauthctl;clients;help;delete' {
            break
        }
        'oauthctl;clients;help;help' {
            break
        }
        'oauthctl;secrets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret; its value is shown once')
            [CompletionResult]::new('stored', 'stored', [CompletionResultType]::ParameterValue, 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s secrets: metadata and status, never values')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a client''s secrets: metadata and status, never values')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List clients'' newest secrets that expire soon, or have expired')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a secret at once (asks first; --yes when not interactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;secrets;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note to tell secrets apart')
            [CompletionResult]::new('--starts', '--starts', [CompletionResultType]::ParameterName, 'When the secret starts to work: RFC 3339, a date (UTC midnight) or now [default: now]')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Lifetime after the start, 1d to 3y [default: 6mo]')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'Expiry as an RFC 3339 time or a date')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store the value in the OS keyring (it is printed all the same)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Also write the value to this file (mode 0600); it is printed all the same')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;stored' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Remove the entry instead of printing it')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;rotate' {
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'With --all: only clients of this space')
            [CompletionResult]::new('--if-expiring-within', '--if-expiring-within', [CompletionResultType]::ParameterName, 'Only rotate when the client''s newest secret expires within this window')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Lifetime of the new secret, 1d to 3y [default: 6mo]')
            [CompletionResult]::new('--overlap', '--overlap', [CompletionResultType]::ParameterName, 'How long the old secrets keep working [default: 7d]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Also write the new value to this file (mode 0600); with --all, one line CLIENT_ID=VALUE each')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the new secret')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store the new value in the OS keyring (replaced only after the new secret exists)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'With --all: clients rotated at a time')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Rotate every client of the tenant that is due (needs --if-expiring-within)')
            [CompletionResult]::new('--revoke-old', '--revoke-old', [CompletionResultType]::ParameterName, 'Revoke the old secrets instead of letting them overlap; those created in the last 24 hours are kept (a run made them) unless --force')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --revoke-old: revoke the secrets created in the last 24 hours too (a leaked secret)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the client''s one secret (servers that keep a single secret per client, see `--api`): the old secret stops working at once')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Retire the old secrets without first getting a token with the new one (client_credentials at the token endpoint)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'The window to look ahead')
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only clients of this space')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Clients read at a time')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with code 7 when any secret is found')
            [CompletionResult]::new('--include-retiring', '--include-retiring', [CompletionResultType]::ParameterName, 'Also list older secrets that a rotation is retiring (they count for --exit-code too)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --yes: revoke it even when it is the client''s last working secret (the client then gets no tokens until it has a new one)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;secrets;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret; its value is shown once')
            [CompletionResult]::new('stored', 'stored', [CompletionResultType]::ParameterValue, 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s secrets: metadata and status, never values')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List clients'' newest secrets that expire soon, or have expired')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a secret at once (asks first; --yes when not interactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;secrets;help;create' {
            break
        }
        'oauthctl;secrets;help;stored' {
            break
        }
        'oauthctl;secrets;help;list' {
            break
        }
        'oauthctl;secrets;help;rotate' {
            break
        }
        'oauthctl;secrets;help;expiring' {
            break
        }
        'oauthctl;secrets;help;revoke' {
            break
        }
        'oauthctl;secrets;help;help' {
            break
        }
        'oauthctl;authorize' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'An authorization URL (…/authorize?client_id=…&scope=…): its client_id and scopes are used')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to grant (repeatable; `a b` in one value is split); must be one the client requests')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--all-requested', '--all-requested', [CompletionResultType]::ParameterName, 'Grant every scope the client requests')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients authorized in this tenant and their scopes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the clients authorized in this tenant and their scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s authorization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one client''s authorization')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a client''s authorization: its tokens for this tenant stop working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;authorizations;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;authorizations;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients authorized in this tenant and their scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s authorization')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a client''s authorization: its tokens for this tenant stop working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;authorizations;help;list' {
            break
        }
        'oauthctl;authorizations;help;show' {
            break
        }
        'oauthctl;authorizations;help;revoke' {
            break
        }
        'oauthctl;authorizations;help;help' {
            break
        }
        'oauthctl;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin')
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only this space: clients without spaceId go there, and --prune looks only here')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the clients (and other tenants'' authorizations) the file does not list')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with code 8 when there is something to do (0 when nothing)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file of clients: YAML, or JSON when it ends in .json; - reads stdin')
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only this space: clients without spaceId go there, and --prune looks only here')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Also append each new secret to this file as CLIENT_ID=VALUE (mode 0600)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store each new secret in the OS keyring (they are printed all the same)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Changes made at a time')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the clients (and other tenants'' authorizations) the file does not list')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Allow rotations by replacing the one secret (servers that keep a single secret per client): the old secret stops working at once')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Rotations retire the old secrets without first getting a token with the new one')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;export' {
            [CompletionResult]::new('--space', '--space', [CompletionResultType]::ParameterName, 'Only the clients of this space (their entries then leave spaceId out)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;api' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Request body: JSON text, @FILE, or - for stdin')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Request body: JSON text, @FILE, or - for stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;login' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The client to sign in with [default: OAUTHCTL_CLIENT_ID with --client-credentials, else oauthctl-cli]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Client authentication at the token endpoint: basic (header) or post (body)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scopes to ask for [default with PKCE: oauthctl.admin offline_access]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--client-credentials', '--client-credentials', [CompletionResultType]::ParameterName, 'Sign in as an admin client with its secret (for CI and scripts)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from stdin')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Do not store the secret or refresh token in the OS keyring')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Also revoke the refresh token at the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;auth;help;status' {
            break
        }
        'oauthctl;auth;help;help' {
            break
        }
        'oauthctl;token' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app''s client ID')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'The grant to use')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Client authentication: basic (header) or post (body)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'A loopback redirect URI of the client (authorization-code), e.g. http://127.0.0.1:8400/cb')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from stdin (not with --grant refresh-token, which reads the token)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser (authorization-code)')
            [CompletionResult]::new('--introspect', '--introspect', [CompletionResultType]::ParameterName, 'Also call the introspection endpoint and show what it says')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile [default: the current one]')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a profile [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;profiles;add' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Admin client ID for this profile (its secret stays in OAUTHCTL_CLIENT_SECRET)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the current profile')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;profiles;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;profiles;help;add' {
            break
        }
        'oauthctl;profiles;help;list' {
            break
        }
        'oauthctl;profiles;help;show' {
            break
        }
        'oauthctl;profiles;help;use' {
            break
        }
        'oauthctl;profiles;help;remove' {
            break
        }
        'oauthctl;profiles;help;help' {
            break
        }
        'oauthctl;generate' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Directory that holds completions/ and man/')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `oauthctl profiles list`) [default: the current profile]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The server''s base URL [default: http://127.0.0.1:8787, the dev server]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to manage [default: default]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The kind of admin API the server speaks [default: oauthctl]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL; {base}/api/oidc with --api glewlwyd; {base}/realms/{tenant} with --api keycloak]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people (wide: every column), json (or yaml) for scripts [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before a request is abandoned [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts for a request that is safe to retry [default: 3]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate too (a private CA); verification stays on')
            [CompletionResult]::new('--server-type', '--server-type', [CompletionResultType]::ParameterName, 'Where oauthctl runs: a profile of another server type is refused (exit 6)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Only check that the files there are up to date (exit 1 if not)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that read tables anyway)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is an error naming its flag (also when CI is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress, status lines or hints on stderr; warnings and errors are still shown')
            [CompletionResult]::new('--allow-foreign-endpoints', '--allow-foreign-endpoints', [CompletionResultType]::ParameterName, 'Send credentials to token, introspection and revocation endpoints whose origin is not the server''s (the metadata''s issuer); off by default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would change something (method, URL, body; secrets redacted) and send nothing; reads still happen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (deleting, revoking, changing a prod profile''s server)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oauthctl;help' {
            [CompletionResult]::new('dev-server', 'dev-server', [CompletionResultType]::ParameterValue, 'Run the embedded dev server: the admin API and OAuth endpoints on SQLite')
            [CompletionResult]::new('spaces', 'spaces', [CompletionResultType]::ParameterValue, 'List and create spaces (every client belongs to one)')
            [CompletionResult]::new('scopes', 'scopes', [CompletionResultType]::ParameterValue, 'List the tenant''s scopes')
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete OAuth clients')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Create, list, rotate and revoke client secrets (values are shown once); the expiry watch')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Authorize a client ID (or an app''s authorization URL) in this tenant for chosen scopes')
            [CompletionResult]::new('authorizations', 'authorizations', [CompletionResultType]::ParameterValue, 'List, show and revoke the tenant''s client authorizations')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change: clients to create (+), change (~) and delete (-)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server''s clients (and authorizations) match a file, delivering each new secret')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the tenant''s clients (and authorizations) as a file for `apply`, without secrets')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any admin API endpoint with the current profile''s authentication (like `gh api`)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget what `oauthctl login` stored (--revoke also revokes the refresh token)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Authentication status')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get a token for an app''s client, to prove that it works')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Manage connection profiles (base URL, tenant, admin client ID)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oauthctl;help;dev-server' {
            break
        }
        'oauthctl;help;spaces' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s spaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a space (the dev server supports this)')
            break
        }
        'oauthctl;help;spaces;list' {
            break
        }
        'oauthctl;help;spaces;create' {
            break
        }
        'oauthctl;help;scopes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the scopes an admin can grant, with their descriptions')
            break
        }
        'oauthctl;help;scopes;list' {
            break
        }
        'oauthctl;help;clients' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a client; a confidential client gets its first secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients, following every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client; list flags replace the whole list (the name cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its secrets (asks first; --yes when not interactive)')
            break
        }
        'oauthctl;help;clients;create' {
            break
        }
        'oauthctl;help;clients;list' {
            break
        }
        'oauthctl;help;clients;show' {
            break
        }
        'oauthctl;help;clients;update' {
            break
        }
        'oauthctl;help;clients;delete' {
            break
        }
        'oauthctl;help;secrets' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret; its value is shown once')
            [CompletionResult]::new('stored', 'stored', [CompletionResultType]::ParameterValue, 'Print the secret stored in the OS keyring for a client (stdout only), or --delete it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s secrets: metadata and status, never values')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets safely: create the new one, deliver it, only then retire the old ones')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List clients'' newest secrets that expire soon, or have expired')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a secret at once (asks first; --yes when not interactive)')
            break
        }
        'oauthctl;help;secrets;create' {
            break
        }
        'oauthctl;help;secrets;stored' {
            break
        }
        'oauthctl;help;secrets;list' {
            break
        }
        'oauthctl;help;secrets;rotate' {
            break
        }
        'oauthctl;help;secrets;expiring' {
            break
        }
        'oauthctl;help;secrets;revoke' {
            break
        }
        'oauthctl;help;authorize' {
            break
        }
        'oauthctl;help;authorizations' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients authorized in this tenant and their scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s authorization')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a client''s authorization: its tokens for this tenant stop working at once')
            break
        }
        'oauthctl;help;authorizations;list' {
            break
        }
        'oauthctl;help;authorizations;show' {
            break
        }
        'oauthctl;help;authorizations;revoke' {
            break
        }
        'oauthctl;help;diff' {
            break
        }
        'oauthctl;help;apply' {
            break
        }
        'oauthctl;help;export' {
            break
        }
        'oauthctl;help;api' {
            break
        }
        'oauthctl;help;login' {
            break
        }
        'oauthctl;help;logout' {
            break
        }
        'oauthctl;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in')
            break
        }
        'oauthctl;help;auth;status' {
            break
        }
        'oauthctl;help;token' {
            break
        }
        'oauthctl;help;profiles' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile from --base-url and --tenant; the first one becomes current')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile [default: the current one]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            break
        }
        'oauthctl;help;profiles;add' {
            break
        }
        'oauthctl;help;profiles;list' {
            break
        }
        'oauthctl;help;profiles;show' {
            break
        }
        'oauthctl;help;profiles;use' {
            break
        }
        'oauthctl;help;profiles;remove' {
            break
        }
        'oauthctl;help;generate' {
            break
        }
        'oauthctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
