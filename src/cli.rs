//! The command line, as clap derive types only: no I/O here. Doc comments are the help text.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::output::Format;

const ABOUT: &str = "Manage OAuth clients, expiring secrets, scope authorizations and spaces through an OAuth server's admin API";

const LONG_ABOUT: &str = "\
oauthctl manages OAuth clients through an OAuth server's admin REST API: create clients, issue and
rotate expiring secrets (shown once), authorize client IDs for chosen scopes, and list spaces.

It ships its own server for trying it out and for tests: `oauthctl dev-server`.

Settings come from flags, then OAUTHCTL_* environment variables, then the profile, then defaults.
Admin credentials never come from argv: OAUTHCTL_TOKEN (a ready bearer token), or
OAUTHCTL_CLIENT_ID with OAUTHCTL_CLIENT_SECRET (exchanged at the token endpoint and cached), or what
`oauthctl login` kept in the OS keyring.";

/// Examples of every command, by its path below `oauthctl` ("" is `oauthctl` itself): the one
/// source of the `Examples:` block that ends each command's `--help`, and of each man page's
/// EXAMPLES section. A unit test checks that every command has some.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "",
        "\
oauthctl dev-server                                 # a server to try it on (another terminal)
oauthctl clients create --name billing-sync --scope api.read
oauthctl secrets expiring --within 30d --exit-code  # a scheduled CI job
oauthctl clients --help                             # the commands for clients",
    ),
    (
        "dev-server",
        "\
oauthctl dev-server
oauthctl dev-server --listen 127.0.0.1:0 --in-memory   # a free port, nothing kept
oauthctl dev-server --tenant acme --tenant globex      # two more tenants
OAUTHCTL_DEV_ADMIN_SECRET=my-secret oauthctl dev-server  # choose (or reset) the admin secret",
    ),
    (
        "spaces",
        "\
oauthctl spaces list
oauthctl spaces create eu --display-name Europe",
    ),
    (
        "spaces list",
        "\
oauthctl spaces list
oauthctl spaces ls -o json",
    ),
    (
        "spaces create",
        "\
oauthctl spaces create eu --display-name Europe",
    ),
    (
        "scopes",
        "\
oauthctl scopes list",
    ),
    (
        "scopes list",
        "\
oauthctl scopes list
oauthctl scopes ls -o json | jq -r '.[].name'",
    ),
    (
        "clients",
        "\
oauthctl clients create --name billing-sync --scope api.read
oauthctl clients list
oauthctl clients show 7d0c7c1e-2f7e-4c3c-9a55-0d7b3e8c1f21",
    ),
    (
        "clients create",
        "\
oauthctl clients create                   # on a terminal: asks for every missing value
oauthctl clients create --name billing-sync --space default --scope 'api.read api.write'
oauthctl clients create --name web --redirect-uri https://app.example.com/cb --offline-access
oauthctl clients create --name spa --public --redirect-uri http://127.0.0.1:8400/cb
oauthctl clients create --name billing --space eu --space us   # billing-eu and billing-us
oauthctl clients create --from-file client.json -o json
oauthctl clients create --name ci-deploy --output-file ci.secret   # the secret to a 0600 file",
    ),
    (
        "clients list",
        "\
oauthctl clients list
oauthctl clients list -o wide                # every column: type, grant types, scopes, created
oauthctl clients ls --space eu -o json | jq -r '.[].clientId'",
    ),
    (
        "clients show",
        "\
oauthctl clients show 7d0c7c1e-2f7e-4c3c-9a55-0d7b3e8c1f21
oauthctl clients get 7d0c7c1e-2f7e-4c3c-9a55-0d7b3e8c1f21 -o json",
    ),
    (
        "clients update",
        "\
oauthctl clients update 7d0c7c1e-… --display-name 'Billing sync'
oauthctl clients update 7d0c7c1e-… --redirect-uri https://a.example/cb   # replaces the list
oauthctl clients update 7d0c7c1e-… --offline-access --no-require-consent",
    ),
    (
        "clients delete",
        "\
oauthctl clients delete 7d0c7c1e-2f7e-4c3c-9a55-0d7b3e8c1f21          # asks first
oauthctl clients rm 7d0c7c1e-2f7e-4c3c-9a55-0d7b3e8c1f21 --yes        # in a script",
    ),
    (
        "secrets",
        "\
oauthctl secrets create 7d0c7c1e-… --expires-in 90d
oauthctl secrets rotate 7d0c7c1e-… --output-file new-secret.txt
oauthctl secrets expiring --within 30d --exit-code",
    ),
    (
        "secrets create",
        "\
oauthctl secrets create 7d0c7c1e-… --description 'for the new deployment' --expires-in 90d
oauthctl secrets create 7d0c7c1e-… --starts 2027-01-31 --expires-at 2027-12-31
oauthctl secrets create 7d0c7c1e-… --store keyring
oauthctl secrets create 7d0c7c1e-… --output-file new-secret.txt   # a 0600 file",
    ),
    (
        "secrets stored",
        "\
oauthctl secrets stored 7d0c7c1e-… | other-tool --password-stdin
oauthctl secrets stored 7d0c7c1e-… --delete",
    ),
    (
        "secrets list",
        "\
oauthctl secrets list 7d0c7c1e-…
oauthctl secrets list 7d0c7c1e-… -o wide --no-headers   # full times, last used; no header line
oauthctl secrets ls 7d0c7c1e-… -o json | jq -r '.[] | select(.status == \"active\") | .id'",
    ),
    (
        "secrets rotate",
        "\
oauthctl secrets rotate 7d0c7c1e-… --output-file new-secret.txt   # old ones work 7 more days
oauthctl secrets rotate 7d0c7c1e-… --revoke-old                   # old ones stop (if >24h old)
oauthctl secrets rotate 7d0c7c1e-… --revoke-old --force           # incident: all old ones stop
oauthctl secrets rotate 7d0c7c1e-… --if-expiring-within 30d       # only when due
oauthctl secrets rotate --all --if-expiring-within 30d -o json > rotated.json",
    ),
    (
        "diff",
        "\
oauthctl diff -f clients.yaml                        # what apply would do
oauthctl diff -f clients.yaml --prune --exit-code    # exit 8 when there is something to do
oauthctl diff -f clients.yaml -o json                # the plan as data",
    ),
    (
        "apply",
        "\
oauthctl apply -f clients.yaml                       # asks first on a terminal
oauthctl apply -f clients.yaml --yes --output-file new-secrets.txt   # CI: secrets to a 0600 file
oauthctl export --profile old | oauthctl apply --profile new -f - --yes",
    ),
    (
        "export",
        "\
oauthctl export > clients.yaml
oauthctl export --space eu -o json > eu.json",
    ),
    (
        "secrets expiring",
        "\
oauthctl secrets expiring
oauthctl secrets expiring --within 14d --space eu --exit-code   # exit 7 when any is found
oauthctl secrets expiring --include-retiring    # also the old secrets rotations are retiring",
    ),
    (
        "secrets revoke",
        "\
oauthctl secrets revoke 7d0c7c1e-… 5505a4fd-3dea-4a8d-94cf-0f38087c9861          # asks first
oauthctl secrets revoke 7d0c7c1e-… 5505a4fd-3dea-4a8d-94cf-0f38087c9861 --yes    # in a script",
    ),
    (
        "authorize",
        "\
oauthctl authorize 0f8fad5b-d9cb-469f-a165-70867728950e         # on a terminal: tick, confirm
oauthctl authorize --url 'https://idp.example.com/authorize?client_id=0f8fad5b-…&scope=api.read'
oauthctl authorize 0f8fad5b-d9cb-469f-a165-70867728950e --scope api.read --yes   # in a script
oauthctl authorize 0f8fad5b-d9cb-469f-a165-70867728950e --all-requested --yes",
    ),
    (
        "authorizations",
        "\
oauthctl authorizations list
oauthctl authorizations revoke 0f8fad5b-d9cb-469f-a165-70867728950e --yes",
    ),
    (
        "authorizations list",
        "\
oauthctl authorizations list
oauthctl authorizations ls -o json",
    ),
    (
        "authorizations show",
        "\
oauthctl authorizations show 0f8fad5b-d9cb-469f-a165-70867728950e",
    ),
    (
        "authorizations revoke",
        "\
oauthctl authorizations revoke 0f8fad5b-d9cb-469f-a165-70867728950e           # asks first
oauthctl authorizations revoke 0f8fad5b-d9cb-469f-a165-70867728950e --yes     # in a script",
    ),
    (
        "api",
        "\
oauthctl api GET '/tenants/{tenant}/clients?limit=5'
oauthctl api POST /tenants/{tenant}/spaces --data '{\"id\": \"eu\"}'
oauthctl api PATCH /tenants/{tenant}/clients/7d0c7c1e-… --data @patch.json",
    ),
    (
        "login",
        "\
oauthctl login                                        # a person, in the browser
oauthctl login --no-browser                           # prints the URL to open
oauthctl login --client-credentials --client-id ci-admin --client-secret-stdin < secret.txt",
    ),
    (
        "logout",
        "\
oauthctl logout
oauthctl logout --revoke",
    ),
    (
        "auth",
        "\
oauthctl auth status",
    ),
    (
        "auth status",
        "\
oauthctl auth status
oauthctl auth status -o json | jq -r .identity",
    ),
    (
        "token",
        "\
oauthctl token --client-id 7d0c7c1e-… --client-secret-stdin < secret.txt
oauthctl token --client-id 7d0c7c1e-… --scope api.read --introspect  # secret: the keyring
oauthctl token --client-id 7d0c7c1e-… --grant authorization-code
oauthctl token --client-id 7d0c7c1e-… --grant refresh-token < refresh-token.txt",
    ),
    (
        "profiles",
        "\
oauthctl profiles add prod --base-url https://auth.example.com --tenant acme --client-id ci-admin
oauthctl profiles list
oauthctl profiles use prod",
    ),
    (
        "profiles add",
        "\
oauthctl profiles add prod --base-url https://auth.example.com --tenant acme --client-id ci-admin
oauthctl profiles add staging --base-url https://auth.staging.example --server-type test --use",
    ),
    (
        "profiles list",
        "\
oauthctl profiles list
oauthctl profiles ls -o json",
    ),
    (
        "profiles show",
        "\
oauthctl profiles show
oauthctl profiles get prod",
    ),
    (
        "profiles use",
        "\
oauthctl profiles use prod",
    ),
    (
        "profiles remove",
        "\
oauthctl profiles remove staging
oauthctl profiles rm staging",
    ),
];

