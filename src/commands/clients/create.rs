//! `oauthctl clients create`: flags, prompts on a terminal, one client per space, the first secret
//! delivered by the delivery rule.

use super::*;
use crate::prompt::Ask;
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

/// `clients create`: the steps below, in order. Nothing is asked before what was given is
/// checked, and nothing is sent before every answer is in and the plan is confirmed.
pub(super) async fn create(ctx: &Context, args: ClientCreateArgs) -> anyhow::Result<()> {
    let mut given = gather(&args)?;
    if given.req.require_client_secret != Some(false) {
        // A confidential client's first secret must reach someone.
        crate::commands::deliver::preflight(
            &ctx.printer,
            args.store.is_some() || args.output_file.is_some(),
            ctx.global.dry_run,
        )?;
        crate::commands::deliver::probe_keyring(args.store.is_some(), ctx.global.dry_run).await?;
    }
    let backend = ctx.backend()?;
    check_kind(backend, &args, &given)?;

    let mut terminal = crate::prompt::Terminal;
    let mut ask = ctx.interactive.then_some(&mut terminal);
    let mut asked = complete(backend, &mut given, ask.as_deref_mut()).await?;
    if let Some(ask) = ask.as_deref_mut() {
        asked |= pick_scopes(ctx, backend, ask, &mut given.req).await?;
    }
    check_output_file(args.output_file.is_some(), &given.req)?;

    // One client per space (logins are per space, as in Inxmail); the first secret for a
    // confidential client.
    let requests = requests_for(&given.req, &given.spaces);
    let several = requests.len() > 1;
    check_requests(backend, &requests, args.from_file.is_some())?;
    let secret_req = secret_request(
        args.secret_description.as_deref(),
        given.secret_expiry,
        Utc::now(),
    )?;
    // The file is opened (and made 0600) before anything is created.
    // (Not under --dry-run, which writes nothing anywhere.)
    let file = crate::commands::rotate::Delivery::output_file(
        args.output_file.as_deref().filter(|_| !ctx.global.dry_run),
        several,
    )?;
    if let (true, Some(ask)) = (asked, ask) {
        confirm_plan(&ctx.printer, ask, &requests)?;
    }

    let attempt = create_all(backend, &requests, &secret_req).await;
    if !attempt.planned.is_empty() && attempt.failed.is_none() {
        return ctx.show_plans(&attempt.planned, several);
    }
    let delivered = deliver_created(
        ctx,
        backend,
        &attempt.created,
        several,
        args.store.is_some(),
        &file,
    )
    .await;
    if delivered.is_ok() && attempt.failed.is_none() && !ctx.printer.is_json() {
        let file = args.output_file.as_deref().filter(|_| !several);
        if let Some(hint) = next_step(&attempt.created, file, args.store.is_some()) {
            ctx.printer.hint(&hint);
        }
    }
    finish(&ctx.printer, attempt, delivered, requests.len())
}

/// What `clients create` was given: its flags merged over `--from-file`, with the spaces taken
/// out of the request (one client is made per space) and the secret's lifetime parsed.
#[derive(Debug)]
pub(super) struct Given {
    pub req: CreateClientRequest,
    /// `--space` (each gets its own client), or the file's `spaceId`.
    pub spaces: Vec<String>,
    pub secret_expiry: Option<crate::timeutil::Span>,
}

/// Step 1: the request from the flags and `--from-file`, every value given checked by the rules
/// the server applies, before anything is asked or sent.
pub(super) fn gather(args: &ClientCreateArgs) -> anyhow::Result<Given> {
    let mut req = create_request(args)?;
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
    field_errors(precheck(&req))?;
    Ok(Given {
        req,
        spaces,
        secret_expiry,
    })
}

/// The server's rules for the values given so far: a name may still be asked for, and the grant
/// types are checked one by one (their rules with the redirect URIs wait for the full request).
pub(super) fn precheck(req: &CreateClientRequest) -> Vec<FieldError> {
    let mut errors = validate::create_client(&CreateClientRequest {
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
            errors.push(e);
        }
    }
    errors
}

