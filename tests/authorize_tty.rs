//! Issue 4 on a real terminal: `oauthctl authorize` (and `authorizations revoke`) run inside tmux,
//! driven with `tmux send-keys` and read with `tmux capture-pane`, against a real dev server. The
//! result is checked through the admin API. Skipped (with a note) when tmux is not installed.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::*;

const TMUX: &str = "/usr/bin/tmux";
/// How long to wait for an expected screen; generous, since it is only a deadline.
const WAIT: Duration = Duration::from_secs(60);

fn tmux_available() -> bool {
    Command::new(tmux_bin())
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn tmux_bin() -> &'static str {
    if Path::new(TMUX).exists() {
        TMUX
    } else {
        "tmux"
    }
}

/// Single-quotes a word for `sh`.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// One tmux server on a private socket (in a temporary directory) with one session; killed on drop,
/// also when a test fails.
struct Tmux {
    /// Holds the server's socket; removed with it.
    dir: tempfile::TempDir,
    session: String,
}

impl Tmux {
    /// Starts `shell_command` in a detached 200x50 session.
    fn start(shell_command: &str) -> Tmux {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::SeqCst);
        let t = Tmux {
            dir: tempfile::tempdir().expect("tempdir"),
            session: format!("authorize{n}"),
        };
        let status = t
            .base()
            .args([
                "new-session",
                "-d",
                "-s",
                &t.session,
                "-x",
                "200",
                "-y",
                "50",
            ])
            .arg(shell_command)
            .status()
            .expect("run tmux");
        assert!(status.success(), "tmux new-session failed: {status}");
        t
    }

    fn base(&self) -> Command {
        let mut c = Command::new(tmux_bin());
        c.env_remove("TMUX")
            .env_remove("CI")
            .arg("-S")
            .arg(self.dir.path().join("tmux.sock"))
            .args(["-f", "/dev/null"])
            .stdin(Stdio::null());
        c
    }

    fn send(&self, keys: &[&str]) {
        let status = self
            .base()
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .expect("tmux send-keys");
        assert!(status.success(), "tmux send-keys {keys:?}: {status}");
    }

    fn capture(&self) -> String {
        let out = self
            .base()
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Polls the pane until `pred` holds; panics with the screen after the deadline.
    fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the terminal shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_for(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |s| s.contains(needle))
    }

    /// Waits for the `EXIT=n` line the shell prints after oauthctl ends; returns n and the screen.
    fn wait_exit(&self) -> (i32, String) {
        let screen = self.wait_for("EXIT=");
        let code = screen
            .lines()
            .find_map(|l| l.trim().strip_prefix("EXIT="))
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or_else(|| panic!("no exit code on the screen:\n{screen}"));
        (code, screen)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self
            .base()
            .arg("kill-server")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// The shell command for tmux: oauthctl with `args`, an explicit environment that points at the
/// test server as the default tenant's admin (no CI, no --no-input), then `EXIT=$?`.
fn oauthctl_in_terminal(srv: &DevServer, args: &[&str]) -> String {
    let h = srv.home.path();
    let vars = [
        ("PATH", "/usr/local/bin:/usr/bin:/bin".to_string()),
        ("HOME", h.display().to_string()),
        ("XDG_CONFIG_HOME", h.join("config").display().to_string()),
        ("XDG_CACHE_HOME", h.join("cache").display().to_string()),
        ("XDG_DATA_HOME", h.join("data").display().to_string()),
        ("TERM", "screen".to_string()),
        ("LANG", "C.UTF-8".to_string()),
        ("NO_COLOR", "1".to_string()),
        ("OAUTHCTL_BASE_URL", srv.base_url.clone()),
        ("OAUTHCTL_CLIENT_ID", "oauthctl-admin".to_string()),
        ("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET.to_string()),
    ];
    let mut cmd = String::from("env -i");
    for (k, v) in vars {
        cmd.push_str(&format!(" {k}={}", sh_quote(&v)));
    }
    cmd.push(' ');
    cmd.push_str(&sh_quote(bin()));
    for a in args {
        cmd.push(' ');
        cmd.push_str(&sh_quote(a));
    }
    cmd.push_str("; echo EXIT=$?; sleep 30");
    cmd
}

fn granted(srv: &DevServer, id: &str) -> Vec<String> {
    let v = srv.json(&["authorizations", "show", id]);
    let mut s: Vec<String> = v["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

macro_rules! require_tmux {
    () => {
        if !tmux_available() {
            eprintln!("note: tmux is not installed; skipping the terminal test");
            return;
        }
    };
}

#[test]
fn interactive_multi_select_grants_the_ticked_scopes() {
    require_tmux!();
    let srv = DevServer::start();
    let (id, secret) = srv.client("tty-app", &["api.read", "api.write", "email"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));

    // The app and its scopes, each with its description, all ticked at first.
    let screen = t.wait_for("Scopes to grant to tty-app");
    let screen = if screen.contains("email — ") {
        screen
    } else {
        t.wait_for("email — ")
    };
    assert!(screen.contains("from tenant default requests"), "{screen}");
    assert!(
        screen.contains("api.read — Read data through the API"),
        "{screen}"
    );
    assert!(
        screen.contains("api.write — Change data through the API"),
        "{screen}"
    );
    assert!(!screen.contains('⬚'), "all ticked at first:\n{screen}");

    // Untick the second scope (api.write) and accept.
    t.send(&["Down"]);
    t.send(&["Space"]);
    t.wait_until("api.write unticked", |s| {
        s.lines()
            .any(|l| l.contains("api.write —") && l.contains('⬚'))
    });
    t.send(&["Enter"]);

    // The confirmation summarises what is granted and denied.
    t.wait_for("grant [api.read email], deny [api.write]?");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);

    assert_eq!(granted(&srv, &id), vec!["api.read", "email"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
}

#[test]
fn interactive_url_preselects_the_url_scopes() {
    require_tmux!();
    let srv = DevServer::start();
    let (id, _) = srv.client("url-app", &["api.read", "api.write", "email"]);
    let url = format!(
        "https://login.example.com/OAuth/Authorize?client_id={id}&scope=api.write%20email&response_type=code"
    );
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", "--url", &url]));
    let screen = t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to url-app") && s.contains("email — ")
    });
    let line = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("{name} —")))
            .unwrap_or_else(|| panic!("no line for {name}:\n{screen}"))
            .to_string()
    };
    assert!(line("api.read").contains('⬚'), "{screen}");
    assert!(!line("api.write").contains('⬚'), "{screen}");
    assert!(!line("email").contains('⬚'), "{screen}");

    t.send(&["Enter"]);
    t.wait_for("grant [api.write email], deny [api.read]?");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["api.write", "email"]);
}

#[test]
fn interactive_no_at_the_confirmation_changes_nothing() {
    require_tmux!();
    let srv = DevServer::start();
    let (id, _) = srv.client("no-app", &["api.read", "email"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));
    t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to no-app") && s.contains("email — ")
    });
    // Untick the first scope, accept, then say no.
    t.send(&["Space"]);
    t.wait_until("api.read unticked", |s| {
        s.lines()
            .any(|l| l.contains("api.read —") && l.contains('⬚'))
    });
    t.send(&["Enter"]);
    t.wait_for("grant [email], deny [api.read]?");
    t.send(&["n", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 130, "cancelled:\n{screen}");
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["api.read", "email"]);
}

#[test]
fn interactive_revoke_asks_first() {
    require_tmux!();
    let srv = DevServer::start();
    let (id, secret) = srv.client("rev-app", &["api.read"]);
    let t = Tmux::start(&oauthctl_in_terminal(
        &srv,
        &["authorizations", "revoke", &id],
    ));
    t.wait_for("Revoke the authorization of");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);
    srv.run(&["authorizations", "show", &id]).assert_code(4);
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
}