/// The examples of the command at `path` (see [`EXAMPLES`]).
pub fn examples(path: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

/// The last line of every short help (`-h`), which leaves the global options out.
pub const GLOBAL_OPTIONS_POINTER: &str =
    "Global options (--profile, --base-url, --tenant, -o, -q, -v, …): see `oauthctl --help`";

/// The command line as parsed and shown in `--help`: `Cli::command()` with the exit codes and
/// each command's examples at the end of its long help.
pub fn command() -> clap::Command {
    fn with_examples(cmd: clap::Command, path: &str) -> clap::Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .filter(|n| n != "help")
            .collect();
        let mut cmd = cmd;
        let after = cmd.get_after_help().map(|a| a.to_string());
        let long = match (examples(path), &after) {
            (Some(ex), _) => {
                let lines: Vec<String> = ex.lines().map(|l| format!("  {l}")).collect();
                let block = format!("Examples:\n{}", lines.join("\n"));
                match &after {
                    Some(after) => format!("{after}\n\n{block}"),
                    None => block,
                }
            }
            (None, Some(after)) => after.clone(),
            (None, None) => String::new(),
        };
        let short = match &after {
            Some(after) => format!("{after}\n\n{GLOBAL_OPTIONS_POINTER}"),
            None => GLOBAL_OPTIONS_POINTER.to_string(),
        };
        cmd = cmd.after_long_help(long).after_help(short);
        for name in names {
            let sub = if path.is_empty() {
                name.clone()
            } else {
                format!("{path} {name}")
            };
            cmd = cmd.mut_subcommand(name, |c| with_examples(c, &sub));
        }
        cmd
    }
    with_examples(Cli::command(), "")
}

