//! `oauthctl generate`: shell completions and man pages, from the CLI definition only (`cli.rs`:
//! the clap types, `cli::EXAMPLES`, and `error::EXIT_CODES`). `--check` compares the checked-in
//! files with what would be written (a test runs it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

use super::Context;
use crate::cli::{Cli, GenerateArgs};
use crate::error::CliError;

/// Every generated file, by path relative to the output directory.
pub fn generated_files() -> anyhow::Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for (shell, name) in [
        (Shell::Bash, "oauthctl.bash"),
        (Shell::Zsh, "_oauthctl"),
        (Shell::Fish, "oauthctl.fish"),
        (Shell::PowerShell, "_oauthctl.ps1"),
        (Shell::Elvish, "oauthctl.elv"),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut crate::cli::command(), "oauthctl", &mut buf);
        files.insert(Path::new("completions").join(name), buf);
    }
    // Without the examples in the long help: they get their own EXAMPLES section.
    let mut cmd = Cli::command();
    cmd.build();
    man_pages(&cmd, "oauthctl", "", &mut files)?;
    Ok(files)
}

fn man_pages(
    cmd: &clap::Command,
    name: &str,
    path: &str,
    files: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> anyhow::Result<()> {
    let cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    man.render_options_section(&mut buf)?;
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut buf)?;
    }
    if cmd.get_after_help().is_some() || cmd.get_after_long_help().is_some() {
        man.render_extra_section(&mut buf)?;
    }
    if let Some(examples) = crate::cli::examples(path) {
        buf.extend_from_slice(b".SH EXAMPLES\n.nf\n");
        for line in examples.lines() {
            buf.extend_from_slice(roff_line(line).as_bytes());
            buf.push(b'\n');
        }
        buf.extend_from_slice(b".fi\n");
    }
    buf.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for (code, meaning) in crate::error::EXIT_CODES {
        buf.extend_from_slice(format!(".TP\n{code}\n{}\n", roff_line(meaning)).as_bytes());
    }
    man.render_version_section(&mut buf)?;
    files.insert(Path::new("man").join(format!("{name}.1")), buf);
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        man_pages(sub, &format!("{name}-{}", sub.get_name()), &sub_path, files)?;
    }
    Ok(())
}

/// One line of text as roff: backslashes and dashes escaped, no line read as a request.
fn roff_line(text: &str) -> String {
    let s = text.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

pub fn run(ctx: &Context, args: GenerateArgs) -> anyhow::Result<()> {
    let files = generated_files()?;
    if args.check {
        let stale = stale_files(&args.out_dir, &files);
        if stale.is_empty() {
            ctx.printer
                .success(&format!("{} generated files are up to date", files.len()));
            return Ok(());
        }
        return Err(
            CliError::other(format!("generated files are stale: {}", stale.join(", ")))
                .with_hint("run `cargo run -- generate` and commit the result")
                .into(),
        );
    }
    for dir in ["completions", "man"] {
        let d = args.out_dir.join(dir);
        if d.is_dir() {
            for entry in std::fs::read_dir(&d)? {
                let path = entry?.path();
                if !files.contains_key(&Path::new(dir).join(path.file_name().unwrap_or_default())) {
                    std::fs::remove_file(&path)?;
                }
            }
        }
    }
    for (rel, bytes) in &files {
        let path = args.out_dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
    }
    ctx.printer.success(&format!(
        "wrote {} files under {}",
        files.len(),
        args.out_dir.display()
    ));
    Ok(())
}

/// Paths that differ from what would be generated, are missing, or should not be there.
pub fn stale_files(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<String> {
    let mut stale = Vec::new();
    for (rel, bytes) in files {
        if std::fs::read(dir.join(rel)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(rel.display().to_string());
        }
    }
    for sub in ["completions", "man"] {
        if let Ok(entries) = std::fs::read_dir(dir.join(sub)) {
            for e in entries.flatten() {
                let rel = Path::new(sub).join(e.file_name());
                if !files.contains_key(&rel) {
                    stale.push(format!("{} (not generated)", rel.display()));
                }
            }
        }
    }
    stale
}
