//! `oauthctl secrets …`

use std::io;

use chrono::{DateTime, Utc};

use super::{field_errors, Context};
use crate::backend::Capability;
use crate::cli::SecretsCmd;
use crate::error::CliError;
use crate::model::{CreateSecretRequest, Secret};
use crate::output::{Column, Printer, Render, Row};
use crate::timeutil::{humanize, parse_span, parse_time};
use crate::validate;

pub async fn run(ctx: &Context, cmd: SecretsCmd) -> anyhow::Result<()> {
    match cmd {
        SecretsCmd::Create {
            client_id,
            description,
            starts,
            expires_in,
            expires_at,
            store,
            output_file,
        } => {
            let now = Utc::now();
            let backend = ctx.backend()?;
            backend.require(Capability::MultipleSecrets)?;
            let req = secret_request(now, description, starts, expires_in, expires_at)?;
            super::deliver::preflight(
                &ctx.printer,
                store.is_some() || output_file.is_some(),
                ctx.global.dry_run,
            )?;
            super::deliver::probe_keyring(store.is_some(), ctx.global.dry_run).await?;
            let delivery = super::rotate::Delivery::output_file(output_file.as_deref(), false)?;
            let client_id = super::resolve::client_id(ctx, &client_id).await?;
            let sent = backend
                .create_secret(&client_id, &req)
                .await
                .map_err(super::clients::not_found_hint)?;
            let Some(secret) = ctx.sent(sent)? else {
                return Ok(());
            };
            // The value counts as delivered only where it arrived (stdout, the file, the keyring).
            let stdout =
                super::deliver::stdout_delivered(&ctx.printer, ctx.printer.emit(&secret)).await;
            let file = delivery.to_file(&client_id, secret.value.as_deref()).await;
            let keyring = match (&store, &secret.value) {
                (Some(_), Some(v)) => {
                    Some(super::deliver::to_keyring(backend.target(), &client_id, v).await)
                }
                (Some(_), None) => Some(Err(CliError::other(
                    "the server's answer carried no secret value; nothing was stored",
                )
                .into())),
                (None, _) => None,
            };
            let outcome = super::deliver::Outcome {
                stdout: stdout.clone(),
                file: file.clone(),
                keyring: keyring.as_ref().map(super::deliver::part),
            };
            if !outcome.reached_someone() {
                return Err(super::deliver::undelivered(
                    backend,
                    &client_id,
                    &secret,
                    &outcome,
                    "the client's other secrets were not touched",
                )
                .await);
            }
            ctx.printer.success(&format!(
                "created secret {} for client {client_id}, valid {} to {}",
                secret.id,
                crate::output::opt_time(secret.start_time),
                crate::output::expiry(secret.expiration)
            ));
            if secret.expires_by(now) {
                ctx.printer.warn(
                    "this secret has already expired: it will never work at the token endpoint",
                );
            }
            if let Err(e) = &stdout {
                ctx.printer.warn(&format!(
                    "the value could not be written to stdout ({e}); it is only in {}",
                    outcome.reached()
                ));
            }
            let path = delivery.file_path().map(|p| p.display().to_string());
            match (&file, &path) {
                (Some(Ok(())), Some(path)) => ctx.printer.success(&format!(
                    "wrote the secret value to {path} (mode 0600)"
                )),
                (Some(Err(e)), _) => {
                    return Err(CliError::other(format!(
                        "secret {} of client {client_id} was created and delivered to {}, but --output-file failed: {e}",
                        secret.id,
                        outcome.reached()
                    ))
                    .with_hint("the secret is kept: store the value shown now, or revoke it with `oauthctl secrets revoke`")
                    .into())
                }
                _ => {}
            }
            match keyring {
                Some(Ok(account)) => ctx.printer.success(&format!(
                    "stored the secret in the OS keyring (service {}, account {account}); read it with `oauthctl secrets stored {client_id}`",
                    crate::secret_store::SERVICE
                )),
                Some(Err(e)) => {
                    return Err(e.context(format!(
                        "secret {} of client {client_id} was created and printed above, but storing it in the OS keyring failed",
                        secret.id
                    )))
                }
                None if file.is_none() => ctx.printer.warn(
                    "the secret value is shown only this once: neither you nor the server can read it again. Store it safely now.",
                ),
                None => {}
            }
        }
        SecretsCmd::Stored { client_id, delete } => {
            let settings = ctx.settings()?;
            let client_id = super::resolve::stored_client_id(ctx, &settings, &client_id).await?;
            let account =
                crate::secret_store::account(&settings.base_url, &settings.tenant, &client_id);
            if delete {
                if !crate::secret_store::delete(account.clone()).await? {
                    return Err(no_stored(&account).into());
                }
                if ctx.printer.is_json() {
                    ctx.printer
                        .json(&serde_json::json!({ "deleted": account }))?;
                }
                ctx.printer
                    .success(&format!("removed {account} from the OS keyring"));
            } else {
                let value = crate::secret_store::get(account.clone())
                    .await?
                    .ok_or_else(|| no_stored(&account))?;
                ctx.printer.line(&value)?;
            }
        }
        SecretsCmd::Rotate(args) => return super::rotate::rotate(ctx, *args).await,
        SecretsCmd::Expiring {
            within,
            space,
            exit_code,
            concurrency,
            include_retiring,
        } => {
            return super::rotate::expiring(
                ctx,
                &within,
                space,
                exit_code,
                concurrency.into(),
                include_retiring,
            )
            .await
        }
        SecretsCmd::List { client_id } => {
            let client_id = super::resolve::client_id(ctx, &client_id).await?;
            let secrets = ctx
                .backend()?
                .list_secrets(&client_id)
                .await
                .map_err(super::clients::not_found_hint)?;
            ctx.printer.emit(&secrets)?;
            if secrets.is_empty() && !ctx.printer.is_json() {
                ctx.printer.hint(&format!(
                    "client {client_id} has no secrets; create one with `oauthctl secrets create {client_id}`"
                ));
            }
        }
        SecretsCmd::Revoke {
            client_id,
            secret_id,
            force,
        } => {
            let backend = ctx.backend()?;
            backend.require(Capability::MultipleSecrets)?;
            let client_id = super::resolve::client_id(ctx, &client_id).await?;
            let secrets = backend
                .list_secrets(&client_id)
                .await
                .map_err(super::clients::not_found_hint)?;
            let Some(secret) = secrets.iter().find(|s| s.id == secret_id) else {
                return Err(CliError::not_found(format!(
                    "client {client_id} has no secret with ID {secret_id}"
                ))
                .with_hint(format!(
                    "list them with `oauthctl secrets list {client_id}`"
                ))
                .into());
            };
            if secret.revoked_at.is_none() {
                let live_others = secrets
                    .iter()
                    .filter(|s| s.id != secret_id && s.is_live(Utc::now()))
                    .count();
                let last = live_others == 0 && secret.is_live(Utc::now());
                let warning = if last {
                    " It is the client's last working secret: the client will not be able to get tokens."
                } else {
                    ""
                };
                // `--yes` skips the prompt that carries the warning: the last working secret
                // then needs `--force` too, as `secrets rotate --revoke-old --force` does.
                if last && !force && (ctx.global.yes || ctx.global.dry_run || !ctx.interactive) {
                    ctx.printer.warn(&format!(
                        "secret {secret_id} is the last working secret of client {client_id}: once it is revoked, the client gets no tokens until it has a new secret"
                    ));
                }
                if last && !force && (ctx.global.yes || !ctx.interactive) && !ctx.global.dry_run {
                    return Err(CliError::usage(format!(
                        "not revoking the last working secret {secret_id} of client {client_id} without --force; nothing was changed"
                    ))
                    .with_hint(format!(
                        "rotate instead (`oauthctl secrets rotate {client_id}`), or pass --force too to revoke it anyway"
                    ))
                    .into());
                }
                ctx.confirm(&format!(
                    "Revoke secret {secret_id} of client {client_id} now?{warning}"
                ))?;
            }
            if ctx
                .sent(backend.revoke_secret(&client_id, &secret_id).await?)?
                .is_none()
            {
                return Ok(());
            }
            if ctx.printer.is_json() {
                ctx.printer
                    .json(&serde_json::json!({ "revoked": secret_id, "clientId": client_id }))?;
            }
            ctx.printer
                .success(&format!("revoked secret {secret_id} of client {client_id}"));
        }
    }
    Ok(())
}