impl Cli {
    /// Parses the process's arguments with [`command`] (clap's `parse`, with the examples).
    /// A variable that is set but blank counts as unset (README, Configuration): clap would
    /// parse it as the flag's value.
    pub fn try_parse_args() -> Result<Cli, clap::Error> {
        let blank = |name: Option<&std::ffi::OsStr>| {
            name.and_then(std::env::var_os)
                .is_some_and(|v| v.to_string_lossy().trim().is_empty())
        };
        let matches = command()
            .mut_args(|a| if blank(a.get_env()) { a.env(None) } else { a })
            .try_get_matches()?;
        Cli::from_arg_matches(&matches)
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "oauthctl",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = crate::error::exit_codes_help(),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
// Global options: shown by long help (`--help`) after the command's own options, and left out of
// short help (`-h`), which points to `oauthctl --help` instead (see `command`). Each names its
// variable the same way, `[env: NAME]`, never its value; hand-written defaults come first, as
// `[default: …] [env: NAME]`.
#[command(next_help_heading = "Global options", next_display_order = 1000)]
pub struct GlobalArgs {
    /// Profile to use (see `oauthctl profiles list`) [default: the current profile]
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_PROFILE",
        value_name = "NAME",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub profile: Option<String>,

    /// The server's base URL [default: http://127.0.0.1:8787, the dev server]
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_BASE_URL",
        value_name = "URL",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub base_url: Option<String>,

    /// Tenant to manage [default: default]
    ///
    /// [env: OAUTHCTL_TENANT]
    // OAUTHCTL_TENANT is read by `Context::tenant`, not by clap: clap would copy the variable
    // into `dev-server --tenant`, which is another flag with the same name.
    #[arg(long, global = true, value_name = "TENANT", hide_short_help = true)]
    pub tenant: Option<String>,

    // The kinds and their help come from `backend::KINDS`.
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_API",
        value_parser = crate::backend::descriptor::value_parser(),
        help = crate::backend::descriptor::api_help(),
        value_name = "KIND",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub api: Option<crate::backend::ApiKind>,

    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_ISSUER",
        help = crate::backend::descriptor::issuer_help(),
        value_name = "URL",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub issuer: Option<String>,

    /// Admin client ID; its secret comes from OAUTHCTL_CLIENT_SECRET
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_CLIENT_ID",
        value_name = "ID",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub admin_client_id: Option<String>,

    /// Output format: table for people (wide: every column), json (or yaml) for scripts
    /// [default: table]
    #[arg(
        short,
        long,
        global = true,
        env = "OAUTHCTL_OUTPUT",
        value_enum,
        default_value_t = Format::Table,
        hide_default_value = true,
        hide_env_values = true,
        hide_short_help = true
    )]
    pub output: Format,

    /// Tables without their header line (for scripts that read tables anyway)
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_NO_HEADERS",
        value_parser = clap::builder::BoolishValueParser::new(),
        hide_env_values = true,
        hide_short_help = true
    )]
    pub no_headers: bool,

    /// Never prompt; a missing value is an error naming its flag (also when CI is set)
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_NO_INPUT",
        value_parser = clap::builder::BoolishValueParser::new(),
        hide_env_values = true,
        hide_short_help = true
    )]
    pub no_input: bool,

    /// No progress, status lines or hints on stderr; warnings and errors are still shown
    #[arg(
        short,
        long,
        global = true,
        env = "OAUTHCTL_QUIET",
        value_parser = clap::builder::BoolishValueParser::new(),
        hide_env_values = true,
        hide_short_help = true
    )]
    pub quiet: bool,

    /// Seconds before a request is abandoned [default: 30]
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_TIMEOUT",
        value_name = "SECONDS",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub timeout: Option<u64>,

    /// Attempts for a request that is safe to retry [default: 3]
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_RETRIES",
        value_name = "N",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub retries: Option<u32>,

    /// Trust this PEM CA certificate too (a private CA); verification stays on
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_CA_CERT",
        value_name = "FILE",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub ca_cert: Option<PathBuf>,

    /// Send credentials to token, introspection and revocation endpoints whose origin is not the
    /// server's (the metadata's issuer); off by default
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS",
        value_parser = clap::builder::BoolishValueParser::new(),
        hide_env_values = true,
        hide_short_help = true
    )]
    pub allow_foreign_endpoints: bool,

    /// Show the request that would change something (method, URL, body; secrets redacted) and
    /// send nothing; reads still happen
    #[arg(long, global = true, hide_short_help = true)]
    pub dry_run: bool,

    /// Answer yes to confirmations (deleting, revoking, changing a prod profile's server)
    #[arg(short = 'y', long, global = true, hide_short_help = true)]
    pub yes: bool,

    /// Where oauthctl runs: a profile of another server type is refused (exit 6)
    #[arg(
        long,
        global = true,
        env = "OAUTHCTL_SERVER_TYPE",
        value_enum,
        value_name = "TYPE",
        hide_env_values = true,
        hide_short_help = true
    )]
    pub server_type: Option<crate::config::ServerType>,

    /// Trace HTTP requests on stderr (method, URL, status, time; credentials never shown)
    #[arg(short, long, global = true, hide_short_help = true)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the embedded dev server: the admin API and OAuth endpoints on SQLite
    #[command(name = "dev-server")]
    DevServer(DevServerArgs),
    /// List and create spaces (every client belongs to one)
    #[command(subcommand, alias = "space")]
    Spaces(SpacesCmd),
    /// List the tenant's scopes
    #[command(subcommand, alias = "scope")]
    Scopes(ScopesCmd),
    /// Create, list, show, update and delete OAuth clients
    #[command(subcommand, alias = "client")]
    Clients(ClientsCmd),
    /// Create, list, rotate and revoke client secrets (values are shown once); the expiry watch
    #[command(subcommand, alias = "secret")]
    Secrets(SecretsCmd),
    /// Authorize a client ID (or an app's authorization URL) in this tenant for chosen scopes
    Authorize(AuthorizeArgs),
    /// List, show and revoke the tenant's client authorizations
    #[command(subcommand, alias = "authorization")]
    Authorizations(AuthorizationsCmd),
    /// Show what `apply` would change: clients to create (+), change (~) and delete (-)
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Make the server's clients (and authorizations) match a file, delivering each new secret
    #[command(after_help = APPLY_HELP)]
    Apply(ApplyArgs),
    /// Write the tenant's clients (and authorizations) as a file for `apply`, without secrets
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Call any admin API endpoint with the current profile's authentication (like `gh api`)
    #[command(after_help = "\
