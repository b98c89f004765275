//! One file per command group. Each takes parsed arguments and the context, and returns a value
//! that the output module renders.

pub mod api;
pub mod auth;
pub mod authorize;
pub mod clients;
pub mod declare;
pub mod deliver;
pub mod detect;
#[cfg(feature = "server")]
pub mod dev_server;
pub mod generate;
pub mod profiles;
pub mod resolve;
pub mod rotate;
pub mod secrets;
pub mod spaces;
pub mod token;

use std::io::Read;

use crate::backend::{Backend, Planned, Sent};
use crate::cli::{Cli, Command, GlobalArgs};
use crate::config::{Overrides, Settings};
use crate::error::CliError;
use crate::output::Printer;
use crate::validate::FieldError;

/// What every command may use: the global flags, the printer and whether prompts are allowed.
pub struct Context {
    pub global: GlobalArgs,
    pub printer: Printer,
    pub interactive: bool,
    /// Resolved on first use, then kept: a command reads the config file once.
    settings: std::sync::OnceLock<Settings>,
    /// Built on first use, then kept; it authenticates on its first request.
    backend: std::sync::OnceLock<std::sync::Arc<dyn Backend>>,
}

impl Context {
    /// The context of a run: the printer writes to stdout and stderr, and the settings and the
    /// backend are resolved from the flags, the environment and the profile when first asked for.
    pub fn new(global: GlobalArgs) -> Context {
        let printer = Context::configure(Printer::new(global.output), &global);
        let interactive = crate::prompt::detect(global.no_input);
        Context {
            global,
            printer,
            interactive,
            settings: std::sync::OnceLock::new(),
            backend: std::sync::OnceLock::new(),
        }
    }

    /// A context handed its parts: `printer` (e.g. [`Printer::captured`], configured by the
    /// flags with [`Context::configure`]), the `settings` and the `backend` (e.g. a
    /// `MemoryBackend` the caller keeps an `Arc` of, to look at it afterwards). Nothing is read
    /// from the environment or a profile to build them, so a command runs in-process against
    /// them. Prompts still follow `--no-input` and the terminals, as in any run.
    pub fn for_backend(
        global: GlobalArgs,
        printer: Printer,
        settings: Settings,
        backend: std::sync::Arc<dyn Backend>,
    ) -> Context {
        let interactive = crate::prompt::detect(global.no_input);
        Context {
            global,
            printer,
            interactive,
            settings: std::sync::OnceLock::from(settings),
            backend: std::sync::OnceLock::from(backend),
        }
    }

    /// `printer` as the global flags set it up: `--no-headers`, `-q`, and `--timeout` as the
    /// longest a new value waits in a pipe for its reader.
    pub fn configure(printer: Printer, global: &GlobalArgs) -> Printer {
        printer
            .with_no_headers(global.no_headers)
            .with_quiet(global.quiet)
            .with_drain_wait(std::time::Duration::from_secs(
                global
                    .timeout
                    .unwrap_or(crate::config::DEFAULT_TIMEOUT_SECS)
                    .max(1),
            ))
    }

    /// The tenant named by --tenant, else by OAUTHCTL_TENANT, if any.
    pub fn tenant(&self) -> anyhow::Result<Option<String>> {
        Ok(self.global.tenant.clone().or_else(|| {
            std::env::var("OAUTHCTL_TENANT")
                .ok()
                .filter(|t| !t.is_empty())
        }))
    }

    pub fn overrides(&self) -> anyhow::Result<Overrides> {
        let g = &self.global;
        Ok(Overrides {
            profile: g.profile.clone(),
            base_url: g.base_url.clone(),
            tenant: self.tenant()?,
            // An empty OAUTHCTL_CLIENT_ID is unset, like every credential variable (`run` warns).
            client_id: g.admin_client_id.clone().filter(|c| !c.trim().is_empty()),
            timeout: g.timeout,
            retries: g.retries,
            verbose: g.verbose,
            dry_run: g.dry_run,
            ca_cert: g.ca_cert.clone(),
            allow_foreign_endpoints: g.allow_foreign_endpoints,
            environment: g.server_type,
            api: g.api,
            issuer: g.issuer.clone(),
        })
    }