fn no_stored(account: &str) -> CliError {
    CliError::not_found(format!(
        "no secret in the OS keyring for {account} (service {})",
        crate::secret_store::SERVICE
    ))
    .with_hint("values are stored with --store keyring on clients create, secrets create or secrets rotate")
}

/// Builds and checks a create-secret body from the flags, before any request.
pub fn secret_request(
    now: DateTime<Utc>,
    description: Option<String>,
    starts: Option<String>,
    expires_in: Option<String>,
    expires_at: Option<String>,
) -> anyhow::Result<CreateSecretRequest> {
    let start = starts
        .as_deref()
        .map(|s| parse_time(s, now).map_err(|e| CliError::usage(format!("--starts: {e}"))))
        .transpose()?;
    let base = start.unwrap_or(now);
    let expiration = match (expires_in, expires_at) {
        (Some(d), _) => {
            let span = parse_span(&d).map_err(|e| CliError::usage(format!("--expires-in: {e}")))?;
            Some(span.after(base).ok_or_else(|| {
                CliError::usage(format!("--expires-in {d}: the time is out of range"))
            })?)
        }
        (None, Some(t)) => {
            let at =
                parse_time(&t, now).map_err(|e| CliError::usage(format!("--expires-at: {e}")))?;
            if at <= now {
                return Err(CliError::usage(format!(
                    "--expires-at {t}: that is in the past ({}); a secret must live between 1 day and 3 years after its start",
                    crate::timeutil::fmt_time(at)
                ))
                .with_hint("give a later time, or a lifetime with --expires-in (for example 90d, 6mo or 1y)")
                .into());
            }
            Some(at)
        }
        (None, None) => None,
    };
    if let Some(d) = &description {
        field_errors(validate::secret_description(d).err().into_iter().collect())?;
    }
    if let Some(exp) = expiration {
        field_errors(
            validate::secret_window(base, exp)
                .err()
                .into_iter()
                .collect(),
        )?;
    }
    Ok(CreateSecretRequest {
        description,
        // With an expiry computed here, the start is sent too, so the lifetime is exactly the
        // one asked for rather than short by the request's latency.
        start_time: start.or(expiration.map(|_| base)),
        expiration,
    })
}

