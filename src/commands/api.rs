//! `oauthctl api METHOD PATH`: a raw, authenticated call to the admin API, like `gh api`.

use std::io::Read;

use reqwest::Method;

use super::Context;
use crate::cli::ApiArgs;
use crate::error::CliError;
use crate::transport::http::api_error;

pub async fn run(ctx: &Context, args: ApiArgs) -> anyhow::Result<()> {
    let method: Method = match args.method.to_ascii_uppercase().as_str() {
        m @ ("GET" | "POST" | "PUT" | "PATCH" | "DELETE") => m.parse()?,
        other => {
            return Err(CliError::usage(format!(
                "unsupported method {other:?}: use GET, POST, PUT, PATCH or DELETE"
            ))
            .into())
        }
    };
    let body = match args.data.as_deref() {
        None => None,
        Some("-") => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Some(s)
        }
        Some(d) if d.starts_with('@') => Some(
            std::fs::read_to_string(&d[1..])
                .map_err(|e| CliError::usage(format!("--data {d}: cannot read the file: {e}")))?,
        ),
        Some(d) => Some(d.to_string()),
    };
    if let Some(b) = &body {
        serde_json::from_str::<serde_json::Value>(b)
            .map_err(|e| CliError::usage(format!("--data is not valid JSON: {e}")))?;
    }
    let backend = ctx.backend()?;
    backend.require(crate::backend::Capability::Raw)?;
    let changes = method != Method::GET;
    let Some(resp) = ctx.sent(
        backend
            .raw(method, &args.path, body.map(String::into_bytes))
            .await?,
    )?
    else {
        return Ok(());
    };
    let is_json = resp
        .content_type
        .as_deref()
        .is_some_and(|c| c.contains("json"));
    if !resp.body.is_empty() {
        let written = if is_json {
            match serde_json::from_slice::<serde_json::Value>(&resp.body) {
                Ok(v) => ctx.printer.json(&v),
                Err(_) => ctx.printer.line(&String::from_utf8_lossy(&resp.body)),
            }
        } else {
            ctx.printer.line(&String::from_utf8_lossy(&resp.body))
        };
        // The answer to a change may carry a value shown only once (a new secret): losing it
        // to a closed pipe is an error, not the quiet exit of a read.
        match written {
            Err(e) if changes => {
                return Err(CliError::other(format!(
                    "the server's answer to {} {} could not be written to stdout ({e}); the change was made, and anything only that answer carried (a new secret value) is lost",
                    args.method.to_ascii_uppercase(),
                    args.path
                ))
                .with_hint("revoke a lost secret with `oauthctl secrets revoke CLIENT_ID SECRET_ID`, and let stdout go somewhere that reads it")
                .into())
            }
            other => other?,
        }
    }
    if !resp.status.is_success() {
        return Err(api_error(
            resp.status,
            &resp.body,
            &format!("{} {}", args.method, args.path),
        )
        .into());
    }
    Ok(())
}