    pub fn settings(&self) -> anyhow::Result<Settings> {
        if let Some(s) = self.settings.get() {
            return Ok(s.clone());
        }
        let s = Settings::resolve(&self.overrides()?, &crate::backend::kinds())?;
        Ok(self.settings.get_or_init(|| s).clone())
    }

    /// The backend of the server the settings name, built once. Nothing is sent until a
    /// command calls it, and it authenticates on the first request that needs it.
    pub fn backend(&self) -> anyhow::Result<&dyn Backend> {
        if let Some(b) = self.backend.get() {
            return Ok(b.as_ref());
        }
        let b = crate::backend::connect(&self.settings()?, &self.printer)?;
        Ok(self.backend.get_or_init(|| b.into()).as_ref())
    }

    /// An HTTP client for the settings, its `-v` trace through the printer.
    pub fn http(&self) -> anyhow::Result<crate::transport::http::Http> {
        Ok(
            crate::transport::http::Http::new(&self.settings()?)?
                .with_tracer(self.printer.tracer()),
        )
    }

    /// The admin client oauthctl acts as, when known: the client of the credentials or the
    /// login, else OAUTHCTL_CLIENT_ID / the profile's client (a bare OAUTHCTL_TOKEN names none).
    pub fn acting_client(&self) -> anyhow::Result<Option<String>> {
        let settings = self.settings()?;
        Ok(match &settings.credentials {
            crate::auth::Credentials::ClientSecret { client_id, .. } => Some(client_id.clone()),
            crate::auth::Credentials::Login(l) => Some(l.client_id.clone()),
            _ => settings.client_id.clone(),
        })
    }

    /// Destructive actions: `--yes`, or a confirmation on a terminal; otherwise an error.
    pub fn confirm(&self, question: &str) -> anyhow::Result<()> {
        if self.global.yes || self.global.dry_run {
            return Ok(());
        }
        if !self.interactive {
            return Err(CliError::usage(format!("{question} — not confirmed"))
                .with_hint("pass --yes to confirm when not running interactively")
                .into());
        }
        if crate::prompt::confirm(question, false)? {
            Ok(())
        } else {
            Err(CliError::new(crate::error::ErrorKind::Cancelled, "cancelled").into())
        }
    }

    /// The answer of a change, or — under `--dry-run` — `None` once the planned request is shown
    /// (stdout: the request, or `{"dryRun": …}` with `-o json`; stderr: that nothing was sent).
    /// The command then stops there with success.
    pub fn sent<T>(&self, sent: Sent<T>) -> anyhow::Result<Option<T>> {
        match sent {
            Sent::Done(answer) => Ok(Some(answer)),
            Sent::Planned(plan) => {
                self.show_plan(&plan)?;
                Ok(None)
            }
        }
    }

    /// Shows what a `--dry-run` would have sent.
    pub fn show_plan(&self, plan: &Planned) -> anyhow::Result<()> {
        self.show_plans(std::slice::from_ref(plan), false)
    }

    /// Shows the requests a `--dry-run` would have sent: with `several`, a JSON array of
    /// `{"dryRun": …}` (as a command that makes several things answers an array).
    pub fn show_plans(&self, plans: &[Planned], several: bool) -> anyhow::Result<()> {
        let docs: Vec<serde_json::Value> = plans
            .iter()
            .map(|plan| serde_json::json!({ "dryRun": plan }))
            .collect();
        match (self.printer.is_json(), several) {
            (true, true) => self.printer.json(&docs)?,
            (true, false) => {
                for doc in &docs {
                    self.printer.json(doc)?;
                }
            }
            (false, _) => {
                for plan in plans {
                    self.printer
                        .line(&format!("{} {}", plan.method, plan.url))?;
                    if let Some(b) = &plan.body {
                        self.printer.line(&serde_json::to_string_pretty(b)?)?;
                    }
                }
            }
        }
        self.printer
            .status("dry run: nothing was sent; run again without --dry-run to send it");
        Ok(())
    }
}