/// Step 2: what the kind can do, before any prompt: spaces, a secret's expiry and description
/// (only where a client has several secrets), and its field table (a refusal names the flag).
pub(super) fn check_kind(
    backend: &dyn Backend,
    args: &ClientCreateArgs,
    given: &Given,
) -> anyhow::Result<()> {
    if !given.spaces.is_empty() {
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
    if args.secret_expires_in.is_some() {
        // A kind that sets secret lifetimes itself (Keycloak's realm policy) refuses one asked for.
        let asked = CreateSecretRequest {
            description: None,
            start_time: Some(Utc::now()),
            expiration: Some(Utc::now()),
        };
        if let Err(e) = backend.check_secret_request(&asked) {
            let refused = CliError::new(e.kind(), format!("--secret-expires-in: {e}"));
            return Err(match e.hint() {
                Some(h) => refused.with_hint(h),
                None => refused,
            }
            .into());
        }
    }
    // What the kind needs and the request lacks is asked for first (then every request is
    // checked whole, `check_requests`).
    say_refusal(
        backend.check_given_fields(&given.req),
        args.from_file.is_some(),
    )
}

/// Step 3: what is missing, asked when a person can answer (`ask`), else given its default or
/// refused with the flag to pass: the name, the display name, the space (the kind's spaces are
/// read), the client type, the grant types and the redirect URIs. Answers whether anything was
/// asked; then the plan is shown and confirmed before anything is created.
pub(super) async fn complete<A: Ask + ?Sized>(
    backend: &dyn Backend,
    given: &mut Given,
    mut ask: Option<&mut A>,
) -> anyhow::Result<bool> {
    let Given { req, spaces, .. } = given;
    // Run without --name on a terminal: the whole dialogue, confidential or public included
    // (that has a default and only a --public flag, so it is not asked otherwise).
    let wizard = ask.is_some() && req.client_name.is_empty();
    let mut asked = false;

    if req.client_name.is_empty() {
        let Some(ask) = ask.as_deref_mut() else {
            return Err(missing("--name", "a client name"));
        };
        asked = true;
        req.client_name = ask.input(
            "Client name (unique, cannot be changed later)",
            None,
            &check(validate::client_name),
        )?;
    }
    // A kind that keeps no display name of its own (its rule ties it to the name) is not asked.
    let own_display_name = !backend
        .descriptor()
        .rules
        .iter()
        .any(|r| r.field == "displayName");
    if let (None, Some(ask), true) = (&req.display_name, ask.as_deref_mut(), own_display_name) {
        asked = true;
        req.display_name = Some(ask.input(
            "Display name (shown on the consent screen)",
            Some(&req.client_name),
            &check(validate::display_name),
        )?);
    }
    asked |= choose_spaces(backend, spaces, ask.as_deref_mut()).await?;
    if let (None, true, Some(ask)) = (req.require_client_secret, wizard, ask.as_deref_mut()) {
        asked = true;
        let items = vec![
            "confidential — has a client secret (a server-side app or a service)".to_string(),
            "public — no secret (a browser or native app; uses PKCE)".to_string(),
        ];
        let i = ask.select("Client type", &items, 0)?;
        req.require_client_secret = Some(i == 0);
    }
    if req.allowed_grant_types.is_empty() {
        let default = default_grant(req);
        if let Some(ask) = ask.as_deref_mut() {
            asked = true;
            let items: Vec<String> = GRANT_TYPES.iter().map(|g| g.to_string()).collect();
            let checked: Vec<bool> = GRANT_TYPES.iter().map(|g| *g == default).collect();
            let chosen = ask.multi_select("Grant types", &items, &checked)?;
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
        let Some(ask) = ask else {
            return Err(missing(
                "--redirect-uri",
                "a redirect URI (for the authorization_code grant)",
            ));
        };
        asked = true;
        loop {
            let prompt = if req.redirect_uris.is_empty() {
                "Redirect URI (https://…)"
            } else {
                "Another redirect URI (empty to finish)"
            };
            let uri = ask.input_optional(
                prompt,
                &check(|s| validate::redirect_uri("redirectUris", s)),
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
    Ok(asked)
}

/// The grant type a client gets when none is named: `authorization_code` for a client with a
/// redirect URI or without a secret, else `client_credentials`.
pub(super) fn default_grant(req: &CreateClientRequest) -> &'static str {
    if req.redirect_uris.is_empty() && req.require_client_secret != Some(false) {
        "client_credentials"
    } else {
        "authorization_code"
    }
}

/// The spaces to create in, on a kind with spaces: the one there is, or the one picked, when none
/// was named; each named one must exist. Answers whether a space was asked for.
async fn choose_spaces<A: Ask + ?Sized>(
    backend: &dyn Backend,
    spaces: &mut Vec<String>,
    ask: Option<&mut A>,
) -> anyhow::Result<bool> {
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
    let mut asked = false;
    if spaces.is_empty() && backend.has(Capability::Spaces) {
        match (known_spaces.as_slice(), ask) {
            ([only], _) => spaces.push(only.id.clone()),
            (_, Some(ask)) => {
                asked = true;
                let items: Vec<String> = known_spaces
                    .iter()
                    .map(|s| format!("{} ({})", s.id, s.display_name))
                    .collect();
                let i = ask.select("Space", &items, 0)?;
                spaces.push(known_spaces[i].id.clone());
            }
            (_, None) => {
                return Err(CliError::usage(format!(
                    "--space is required: tenant {tenant} has several spaces",
                ))
                .with_hint(format!("spaces are: {}", space_list()))
                .into())
            }
        }
    }
    for s in spaces.iter() {
        if !known_spaces.iter().any(|k| &k.id == s) {
            return Err(
                CliError::usage(format!("--space {s}: no such space in tenant {tenant}",))
                    .with_hint(format!("spaces are: {}", space_list()))
                    .into(),
            );
        }
    }
    Ok(asked)
}

/// On a terminal, when no scope was named and the kind has a scope catalogue: the scopes the
/// client may ask for, picked from it (the admin scope asked again). Answers whether anything was
/// asked.
async fn pick_scopes<A: Ask + ?Sized>(
    ctx: &Context,
    backend: &dyn Backend,
    ask: &mut A,
    req: &mut CreateClientRequest,
) -> anyhow::Result<bool> {
    if !req.allowed_scopes.is_empty() || !backend.has(Capability::ScopeCatalogue) {
        return Ok(false);
    }
    let catalogue = backend.list_scopes().await?;
    if catalogue.is_empty() {
        return Ok(false);
    }
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
    let chosen = ask.multi_select(
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
    Ok(true)
}

/// A public client has no secret for `--output-file` to hold.
pub(super) fn check_output_file(
    output_file: bool,
    req: &CreateClientRequest,
) -> anyhow::Result<()> {
    if output_file && req.require_client_secret == Some(false) {
        return Err(CliError::usage(
            "--output-file: a public client has no secret to write; nothing was sent",
        )
        .with_hint("leave out --output-file, or leave out --public for a client with a secret")
        .into());
    }
    Ok(())
}

/// Step 4: the requests to send: one, or one per space (then named NAME-SPACE, the display name
/// staying the name).
pub(super) fn requests_for(
    req: &CreateClientRequest,
    spaces: &[String],
) -> Vec<CreateClientRequest> {
    if spaces.is_empty() {
        // A server without spaces: one client.
        return vec![req.clone()];
    }
    let several = spaces.len() > 1;
    spaces
        .iter()
        .map(|space| {
            let mut r = req.clone();
            r.space_id = Some(space.clone());
            if several {
                r.client_name = format!("{}-{}", req.client_name, space);
                r.display_name = Some(req.display_name.clone().unwrap_or(req.client_name.clone()));
            }
            r
        })
        .collect()
}

/// Every request checked in full, by the server's rules and by the kind's field table (what the
/// answers made of it), before the plan is confirmed.
pub(super) fn check_requests(
    backend: &dyn Backend,
    requests: &[CreateClientRequest],
    from_file: bool,
) -> anyhow::Result<()> {
    field_errors(requests.iter().flat_map(validate::create_client).collect())?;
    for r in requests {
        check_fields(backend, r, from_file)?;
    }
    Ok(())
}

/// Step 5: the first secret of a confidential client: `--secret-description` (or a default), and
/// `--secret-expires-in` from `now` (checked by the server's rule for a secret's life).
pub(super) fn secret_request(
    description: Option<&str>,
    expiry: Option<crate::timeutil::Span>,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<CreateSecretRequest> {
    let req = CreateSecretRequest {
        description: Some(description.unwrap_or("created with the client").to_string()),
        start_time: expiry.map(|_| now),
        expiration: expiry.and_then(|s| s.after(now)),
    };
    if let Some(exp) = req.expiration {
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
    Ok(req)
}

/// Step 6: after a dialogue, the plan (see [`summary`]) is shown and must be confirmed; no is
/// `cancelled` (exit 130), with nothing sent.
pub(super) fn confirm_plan<A: Ask + ?Sized>(
    printer: &Printer,
    ask: &mut A,
    requests: &[CreateClientRequest],
) -> anyhow::Result<()> {
    printer.status(&summary(requests));
    let question = if requests.len() > 1 {
        "Create these clients?"
    } else {
        "Create this client?"
    };
    if ask.confirm(question, true)? {
        Ok(())
    } else {
        Err(CliError::new(crate::error::ErrorKind::Cancelled, "cancelled").into())
    }
}

/// What the creates came to: the clients made (with their first secrets), the plans of a
/// `--dry-run`, and the error that stopped the rest.
#[derive(Debug, Default)]
pub(super) struct Attempt {
    pub created: Vec<Created>,
    pub planned: Vec<crate::transport::sent::Planned>,
    pub failed: Option<anyhow::Error>,
}

/// Step 7: each client created in turn (see [`create_one`]) until one fails.
pub(super) async fn create_all(
    backend: &dyn Backend,
    requests: &[CreateClientRequest],
    secret_req: &CreateSecretRequest,
) -> Attempt {
    let mut attempt = Attempt::default();
    for r in requests {
        match create_one(backend, r, secret_req).await {
            Ok(Sent::Done(c)) => attempt.created.push(c),
            // --dry-run: every create is planned, none sent.
            Ok(Sent::Planned(plan)) => attempt.planned.push(plan),
            Err(e) => {
                attempt.failed = Some(e);
                break;
            }
        }
    }
    attempt
}

/// Step 9: the error that stopped the creates, after a warning of how many were made before it
/// (and of a delivery that failed too); else the delivery's outcome.
pub(super) fn finish(
    printer: &Printer,
    attempt: Attempt,
    delivered: anyhow::Result<()>,
    requested: usize,
) -> anyhow::Result<()> {
    let Some(e) = attempt.failed else {
        return delivered;
    };
    if !attempt.created.is_empty() {
        printer.warn(&format!(
            "created {} of {requested} clients before this error",
            attempt.created.len(),
        ));
    }
    if let Err(d) = delivered {
        printer.warn(&format!("{d:#}"));
    }
    Err(e)
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

/// Step 8 (after [`deliver_created`]): the next step, as a hint: get a token with the new
/// client. The secret comes from where it was delivered: the `--output-file` (one client: the bare
/// value), the keyring entry (`--store keyring`, which `token` reads), or else the value shown
/// above, pasted.
pub(super) fn next_step(
    created: &[Created],
    file: Option<&std::path::Path>,
    stored: bool,
) -> Option<String> {
    let c = created.first()?;
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
                return Some(format!(
                    "next, check that it works: `oauthctl token --client-id {id} --client-secret-stdin`, then paste the secret shown above and press Ctrl-D"
                ));
            }
        },
        (false, false) => format!("oauthctl token --client-id {id}"),
    };
    Some(format!("next, check that it works: `{cmd}`"))
}

/// What a person is told about a secret value printed on their terminal: on most kinds it is gone
/// once shown; a kind whose admins can read it back (`Descriptor::readable_secrets`) says so.
fn shown_once(backend: &dyn Backend) -> String {
    if backend.descriptor().readable_secrets {
        format!(
            "oauthctl shows the client secret only this once; the {} server keeps it too, where its admins can read it. Store it safely now.",
            backend.kind()
        )
    } else {
        "the client secret is shown only this once: neither you nor the server can read it again. Store it safely now.".into()
    }
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
        Ok(()) if with_secret > 0 && to_file == 0 => ctx.printer.warn(&shown_once(backend)),
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

#[cfg(test)]
mod tests {
    //! Each step of `clients create` on its own: the pure ones directly, those that need a server
    //! against the in-memory backend, the dialogue against a script of answers.
    use super::*;
    use crate::backend::memory::{MemoryBackend, Op};
    use crate::prompt::{Answer, Script};
    use clap::Parser;

    /// `oauthctl clients create ARGS…`, parsed as the command line would be.
    fn args(argv: &[&str]) -> ClientCreateArgs {
        let cli =
            crate::cli::Cli::try_parse_from(["oauthctl", "clients", "create"].iter().chain(argv))
                .unwrap();
        match cli.command {
            crate::cli::Command::Clients(ClientsCmd::Create(a)) => *a,
            _ => unreachable!(),
        }
    }

    fn given(argv: &[&str]) -> Given {
        gather(&args(argv)).unwrap()
    }

    fn err(r: anyhow::Result<impl std::fmt::Debug>) -> String {
        format!("{:#}", r.unwrap_err())
    }

    /// The hint an error carries.
    fn hint(e: &anyhow::Error) -> Option<String> {
        e.chain().find_map(|e| {
            if let Some(c) = e.downcast_ref::<CliError>() {
                return c.hint.clone();
            }
            e.downcast_ref::<crate::backend::BackendError>()
                .and_then(|b| b.hint())
        })
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    /// The dialogue without a person: nothing asked.
    fn complete_quietly(b: &MemoryBackend, g: &mut Given) -> anyhow::Result<bool> {
        rt().block_on(complete(b, g, None::<&mut Script>))
    }

    fn printer() -> (Printer, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
        let (p, captured) = Printer::captured(crate::output::Format::Table);
        (p, captured.stderr)
    }

    fn text(buf: &std::sync::Arc<std::sync::Mutex<Vec<u8>>>) -> String {
        String::from_utf8(buf.lock().unwrap().clone()).unwrap()
    }

    // ---------- step 1: what was given ----------

    #[test]
    fn the_shown_once_warning_says_whether_the_server_keeps_the_value() {
        let hashed = shown_once(&MemoryBackend::new());
        assert!(hashed.contains("neither you nor the server"), "{hashed}");
        let kept = shown_once(&MemoryBackend::new().like(&crate::backend::keycloak::DESCRIPTOR));
        assert!(
            kept.contains("the keycloak server keeps it too") && !kept.contains("neither"),
            "{kept}"
        );
    }

    #[test]
    fn gather_merges_the_flags_and_takes_the_spaces_out_of_the_request() {
        let g = given(&[
            "--name",
            "app",
            "--space",
            "a",
            "--space",
            "b",
            "--scope",
            "read write",
            "--public",
            "--secret-expires-in",
            "30d",
        ]);
        assert_eq!(g.req.client_name, "app");
        assert_eq!(g.spaces, ["a", "b"]);
        assert_eq!(g.req.space_id, None);
        assert_eq!(g.req.allowed_scopes, ["read", "write"]);
        assert_eq!(g.req.require_client_secret, Some(false));
        assert_eq!(g.secret_expiry.unwrap().seconds, 30 * 86_400);
        // Nothing given: a name to ask for, no space, the server's defaults.
        let g = given(&[]);
        assert!(g.req.client_name.is_empty() && g.spaces.is_empty());
        assert_eq!(g.req.require_client_secret, None);
    }

    #[test]
    fn gather_takes_the_space_of_a_file_when_no_flag_names_one() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("client.json");
        std::fs::write(
            &file,
            r#"{"clientName": "from-file", "spaceId": "s1", "allowedScopes": ["a"]}"#,
        )
        .unwrap();
        let path = file.to_str().unwrap();
        let g = given(&["--from-file", path]);
        assert_eq!(
            (g.req.client_name.as_str(), g.spaces.as_slice()),
            ("from-file", &["s1".to_string()][..])
        );
        // Flags win over the file.
        let g = given(&["--from-file", path, "--name", "flag", "--space", "s2"]);
        assert_eq!(g.req.client_name, "flag");
        assert_eq!(g.spaces, ["s2"]);
        assert_eq!(g.req.allowed_scopes, ["a"]);
    }

    #[test]
    fn gather_refuses_what_is_wrong_before_anything_is_asked() {
        let e = err(gather(&args(&[
            "--client-id",
            "x1",
            "--space",
            "a",
            "--space",
            "b",
        ])));
        assert!(
            e.contains("--client-id cannot be used with several --space values"),
            "{e}"
        );
        let e = err(gather(&args(&["--secret-expires-in", "soon"])));
        assert!(e.starts_with("--secret-expires-in: "), "{e}");
        let e = err(gather(&args(&["--redirect-uri", "not a uri"])));
        assert!(e.contains("redirect"), "{e}");
        let e = err(gather(&args(&["--grant-type", "magic"])));
        assert!(e.contains("magic"), "{e}");
    }

    #[test]
    fn precheck_leaves_what_may_still_be_asked_for() {
        // No name yet, and authorization_code without its redirect URI (asked later): no error.
        let req = CreateClientRequest {
            allowed_grant_types: vec!["authorization_code".into()],
            ..Default::default()
        };
        assert_eq!(precheck(&req), []);
        let req = CreateClientRequest {
            client_name: "bad\u{202e}name".into(),
            allowed_grant_types: vec!["magic".into()],
            ..Default::default()
        };
        let fields: Vec<_> = precheck(&req).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["clientName", "allowedGrantTypes"]);
    }

    // ---------- step 2: what the kind can do ----------

    #[test]
    fn check_kind_refuses_what_the_kind_cannot_do_before_any_prompt() {
        let one = MemoryBackend::one_secret();
        let a = args(&["--name", "app", "--space", "a"]);
        let e = check_kind(&one, &a, &gather(&a).unwrap()).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2, "{e:#}");
        assert!(format!("{e:#}").contains("spaces"), "{e:#}");
        for flag in ["--secret-expires-in", "--secret-description"] {
            let a = args(&["--name", "app", flag, "30d"]);
            let e = err(check_kind(&one, &a, &gather(&a).unwrap()));
            assert!(
                e.starts_with(&format!("{flag}: the "))
                    && e.contains("keeps one secret per client"),
                "{e}"
            );
        }
        // A kind with several secrets and spaces takes them all.
        let a = args(&[
            "--name",
            "app",
            "--space",
            "a",
            "--secret-expires-in",
            "30d",
        ]);
        check_kind(&MemoryBackend::new(), &a, &gather(&a).unwrap()).unwrap();
    }

    #[test]
    fn check_kind_applies_the_field_table_and_names_the_flag() {
        // A kind that keeps no CORS origins (found by its rule, not its name).
        let kind = crate::backend::KINDS
            .iter()
            .find(|d| d.rules.iter().any(|r| r.field == "allowedCorsOrigins"))
            .expect("a kind that keeps no CORS origins");
        let b = MemoryBackend::new().like(kind);
        let a = args(&["--name", "app", "--cors-origin", "https://app.example"]);
        let e = err(check_kind(&b, &a, &gather(&a).unwrap()));
        assert!(e.contains("--cors-origin"), "{e}");
        assert!(!e.contains("allowedCorsOrigins"), "{e}");
        let a = args(&["--name", "app"]);
        check_kind(&b, &a, &gather(&a).unwrap()).unwrap();
    }

    // ---------- step 3: what is missing ----------

    #[test]
    fn without_a_person_the_defaults_are_taken_and_a_missing_value_names_its_flag() {
        let b = MemoryBackend::new();
        let mut g = given(&["--name", "app"]);
        assert!(!complete_quietly(&b, &mut g).unwrap());
        assert_eq!(g.spaces, ["default"], "the only space");
        assert_eq!(g.req.allowed_grant_types, ["client_credentials"]);
        assert_eq!(g.req.display_name, None);

        let mut g = given(&["--name", "app", "--redirect-uri", "https://app.example/cb"]);
        complete_quietly(&b, &mut g).unwrap();
        assert_eq!(g.req.allowed_grant_types, ["authorization_code"]);

        let e = err(complete_quietly(&b, &mut given(&[])));
        assert!(e.contains("a client name is required: pass --name"), "{e}");
        let e = err(complete_quietly(
            &b,
            &mut given(&["--name", "app", "--public"]),
        ));
        assert!(e.contains("pass --redirect-uri"), "{e}");
    }

    #[test]
    fn spaces_are_checked_against_the_tenant() {
        let b = MemoryBackend::new().with_spaces(&["a", "b"]);
        let e = complete_quietly(&b, &mut given(&["--name", "app"])).unwrap_err();
        let shown = format!("{e:#}");
        assert!(
            shown.contains("--space is required: tenant memory has several spaces"),
            "{shown}"
        );
        assert!(hint(&e).unwrap().contains("spaces are: a, b"));
        let e = err(complete_quietly(
            &b,
            &mut given(&["--name", "app", "--space", "zz"]),
        ));
        assert!(
            e.contains("--space zz: no such space in tenant memory"),
            "{e}"
        );
        let mut g = given(&["--name", "app", "--space", "b", "--space", "a"]);
        complete_quietly(&b, &mut g).unwrap();
        assert_eq!(g.spaces, ["b", "a"]);
        // A kind without spaces: none.
        let mut g = given(&["--name", "app"]);
        complete_quietly(&MemoryBackend::one_secret(), &mut g).unwrap();
        assert!(g.spaces.is_empty());
    }

    #[test]
    fn the_whole_dialogue_when_no_name_is_given_on_a_terminal() {
        let b = MemoryBackend::new().with_spaces(&["a", "b"]);
        let mut g = given(&[]);
        let mut script = Script::new([
            Answer::Text("bad\u{202e}name"), // refused, asked again
            Answer::Text("web"),
            Answer::Default, // display name: the name
            Answer::Choose(1),
            Answer::Choose(1), // public
            Answer::Default,   // grant types: authorization_code, for a public client
            Answer::Text("not a uri"),
            Answer::Text("https://web.example/cb"),
            Answer::Text(""),
        ]);
        assert!(rt()
            .block_on(complete(&b, &mut g, Some(&mut script)))
            .unwrap());
        assert!(script.done());
        assert_eq!(
            script.asked,
            [
                "Client name (unique, cannot be changed later)",
                "Client name (unique, cannot be changed later)",
                "Display name (shown on the consent screen)",
                "Space",
                "Client type",
                "Grant types",
                "Redirect URI (https://…)",
                "Redirect URI (https://…)",
                "Another redirect URI (empty to finish)",
            ]
        );
        assert_eq!(g.req.client_name, "web");
        assert_eq!(g.req.display_name.as_deref(), Some("web"));
        assert_eq!(g.spaces, ["b"]);
        assert_eq!(g.req.require_client_secret, Some(false));
        assert_eq!(g.req.allowed_grant_types, ["authorization_code"]);
        assert_eq!(g.req.redirect_uris, ["https://web.example/cb"]);
    }

    #[test]
    fn with_a_name_only_what_is_missing_is_asked_and_the_client_type_is_not() {
        let b = MemoryBackend::new();
        let mut g = given(&["--name", "svc", "--display-name", "Service"]);
        let mut script = Script::new([Answer::ChooseAll(vec![])]);
        let e = err(rt().block_on(complete(&b, &mut g, Some(&mut script))));
        assert!(e.contains("choose at least one grant type"), "{e}");
        assert_eq!(script.asked, ["Grant types"]);

        let mut g = given(&["--name", "svc", "--grant-type", "client_credentials"]);
        let mut script = Script::new([Answer::Default]);
        assert!(rt()
            .block_on(complete(&b, &mut g, Some(&mut script)))
            .unwrap());
        assert_eq!(script.asked, ["Display name (shown on the consent screen)"]);
        assert_eq!(g.req.display_name.as_deref(), Some("svc"));
        assert_eq!(g.req.require_client_secret, None);

        // Everything given: nothing asked, so no confirmation either.
        let mut g = given(&[
            "--name",
            "svc",
            "--display-name",
            "S",
            "--grant-type",
            "client_credentials",
        ]);
        let mut script = Script::new([]);
        assert!(!rt()
            .block_on(complete(&b, &mut g, Some(&mut script)))
            .unwrap());
    }

    #[test]
    fn the_default_grant_follows_the_redirect_uris_and_the_client_type() {
        let mut req = CreateClientRequest::default();
        assert_eq!(default_grant(&req), "client_credentials");
        req.require_client_secret = Some(false);
        assert_eq!(default_grant(&req), "authorization_code");
        req.require_client_secret = None;
        req.redirect_uris = vec!["https://a.example/cb".into()];
        assert_eq!(default_grant(&req), "authorization_code");
    }

    #[test]
    fn a_public_client_has_no_secret_for_an_output_file() {
        let public = CreateClientRequest {
            require_client_secret: Some(false),
            ..Default::default()
        };
        let e = err(check_output_file(true, &public));
        assert!(
            e.starts_with("--output-file: a public client has no secret"),
            "{e}"
        );
        check_output_file(false, &public).unwrap();
        check_output_file(true, &CreateClientRequest::default()).unwrap();
    }

    // ---------- step 4: the requests ----------

    #[test]
    fn one_request_per_space_named_after_it_when_there_are_several() {
        let req = CreateClientRequest {
            client_name: "app".into(),
            ..Default::default()
        };
        let one = requests_for(&req, &[]);
        assert_eq!(one, std::slice::from_ref(&req));
        let one = requests_for(&req, &["a".into()]);
        assert_eq!(
            (one[0].client_name.as_str(), one[0].space_id.as_deref()),
            ("app", Some("a"))
        );
        assert_eq!(one[0].display_name, None);
        let two = requests_for(&req, &["a".into(), "b".into()]);
        let names: Vec<_> = two.iter().map(|r| r.client_name.as_str()).collect();
        assert_eq!(names, ["app-a", "app-b"]);
        assert!(two.iter().all(|r| r.display_name.as_deref() == Some("app")));
    }

    #[test]
    fn every_request_is_checked_in_full() {
        let b = MemoryBackend::new();
        let ok = CreateClientRequest {
            client_name: "app".into(),
            allowed_grant_types: vec!["client_credentials".into()],
            ..Default::default()
        };
        check_requests(&b, std::slice::from_ref(&ok), false).unwrap();
        let no_redirect = CreateClientRequest {
            allowed_grant_types: vec!["authorization_code".into()],
            ..ok
        };
        let e = err(check_requests(&b, &[no_redirect], false));
        assert!(e.contains("redirect URI"), "{e}");
    }

    // ---------- step 5: the first secret ----------

    #[test]
    fn the_first_secret_request() {
        let now = Utc::now();
        let r = secret_request(None, None, now).unwrap();
        assert_eq!(r.description.as_deref(), Some("created with the client"));
        assert_eq!((r.start_time, r.expiration), (None, None));
        let month = crate::timeutil::parse_span("30d").unwrap();
        let r = secret_request(Some("ci"), Some(month), now).unwrap();
        assert_eq!(r.description.as_deref(), Some("ci"));
        assert_eq!(r.start_time, Some(now));
        assert_eq!(r.expiration, Some(now + chrono::Duration::days(30)));
        for too in ["1h", "4y"] {
            let span = crate::timeutil::parse_span(too).unwrap();
            let e = err(secret_request(None, Some(span), now));
            assert!(e.contains("--secret-expires-in"), "{too}: {e}");
        }
    }

    // ---------- step 6: the plan, confirmed ----------

    #[test]
    fn the_plan_is_shown_and_no_cancels() {
        let req = CreateClientRequest {
            client_name: "app".into(),
            space_id: Some("a".into()),
            allowed_grant_types: vec!["client_credentials".into()],
            allowed_scopes: vec!["read".into(), "write".into()],
            ..Default::default()
        };
        assert_eq!(
            summary(std::slice::from_ref(&req)),
            "About to create:\n  Name          app\n  Display name  app\n  Space         a\n  \
             Type          confidential (gets a secret, shown once)\n  Grant types   \
             client_credentials\n  Scopes        read, write"
        );
        let (p, buf) = printer();
        let mut script = Script::new([Answer::Yes(false)]);
        let e = confirm_plan(&p, &mut script, std::slice::from_ref(&req)).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 130);
        assert_eq!(script.asked, ["Create this client?"]);
        assert!(text(&buf).starts_with("About to create:\n  Name          app\n"));
        let mut script = Script::new([Answer::Default]);
        confirm_plan(&p, &mut script, &[req.clone(), req]).unwrap();
        assert_eq!(script.asked, ["Create these clients?"]);
    }

    // ---------- step 7: the creates ----------

    fn request(name: &str) -> CreateClientRequest {
        CreateClientRequest {
            client_name: name.into(),
            allowed_grant_types: vec!["client_credentials".into()],
            ..Default::default()
        }
    }

    #[test]
    fn each_confidential_client_gets_its_first_secret() {
        let b = MemoryBackend::new();
        let secret = secret_request(None, None, Utc::now()).unwrap();
        let public = CreateClientRequest {
            require_client_secret: Some(false),
            ..request("spa")
        };
        let a = rt().block_on(create_all(&b, &[request("app"), public], &secret));
        assert!(a.failed.is_none() && a.planned.is_empty());
        assert_eq!(a.created.len(), 2);
        let s = a.created[0].secret.as_ref().unwrap();
        assert!(s.value.is_some());
        assert_eq!(s.description.as_deref(), Some("created with the client"));
        assert!(
            a.created[1].secret.is_none(),
            "a public client has no secret"
        );
        assert_eq!(b.log().len(), 3, "{:?}", b.log());
    }

    #[test]
    fn a_dry_run_plans_every_create_and_sends_none() {
        let b = MemoryBackend::new().dry_run();
        let secret = secret_request(None, None, Utc::now()).unwrap();
        let a = rt().block_on(create_all(&b, &[request("a"), request("b")], &secret));
        assert!(a.failed.is_none() && a.created.is_empty());
        assert_eq!(a.planned.len(), 2);
        assert_eq!(b.log(), ["planned POST clients", "planned POST clients"]);
    }

    #[test]
    fn the_first_failure_stops_the_rest_and_finish_says_how_many_were_made() {
        let b = MemoryBackend::new();
        b.seed("taken", Utc::now(), Utc::now() + chrono::Duration::days(90));
        let secret = secret_request(None, None, Utc::now()).unwrap();
        let requests = [request("new"), request("taken"), request("never")];
        let a = rt().block_on(create_all(&b, &requests, &secret));
        assert_eq!(a.created.len(), 1);
        assert!(a.failed.is_some());
        assert!(!b.log().iter().any(|l| l.contains("never")));

        let (p, buf) = printer();
        let e = finish(&p, a, Err(anyhow::anyhow!("stdout is closed")), 3).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 5, "a conflict: {e:#}");
        let said = text(&buf);
        assert!(
            said.contains("created 1 of 3 clients before this error"),
            "{said}"
        );
        assert!(said.contains("stdout is closed"), "{said}");
    }

    #[test]
    fn a_client_made_without_its_secret_says_how_to_give_it_one() {
        let b = MemoryBackend::new();
        b.fail(Op::CreateSecret, true);
        let secret = secret_request(None, None, Utc::now()).unwrap();
        let a = rt().block_on(create_all(&b, &[request("app")], &secret));
        let e = a.failed.unwrap();
        let hint = hint(&e).unwrap_or_default();
        assert!(
            hint.contains("was created without a secret"),
            "{e:#} / {hint}"
        );
        assert!(hint.contains("oauthctl secrets create"), "{hint}");
    }

    #[test]
    fn finish_without_a_failure_is_the_delivery() {
        let (p, buf) = printer();
        finish(&p, Attempt::default(), Ok(()), 1).unwrap();
        let e = finish(
            &p,
            Attempt::default(),
            Err(anyhow::anyhow!("undelivered")),
            1,
        );
        assert_eq!(err(e), "undelivered");
        assert_eq!(text(&buf), "");
    }

    // ---------- step 8: the next step ----------

    fn created(grant: &str, confidential: bool) -> Vec<Created> {
        let mut client = crate::backend::memory::client("c1", "app", Utc::now());
        client.allowed_grant_types = vec![grant.into()];
        client.require_client_secret = confidential;
        vec![CreatedClient {
            client,
            secret: None,
            registration: None,
        }]
    }

    #[test]
    fn the_next_step_reads_the_secret_from_where_it_went() {
        let svc = created("client_credentials", true);
        let hint = |file: Option<&str>, stored| {
            next_step(&svc, file.map(std::path::Path::new), stored).unwrap()
        };
        assert_eq!(
            hint(None, true),
            "next, check that it works: `oauthctl token --client-id c1`"
        );
        assert_eq!(
            hint(Some("my secret.txt"), false),
            "next, check that it works: `oauthctl token --client-id c1 --client-secret-stdin < 'my secret.txt'`"
        );
        assert!(hint(None, false).ends_with("then paste the secret shown above and press Ctrl-D"));
        let web = created("authorization_code", false);
        assert_eq!(
            next_step(&web, None, false).unwrap(),
            "next, check that it works: `oauthctl token --client-id c1 --grant authorization-code`"
        );
        assert_eq!(next_step(&[], None, false), None);
    }
}
