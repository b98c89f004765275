//! Prompts (dialoguer), only when a person is there to answer. Commands ask [`can_prompt`] once;
//! when it is false a missing value is an error that names the flag to pass.

use std::io::IsTerminal;

use dialoguer::theme::ColorfulTheme;

use crate::error::{CliError, ErrorKind};

/// True only when stdin and stderr are terminals, `--no-input` is not given and `CI` is not set.
pub fn can_prompt(stdin_tty: bool, stderr_tty: bool, no_input: bool, ci: bool) -> bool {
    stdin_tty && stderr_tty && !no_input && !ci
}

/// [`can_prompt`] for this process.
pub fn detect(no_input: bool) -> bool {
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0");
    can_prompt(
        std::io::stdin().is_terminal(),
        std::io::stderr().is_terminal(),
        no_input,
        ci,
    )
}

/// Prompts and items may quote what a server sent (names, scope descriptions).
fn shown(s: &str) -> String {
    crate::output::visible(s).into_owned()
}

fn shown_items(items: &[String]) -> Vec<String> {
    items.iter().map(|i| shown(i)).collect()
}

fn theme() -> ColorfulTheme {
    ColorfulTheme::default()
}

fn cancelled(e: dialoguer::Error) -> anyhow::Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        CliError::new(ErrorKind::Cancelled, "cancelled").into()
    } else {
        anyhow::Error::new(io).context("the prompt failed")
    }
}

fn or_cancel<T>(v: Option<T>) -> anyhow::Result<T> {
    v.ok_or_else(|| CliError::new(ErrorKind::Cancelled, "cancelled").into())
}

pub fn input(
    prompt: &str,
    default: Option<&str>,
    validate: impl Fn(&String) -> Result<(), String>,
) -> anyhow::Result<String> {
    let theme = theme();
    let mut i = dialoguer::Input::<String>::with_theme(&theme).with_prompt(shown(prompt));
    if let Some(d) = default {
        i = i.default(d.to_string());
    }
    i.validate_with(|s: &String| validate(s))
        .interact_text()
        .map_err(cancelled)
}

/// Free text that may be empty (an empty answer ends a list).
pub fn input_optional(
    prompt: &str,
    validate: impl Fn(&String) -> Result<(), String>,
) -> anyhow::Result<String> {
    let theme = theme();
    dialoguer::Input::<String>::with_theme(&theme)
        .with_prompt(shown(prompt))
        .allow_empty(true)
        .validate_with(|s: &String| if s.is_empty() { Ok(()) } else { validate(s) })
        .interact_text()
        .map_err(cancelled)
}

pub fn select(prompt: &str, items: &[String], default: usize) -> anyhow::Result<usize> {
    let theme = theme();
    or_cancel(
        dialoguer::Select::with_theme(&theme)
            .with_prompt(shown(prompt))
            .items(shown_items(items))
            .default(default)
            .interact_opt()
            .map_err(cancelled)?,
    )
}

pub fn multi_select(
    prompt: &str,
    items: &[String],
    checked: &[bool],
) -> anyhow::Result<Vec<usize>> {
    let theme = theme();
    or_cancel(
        dialoguer::MultiSelect::with_theme(&theme)
            .with_prompt(format!(
                "{} (space toggles, a toggles all, enter accepts)",
                shown(prompt)
            ))
            .items(shown_items(items))
            .defaults(checked)
            .interact_opt()
            .map_err(cancelled)?,
    )
}

pub fn confirm(prompt: &str, default: bool) -> anyhow::Result<bool> {
    let theme = theme();
    or_cancel(
        dialoguer::Confirm::with_theme(&theme)
            .with_prompt(shown(prompt))
            .default(default)
            .interact_opt()
            .map_err(cancelled)?,
    )
}

pub fn password(prompt: &str) -> anyhow::Result<String> {
    let theme = theme();
    dialoguer::Password::with_theme(&theme)
        .with_prompt(shown(prompt))
        .interact()
        .map_err(cancelled)
}

/// Tries to open a browser (every platform); the caller prints the URL either way.
pub fn open_browser(url: &str) -> bool {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(cmd)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::can_prompt;

    #[test]
    fn prompt_gate_truth_table() {
        for stdin in [false, true] {
            for stderr in [false, true] {
                for no_input in [false, true] {
                    for ci in [false, true] {
                        assert_eq!(
                            can_prompt(stdin, stderr, no_input, ci),
                            stdin && stderr && !no_input && !ci
                        );
                    }
                }
            }
        }
    }
}