/// Runs the command. Only commands that talk to a server start an async runtime.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let ctx = Context::new(cli.global);
    let credential_vars = match cli.command {
        Command::DevServer(_) => crate::config::DEV_SERVER_CREDENTIAL_VARS,
        Command::Generate(_) => &[],
        _ => crate::config::CLIENT_CREDENTIAL_VARS,
    };
    for name in crate::config::blank_vars(credential_vars, |k| std::env::var(k).ok()) {
        ctx.printer.warn(&crate::config::blank_var_warning(name));
    }
    match cli.command {
        #[cfg(feature = "server")]
        Command::DevServer(args) => dev_server::run(&ctx, args),
        #[cfg(not(feature = "server"))]
        Command::DevServer(_) => Err(CliError::usage(
            "this oauthctl was built without the dev server (cargo feature `server`)",
        )
        .into()),
        Command::Generate(args) => generate::run(&ctx, args),
        Command::Profiles(cmd) => profiles::run(&ctx, cmd),
        other => {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let result = rt.block_on(run_async(&ctx, other));
            // Do not wait for a keyring call stuck on a frozen D-Bus: it already timed out.
            rt.shutdown_background();
            result
        }
    }
}

/// Commands that change something on the server (they need a confirmation on a prod profile).
/// Every command is named here, without a catch-all, so a new one must be decided on.
fn changes_something(command: &Command) -> bool {
    use crate::cli::{AuthCmd, SpacesCmd as Sp};
    use crate::cli::{AuthorizationsCmd as Az, ClientsCmd as C, ScopesCmd, SecretsCmd as S};
    match command {
        Command::Spaces(Sp::Create { .. })
        | Command::Clients(C::Create(_) | C::Update(_) | C::Delete { .. })
        | Command::Secrets(S::Create { .. } | S::Rotate(_) | S::Revoke { .. })
        | Command::Authorize(_)
        | Command::Authorizations(Az::Revoke { .. })
        | Command::Apply(_) => true,
        Command::Api(a) => !a.method.eq_ignore_ascii_case("GET"),
        Command::Spaces(Sp::List)
        | Command::Scopes(ScopesCmd::List)
        | Command::Clients(C::List { .. } | C::Show { .. })
        | Command::Secrets(S::List { .. } | S::Expiring { .. } | S::Stored { .. })
        | Command::Authorizations(Az::List | Az::Show { .. })
        | Command::Auth(AuthCmd::Status)
        | Command::Diff(_)
        | Command::Export(_) => false,
        // Local state, or the caller's own session, not the server's data.
        Command::Login(_) | Command::Logout { .. } | Command::Token(_) => false,
        Command::DevServer(_) | Command::Generate(_) | Command::Profiles(_) => false,
    }
}

async fn run_async(ctx: &Context, command: Command) -> anyhow::Result<()> {
    if changes_something(&command) {
        let settings = ctx.settings()?;
        if settings.server_type == Some(crate::config::ServerType::Prod) {
            ctx.confirm(&format!(
                "This changes {} (profile {}, a prod server). Continue?",
                settings.base_url,
                settings.profile.as_deref().unwrap_or("-")
            ))?;
        }
    }
    match command {
        Command::Spaces(cmd) => spaces::run_spaces(ctx, cmd).await,
        Command::Scopes(cmd) => spaces::run_scopes(ctx, cmd).await,
        Command::Clients(cmd) => clients::run(ctx, cmd).await,
        Command::Secrets(cmd) => secrets::run(ctx, cmd).await,
        Command::Api(args) => api::run(ctx, args).await,
        Command::Diff(args) => declare::diff(ctx, args).await,
        Command::Apply(args) => declare::apply(ctx, args).await,
        Command::Export(args) => declare::export(ctx, args).await,
        Command::Login(args) => auth::login(ctx, args).await,
        Command::Logout { revoke } => auth::logout(ctx, revoke).await,
        Command::Auth(cmd) => auth::status(ctx, cmd).await,
        Command::Token(args) => token::run(ctx, args).await,
        Command::Authorize(args) => authorize::authorize(ctx, args).await,
        Command::Authorizations(cmd) => authorize::run(ctx, cmd).await,
        Command::DevServer(_) | Command::Generate(_) | Command::Profiles(_) => {
            unreachable!("handled in run")
        }
    }
}

