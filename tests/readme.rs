//! The README's walk-throughs, run as written: every ```sh block under a "## Walk-through" heading,
//! in order, in one `bash -euo pipefail`, with the built binary first on PATH, in a temporary HOME.
//!
//! - A block that is only `[VAR=value…] oauthctl dev-server [ARGS]` starts the dev server with
//!   those variables (stopping the one before, as the README says to), with `--listen
//!   127.0.0.1:0` the first time and the same port after; its database is the default one, in the
//!   temporary data directory.
//! - `<!-- readme-test: paste TENANT -->` before a block runs first the `export` lines that the
//!   running server printed for TENANT, as a reader pastes them (this is how the base URL and the
//!   admin credentials reach the commands).
//! - `<!-- readme-test: skip -->` leaves the next block out.

mod common;

use std::path::Path;
use std::process::Command;

use common::{bin, Home, Out};

#[derive(Debug)]
enum Step {
    /// The variables set for it (`A=1 B=2 `) and the arguments.
    Server(String, String),
    Run(String),
}

/// `A=1 B=2 oauthctl dev-server ARGS # comment` → ("A=1 B=2 ", "ARGS").
fn server_command(line: &str) -> Option<(String, String)> {
    let mut rest = line.split(" #").next().unwrap().trim();
    let mut env = String::new();
    while let Some((word, after)) = rest.split_once(' ') {
        let is_assignment = word.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        });
        if !is_assignment {
            break;
        }
        env.push_str(word);
        env.push(' ');
        rest = after.trim_start();
    }
    let args = rest.strip_prefix("oauthctl dev-server")?;
    if !(args.is_empty() || args.starts_with(' ')) {
        return None;
    }
    Some((env, args.trim().to_string()))
}

#[derive(Debug)]
struct Block {
    line: usize,
    paste: Option<String>,
    step: Step,
}

fn walkthrough_blocks(readme: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut in_walkthrough = false;
    let mut paste = None;
    let mut skip = false;
    let mut lines = readme.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if line.starts_with("## ") {
            in_walkthrough = line.starts_with("## Walk-through");
            continue;
        }
        if !in_walkthrough {
            continue;
        }
        if let Some(m) = line
            .trim()
            .strip_prefix("<!-- readme-test:")
            .and_then(|m| m.strip_suffix("-->"))
        {
            let m = m.trim();
            if let Some(t) = m.strip_prefix("paste ") {
                paste = Some(t.trim().to_string());
            } else if m == "skip" {
                skip = true;
            } else {
                panic!("README.md:{}: unknown readme-test marker {m:?}", i + 1);
            }
            continue;
        }
        if line.trim() == "```sh" {
            let mut text = String::new();
            for (_, l) in lines.by_ref() {
                if l.trim() == "```" {
                    break;
                }
                text.push_str(l);
                text.push('\n');
            }
            if std::mem::take(&mut skip) {
                paste = None;
                continue;
            }
            let commands: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            let server = match commands.as_slice() {
                [one] => server_command(one),
                _ => None,
            };
            let step = match server {
                Some((env, args)) => {
                    assert!(
                        !args.contains("--listen") && !args.contains("--db"),
                        "README.md:{}: the test chooses --listen and the database",
                        i + 1
                    );
                    Step::Server(env, args)
                }
                None => {
                    assert!(
                        !text.contains("oauthctl dev-server"),
                        "README.md:{}: a block that starts the dev server holds only that command",
                        i + 1
                    );
                    Step::Run(text)
                }
            };
            blocks.push(Block {
                line: i + 1,
                paste: paste.take(),
                step,
            });
        }
    }
    blocks
}

