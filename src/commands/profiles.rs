//! `oauthctl profiles …`: named connection settings in the config file (never a secret).

use std::io;

use serde::Serialize;

use super::Context;
use crate::cli::ProfilesCmd;
use crate::config::{ConfigFile, Profile, DEFAULT_TENANT};
use crate::error::CliError;
use crate::output::{Column, Printer, Render, Row};
use crate::paths::config_path;
use crate::transport::url::parse_base_url;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    pub name: String,
    pub current: bool,
    pub base_url: String,
    pub tenant: String,
    pub client_id: Option<String>,
    pub server_type: Option<crate::config::ServerType>,
    /// The kind of admin API (the default kind unless the profile names another), as the
    /// profile names it.
    pub api: String,
}

impl ProfileView {
    fn new(name: &str, p: &Profile, file: &ConfigFile) -> Self {
        ProfileView {
            name: name.to_string(),
            current: file.current.as_deref() == Some(name),
            base_url: p.base_url.clone(),
            tenant: p.tenant.clone(),
            client_id: p.client_id.clone(),
            server_type: p.server_type,
            api: p
                .api
                .clone()
                .unwrap_or_else(|| crate::backend::default_kind().to_string()),
        }
    }
}

impl Row for ProfileView {
    const COLUMNS: &'static [Column] = &[
        Column::keep("current"),
        Column::keep("name"),
        Column::keep("base url"),
        Column::keep("tenant"),
        Column::keep("server type"),
        Column::keep("api"),
        Column::keep("client id").wide(),
    ];
    fn row(&self, _: &Printer) -> Vec<String> {
        vec![
            if self.current { "*" } else { "" }.into(),
            self.name.clone(),
            self.base_url.clone(),
            self.tenant.clone(),
            self.server_type.map_or("-".into(), |t| t.to_string()),
            self.api.to_string(),
            self.client_id.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

impl Render for ProfileView {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.fields(&[
            ("Name", self.name.clone()),
            ("Current", crate::output::yes_no(self.current)),
            ("Base URL", self.base_url.clone()),
            ("Tenant", self.tenant.clone()),
            (
                "Client ID",
                self.client_id.clone().unwrap_or_else(|| "-".into()),
            ),
            (
                "Server type",
                self.server_type.map_or("-".into(), |t| t.to_string()),
            ),
            ("API", self.api.to_string()),
        ])
    }
}

pub fn run(ctx: &Context, cmd: ProfilesCmd) -> anyhow::Result<()> {
    let path = config_path()?;
    let mut file = ConfigFile::load(&path)?;
    match cmd {
        ProfilesCmd::Add {
            name,
            client_id,
            make_current,
        } => {
            if name.trim().is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(CliError::usage(format!(
                    "{name:?} is not a valid profile name: use letters, digits, '-' or '_'"
                ))
                .into());
            }
            let base_url = ctx.global.base_url.clone().ok_or_else(|| {
                CliError::usage("--base-url is required")
                    .with_hint("e.g. oauthctl profiles add prod --base-url https://auth.example.com --tenant acme")
            })?;
            let base_url = parse_base_url(&base_url)?.to_string();
            let profile = Profile {
                base_url: base_url.trim_end_matches('/').to_string(),
                tenant: ctx.tenant()?.unwrap_or_else(|| DEFAULT_TENANT.into()),
                client_id: client_id.or_else(|| ctx.global.admin_client_id.clone()),
                // Only an explicit --server-type tags the profile: OAUTHCTL_SERVER_TYPE says where
                // oauthctl runs, not what the new profile points at.
                server_type: ctx.global.server_type.filter(|_| {
                    std::env::args()
                        .any(|a| a == "--server-type" || a.starts_with("--server-type="))
                }),
                api: Some(
                    ctx.global
                        .api
                        .map_or_else(|| detect_api(ctx, &base_url), Ok)?
                        .to_string(),
                ),
                issuer: match &ctx.global.issuer {
                    Some(i) => Some(
                        parse_base_url(i)?
                            .to_string()
                            .trim_end_matches('/')
                            .to_string(),
                    ),
                    None => None,
                },
            };
            let replaced = file.profiles.insert(name.clone(), profile).is_some();
            if make_current || file.current.is_none() {
                file.current = Some(name.clone());
            }
            file.save(&path)?;
            let view = ProfileView::new(&name, &file.profiles[&name], &file);
            ctx.printer.emit(&view)?;
            ctx.printer.success(&format!(
                "{} profile {name} in {}{}",
                if replaced { "replaced" } else { "added" },
                path.display(),
                if view.current { " (current)" } else { "" }
            ));
        }
        ProfilesCmd::List => {
            let views: Vec<ProfileView> = file
                .profiles
                .iter()
                .map(|(n, p)| ProfileView::new(n, p, &file))
                .collect();
            ctx.printer.emit(&views)?;
            if views.is_empty() && !ctx.printer.is_json() {
                ctx.printer.hint(
                    "no profiles yet; add one with `oauthctl profiles add NAME --base-url URL --tenant T`",
                );
            }
        }
        ProfilesCmd::Show { name } => {
            let name = name
                .or_else(|| ctx.global.profile.clone())
                .or_else(|| file.current.clone())
                .ok_or_else(|| {
                    CliError::usage("no profile named and no current profile")
                        .with_hint("name one, or choose one with `oauthctl profiles use NAME`")
                })?;
            let p = file.profile(&name)?;
            ctx.printer.emit(&ProfileView::new(&name, p, &file))?;
        }
        ProfilesCmd::Use { name } => {
            file.profile(&name)?;
            file.current = Some(name.clone());
            file.save(&path)?;
            if ctx.printer.is_json() {
                ctx.printer.json(&serde_json::json!({ "current": name }))?;
            }
            ctx.printer.success(&format!("now using profile {name}"));
        }
        ProfilesCmd::Remove { name } => {
            file.profile(&name)?;
            file.profiles.remove(&name);
            if file.current.as_deref() == Some(name.as_str()) {
                file.current = None;
            }
            file.save(&path)?;
            if ctx.printer.is_json() {
                ctx.printer.json(&serde_json::json!({ "removed": name }))?;
            }
            ctx.printer.success(&format!("removed profile {name}"));
        }
    }
    Ok(())
}

/// `profiles add` without --api (or OAUTHCTL_API): the kind the server's answers show, said on
/// stderr; `oauthctl` with a warning when nothing known answers (the profile is added anyway).
fn detect_api(ctx: &Context, base_url: &str) -> anyhow::Result<crate::backend::ApiKind> {
    let base = parse_base_url(base_url)?;
    let tenant = ctx.tenant()?.unwrap_or_else(|| DEFAULT_TENANT.into());
    match super::detect::detect(
        &base,
        &tenant,
        ctx.global.ca_cert.clone(),
        ctx.global.verbose,
        &ctx.printer,
    ) {
        Ok(d) => {
            ctx.printer.status(&format!(
                "api: {} ({}); pass --api to choose another",
                d.kind, d.reason
            ));
            Ok(d.kind)
        }
        Err(why) => {
            let default = crate::backend::default_kind();
            let kinds: Vec<String> = crate::backend::kinds()
                .iter()
                .map(|k| k.to_string())
                .collect();
            ctx.printer.warn(&format!(
                "could not tell which admin API {base_url} speaks: {why}; the profile uses the {default} admin API (pass --api KIND to choose: {})",
                kinds.join(", ")
            ));
            Ok(default)
        }
    }
}
