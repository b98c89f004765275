//! `oauthctl clients create`: flags, prompts on a terminal, one client per space, the first secret
//! delivered by the delivery rule.

use super::*;
use crate::validate::FieldError;

// ---------- create ----------

pub(super) fn split_scopes(v: Vec<String>) -> Vec<String> {
    v.iter()
        .flat_map(|s| s.split_ascii_whitespace().map(String::from))
        .collect()
}

/// Merges --from-file and the flags into one request body (flags win).
pub(super) fn create_request(args: &ClientCreateArgs) -> anyhow::Result<CreateClientRequest> {
    let mut req: CreateClientRequest = match &args.from_file {
        Some(src) => read_json(src, "--from-file")?,
        None => CreateClientRequest::default(),
    };
    if args.client_id.is_some() {
        req.client_id = args.client_id.clone();
    }
    if let Some(n) = &args.name {
        req.client_name = n.clone();
    }
    if args.display_name.is_some() {
        req.display_name = args.display_name.clone();
    }
    macro_rules! list_flag {
        ($($flag:ident => $field:ident),*) => {$(
            if !args.$flag.is_empty() { req.$field = args.$flag.clone(); }
        )*};
    }
    list_flag!(
        redirect_uris => redirect_uris,
        post_logout_redirect_uris => post_logout_redirect_uris,
        grant_types => allowed_grant_types,
        cors_origins => allowed_cors_origins
    );
    if !args.scopes.is_empty() {
        req.allowed_scopes = split_scopes(args.scopes.clone());
    }
    if args.public {
        req.require_client_secret = Some(false);
    }
    set_switches!(req, args.switches);
    Ok(req)
}

pub(super) fn missing(flag: &str, what: &str) -> anyhow::Error {
    CliError::usage(format!("{what} is required: pass {flag}"))
        .with_hint("run in a terminal without --no-input to be asked for missing values")
        .into()
}

pub(super) fn check(
    f: impl Fn(&str) -> Result<(), FieldError>,
) -> impl Fn(&String) -> Result<(), String> {
    move |s: &String| f(s).map_err(|e| e.message)
}

