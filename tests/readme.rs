//! The README's `sh` blocks, run as written: every one of them, in order from the top (a reader
//! following the README from a fresh clone), in one `bash -euo pipefail`, with the built binary
//! first on PATH, in a temporary HOME.
//!
//! - `cargo run --release -- ARGS` runs as `oauthctl ARGS` (the binary under test is that build);
//!   `cargo install --locked --path .` and `bash tests/run.sh` are left out (the binary is already
//!   on PATH, and the suite is what runs this test).
//! - A block that is only `[VAR=value…] oauthctl dev-server [ARGS]` starts the dev server with
//!   those variables (stopping the one before, as the README says to), with `--listen
//!   127.0.0.1:0` the first time and the same port after; its database is the default one, in the
//!   temporary data directory (or none with `--in-memory`).
//! - `<!-- readme-test: paste TENANT -->` before a block runs first the `export` lines that the
//!   running server printed for TENANT, as a reader pastes them (this is how the base URL and the
//!   admin credentials reach the commands).
//! - `<!-- readme-test: skip: REASON -->` leaves the next block out; the reason is required (a
//!   third-party server at the reader's own address, a browser, …) and is printed by the test.

use crate::common;

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

/// The commands of a block as the test runs them: `cargo run --release -- ` is `oauthctl `, and
/// the install and the test suite are left out (see the module's documentation).
fn as_run(text: &str) -> String {
    let mut out = String::new();
    for l in text.lines() {
        let t = l.trim_start();
        if t.starts_with("cargo install --locked --path .") || t.starts_with("bash tests/run.sh") {
            continue;
        }
        match t.strip_prefix("cargo run --release -- ") {
            Some(rest) => out.push_str(&format!("oauthctl {rest}")),
            None => out.push_str(l),
        }
        out.push('\n');
    }
    out
}

/// Every `sh` block of the README: the ones to run, and the skipped ones with their reasons.
fn readme_blocks(readme: &str) -> (Vec<Block>, Vec<(usize, String)>) {
    let mut blocks = Vec::new();
    let mut skipped = Vec::new();
    let mut paste = None;
    let mut skip: Option<String> = None;
    let mut lines = readme.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if let Some(m) = line
            .trim()
            .strip_prefix("<!-- readme-test:")
            .and_then(|m| m.strip_suffix("-->"))
        {
            let m = m.trim();
            if let Some(t) = m.strip_prefix("paste ") {
                paste = Some(t.trim().to_string());
            } else if let Some(reason) = m.strip_prefix("skip:") {
                assert!(
                    !reason.trim().is_empty(),
                    "README.md:{}: a skipped block says why",
                    i + 1
                );
                skip = Some(reason.trim().to_string());
            } else {
                panic!(
                    "README.md:{}: unknown readme-test marker {m:?} (`paste TENANT` or `skip: REASON`)",
                    i + 1
                );
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
            if let Some(reason) = skip.take() {
                paste = None;
                skipped.push((i + 1, reason));
                continue;
            }
            let text = as_run(&text);
            let commands: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            if commands.is_empty() {
                continue;
            }
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
    (blocks, skipped)
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
fn every_sh_block_is_run_or_says_why_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let (blocks, skipped) = readme_blocks(&readme);
    let all = readme.lines().filter(|l| l.trim() == "```sh").count();
    // Every block is either run or skipped with a reason; blocks with nothing left to run (the
    // install) count as run.
    let install = readme
        .split("```sh")
        .skip(1)
        .filter(|b| {
            let body = b.split("```").next().unwrap_or_default();
            as_run(body).trim().is_empty()
        })
        .count();
    assert_eq!(
        blocks.len() + skipped.len() + install,
        all,
        "{blocks:#?}\n{skipped:#?}"
    );
    // The first one is the "Two commands" start, which a reader runs before the walk-throughs.
    match &blocks[0].step {
        Step::Server(_, args) => assert!(args.contains("--in-memory"), "{:?}", blocks[0]),
        other => panic!("the first block must start the server: {other:?}"),
    }
    for (line, reason) in &skipped {
        eprintln!("README.md:{line}: not run: {reason}");
    }
}

#[test]
fn the_readme_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let (blocks, _) = readme_blocks(&readme);
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
        "the first block must start the server: {:?}",
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
    // Shown with --nocapture: the blocks' own output.
    eprintln!("--- stdout\n{}\n--- stderr\n{}", out.stdout, out.stderr);
    assert_eq!(
        out.code, 0,
        "a README block failed (the last `+ README.md:N` line names it)\n--- stdout\n{}\n--- stderr\n{}",
        out.stdout, out.stderr
    );
    // What the reader is told to expect did happen.
    assert!(out.stdout.contains("access_token"), "{}", out.stdout);
    assert!(out.stderr.contains("revoked"), "{}", out.stderr);
}
