//! `oauthctl clients update`: only what the flags name changes; a new secret the server issues
//! with the update is delivered like a rotated one.

use super::*;

// ---------- update ----------

pub(super) fn update_request(args: &ClientUpdateArgs) -> anyhow::Result<UpdateClientRequest> {
    let mut req: UpdateClientRequest = match &args.from_file {
        Some(src) => read_json(src, "--from-file")?,
        None => UpdateClientRequest::default(),
    };
    if args.name.is_some() {
        req.client_name = args.name.clone();
    }
    if args.display_name.is_some() {
        req.display_name = args.display_name.clone();
    }
    macro_rules! list_flag {
        ($($flag:ident => $field:ident),*) => {$(
            if !args.$flag.is_empty() { req.$field = Some(args.$flag.clone()); }
        )*};
    }
    list_flag!(
        redirect_uris => redirect_uris,
        post_logout_redirect_uris => post_logout_redirect_uris,
        grant_types => allowed_grant_types,
        cors_origins => allowed_cors_origins
    );
    if !args.scopes.is_empty() {
        req.allowed_scopes = Some(split_scopes(args.scopes.clone()));
    }
    set_switches!(req, args.switches);
    Ok(req)
}

pub(super) async fn update(ctx: &Context, args: ClientUpdateArgs) -> anyhow::Result<()> {
    let req = update_request(&args)?;
    if req.is_empty() {
        return Err(CliError::usage("nothing to change")
            .with_hint("pass at least one flag, e.g. --display-name or --redirect-uri (see `oauthctl clients update --help`)")
            .into());
    }
    let backend = ctx.backend()?;
    check_fields(backend, &req, args.from_file.is_some())?;
    let current = crate::commands::resolve::client(ctx, &args.client_id).await?;
    field_errors(validate::update_client(&current, &req))?;
    let Some(crate::backend::UpdatedClient {
        client: updated,
        secret,
    }) = ctx.sent(backend.update_client(&current.client_id, &req).await?)?
    else {
        return Ok(());
    };
    if ctx.global.dry_run {
        // The backend had nothing to send (LemonLDAP::NG: every value is already so).
        ctx.printer
            .status("dry run: the client already has these values; nothing would be sent");
        return Ok(());
    }
    let registration = backend.new_registration(&current.client_id);
    match (secret, registration) {
        (None, None) => ctx.printer.emit(&updated)?,
        (secret, registration) => {
            // The server issued a new secret (or registration access token) with the update: it
            // is shown like a new client's (`{"client", "secret", "registration"}`), once.
            let new_secret = secret.is_some();
            let shown = CreatedClient {
                client: updated.clone(),
                secret,
                registration,
            };
            // A new secret follows the delivery rule: it counts where a write of it succeeded.
            let stdout = crate::commands::deliver::stdout(&ctx.printer, ctx.printer.emit(&shown));
            if let Some(s) = shown.secret.as_ref().filter(|_| new_secret) {
                // A copy in the keyring (from --store keyring) would now be stale: replace it.
                let t = backend.target();
                let account =
                    crate::secret_store::account(&t.base_url, &t.tenant, &updated.client_id);
                let keyring = match (&s.value, crate::secret_store::get(account).await) {
                    (Some(v), Ok(Some(_))) => Some(
                        crate::commands::deliver::to_keyring(t, &updated.client_id, v)
                            .await
                            .map(|_| ()),
                    ),
                    _ => None,
                };
                let outcome = crate::commands::deliver::Outcome {
                    stdout,
                    file: None,
                    keyring: keyring.as_ref().map(crate::commands::deliver::part),
                };
                if !outcome.reached_someone() {
                    return Err(crate::commands::deliver::undelivered(
                        backend,
                        &updated.client_id,
                        s,
                        &outcome,
                        "the update itself was made",
                    )
                    .await);
                }
                ctx.printer.warn(
                    "the server issued a new client secret with this update (the old one no longer works); it is shown only this once. Store it safely now.",
                );
                match keyring {
                    Some(Ok(())) => ctx.printer.success(&format!(
                        "stored the secret in the OS keyring (service {}), replacing the old copy; read it with `oauthctl secrets stored {}`",
                        crate::secret_store::SERVICE,
                        updated.client_id
                    )),
                    Some(Err(e)) => {
                        return Err(e.context(
                            "the new secret is printed above, but replacing the copy in the OS keyring failed",
                        ))
                    }
                    None => {}
                }
            } else {
                stdout.map_err(|e| CliError::other(format!("cannot write the answer: {e}")))?;
            }
        }
    }
    ctx.printer.success(&format!(
        "updated client {} ({})",
        updated.client_name, updated.client_id
    ));
    Ok(())
}
