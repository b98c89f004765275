//! `oauthctl authorize …` and `oauthctl authorizations …` (as in Genesys Cloud): a tenant grants a
//! client — possibly another tenant's — a chosen subset of the scopes it requests.

use std::io;

use super::Context;
use crate::backend::BackendError;
use crate::backend::Capability;
use crate::cli::{AuthorizationsCmd, AuthorizeArgs};
use crate::error::CliError;
use crate::model::{Authorization, Scope};
use crate::output::{list, Column, Printer, Render, Row};
use crate::validate;

/// Checks an ID that looks like Genesys Cloud's dash-separated hex form (8-4-4-4-12) before any
/// request, so a mistyped one gets a precise message instead of "not found".
pub fn check_client_id(id: &str) -> Result<(), String> {
    validate::client_id(id).map_err(|e| e.message)?;
    let groups: Vec<&str> = id.split('-').collect();
    let hex_groups = groups
        .iter()
        .filter(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_hexdigit()))
        .count();
    // An attempt at the 8-4-4-4-12 form: five groups, four of them hex; or four or six hex
    // groups starting with an 8-character one (a group lost or added).
    let looks_hex = (groups.len() == 5 && hex_groups >= 4)
        || (matches!(groups.len(), 4 | 6) && hex_groups == groups.len() && groups[0].len() == 8);
    if !looks_hex {
        return Ok(());
    }
    let expected = [8, 4, 4, 4, 12];
    if groups.len() != 5 {
        return Err(format!(
            "{id:?} looks like a dash-separated hex client ID but has {} groups; expected 5 (nnnnnnnn-nnnn-nnnn-nnnn-nnnnnnnnnnnn)",
            groups.len()
        ));
    }
    for (i, (g, want)) in groups.iter().zip(expected).enumerate() {
        if let Some(c) = g.chars().find(|c| !c.is_ascii_hexdigit()) {
            return Err(format!(
                "{id:?} is not a valid client ID: group {} contains {c:?}, which is not a hex digit (0-9, a-f)",
                i + 1
            ));
        }
        if g.len() != want {
            return Err(format!(
                "{id:?} is not a valid client ID: group {} has {} characters, expected {want} (nnnnnnnn-nnnn-nnnn-nnnn-nnnnnnnnnnnn)",
                i + 1,
                g.len()
            ));
        }
    }
    Ok(())
}

/// `client_id` and the scopes of an authorization URL (as Therefore and Genesys Cloud build them).
pub fn parse_authorization_url(s: &str) -> Result<(String, Vec<String>), String> {
    let url =
        url::Url::parse(s.trim()).map_err(|e| format!("{s:?} is not an absolute URL ({e})"))?;
    let mut client_id = None;
    let mut scopes = Vec::new();
    for (k, v) in url.query_pairs() {
        match k.as_ref() {
            "client_id" if !v.is_empty() => client_id = Some(v.into_owned()),
            "scope" => scopes.extend(v.split_ascii_whitespace().map(String::from)),
            _ => {}
        }
    }
    let client_id = client_id
        .ok_or_else(|| format!("the authorization URL has no client_id parameter: {s}"))?;
    Ok((client_id, scopes))
}

