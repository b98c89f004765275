//! `secrets expiring`: the expiry watch over each client's newest secret.

use super::*;

// ---------- the expiry watch ----------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expiring {
    pub client_id: String,
    pub client_name: String,
    pub secret_id: String,
    pub description: Option<String>,
    pub expiration: DateTime<Utc>,
    pub status: SecretStatus,
    /// True when this is the client's newest secret (so the client has nothing newer to fall back on).
    pub newest: bool,
}

impl Row for Expiring {
    const COLUMNS: &'static [crate::output::Column] = {
        use crate::output::Column;
        // The client by its name (unique in a tenant); its ID and the secret's with -o wide.
        &[
            Column::keep("client id").wide(),
            Column::keep("name"),
            Column::keep("secret id").wide(),
            Column::keep("expires"),
            Column::keep("status"),
            Column::keep("newest"),
            Column::text("description").wide(),
        ]
    };
    fn row(&self, p: &Printer) -> Vec<String> {
        vec![
            self.client_id.clone(),
            self.client_name.clone(),
            self.secret_id.clone(),
            if p.is_wide() {
                format!(
                    "{} ({})",
                    p.time(self.expiration),
                    humanize(self.expiration, Utc::now())
                )
            } else {
                p.time(self.expiration)
            },
            self.status.as_str().into(),
            crate::output::yes_no(self.newest),
            self.description.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

pub async fn expiring(
    ctx: &Context,
    within: &str,
    space: Option<String>,
    exit_code: bool,
    concurrency: usize,
    include_retiring: bool,
) -> anyhow::Result<()> {
    let window = parse_span(within).map_err(|e| CliError::usage(format!("--within: {e}")))?;
    let backend = ctx.backend()?;
    let now = Utc::now();
    let horizon = window.after(now).unwrap_or(now);
    let clients = collect_clients(backend, space.as_deref()).await?;
    let hidden = std::cell::Cell::new(0usize);
    let mut found: Vec<Expiring> = stream::iter(clients.iter().filter(|c| c.require_client_secret))
        .map(|c| async move { (c, backend.list_secrets(&c.client_id).await) })
        .buffer_unordered(concurrency)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(|(c, secrets)| secrets.map(|s| (c, s)))
        .collect::<Result<Vec<_>, crate::backend::BackendError>>()?
        .into_iter()
        .flat_map(|(c, secrets)| {
            let newest_id = newest(&secrets).map(|s| s.id.clone());
            secrets
                .into_iter()
                .filter(|s| s.revoked_at.is_none())
                .filter_map(|s| {
                    // Only secrets with a known expiry can be expiring.
                    let e = s.expiration?;
                    let is_newest = Some(&s.id) == newest_id.as_ref();
                    let due = (e > now && e <= horizon) || (e <= now && is_newest);
                    // An older secret that a rotation is retiring is not an alarm: apps are
                    // expected to use the newest one. Listed only with --include-retiring.
                    if due && !is_newest && !include_retiring {
                        hidden.set(hidden.get() + 1);
                        return None;
                    }
                    due.then(|| Expiring {
                        newest: is_newest,
                        client_id: c.client_id.clone(),
                        client_name: c.client_name.clone(),
                        secret_id: s.id,
                        description: s.description,
                        expiration: e,
                        status: s.status,
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_by_key(|e| e.expiration);
    ctx.printer.emit(&found)?;
    let hidden = hidden.get();
    if hidden > 0 && !ctx.printer.is_json() {
        ctx.printer.hint(&format!(
            "{hidden} older secret(s) that a rotation is retiring also expire within {within}; list them with --include-retiring"
        ));
    }
    if found.is_empty() {
        if !ctx.printer.is_json() {
            ctx.printer
                .status(&format!("no secret expires within {within}"));
        }
        return Ok(());
    }
    if !ctx.printer.is_json() {
        ctx.printer.status(&format!(
            "{} secret(s) expire within {within} or have expired",
            found.len()
        ));
    }
    if exit_code {
        return Err(CliError::new(
            ErrorKind::Found,
            format!(
                "{} secret(s) expire within {within} or have expired",
                found.len()
            ),
        )
        .with_hint("rotate them with `oauthctl secrets rotate --all --if-expiring-within WINDOW`")
        .into());
    }
    Ok(())
}