/// The scope that makes a client a full admin of its tenant (the dev server's admin API): every
/// client, secret, space and authorization there.
pub const ADMIN_SCOPE: &str = "oauthctl.admin";

/// An item of an interactive scope picker, marked when it is [`ADMIN_SCOPE`], so that it does not
/// pass for an ordinary app scope.
pub fn admin_scope_item(name: &str, item: String) -> String {
    if name == ADMIN_SCOPE {
        format!("{item}  [ADMIN: full admin of this tenant]")
    } else {
        item
    }
}

/// After a scope picker: when [`ADMIN_SCOPE`] was ticked, asks again (default no) before it is
/// granted; answered no, it is taken out of `scopes` and the rest stands.
pub fn confirm_admin_scope(
    ctx: &Context,
    scopes: &mut Vec<String>,
    who: &str,
    tenant: &str,
) -> anyhow::Result<()> {
    if !scopes.iter().any(|s| s == ADMIN_SCOPE) {
        return Ok(());
    }
    let question = format!(
        "{ADMIN_SCOPE} makes {who} a full admin of tenant {tenant}: it can create, change and delete every client, secret and authorization there. Grant {ADMIN_SCOPE}?"
    );
    if !crate::prompt::confirm(&question, false)? {
        scopes.retain(|s| s != ADMIN_SCOPE);
        ctx.printer.status(&format!(
            "{ADMIN_SCOPE} left out; the other scopes stay chosen"
        ));
    }
    Ok(())
}

/// A word as a shell reads it back: as it is when it has nothing the shell would change, else
/// in single quotes (for hints that name a file or a value to paste).
pub fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The flag a user types for an API field, for error messages.
pub fn flag_for(field: &str) -> &str {
    match field {
        "clientId" => "--client-id",
        "clientName" => "--name",
        "displayName" => "--display-name",
        "spaceId" => "--space",
        "redirectUris" => "--redirect-uri",
        "postLogoutRedirectUris" => "--post-logout-redirect-uri",
        "allowedGrantTypes" => "--grant-type",
        "allowedScopes" => "--scope",
        "allowedCorsOrigins" => "--cors-origin",
        "expiration" => "--expires-in/--expires-at",
        "description" => "--description",
        other => other,
    }
}

/// Field errors found before any request, as one usage error naming the flags.
pub fn field_errors(errors: Vec<FieldError>) -> anyhow::Result<()> {
    match errors.as_slice() {
        [] => Ok(()),
        [one] => Err(CliError::usage(format!("{}: {}", flag_for(&one.field), one.message)).into()),
        many => {
            let mut msg = String::from("invalid input:");
            for e in many {
                msg.push_str(&format!("\n  {}: {}", flag_for(&e.field), e.message));
            }
            Err(CliError::usage(msg).into())
        }
    }
}

/// Reads a JSON document from a file, or from stdin for `-`.
pub fn read_json<T: serde::de::DeserializeOwned>(source: &str, flag: &str) -> anyhow::Result<T> {
    let text = if source == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        std::fs::read_to_string(source)
            .map_err(|e| CliError::usage(format!("{flag} {source}: cannot read the file: {e}")))?
    };
    crate::transport::decode_json(text.as_bytes()).map_err(|e| {
        CliError::usage(format!("{flag} {source}: not a valid request body: {e}"))
            .with_hint("the body uses the admin API's camelCase field names (see the README)")
            .into()
    })
}

#[cfg(test)]
mod tests;