pub async fn authorize(ctx: &Context, args: AuthorizeArgs) -> anyhow::Result<()> {
    let backend = ctx.backend()?;
    backend.require(Capability::Authorizations)?;
    let tenant = &backend.target().tenant;
    let (client_id, preselected) = match (&args.url, &args.client_id) {
        (Some(u), _) => {
            parse_authorization_url(u).map_err(|e| CliError::usage(format!("--url: {e}")))?
        }
        (None, Some(id)) => (id.clone(), Vec::new()),
        (None, None) => return Err(CliError::usage("pass a client ID or --url").into()),
    };
    check_client_id(&client_id).map_err(|e| {
        CliError::usage(e)
            .with_hint("check the ID with the app's provider, or use its authorization URL (--url)")
    })?;
    let mut flag_scopes: Vec<String> = Vec::new();
    for s in args.scopes.iter().flat_map(|s| s.split_ascii_whitespace()) {
        if !flag_scopes.iter().any(|k| k == s) {
            flag_scopes.push(s.to_string());
        }
    }
    for s in &flag_scopes {
        validate::scope_token(s).map_err(|e| CliError::usage(format!("--scope: {}", e.message)))?;
    }
    let info = match backend.client_info(&client_id).await {
        Ok(info) => info,
        Err(BackendError::NotFound { hint, .. }) => {
            // A name of one of this tenant's clients, where the ID is needed: say which ID it is.
            let err = match super::resolve::id_of_name(ctx, &client_id).await {
                Some(id) => BackendError::NotFound {
                    message: format!(
                        "no client with ID {client_id}: {client_id:?} is the name of a client of tenant {tenant}, whose ID is {id}"
                    ),
                    hint: Some(format!(
                        "`oauthctl authorize` takes a client ID (of any tenant's client): `oauthctl authorize {id}`"
                    )),
                },
                None => BackendError::NotFound {
                    message: format!(
                        "no client with ID {client_id} (ask the app's provider for its client ID or authorization URL)"
                    ),
                    hint,
                },
            };
            return Err(err.into());
        }
        Err(e) => return Err(e.into()),
    };
    let catalogue = backend.list_scopes().await?;
    // The grant as it stands, so the confirmation can say what changes.
    let current: Option<Vec<String>> = match backend.get_authorization(&client_id).await {
        Ok(a) => Some(a.scopes),
        Err(BackendError::NotFound { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let requested = &info.requested_scopes;
    ctx.printer.status(&format!(
        "{} ({}) from tenant {} requests: {}",
        info.display_name,
        info.client_id,
        info.tenant_id,
        if requested.is_empty() {
            "no scopes".to_string()
        } else {
            requested.join(" ")
        }
    ));
    ctx.printer.status(&match &current {
        Some(c) => format!(
            "currently granted in tenant {tenant}: {}",
            if c.is_empty() {
                "no scopes".to_string()
            } else {
                c.join(" ")
            }
        ),
        None => format!("not authorized in tenant {tenant} yet"),
    });

    let chosen: Vec<String> = if args.all_requested {
        requested.clone()
    } else if !flag_scopes.is_empty() {
        std::mem::take(&mut flag_scopes)
    } else if ctx.interactive {
        let items: Vec<String> = requested
            .iter()
            .map(|s| match describe(&catalogue, s) {
                Some(d) => format!("{s} — {d}"),
                None => s.clone(),
            })
            .map(|item| {
                let name = item.split(" — ").next().unwrap_or_default().to_string();
                super::admin_scope_item(&name, item)
            })
            .collect();
        // Ticked at first: the URL's scopes, else the current grant, else every requested one.
        let checked: Vec<bool> = requested
            .iter()
            .map(|s| match (&current, preselected.is_empty()) {
                (_, false) => preselected.contains(s),
                (Some(c), true) if !c.is_empty() => c.contains(s),
                _ => true,
            })
            .collect();
        let picked = crate::prompt::multi_select(
            &format!("Scopes to grant to {}", info.display_name),
            &items,
            &checked,
        )?;
        let mut picked: Vec<String> = picked.into_iter().map(|i| requested[i].clone()).collect();
        super::confirm_admin_scope(
            ctx,
            &mut picked,
            &format!("{} ({})", info.display_name, info.client_id),
            tenant,
        )?;
        picked
    } else if !preselected.is_empty() {
        preselected.clone()
    } else {
        return Err(CliError::usage(
            "which scopes to grant? pass --scope SCOPE (repeatable) or --all-requested",
        )
        .with_hint(format!("the client requests: {}", list(requested)))
        .into());
    };
    for s in &chosen {
        if !requested.contains(s) {
            let unknown = !catalogue.iter().any(|k| &k.name == s);
            return Err(CliError::usage(if unknown {
                format!("unknown scope {s:?}: tenant {tenant} has no such scope")
            } else {
                format!("client {client_id} does not request the scope {s:?}")
            })
            .with_hint(format!("the client requests: {}", list(requested)))
            .into());
        }
    }
    if chosen.is_empty() {
        return Err(CliError::usage(format!(
            "no scopes chosen: an authorization grants at least one scope; nothing was changed for {} ({client_id})",
            info.display_name
        ))
        .with_hint(match &current {
            Some(_) => format!(
                "to take the authorization away, run `oauthctl authorizations revoke {client_id}`"
            ),
            None => format!(
                "choose at least one of: {}; to take an authorization away, use `oauthctl authorizations revoke`",
                list(requested)
            ),
        })
        .into());
    }
    let denied: Vec<String> = requested
        .iter()
        .filter(|s| !chosen.contains(s))
        .cloned()
        .collect();
    let summary = format!(
        "Authorize {} ({}) in tenant {tenant}: grant [{}], deny [{}]?",
        info.display_name,
        info.client_id,
        chosen.join(" "),
        denied.join(" ")
    );
    ctx.printer.status(&changes(current.as_deref(), &chosen));
    ctx.confirm(&summary)?;
    let Some(auth) = ctx.sent(backend.put_authorization(&client_id, &chosen).await?)? else {
        return Ok(());
    };
    ctx.printer.emit(&auth)?;
    ctx.printer.success(&format!(
        "authorized {} ({}) in tenant {tenant} for: {}{}",
        info.display_name,
        info.client_id,
        if chosen.is_empty() {
            "no scopes".into()
        } else {
            chosen.join(" ")
        },
        if denied.is_empty() {
            String::new()
        } else {
            format!(" (denied: {})", denied.join(" "))
        }
    ));
    Ok(())
}

/// What a new grant changes, for people: "change: + a, - b" against the current grant.
fn changes(current: Option<&[String]>, chosen: &[String]) -> String {
    let Some(current) = current else {
        return format!("change: a new authorization for {}", chosen.join(" "));
    };
    let added: Vec<&str> = chosen
        .iter()
        .filter(|s| !current.contains(s))
        .map(String::as_str)
        .collect();
    let removed: Vec<&str> = current
        .iter()
        .filter(|s| !chosen.contains(s))
        .map(String::as_str)
        .collect();
    if added.is_empty() && removed.is_empty() {
        return "change: none (the grant stays as it is)".into();
    }
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("+ {}", added.join(" ")));
    }
    if !removed.is_empty() {
        parts.push(format!("- {}", removed.join(" ")));
    }
    format!("change: {}", parts.join(", "))
}

fn describe<'a>(catalogue: &'a [Scope], name: &str) -> Option<&'a str> {
    catalogue
        .iter()
        .find(|s| s.name == name)
        .map(|s| s.description.as_str())
}

