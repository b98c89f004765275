//! `oauthctl dev-server`: starts the embedded server and tells the operator how to reach it.

use super::Context;
use crate::cli::DevServerArgs;
use crate::config::{ENV_DEV_ADMIN_PASSWORD, ENV_DEV_ADMIN_SECRET};
use crate::paths::default_db_path;
use crate::server::{self, ServerOptions};

/// The server options of `oauthctl dev-server ARGS`, with the two variables it reads
/// (OAUTHCTL_DEV_ADMIN_SECRET, trimmed, and OAUTHCTL_DEV_ADMIN_PASSWORD; empty is unset) looked up
/// with `var`. The one mapping from the command to the server, which the tests' in-process server
/// uses too.
pub fn options(
    args: DevServerArgs,
    var: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<ServerOptions> {
    let db = if args.in_memory {
        None
    } else {
        Some(match args.db {
            Some(p) => p,
            None => default_db_path()?,
        })
    };
    Ok(ServerOptions {
        listen: args.listen,
        db,
        tenants: args.tenants,
        admin_secret: crate::config::secret_value(var(ENV_DEV_ADMIN_SECRET)),
        admin_password: var(ENV_DEV_ADMIN_PASSWORD).filter(|s| !s.is_empty()),
        tls: args.tls_cert.zip(args.tls_key),
        log_requests: args.log_requests,
    })
}

pub fn run(ctx: &Context, args: DevServerArgs) -> anyhow::Result<()> {
    let opts = options(args, |k| std::env::var(k).ok())?;
    let db = opts.db.clone();
    let from_env = opts.admin_secret.is_some();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let bound = server::bind(opts).await?;
        let p = &ctx.printer;
        p.say(&format!("oauthctl dev server listening on {}", bound.base_url));
        match &db {
            Some(path) => p.say(&format!("  database: {}", path.display())),
            None => p.say("  database: in memory (nothing survives a restart)"),
        }
        for t in &bound.tenants {
            p.say("");
            p.say(&format!(
                "Tenant {}: point oauthctl at it from another terminal with",
                t.tenant
            ));
            p.say(&format!("  export OAUTHCTL_BASE_URL={}", bound.base_url));
            p.say(&format!("  export OAUTHCTL_TENANT={}", t.tenant));
            p.say(&format!("  export OAUTHCTL_CLIENT_ID={}", t.admin_client_id));
            match (&t.new_admin_secret, from_env) {
                (Some(secret), _) => {
                    p.say(&format!("  export OAUTHCTL_CLIENT_SECRET={secret}"));
                    p.say("  (the admin secret is shown only this once; it is stored as a hash)");
                }
                (None, true) => p.say(&format!(
                    "  export OAUTHCTL_CLIENT_SECRET=\"${ENV_DEV_ADMIN_SECRET}\"\n  # the value of {ENV_DEV_ADMIN_SECRET} in the terminal that started this server (not shown);\n  # where that variable is not set, put the value itself in its place"
                )),
                (None, false) => p.say(&format!(
                    "  # OAUTHCTL_CLIENT_SECRET: the value printed when this database was created;\n  # to set a new one, restart with {ENV_DEV_ADMIN_SECRET}=<value>"
                )),
            }
            match &t.new_admin_password {
                Some(pw) => p.say(&format!(
                    "  or sign in as a person: `oauthctl login` as user {} with password {pw} (shown once)",
                    server::ADMIN_USER
                )),
                None => p.say(&format!(
                    "  or sign in as a person: `oauthctl login` as user {} ({ENV_DEV_ADMIN_PASSWORD} sets its password)",
                    server::ADMIN_USER
                )),
            }
        }
        p.say("");
        p.say("Stop it with Ctrl-C.");
        bound.serve().await?;
        p.say("dev server stopped");
        Ok(())
    })
}