impl Render for Secret {
    fn human(&self, p: &Printer) -> io::Result<()> {
        let mut fields = vec![
            ("Secret ID", self.id.clone()),
            ("Client ID", self.client_id.clone()),
            ("Description", self.description.clone().unwrap_or_default()),
            ("Starts", crate::output::opt_time(self.start_time)),
            ("Expires", crate::output::expiry(self.expiration)),
            ("Status", self.status.as_str().to_string()),
        ];
        if let Some(v) = &self.value {
            fields.push(("Client secret", v.clone()));
        }
        p.fields(&fields)
    }
}

impl Row for Secret {
    const COLUMNS: &'static [Column] = &[
        Column::keep("id"),
        Column::keep("starts").wide(),
        Column::keep("expires"),
        Column::keep("status"),
        Column::keep("last used").wide(),
        Column::text("description"),
    ];
    fn row(&self, p: &Printer) -> Vec<String> {
        let now = Utc::now();
        vec![
            self.id.clone(),
            p.opt_time(self.start_time),
            match self.expiration {
                Some(e) if p.is_wide() => format!("{} ({})", p.time(e), humanize(e, now)),
                Some(e) => p.time(e),
                None => "never".into(),
            },
            self.status.as_str().to_string(),
            self.last_used_at
                .map(|t| humanize(t, now))
                .unwrap_or_else(|| "never".into()),
            self.description.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}