impl Render for Authorization {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.fields(&[
            ("Tenant", self.tenant_id.clone()),
            ("Client ID", self.client_id.clone()),
            ("Scopes", list(&self.scopes)),
            ("Created", crate::timeutil::fmt_time(self.created_at)),
            ("Updated", crate::timeutil::fmt_time(self.updated_at)),
        ])
    }
}

impl Row for Authorization {
    const COLUMNS: &'static [Column] = &[
        Column::keep("client id"),
        Column::keep("created").wide(),
        Column::keep("updated"),
        Column::list("scopes"),
    ];
    fn row(&self, p: &Printer) -> Vec<String> {
        vec![
            self.client_id.clone(),
            p.time(self.created_at),
            p.time(self.updated_at),
            if self.scopes.is_empty() {
                "-".into()
            } else {
                self.scopes.join(" ")
            },
        ]
    }
}

pub async fn run(ctx: &Context, cmd: AuthorizationsCmd) -> anyhow::Result<()> {
    let backend = ctx.backend()?;
    backend.require(Capability::Authorizations)?;
    let tenant = &backend.target().tenant;
    match cmd {
        AuthorizationsCmd::List => ctx.printer.emit(&backend.list_authorizations().await?)?,
        AuthorizationsCmd::Show { client_id } => {
            let client_id = super::resolve::authorized_client_id(ctx, &client_id).await?;
            ctx.printer
                .emit(&backend.get_authorization(&client_id).await?)?
        }
        AuthorizationsCmd::Revoke { client_id } => {
            let client_id = super::resolve::authorized_client_id(ctx, &client_id).await?;
            let current = backend.get_authorization(&client_id).await?;
            // The client's display name where it can be read (it may be another tenant's).
            let named = match backend.client_info(&client_id).await {
                Ok(i) if i.display_name != client_id => format!("{} ({client_id})", i.display_name),
                _ => client_id.clone(),
            };
            ctx.confirm(
                &format!(
                    "Revoke the authorization of {named} in tenant {tenant} (scopes: {})? Its tokens for this tenant stop working at once.",
                    list(&current.scopes)
                ),
            )?;
            if ctx
                .sent(backend.delete_authorization(&client_id).await?)?
                .is_none()
            {
                return Ok(());
            }
            if ctx.printer.is_json() {
                ctx.printer
                    .json(&serde_json::json!({ "revoked": client_id, "tenantId": tenant }))?;
            }
            ctx.printer.success(&format!(
                "revoked the authorization of {client_id} in tenant {tenant}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_ids() {
        assert!(check_client_id("0f8fad5b-d9cb-469f-a165-70867728950e").is_ok());
        assert!(check_client_id("oauthctl-admin").is_ok());
        assert!(check_client_id("my-app-2024").is_ok());
        assert!(check_client_id("build-2024-11-23").is_ok());
        assert!(check_client_id("cafe-app-1-2").is_ok());
        assert!(check_client_id("ci-deploy-2024-01-15").is_ok());
        let e = check_client_id("0f8fad5-d9cb-469f-a165-70867728950e").unwrap_err();
        assert!(e.contains("group 1 has 7 characters"), "{e}");
        let e = check_client_id("0f8fad5b-d9cb-469f-a165-70867728950z").unwrap_err();
        assert!(e.contains("not a hex digit"), "{e}");
        assert!(check_client_id("0f8fad5b-d9cb-469f-a165").is_err());
    }

    #[test]
    fn changes_against_the_current_grant() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            changes(Some(&v(&["a", "b"])), &v(&["b", "c"])),
            "change: + c, - a"
        );
        assert_eq!(
            changes(Some(&v(&["a"])), &v(&["a"])),
            "change: none (the grant stays as it is)"
        );
        assert_eq!(
            changes(None, &v(&["a"])),
            "change: a new authorization for a"
        );
    }

    #[test]
    fn urls() {
        let (id, scopes) = parse_authorization_url(
            "https://login.example.com/OAuth/Authorize?tenant=t&client_id=abc&scope=Therefore_User%20offline_access&response_type=code",
        )
        .unwrap();
        assert_eq!(id, "abc");
        assert_eq!(scopes, vec!["Therefore_User", "offline_access"]);
        assert!(parse_authorization_url("https://x/authorize?scope=a").is_err());
        assert!(parse_authorization_url("not a url").is_err());
    }
}