pub(super) async fn create(ctx: &Context, args: ClientCreateArgs) -> anyhow::Result<()> {
    let mut req = create_request(&args)?;
    let mut spaces = args.space.clone();
    if spaces.is_empty() {
        spaces.extend(req.space_id.take());
    }
    let secret_expiry = args
        .secret_expires_in
        .as_deref()
        .map(|s| {
            crate::timeutil::parse_span(s)
                .map_err(|e| CliError::usage(format!("--secret-expires-in: {e}")))
        })
        .transpose()?;
    if spaces.len() > 1 && req.client_id.is_some() {
        return Err(CliError::usage(
            "--client-id cannot be used with several --space values: each space gets its own client",
        )
        .into());
    }
    // Check what was given before asking for what is missing, and before any request.
    let mut pre = validate::create_client(&CreateClientRequest {
        client_name: if req.client_name.is_empty() {
            "-".into()
        } else {
            req.client_name.clone()
        },
        allowed_grant_types: Vec::new(),
        ..req.clone()
    });
    for g in &req.allowed_grant_types {
        if let Err(e) = validate::grant_type(g) {
            pre.push(e);
        }
    }
    field_errors(pre)?;
    if req.require_client_secret != Some(false) {
        // A confidential client's first secret must reach someone.
        crate::commands::deliver::preflight(
            &ctx.printer,
            args.store.is_some() || args.output_file.is_some(),
            ctx.global.dry_run,
        )?;
        crate::commands::deliver::probe_keyring(args.store.is_some(), ctx.global.dry_run).await?;
    }

    let backend = ctx.backend()?;
    if !spaces.is_empty() {
        backend.require(Capability::Spaces)?;
    }
    if !backend.has(Capability::MultipleSecrets) {
        // One-secret servers have no secret expiry or description to set.
        for (flag, given) in [
            ("--secret-expires-in", args.secret_expires_in.is_some()),
            ("--secret-description", args.secret_description.is_some()),
        ] {
            if given {
                return Err(CliError::usage(format!(
                    "{flag}: the {} admin API keeps one secret per client, without an expiry or a description; nothing was sent",
                    backend.kind()
                ))
                .with_hint(format!("leave out {flag}"))
                .into());
            }
        }
    }
    // What the kind cannot store is refused before any prompt.
    check_fields(backend, &req, args.from_file.is_some())?;
    let p = ctx.interactive;
    // Run without --name on a terminal: the whole dialogue, confidential or public included
    // (that has a default and only a --public flag, so it is not asked otherwise).
    let wizard = p && req.client_name.is_empty();
    // Whether anything is asked: then a summary is shown to confirm before creating.
    let mut asked = false;

    if req.client_name.is_empty() {
        if !p {
            return Err(missing("--name", "a client name"));
        }
        asked = true;
        req.client_name = crate::prompt::input(
            "Client name (unique, cannot be changed later)",
            None,
            check(validate::client_name),
        )?;
    }
    // A kind that keeps no display name of its own (its rule ties it to the name) is not asked.
    let own_display_name = !backend
        .descriptor()
        .rules
        .iter()
        .any(|r| r.field == "displayName");
    if req.display_name.is_none() && p && own_display_name {
        asked = true;
        req.display_name = Some(crate::prompt::input(
            "Display name (shown on the consent screen)",
            Some(&req.client_name),
            check(validate::display_name),
        )?);
    }
    let known_spaces = if backend.has(Capability::Spaces) {
        backend.list_spaces().await?
    } else {
        Vec::new()
    };
    let tenant = &backend.target().tenant;
    let space_list = || {
        known_spaces
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if spaces.is_empty() && backend.has(Capability::Spaces) {
        match known_spaces.as_slice() {
            [only] => spaces.push(only.id.clone()),
            _ if p => {
                asked = true;
                let items: Vec<String> = known_spaces
                    .iter()
                    .map(|s| format!("{} ({})", s.id, s.display_name))
                    .collect();
                let i = crate::prompt::select("Space", &items, 0)?;
                spaces.push(known_spaces[i].id.clone());
            }
            _ => {
                return Err(CliError::usage(format!(
                    "--space is required: tenant {tenant} has several spaces",
                ))
                .with_hint(format!("spaces are: {}", space_list()))
                .into())
            }
        }
    }
    for s in &spaces {
        if !known_spaces.iter().any(|k| &k.id == s) {
            return Err(
                CliError::usage(format!("--space {s}: no such space in tenant {tenant}",))
                    .with_hint(format!("spaces are: {}", space_list()))
                    .into(),
            );
        }
    }
    if req.require_client_secret.is_none() && wizard {
        asked = true;
        let items = vec![
            "confidential — has a client secret (a server-side app or a service)".to_string(),
            "public — no secret (a browser or native app; uses PKCE)".to_string(),
        ];
        let i = crate::prompt::select("Client type", &items, 0)?;
        req.require_client_secret = Some(i == 0);
    }
    if req.allowed_grant_types.is_empty() {
        let default = if req.redirect_uris.is_empty() && req.require_client_secret != Some(false) {
            "client_credentials"
        } else {
            "authorization_code"
        };
        if p {
            asked = true;
            let items: Vec<String> = GRANT_TYPES.iter().map(|g| g.to_string()).collect();
            let checked: Vec<bool> = GRANT_TYPES.iter().map(|g| *g == default).collect();
            let chosen = crate::prompt::multi_select("Grant types", &items, &checked)?;
            if chosen.is_empty() {
                return Err(CliError::usage("choose at least one grant type").into());
            }
            req.allowed_grant_types = chosen.into_iter().map(|i| items[i].clone()).collect();
        } else {
            req.allowed_grant_types = vec![default.to_string()];
        }
    }
    if req
        .allowed_grant_types
        .iter()
        .any(|g| g == "authorization_code")
        && req.redirect_uris.is_empty()
    {
        if !p {
            return Err(missing(
                "--redirect-uri",
                "a redirect URI (for the authorization_code grant)",
            ));
        }
        asked = true;
        loop {
            let prompt = if req.redirect_uris.is_empty() {
                "Redirect URI (https://…)"
            } else {
                "Another redirect URI (empty to finish)"
            };
            let uri = crate::prompt::input_optional(
                prompt,
                check(|s| validate::redirect_uri("redirectUris", s)),
            )?;
            if uri.is_empty() {
                if req.redirect_uris.is_empty() {
                    continue;
                }
                break;
            }
            req.redirect_uris.push(uri);
        }
    }
    if req.allowed_scopes.is_empty() && p && backend.has(Capability::ScopeCatalogue) {
        let catalogue = backend.list_scopes().await?;
        if !catalogue.is_empty() {
            asked = true;
            let items: Vec<String> = catalogue
                .iter()
                .map(|s| {
                    let item = if s.description.is_empty() {
                        s.name.clone()
                    } else {
                        format!("{} — {}", s.name, s.description)
                    };
                    crate::commands::admin_scope_item(&s.name, item)
                })
                .collect();
            let chosen = crate::prompt::multi_select(
                "Scopes the client may ask for",
                &items,
                &vec![false; items.len()],
            )?;
            req.allowed_scopes = chosen
                .into_iter()
                .map(|i| catalogue[i].name.clone())
                .collect();
            crate::commands::confirm_admin_scope(
                ctx,
                &mut req.allowed_scopes,
                &format!("the new client {}", req.client_name),
                &backend.target().tenant,
            )?;
        }
    }
    if args.output_file.is_some() && req.require_client_secret == Some(false) {
        return Err(CliError::usage(
            "--output-file: a public client has no secret to write; nothing was sent",
        )
        .with_hint("leave out --output-file, or leave out --public for a client with a secret")
        .into());
    }

    // One client per space (logins are per space, as in Inxmail); the first secret for a
    // confidential client.
    let several = spaces.len() > 1;
    let mut requests = Vec::new();
    if spaces.is_empty() {
        // A server without spaces: one client.
        requests.push(req.clone());
    }
    for space in &spaces {
        let mut r = req.clone();
        r.space_id = Some(space.clone());
        if several {
            r.client_name = format!("{}-{}", req.client_name, space);
            r.display_name = Some(req.display_name.clone().unwrap_or(req.client_name.clone()));
        }
        requests.push(r);
    }
    let mut errors = Vec::new();
    for r in &requests {
        errors.extend(validate::create_client(r));
    }
    field_errors(errors)?;
    // And what the answers made of it, before the summary is confirmed.
    for r in &requests {
        check_fields(backend, r, args.from_file.is_some())?;
    }
    let now = Utc::now();
    let secret_req = CreateSecretRequest {
        description: args
            .secret_description
            .clone()
            .or_else(|| Some("created with the client".into())),
        start_time: secret_expiry.map(|_| now),
        expiration: secret_expiry.and_then(|s| s.after(now)),
    };
    if let Some(exp) = secret_req.expiration {
        field_errors(
            validate::secret_window(now, exp)
                .err()
                .into_iter()
                .map(|e| FieldError {
                    field: "--secret-expires-in".into(),
                    ..e
                })
                .collect(),
        )?;
    }

    // The file is opened (and made 0600) before anything is created.
    // (Not under --dry-run, which writes nothing anywhere.)
    let file = crate::commands::rotate::Delivery::output_file(
        args.output_file.as_deref().filter(|_| !ctx.global.dry_run),
        several,
    )?;
    if asked {
        ctx.printer.status(&summary(&requests));
        if !crate::prompt::confirm(
            if several {
                "Create these clients?"
            } else {
                "Create this client?"
            },
            true,
        )? {
            return Err(CliError::new(crate::error::ErrorKind::Cancelled, "cancelled").into());
        }
    }
    let mut created = Vec::new();
    let mut planned = Vec::new();
    let mut failed = None;
    for r in &requests {
        match create_one(backend, r, &secret_req).await {
            Ok(Sent::Done(c)) => created.push(c),
            // --dry-run: every create is planned, none sent.
            Ok(Sent::Planned(plan)) => planned.push(plan),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if !planned.is_empty() && failed.is_none() {
        return ctx.show_plans(&planned, several);
    }
    let delivered =
        deliver_created(ctx, backend, &created, several, args.store.is_some(), &file).await;
    if delivered.is_ok() && failed.is_none() && !ctx.printer.is_json() {
        let file = args.output_file.as_deref().filter(|_| !several);
        next_step(ctx, &created, file, args.store.is_some());
    }
    if let Some(e) = failed {
        if !created.is_empty() {
            ctx.printer.warn(&format!(
                "created {} of {} clients before this error",
                created.len(),
                requests.len()
            ));
        }
        if let Err(d) = delivered {
            ctx.printer.warn(&format!("{d:#}"));
        }
        return Err(e);
    }
    delivered
}

/// What is about to be created, for the confirmation of an interactive `clients create`.
pub(super) fn summary(requests: &[CreateClientRequest]) -> String {
    let mut out = String::from("About to create:");
    for r in requests {
        let secret = r.require_client_secret != Some(false);
        let mut lines = vec![
            ("Name", r.client_name.clone()),
            (
                "Display name",
                r.display_name
                    .clone()
                    .unwrap_or_else(|| r.client_name.clone()),
            ),
        ];
        if let Some(space) = &r.space_id {
            lines.push(("Space", space.clone()));
        }
        lines.push((
            "Type",
            if secret {
                "confidential (gets a secret, shown once)".into()
            } else {
                "public (no secret)".into()
            },
        ));
        lines.push(("Grant types", list(&r.allowed_grant_types)));
        lines.push(("Scopes", list(&r.allowed_scopes)));
        if !r.redirect_uris.is_empty() {
            lines.push(("Redirect URIs", list(&r.redirect_uris)));
        }
        for (k, v) in lines {
            out.push_str(&format!("\n  {k:<13} {v}"));
        }
    }
    out
}

/// The next step after `clients create`: get a token with the new client. The secret comes from
/// where it was delivered: the `--output-file` (one client: the bare value), the keyring entry
/// (`--store keyring`, which `token` reads), or else the value shown above, pasted.
pub(super) fn next_step(
    ctx: &Context,
    created: &[Created],
    file: Option<&std::path::Path>,
    stored: bool,
) {
    let Some(c) = created.first() else { return };
    let id = &c.client.client_id;
    let code = c
        .client
        .allowed_grant_types
        .iter()
        .all(|g| g != "client_credentials");
    let cmd = match (c.client.require_client_secret, code) {
        (_, true) => format!("oauthctl token --client-id {id} --grant authorization-code"),
        (true, false) => match (stored, file) {
            (true, _) => format!("oauthctl token --client-id {id}"),
            (false, Some(f)) => format!(
                "oauthctl token --client-id {id} --client-secret-stdin < {}",
                crate::commands::shell_word(&f.display().to_string())
            ),
            (false, None) => {
                ctx.printer.hint(&format!(
                    "next, check that it works: `oauthctl token --client-id {id} --client-secret-stdin`, then paste the secret shown above and press Ctrl-D"
                ));
                return;
            }
        },
        (false, false) => format!("oauthctl token --client-id {id}"),
    };
    ctx.printer
        .hint(&format!("next, check that it works: `{cmd}`"));
}

/// Prints the created clients with their first secrets, then settles each secret by the
/// delivery rule: a value that reached nobody (stdout failed, no keyring) is revoked again at
/// once; the client itself is always kept.
pub(super) async fn deliver_created(
    ctx: &Context,
    backend: &dyn Backend,
    created: &[Created],
    several: bool,
    store: bool,
    file: &crate::commands::rotate::Delivery,
) -> anyhow::Result<()> {
    if created.is_empty() {
        return Ok(());
    }
    let stdout = crate::commands::deliver::stdout_delivered(
        &ctx.printer,
        print_created(ctx, created, several),
    )
    .await;
    let mut undelivered = Vec::new();
    let mut keyring_error = None;
    let mut file_error = None;
    let mut to_file = 0usize;
    let mut stored = Vec::new();
    for c in created {
        let Some(s) = &c.secret else { continue };
        let id = &c.client.client_id;
        let keyring = match (store, &s.value) {
            (false, _) => None,
            (true, Some(v)) => {
                Some(crate::commands::deliver::to_keyring(backend.target(), id, v).await)
            }
            (true, None) => Some(Err(CliError::other(
                "the server's answer carried no secret value; nothing was stored",
            )
            .into())),
        };
        let written = file.to_file(id, s.value.as_deref()).await;
        let outcome = crate::commands::deliver::Outcome {
            stdout: stdout.clone(),
            file: written.clone(),
            keyring: keyring.as_ref().map(crate::commands::deliver::part),
        };
        if !outcome.reached_someone() {
            let then = format!(
                "the client {} was kept: give it a secret with `oauthctl secrets create {id}`",
                c.client.client_name
            );
            undelivered
                .push(crate::commands::deliver::undelivered(backend, id, s, &outcome, &then).await);
            continue;
        }
        match written {
            Some(Ok(())) => to_file += 1,
            Some(Err(e)) if file_error.is_none() => {
                file_error = Some(anyhow::Error::from(
                    CliError::other(format!(
                        "secret {} of client {id} was created and delivered to {}, but --output-file failed: {e}",
                        s.id,
                        outcome.reached()
                    ))
                    .with_hint("the secret is kept: store the value shown now, or give the client a new one with `oauthctl secrets rotate`"),
                ))
            }
            _ => {}
        }
        match keyring {
            Some(Ok(account)) => stored.push((id, account)),
            Some(Err(e)) if keyring_error.is_none() => {
                keyring_error = Some(e.context(format!(
                    "secret {} of client {id} was created and printed above, but storing it in the OS keyring failed",
                    s.id
                )))
            }
            _ => {}
        }
    }
    for c in created {
        if c.client.space_id.is_empty() {
            ctx.printer.success(&format!(
                "created client {} ({})",
                c.client.client_name, c.client.client_id
            ));
        } else {
            ctx.printer.success(&format!(
                "created client {} ({}) in space {}",
                c.client.client_name, c.client.client_id, c.client.space_id
            ));
        }
    }
    if created.iter().any(|c| c.registration.is_some()) {
        ctx.printer.warn(
            "the registration access token (RFC 7592) is shown only this once; oauthctl needs it to show, update, rotate or delete the client (it keeps it in the OS keyring when there is one, else pass it in OAUTHCTL_REGISTRATION_TOKEN)",
        );
    }
    let with_secret = created.iter().filter(|c| c.secret.is_some()).count();
    match &stdout {
        Ok(()) if with_secret > 0 && to_file == 0 => ctx.printer.warn(
            "the client secret is shown only this once: neither you nor the server can read it again. Store it safely now.",
        ),
        Err(e) if with_secret > undelivered.len() => ctx.printer.warn(&format!(
            "the output could not be written to stdout ({e}); the secret values are only in {}",
            match (to_file > 0, !stored.is_empty()) {
                (true, true) => "--output-file and the OS keyring",
                (true, false) => "--output-file",
                _ => "the OS keyring",
            }
        )),
        _ => {}
    }
    if let (true, Some(path)) = (to_file > 0, file.file_path()) {
        ctx.printer.success(&format!(
            "wrote the secret value{} to {} (mode 0600)",
            if several { "s" } else { "" },
            path.display()
        ));
    }
    for (id, account) in stored {
        ctx.printer.success(&format!(
            "stored the secret in the OS keyring (service {}, account {account}); read it with `oauthctl secrets stored {id}`",
            crate::secret_store::SERVICE
        ));
    }
    match undelivered.len() {
        0 => file_error.or(keyring_error).map_or(Ok(()), Err),
        1 => Err(undelivered.remove(0)),
        _ => Err(CliError::other(
            undelivered
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        )
        .into()),
    }
}

/// Creates one client and, for a confidential client whose server did not issue a secret with
/// it, its first secret.
pub(super) async fn create_one(
    backend: &dyn Backend,
    req: &CreateClientRequest,
    secret_req: &CreateSecretRequest,
) -> anyhow::Result<Sent<Created>> {
    let CreatedClient {
        client,
        secret,
        registration,
    } = done!(backend
        .create_client(req)
        .await
        .map_err(|e| say_flag(e, false))?);
    let secret = if secret.is_some() || !client.require_client_secret {
        secret
    } else if backend.has(Capability::MultipleSecrets) {
        let s = backend
            .create_secret(&client.client_id, secret_req)
            .await
            .and_then(Sent::after_sent)
            .map_err(|e| {
                let hint = format!(
                    "the client {} was created without a secret; create one with `oauthctl secrets create {}`",
                    client.client_name, client.client_id
                );
                e.with_hint(hint)
            })?;
        Some(s)
    } else {
        None
    };
    Ok(Sent::Done(CreatedClient {
        client,
        secret,
        registration,
    }))
}

pub(super) fn print_created(ctx: &Context, created: &[Created], several: bool) -> io::Result<()> {
    if several {
        ctx.printer.emit(&created.iter().collect::<Vec<_>>())
    } else if let Some(one) = created.first() {
        ctx.printer.emit(one)
    } else {
        Ok(())
    }
}

impl Render for Vec<&Created> {
    fn human(&self, p: &Printer) -> io::Result<()> {
        for (i, c) in self.iter().enumerate() {
            if i > 0 {
                p.line("")?;
            }
            c.human(p)?;
        }
        Ok(())
    }
}