PATH is below the admin API base (/api/adminapi2/v1); {tenant} is replaced by the current tenant.
The response body is printed on stdout; a non-2xx status exits with the matching exit code.
POST requests carry a fresh Idempotency-Key, so a retry never creates twice.")]
    Api(ApiArgs),
    /// Sign in to the admin API: client credentials (CI) or in a browser with PKCE (people)
    #[command(after_help = "\
With --client-credentials: the admin client's secret comes from --client-secret-stdin,
OAUTHCTL_CLIENT_SECRET or a hidden prompt on a terminal (never from argv), and is stored in the
OS keyring (--no-store to skip) so later commands need nothing more.

Without it (the default on a terminal): Authorization Code with PKCE (S256). oauthctl listens on
127.0.0.1 on a free port, opens the browser at the server's authorization endpoint (or prints the
URL with --no-browser), checks the returned state, exchanges the code, and stores the refresh token
in the OS keyring. The access token is cached until shortly before it expires and renewed from the
keyring. Endpoints come from the server's RFC 8414 (or OpenID) metadata.")]
    Login(LoginArgs),
    /// Forget what `oauthctl login` stored (--revoke also revokes the refresh token)
    Logout {
        /// Also revoke the refresh token at the server
        #[arg(long)]
        revoke: bool,
    },
    /// Authentication status
    #[command(subcommand)]
    Auth(AuthCmd),
    /// Get a token for an app's client, to prove that it works
    #[command(after_help = "\
The client secret comes from --client-secret-stdin, OAUTHCTL_APP_CLIENT_SECRET, or the keyring entry
that `--store keyring` wrote for this server, tenant and client. A client without one is public.
--grant authorization-code runs PKCE with a loopback redirect, like `oauthctl login`
(--redirect-uri to use one of the client's own loopback URIs); --grant refresh-token reads the
refresh token from stdin. Works against any server with RFC 8414 or OpenID metadata.")]
    Token(TokenArgs),
    /// Manage connection profiles (base URL, tenant, admin client ID)
    #[command(subcommand, alias = "profile")]
    Profiles(ProfilesCmd),
    /// Write shell completions and man pages (for packagers and the repository)
    #[command(hide = true)]
    Generate(GenerateArgs),
}

const DIFF_HELP: &str = "\
The file lists clients in the field names of `oauthctl clients show -o json` (YAML, or JSON when
it ends in .json; `-f -` reads stdin). A client is identified by its clientName; a clientId pins
it. Fields the file leaves out are left as they are. Unknown fields, and fields this kind of
server does not support, are errors that name the line.

  clients:
    - clientName: billing-sync
      displayName: Billing sync
      allowedScopes: [api.read, api.write]
      secret: {expiresIn: 6mo, rotateWithin: 30d}
  authorizations:
    - clientId: 0f8fad5b-d9cb-469f-a165-70867728950e
      scopes: [api.read]

Examples:
  oauthctl diff -f clients.yaml
  oauthctl diff -f clients.yaml --prune --exit-code   # exit 8 when there is something to do
  oauthctl diff -f clients.yaml -o json

Nothing is changed. With --exit-code, the exit code is 8 when the plan has changes, 0 when none.";

const APPLY_HELP: &str = "\
Carries out the plan that `oauthctl diff` shows (asks first on a terminal; --yes elsewhere).
New clients get their first secret, delivered the moment it exists: printed on stdout (a line
`created ID NAME secret … VALUE`, or the JSON below), appended to --output-file as
CLIENT_ID=VALUE, and stored with --store keyring. Existing secrets are never rotated unless a
client's `secret: {rotateWithin: …}` policy says its newest secret is due; then the rotation of
`secrets rotate` runs (an overlap where the server keeps several secrets; on one-secret servers
only with --replace).

--prune deletes the clients of the tenant (or of --space) that the file does not list, and the
authorizations of other tenants' clients that it does not list; never the admin client oauthctl
acts as, nor oauthctl-admin, oauthctl-admin-* or oauthctl-cli.

Examples:
  oauthctl apply -f clients.yaml
  oauthctl apply -f clients.yaml --yes --output-file new-secrets.env
  oauthctl export --profile old | oauthctl apply --profile new -f - --yes