const PRELUDE: &str = r#"
__port=0
__server_pid=
__n=0
__log=
__server() {
  if [ -n "$__server_pid" ]; then
    kill -TERM "$__server_pid"
    wait "$__server_pid" || true
    __server_pid=
  fi
  __n=$((__n + 1))
  __log="$README_TEST_DIR/server-$__n.log"
  oauthctl dev-server "$@" --listen "127.0.0.1:$__port" 2>"$__log" >/dev/null &
  __server_pid=$!
  for _ in $(seq 1200); do
    grep -q 'Stop it with Ctrl-C' "$__log" && break
    if ! kill -0 "$__server_pid" 2>/dev/null; then
      echo "readme test: the dev server exited:" >&2; cat "$__log" >&2; exit 1
    fi
    sleep 0.05
  done
  grep -q 'Stop it with Ctrl-C' "$__log" || { echo "readme test: the dev server did not start" >&2; cat "$__log" >&2; exit 1; }
  __port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$__log" | head -1)
}
__paste() {
  local lines
  lines=$(awk -v t="Tenant $1:" 'index($0, t) == 1 { f = 1; next } /^[^ ]/ { f = 0 } f && /^  export / { print }' "$__log")
  if [ -z "$lines" ]; then echo "readme test: the server printed no export lines for tenant $1" >&2; cat "$__log" >&2; exit 1; fi
  eval "$lines"
}
trap 'if [ -n "$__server_pid" ]; then kill -TERM "$__server_pid" 2>/dev/null; wait "$__server_pid" 2>/dev/null; fi' EXIT
"#;

fn script(blocks: &[Block]) -> String {
    let mut s = String::from(PRELUDE);
    for b in blocks {
        s.push_str(&format!("\necho '+ README.md:{}' >&2\n", b.line));
        if let Some(t) = &b.paste {
            s.push_str(&format!("__paste {t}\n"));
        }
        match &b.step {
            Step::Server(env, args) => s.push_str(&format!("{env}__server {args}\n")),
            Step::Run(text) => s.push_str(text),
        }
    }
    s
}

#[test]
fn server_blocks_are_recognised() {
    assert_eq!(
        server_command("oauthctl dev-server"),
        Some((String::new(), String::new()))
    );
    assert_eq!(
        server_command("OAUTHCTL_DEV_ADMIN_SECRET=x oauthctl dev-server --tenant acme  # again"),
        Some((
            "OAUTHCTL_DEV_ADMIN_SECRET=x ".to_string(),
            "--tenant acme".to_string()
        ))
    );
    assert_eq!(server_command("oauthctl dev-serverx"), None);
    assert_eq!(server_command("oauthctl clients list"), None);
}

#[test]
fn the_readme_walkthroughs_run_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let blocks = walkthrough_blocks(&readme);
    let servers = blocks
        .iter()
        .filter(|b| matches!(b.step, Step::Server(..)))
        .count();
    let pastes = blocks.iter().filter(|b| b.paste.is_some()).count();
    assert!(
        blocks.len() >= 8 && servers >= 3 && pastes >= 2,
        "the walk-throughs lost their blocks or markers: {blocks:#?}"
    );
    assert!(
        matches!(blocks[0].step, Step::Server(..)),
        "the first walk-through block must start the server: {:?}",
        blocks[0]
    );
    for tool in ["jq", "curl"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            found,
            "the README walk-throughs need {tool}; install it (tests/run.sh does)"
        );
    }

    let home = Home::new();
    let dir = home.path().join("readme-test");
    std::fs::create_dir_all(&dir).unwrap();
    let script = script(&blocks);
    let bin_dir = Path::new(bin()).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().to_string();
        if k.starts_with("OAUTHCTL_") || k == "CI" || k == "NO_COLOR" {
            cmd.env_remove(&k);
        }
    }
    let h = home.path();
    cmd.env("HOME", h)
        .env("XDG_CONFIG_HOME", h.join("config"))
        .env("XDG_CACHE_HOME", h.join("cache"))
        .env("XDG_DATA_HOME", h.join("data"))
        .env("NO_COLOR", "1")
        .env("PATH", path)
        .env("README_TEST_DIR", &dir)
        .current_dir(&dir)
        .stdin(std::process::Stdio::null())
        .args(["-euo", "pipefail", "-c", &script]);
    let out = Out::from(cmd.output().expect("run bash"));
    // Shown with --nocapture: the walk-throughs' own output.
    eprintln!("--- stdout\n{}\n--- stderr\n{}", out.stdout, out.stderr);
    assert_eq!(
        out.code, 0,
        "a README walk-through failed (the last `+ README.md:N` line names its block)\n--- stdout\n{}\n--- stderr\n{}",
        out.stdout, out.stderr
    );
    // What the reader is told to expect did happen.
    assert!(out.stdout.contains("access_token"), "{}", out.stdout);
    assert!(out.stderr.contains("revoked"), "{}", out.stderr);
}
