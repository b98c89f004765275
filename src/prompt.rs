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

/// The questions a command's dialogue asks, so that the dialogue can run against a script in a
/// unit test: [`Terminal`] asks a person (the functions above); [`Script`] answers from a list.
/// A command holds one only when [`detect`] says a person can answer.
pub trait Ask {
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String>;
    /// Free text that may be empty (an empty answer ends a list).
    fn input_optional(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String>;
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> anyhow::Result<usize>;
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> anyhow::Result<Vec<usize>>;
    fn confirm(&mut self, prompt: &str, default: bool) -> anyhow::Result<bool>;
}

/// A person at the terminal.
pub struct Terminal;

impl Ask for Terminal {
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String> {
        input(prompt, default, check)
    }
    fn input_optional(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String> {
        input_optional(prompt, check)
    }
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> anyhow::Result<usize> {
        select(prompt, items, default)
    }
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> anyhow::Result<Vec<usize>> {
        multi_select(prompt, items, checked)
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> anyhow::Result<bool> {
        confirm(prompt, default)
    }
}

/// One answer of a [`Script`].
#[cfg(test)]
#[derive(Debug, Clone)]
pub enum Answer {
    /// Typed text; an answer its check refuses is asked again, as on a terminal.
    Text(&'static str),
    /// The default (the first item of a select, the ticked items, the default of a confirm or
    /// an input).
    Default,
    Choose(usize),
    ChooseAll(Vec<usize>),
    Yes(bool),
}

/// Answers from a list, in order, and keeps the prompts it was asked (`asked`). A question
/// after the last answer, or an answer of the wrong sort, fails the test.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct Script {
    answers: std::collections::VecDeque<Answer>,
    pub asked: Vec<String>,
}

#[cfg(test)]
impl Script {
    pub fn new(answers: impl IntoIterator<Item = Answer>) -> Script {
        Script {
            answers: answers.into_iter().collect(),
            asked: Vec::new(),
        }
    }

    /// Whether every answer was used.
    pub fn done(&self) -> bool {
        self.answers.is_empty()
    }

    fn next(&mut self, prompt: &str) -> Answer {
        self.asked.push(prompt.to_string());
        self.answers
            .pop_front()
            .unwrap_or_else(|| panic!("the script has no answer for {prompt:?}"))
    }

    fn text(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String> {
        loop {
            let text = match self.next(prompt) {
                Answer::Text(t) => t.to_string(),
                Answer::Default => default.unwrap_or_default().to_string(),
                a => panic!("{prompt:?} takes text, not {a:?}"),
            };
            if check(&text).is_ok() {
                return Ok(text);
            }
        }
    }
}

#[cfg(test)]
impl Ask for Script {
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String> {
        let check = |s: &String| {
            if s.is_empty() {
                Err("a value is needed".to_string())
            } else {
                check(s)
            }
        };
        self.text(prompt, default, &check)
    }
    fn input_optional(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&String) -> Result<(), String>,
    ) -> anyhow::Result<String> {
        let check = |s: &String| if s.is_empty() { Ok(()) } else { check(s) };
        self.text(prompt, None, &check)
    }
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> anyhow::Result<usize> {
        match self.next(prompt) {
            Answer::Choose(i) if i < items.len() => Ok(i),
            Answer::Default => Ok(default),
            a => panic!("{prompt:?} offers {items:?}, not {a:?}"),
        }
    }
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> anyhow::Result<Vec<usize>> {
        match self.next(prompt) {
            Answer::ChooseAll(v) if v.iter().all(|i| *i < items.len()) => Ok(v),
            Answer::Default => Ok((0..items.len()).filter(|i| checked[*i]).collect()),
            a => panic!("{prompt:?} offers {items:?}, not {a:?}"),
        }
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> anyhow::Result<bool> {
        match self.next(prompt) {
            Answer::Yes(y) => Ok(y),
            Answer::Default => Ok(default),
            a => panic!("{prompt:?} takes yes or no, not {a:?}"),
        }
    }
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