-o json prints {\"created\": [{\"client\", \"secret\"}], \"updated\": [{\"client\", \"changes\"}],
\"deleted\": [\"clientId\"], \"unchanged\": [\"clientId\"]}. Running apply again does nothing; after a
failure it says what was done and what was not, and a re-run finishes the job without creating
any client twice.";

const EXPORT_HELP: &str = "\
Writes YAML by default (-o json for JSON): the clients without IDs, secret values, or
server-managed fields (tenant, times), and fields at their defaults left out, so the file
applies to any kind of server. Applying a fresh export changes nothing.

Examples:
  oauthctl export > clients.yaml
  oauthctl export --space eu -o json > eu.json
  oauthctl export --profile old | oauthctl apply --profile new -f -";

#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// The file of clients: YAML, or JSON when it ends in .json; - reads stdin
    #[arg(short = 'f', long = "file", value_name = "FILE|-")]
    pub file: String,
    /// Only this space: clients without spaceId go there, and --prune looks only here
    #[arg(long, value_name = "SPACE")]
    pub space: Option<String>,
    /// Also delete the clients (and other tenants' authorizations) the file does not list
    #[arg(long)]
    pub prune: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub declare: DeclareArgs,
    /// Exit with code 8 when there is something to do (0 when nothing)
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub declare: DeclareArgs,
    /// Allow rotations by replacing the one secret (servers that keep a single secret per
    /// client): the old secret stops working at once
    #[arg(long)]
    pub replace: bool,
    /// Also append each new secret to this file as CLIENT_ID=VALUE (mode 0600)
    #[arg(long, value_name = "PATH")]
    pub output_file: Option<PathBuf>,
    /// Also store each new secret in the OS keyring (they are printed all the same)
    #[arg(long, value_enum, value_name = "WHERE")]
    pub store: Option<StoreTarget>,
    /// Changes made at a time
    #[arg(long, default_value_t = 8, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Rotations retire the old secrets without first getting a token with the new one
    #[arg(long)]
    pub no_verify: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only the clients of this space (their entries then leave spaceId out)
    #[arg(long, value_name = "SPACE")]
    pub space: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_help = "\
--tenant NAME (repeatable) serves more tenants beside `default`, each with the admin client
oauthctl-admin-NAME. On first start it creates the tenant `default` with a space `default`, a
scope catalogue, and the admin client `oauthctl-admin`, and prints the `export` lines that point
oauthctl at it, with the admin secret (shown once; set OAUTHCTL_DEV_ADMIN_SECRET to choose it).
Lost it? Start the server again with OAUTHCTL_DEV_ADMIN_SECRET set to a new value: it becomes a
working secret of every tenant's admin client. Ctrl-C or SIGTERM stops it; the database keeps every
tenant, client and secret across restarts.")]
pub struct DevServerArgs {
    /// Address to listen on (port 0 picks a free port; the bound address is printed)
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// SQLite database file [default: dev-server.sqlite3 in the platform data directory]
    #[arg(long, value_name = "PATH", conflicts_with = "in_memory")]
    pub db: Option<PathBuf>,
    /// Keep everything in memory; nothing survives a restart
    #[arg(long)]
    pub in_memory: bool,
    /// Log every request on stderr: method, path, status, milliseconds (never headers or bodies)
    #[arg(long)]
    pub log_requests: bool,
    /// Serve HTTPS with this PEM certificate chain (needs --tls-key)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key for --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Also serve this tenant, with the admin client oauthctl-admin-NAME (repeatable)
    #[arg(long = "tenant", id = "tenant", value_name = "NAME", action = clap::ArgAction::Append)]
    pub tenants: Vec<String>,
}

/// Where a new secret value is stored besides being printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StoreTarget {
    /// The OS keyring (service `oauthctl`, account CLIENT_ID@TENANT@BASE_URL)
    Keyring,
}

