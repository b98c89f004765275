//! `oauthctl spaces …` and `oauthctl scopes …`.

use std::io;

use super::Context;
use crate::backend::Capability;
use crate::cli::{ScopesCmd, SpacesCmd};
use crate::model::{CreateSpaceRequest, Scope, Space};
use crate::output::{Column, Printer, Render, Row};

impl Row for Space {
    const COLUMNS: &'static [Column] = &[
        Column::keep("id"),
        Column::keep("created"),
        Column::text("display name"),
    ];
    fn row(&self, p: &Printer) -> Vec<String> {
        vec![
            self.id.clone(),
            p.time(self.created_at),
            self.display_name.clone(),
        ]
    }
}

impl Render for Space {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.table(Self::COLUMNS, vec![self.row(p)])
    }
}

impl Row for Scope {
    const COLUMNS: &'static [Column] = &[Column::keep("name"), Column::text("description")];
    fn row(&self, _: &Printer) -> Vec<String> {
        vec![self.name.clone(), self.description.clone()]
    }
}

/// `spaces …` on a kind without spaces: no --space was given, so the hint says what there is
/// instead of "leave out --space".
fn require_spaces(backend: &dyn crate::backend::Backend) -> anyhow::Result<()> {
    backend.require(Capability::Spaces).map_err(|e| {
        e.with_hint(
            "clients on this server belong to no space, so there are none to list or create; the other commands work without --space",
        )
        .into()
    })
}

pub async fn run_spaces(ctx: &Context, cmd: SpacesCmd) -> anyhow::Result<()> {
    match cmd {
        SpacesCmd::List => {
            let backend = ctx.backend()?;
            require_spaces(backend)?;
            ctx.printer.emit(&backend.list_spaces().await?)?;
        }
        SpacesCmd::Create { id, display_name } => {
            let backend = ctx.backend()?;
            require_spaces(backend)?;
            let req = CreateSpaceRequest { id, display_name };
            super::field_errors(
                crate::validate::space_id(&req.id)
                    .err()
                    .into_iter()
                    .collect(),
            )?;
            let Some(space) = ctx.sent(backend.create_space(&req).await?)? else {
                return Ok(());
            };
            ctx.printer.emit(&space)?;
            ctx.printer.success(&format!(
                "created space {} in tenant {}",
                space.id,
                backend.target().tenant
            ));
        }
    }
    Ok(())
}

pub async fn run_scopes(ctx: &Context, cmd: ScopesCmd) -> anyhow::Result<()> {
    match cmd {
        ScopesCmd::List => {
            let backend = ctx.backend()?;
            backend.require(Capability::ScopeCatalogue)?;
            ctx.printer.emit(&backend.list_scopes().await?)?;
        }
    }
    Ok(())
}
