//! `oauthctl spaces …` and `oauthctl scopes …`.

use std::io;

use super::Context;
use crate::api::client::new_idempotency_key;
use crate::api::models::{CreateSpaceRequest, Scope, Space};
use crate::cli::{ScopesCmd, SpacesCmd};
use crate::output::{Printer, Render, Row};

impl Row for Space {
    const HEADERS: &'static [&'static str] = &["id", "display name", "created"];
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.display_name.clone(),
            crate::api::validate::fmt_time(self.created_at),
        ]
    }
}

impl Render for Space {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.table(Self::HEADERS, vec![self.row()])
    }
}

impl Row for Scope {
    const HEADERS: &'static [&'static str] = &["name", "description"];
    fn row(&self) -> Vec<String> {
        vec![self.name.clone(), self.description.clone()]
    }
}

pub async fn run_spaces(ctx: &Context, cmd: SpacesCmd) -> anyhow::Result<()> {
    match cmd {
        SpacesCmd::List => {
            let admin = ctx.admin().await?;
            ctx.printer.emit(&admin.list_spaces().await?)?;
        }
        SpacesCmd::Create { id, display_name } => {
            let req = CreateSpaceRequest { id, display_name };
            super::field_errors(
                crate::api::validate::space_id(&req.id)
                    .err()
                    .into_iter()
                    .collect(),
            )?;
            let admin = ctx.admin().await?;
            let space = admin.create_space(&req, &new_idempotency_key()).await?;
            ctx.printer.emit(&space)?;
            ctx.printer.success(&format!(
                "created space {} in tenant {}",
                space.id, admin.tenant
            ));
        }
    }
    Ok(())
}

pub async fn run_scopes(ctx: &Context, cmd: ScopesCmd) -> anyhow::Result<()> {
    match cmd {
        ScopesCmd::List => {
            let admin = ctx.admin().await?;
            ctx.printer.emit(&admin.list_scopes().await?)?;
        }
    }
    Ok(())
}