#[derive(Debug, Subcommand)]
pub enum SpacesCmd {
    /// List the tenant's spaces
    #[command(visible_alias = "ls")]
    List,
    /// Create a space (the dev server supports this)
    Create {
        /// Space ID: lower-case letters, digits, '-' and '_'
        id: String,
        /// Name shown to people [default: the ID]
        #[arg(long)]
        display_name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScopesCmd {
    /// List the scopes an admin can grant, with their descriptions
    #[command(visible_alias = "ls")]
    List,
}

#[derive(Debug, Subcommand)]
pub enum ClientsCmd {
    /// Create a client; a confidential client gets its first secret, shown once
    #[command(after_help = "\
Missing values are asked for on a terminal. Without one (or with --no-input, or CI set), --name is
required; --space is required when the tenant has several spaces; the display name defaults to the
name; grant types default to authorization_code when a redirect URI is given, else
client_credentials.

With several --space values, one client is created per space (logins are per space, as in Inxmail),
named NAME-SPACE (the display name stays the same), each with its own secret.")]
    Create(Box<ClientCreateArgs>),
    /// List clients, following every page
    #[command(visible_alias = "ls")]
    List {
        /// Only clients of this space
        #[arg(long, value_name = "SPACE")]
        space: Option<String>,
        /// Clients fetched per request [default: the server kind's largest cheap page; 100 on
        /// most kinds]. A larger value is lowered to the most the server accepts
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=10000))]
        page_size: Option<u16>,
    },
    /// Show one client
    #[command(visible_alias = "get")]
    Show {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
    /// Change a client; list flags replace the whole list (the name cannot change)
    Update(Box<ClientUpdateArgs>),
    /// Delete a client and its secrets (asks first; --yes when not interactive)
    #[command(visible_alias = "rm")]
    Delete {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
}

#[derive(Debug, Args)]
pub struct ClientCreateArgs {
    /// Client ID [default: a UUID the server makes]
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Client name: unique in the tenant, cannot be changed later
    #[arg(long)]
    pub name: Option<String>,
    /// Name shown to users on the consent screen [default: the name]
    #[arg(long)]
    pub display_name: Option<String>,
    /// Space the client belongs to; repeat for one client per space
    #[arg(long, value_name = "SPACE")]
    pub space: Vec<String>,
    /// Redirect URI (repeatable): https, or http on loopback for native apps
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Post-logout redirect URI (repeatable)
    #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
    pub post_logout_redirect_uris: Vec<String>,
    /// Allowed grant type (repeatable): authorization_code, client_credentials, refresh_token
    #[arg(long = "grant-type", value_name = "GRANT")]
    pub grant_types: Vec<String>,
    /// Allowed scope (repeatable; `a b` in one value is split)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Allowed CORS origin (repeatable), e.g. https://app.example.com
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    pub cors_origins: Vec<String>,
    /// A public client: no client secret (a browser or native app)
    #[arg(long)]
    pub public: bool,
    #[command(flatten)]
    pub switches: ClientSwitches,
    /// The whole request body as JSON in the API's field names, from FILE or - for stdin; flags
    /// override it
    #[arg(long, value_name = "FILE|-")]
    pub from_file: Option<String>,
    /// Description of the first secret
    #[arg(long, value_name = "TEXT")]
    pub secret_description: Option<String>,
    /// Lifetime of the first secret, 1d to 3y [default: 6mo]
    #[arg(long, value_name = "DURATION")]
    pub secret_expires_in: Option<String>,
    /// Also store the secret value in the OS keyring (it is printed all the same)
    #[arg(long, value_enum, value_name = "WHERE")]
    pub store: Option<StoreTarget>,
    /// Also write the secret value to this file (mode 0600); with several --space values, one
    /// line CLIENT_ID=VALUE each
    #[arg(long, value_name = "PATH")]
    pub output_file: Option<PathBuf>,
}

/// The yes/no settings of a client, the same switches on `clients create` and `clients update`:
/// each has a `--no-…` counterpart, and the last one given wins. On create, one not given keeps
/// the server's default; on update, it stays as it is.
#[derive(Debug, Default, Args)]
pub struct ClientSwitches {
    /// Issue refresh tokens (offline access) [new clients: no]
    #[arg(long, overrides_with = "no_offline_access")]
    pub offline_access: bool,
    /// Do not issue refresh tokens
    #[arg(long, overrides_with = "offline_access")]
    pub no_offline_access: bool,
    /// Always show the consent screen [new clients: no]
    #[arg(long, overrides_with = "no_require_consent")]
    pub require_consent: bool,
    /// Show the consent screen only when needed
    #[arg(long, overrides_with = "require_consent")]
    pub no_require_consent: bool,
    /// Let users remember their consent [new clients: yes]
    #[arg(long, overrides_with = "no_remember_consent")]
    pub remember_consent: bool,
    /// Ask for consent every time
    #[arg(long, overrides_with = "remember_consent")]
    pub no_remember_consent: bool,
    /// Require PKCE with the authorization code grant [new clients: yes]
    #[arg(long, overrides_with = "no_require_pkce")]
    pub require_pkce: bool,
    /// Allow the authorization code grant without PKCE
    #[arg(long, alias = "allow-no-pkce", overrides_with = "require_pkce")]
    pub no_require_pkce: bool,
    /// Allow the resource owner password grant, for trusted confidential clients [new clients: no]
    #[arg(long, overrides_with = "no_allow_ropc")]
    pub allow_ropc: bool,
    /// Refuse the resource owner password grant
    #[arg(long, overrides_with = "allow_ropc")]
    pub no_allow_ropc: bool,
    /// Require a session ID for back-channel logout [new clients: yes]
    #[arg(long, overrides_with = "no_backchannel_logout_session")]
    pub backchannel_logout_session: bool,
    /// Do not require a session ID for back-channel logout
    #[arg(long, overrides_with = "backchannel_logout_session")]
    pub no_backchannel_logout_session: bool,
}

impl ClientSwitches {
    /// Each switch as `Some(true)`, `Some(false)` or `None` (not given), in this order:
    /// offline access, require consent, remember consent, allow no PKCE, allow ROPC,
    /// back-channel logout session required (the admin API's fields).
    pub fn values(&self) -> [Option<bool>; 6] {
        let pick = |on: bool, off: bool| match (on, off) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        [
            pick(self.offline_access, self.no_offline_access),
            pick(self.require_consent, self.no_require_consent),
            pick(self.remember_consent, self.no_remember_consent),
            pick(self.no_require_pkce, self.require_pkce),
            pick(self.allow_ropc, self.no_allow_ropc),
            pick(
                self.backchannel_logout_session,
                self.no_backchannel_logout_session,
            ),
        ]
    }
}

#[derive(Debug, Args)]
pub struct ClientUpdateArgs {
    /// The client ID, or the client's name (unique in the tenant)
    #[arg(allow_hyphen_values = true)]
    pub client_id: String,
    /// The client name is immutable: passing a different one is an error
    #[arg(long)]
    pub name: Option<String>,
    /// Name shown to users on the consent screen
    #[arg(long)]
    pub display_name: Option<String>,
    /// Redirect URIs (repeatable; replaces the list)
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Post-logout redirect URIs (repeatable; replaces the list)
    #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
    pub post_logout_redirect_uris: Vec<String>,
    /// Grant types (repeatable; replaces the list)
    #[arg(long = "grant-type", value_name = "GRANT")]
    pub grant_types: Vec<String>,
    /// Scopes (repeatable; replaces the list)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// CORS origins (repeatable; replaces the list)
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    pub cors_origins: Vec<String>,
    #[command(flatten)]
    pub switches: ClientSwitches,
    /// The changes as JSON in the API's field names, from FILE or - for stdin; flags override it
    #[arg(long, value_name = "FILE|-")]
    pub from_file: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SecretsCmd {
    /// Create a secret; its value is shown once
    #[command(after_help = "\
The expiry must be 1 day to 3 years after the start; without --expires-in or --expires-at it is
exactly six months after the start. Lifetimes: 30d, 2w, 90d, 6mo, 1y, 1y6mo (at least 1d).")]
    Create {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
        /// A note to tell secrets apart
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// When the secret starts to work: RFC 3339, a date (UTC midnight) or now [default: now]
        #[arg(long, value_name = "TIME")]
        starts: Option<String>,
        /// Lifetime after the start, 1d to 3y [default: 6mo]
        #[arg(long, value_name = "DURATION", conflicts_with = "expires_at")]
        expires_in: Option<String>,
        /// Expiry as an RFC 3339 time or a date
        #[arg(long, value_name = "TIME")]
        expires_at: Option<String>,
        /// Also store the value in the OS keyring (it is printed all the same)
        #[arg(long, value_enum, value_name = "WHERE")]
        store: Option<StoreTarget>,
        /// Also write the value to this file (mode 0600); it is printed all the same
        #[arg(long, value_name = "PATH")]
        output_file: Option<PathBuf>,
    },
    /// Print the secret stored in the OS keyring for a client (stdout only), or --delete it
    #[command(after_help = "\
Reads the entry that --store keyring wrote (service oauthctl, account CLIENT_ID@TENANT@BASE_URL),
for piping into another tool: `oauthctl secrets stored ID | other-tool --password-stdin`.
The server never shows a value twice; this reads only the local keyring.")]
    Stored {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
        /// Remove the entry instead of printing it
        #[arg(long)]
        delete: bool,
    },
    /// List a client's secrets: metadata and status, never values
    #[command(visible_alias = "ls")]
    List {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
    /// Rotate secrets safely: create the new one, deliver it, only then retire the old ones
    #[command(after_help = "\
Order: (1) the new secret is created; (2) it is delivered: printed once, and written to
--output-file (0600) when given; (3) only then are the old secrets retired: their expiry is moved to
now + --overlap (default 7d; never later than it was), or, with --revoke-old, they are revoked now,
except those created in the last 24 hours, which are kept unless --force is given too.
If delivery fails, the new value is still printed, the old secrets are left untouched, and the
command exits 1 saying so.

Running the same rotation twice never leaves the client without a working secret: secrets created
in the last 24 hours are not revoked by --revoke-old (they keep working until their overlap ends),
and --if-expiring-within skips clients whose newest secret is not due yet.

Bulk: --all rotates every client of the tenant (or of --space) whose newest secret expires within
--if-expiring-within (required with --all), --concurrency at a time. Each result is printed as soon
as it exists; failures are listed and the exit code is 1.

Incident (a leaked secret): --revoke-old --force revokes every old secret now, however young;
apps that still use one stop working at once.")]
    Rotate(Box<RotateArgs>),
    /// List clients' newest secrets that expire soon, or have expired
    #[command(after_help = "\
Only each client's newest secret (the one apps are expected to use) counts: an older secret that a
rotation is retiring expires within the window by design, and is listed only with
--include-retiring. With --exit-code the command exits 7 when it finds any, so a scheduled CI job
can alert.")]
    Expiring {
        /// The window to look ahead
        #[arg(long, default_value = "30d", value_name = "DURATION")]
        within: String,
        /// Only clients of this space
        #[arg(long, value_name = "SPACE")]
        space: Option<String>,
        /// Exit with code 7 when any secret is found
        #[arg(long)]
        exit_code: bool,
        /// Also list older secrets that a rotation is retiring (they count for --exit-code too)
        #[arg(long)]
        include_retiring: bool,
        /// Clients read at a time
        #[arg(long, default_value_t = 8, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
        concurrency: u16,
    },
    /// Revoke a secret at once (asks first; --yes when not interactive)
    Revoke {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
        /// The secret ID (see `oauthctl secrets list`)
        secret_id: String,
        /// With --yes: revoke it even when it is the client's last working secret (the client
        /// then gets no tokens until it has a new one)
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
#[command(after_help = "\
As in Genesys Cloud: an app's provider hands over its client ID (dash-separated hex, e.g.
0f8fad5b-d9cb-469f-a165-70867728950e) or its authorization URL. oauthctl shows the app and the
scopes it requests; on a terminal you tick the scopes to grant (all ticked at first) and confirm.
Without a terminal pass --scope (repeatable) or --all-requested, and --yes.

Re-running replaces the grant, so it is idempotent. A token for this tenant then carries at most
the granted scopes; `oauthctl authorizations revoke` makes the app's tokens inactive at once.")]
pub struct AuthorizeArgs {
    /// The client ID to authorize
    #[arg(
        required_unless_present = "url",
        conflicts_with = "url",
        allow_hyphen_values = true
    )]
    pub client_id: Option<String>,
    /// An authorization URL (…/authorize?client_id=…&scope=…): its client_id and scopes are used
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Scope to grant (repeatable; `a b` in one value is split); must be one the client requests
    #[arg(long = "scope", value_name = "SCOPE", conflicts_with = "all_requested")]
    pub scopes: Vec<String>,
    /// Grant every scope the client requests
    #[arg(long)]
    pub all_requested: bool,
}

#[derive(Debug, Subcommand)]
pub enum AuthorizationsCmd {
    /// List the clients authorized in this tenant and their scopes
    #[command(visible_alias = "ls")]
    List,
    /// Show one client's authorization
    #[command(visible_alias = "get")]
    Show {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
    /// Revoke a client's authorization: its tokens for this tenant stop working at once
    Revoke {
        /// The client ID, or the client's name (unique in the tenant)
        #[arg(allow_hyphen_values = true)]
        client_id: String,
    },
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Sign in as an admin client with its secret (for CI and scripts)
    #[arg(long)]
    pub client_credentials: bool,
    /// The client to sign in with [default: OAUTHCTL_CLIENT_ID with --client-credentials, else oauthctl-cli]
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Client authentication at the token endpoint: basic (header) or post (body)
    #[arg(long, value_enum, default_value_t = crate::auth::ClientAuth::Basic)]
    pub auth: crate::auth::ClientAuth,
    /// Read the client secret from stdin
    #[arg(long)]
    pub client_secret_stdin: bool,
    /// Do not store the secret or refresh token in the OS keyring
    #[arg(long)]
    pub no_store: bool,
    /// Print the sign-in URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Scopes to ask for [default with PKCE: oauthctl.admin offline_access]
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Profile, server, tenant, identity, scopes and expiry; exit 3 when not logged in
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Grant {
    ClientCredentials,
    AuthorizationCode,
    RefreshToken,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The app's client ID
    #[arg(long, value_name = "ID", required = true, allow_hyphen_values = true)]
    pub client_id: String,
    /// The grant to use
    #[arg(long, value_enum, default_value_t = Grant::ClientCredentials)]
    pub grant: Grant,
    /// Client authentication: basic (header) or post (body)
    #[arg(long, value_enum, default_value_t = crate::auth::ClientAuth::Basic)]
    pub auth: crate::auth::ClientAuth,
    /// Scope to ask for (repeatable)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Read the client secret from stdin (not with --grant refresh-token, which reads the token)
    #[arg(long)]
    pub client_secret_stdin: bool,
    /// A loopback redirect URI of the client (authorization-code), e.g. http://127.0.0.1:8400/cb
    #[arg(long, value_name = "URI")]
    pub redirect_uri: Option<String>,
    /// Print the sign-in URL instead of opening a browser (authorization-code)
    #[arg(long)]
    pub no_browser: bool,
    /// Also call the introspection endpoint and show what it says
    #[arg(long)]
    pub introspect: bool,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT, PATCH or DELETE
    pub method: String,
    /// Path below /api/adminapi2/v1, e.g. /tenants/{tenant}/clients
    pub path: String,
    /// Request body: JSON text, @FILE, or - for stdin
    #[arg(long, short = 'd', value_name = "JSON|@FILE|-")]
    pub data: Option<String>,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The client (ID or name) whose secrets to rotate (or --all)
    #[arg(
        required_unless_present = "all",
        conflicts_with = "all",
        allow_hyphen_values = true
    )]
    pub client_id: Option<String>,
    /// Rotate every client of the tenant that is due (needs --if-expiring-within)
    #[arg(long, requires = "if_expiring_within")]
    pub all: bool,
    /// With --all: only clients of this space
    #[arg(long, value_name = "SPACE", requires = "all")]
    pub space: Option<String>,
    /// Only rotate when the client's newest secret expires within this window
    #[arg(long, value_name = "DURATION")]
    pub if_expiring_within: Option<String>,
    /// Lifetime of the new secret, 1d to 3y [default: 6mo]
    #[arg(long, value_name = "DURATION")]
    pub expires_in: Option<String>,
    /// How long the old secrets keep working [default: 7d]
    #[arg(long, value_name = "DURATION", conflicts_with = "revoke_old")]
    pub overlap: Option<String>,
    /// Revoke the old secrets instead of letting them overlap; those created in the last 24 hours
    /// are kept (a run made them) unless --force
    #[arg(long)]
    pub revoke_old: bool,
    /// With --revoke-old: revoke the secrets created in the last 24 hours too (a leaked secret)
    #[arg(long, requires = "revoke_old")]
    pub force: bool,
    /// Replace the client's one secret (servers that keep a single secret per client, see
    /// `--api`): the old secret stops working at once
    #[arg(long, conflicts_with_all = ["overlap", "revoke_old", "expires_in"])]
    pub replace: bool,
    /// Retire the old secrets without first getting a token with the new one (client_credentials
    /// at the token endpoint)
    #[arg(long)]
    pub no_verify: bool,
    /// Also write the new value to this file (mode 0600); with --all, one line CLIENT_ID=VALUE each
    #[arg(long, value_name = "PATH")]
    pub output_file: Option<PathBuf>,
    /// Description of the new secret
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Also store the new value in the OS keyring (replaced only after the new secret exists)
    #[arg(long, value_enum, value_name = "WHERE")]
    pub store: Option<StoreTarget>,
    /// With --all: clients rotated at a time
    #[arg(long, default_value_t = 8, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCmd {
    /// Add (or replace) a profile from --base-url and --tenant; the first one becomes current
    #[command(after_help = "\
--server-type dev|test|prod tags the profile, like Integration Suite's \"limit to server type\":
where OAUTHCTL_SERVER_TYPE (or --server-type) says oauthctl runs in another kind of system, the
profile is refused with exit 6 before any request; every change through a prod profile asks
first (or needs --yes).

Without --api, the kind of admin API is detected from what the server answers (a few
unauthenticated GETs); the choice and why are said on stderr, and oauthctl is kept, with a
warning, when nothing known answers.

The admin client's secret is never stored in the profile: set OAUTHCTL_CLIENT_SECRET, or use
`oauthctl login`.")]
    Add {
        /// Profile name
        name: String,
        /// Admin client ID for this profile (its secret stays in OAUTHCTL_CLIENT_SECRET)
        #[arg(long, value_name = "ID")]
        client_id: Option<String>,
        /// Make it the current profile
        #[arg(long = "use")]
        make_current: bool,
    },
    /// List profiles
    #[command(visible_alias = "ls")]
    List,
    /// Show a profile [default: the current one]
    #[command(visible_alias = "get")]
    Show {
        /// Profile name
        name: Option<String>,
    },
    /// Make a profile the current one
    Use {
        /// Profile name
        name: String,
    },
    /// Remove a profile
    #[command(visible_alias = "rm")]
    Remove {
        /// Profile name
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory that holds completions/ and man/
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub out_dir: PathBuf,
    /// Only check that the files there are up to date (exit 1 if not)
    #[arg(long)]
    pub check: bool,
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
        super::command().debug_assert();
    }

    /// Every command that `--help` lists has examples, and every example names a real command.
    #[test]
    fn every_command_has_examples() {
        fn walk(cmd: &clap::Command, path: &str, seen: &mut Vec<String>) {
            if cmd.is_hide_set() {
                return;
            }
            assert!(
                super::examples(path).is_some(),
                "`oauthctl {path}` has no examples in cli::EXAMPLES"
            );
            seen.push(path.to_string());
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let p = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path} {}", sub.get_name())
                };
                walk(sub, &p, seen);
            }
        }
        let mut seen = Vec::new();
        walk(&super::command(), "", &mut seen);
        for (path, text) in super::EXAMPLES {
            assert!(seen.iter().any(|s| s == path), "no command `{path}`");
            for line in text.lines() {
                assert!(
                    line.starts_with("oauthctl ") || line.starts_with("OAUTHCTL_"),
                    "{path}: {line}"
                );
                // Indented by 2 in the help, wrapped at 100 columns: never wrap an example.
                assert!(line.chars().count() <= 97, "{path}: too long: {line}");
            }
        }
    }
}
