//! A real terminal for tests: tmux on a private socket, driven with send-keys and read with
//! capture-pane, with oauthctl started under an explicit environment (no CI, no --no-input).
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::parts::tmux_bin;
use super::*;

/// How long to wait for an expected screen; generous, since it is only a deadline.
const WAIT: Duration = Duration::from_secs(60);

/// Single-quotes a word for `sh`.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// One tmux server on a private socket (in a temporary directory) with one session; killed on drop,
/// also when a test fails.
pub struct Tmux {
    /// Holds the server's socket; removed with it.
    dir: tempfile::TempDir,
    session: String,
}

impl Tmux {
    /// Starts `shell_command` in a detached 200x50 session.
    pub fn start(shell_command: &str) -> Tmux {
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

    /// Starts `shell_command` in a detached session `width` columns wide.
    pub fn start_sized(shell_command: &str, width: u16, height: u16) -> Tmux {
        static N: AtomicUsize = AtomicUsize::new(0);
        let t = Tmux {
            dir: tempfile::tempdir().expect("tempdir"),
            session: format!("sized{}", N.fetch_add(1, Ordering::SeqCst)),
        };
        let status = t
            .base()
            .args(["new-session", "-d", "-s", &t.session])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
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

    pub fn send(&self, keys: &[&str]) {
        let status = self
            .base()
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .expect("tmux send-keys");
        assert!(status.success(), "tmux send-keys {keys:?}: {status}");
    }

    pub fn capture(&self) -> String {
        let out = self
            .base()
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Polls the pane until `pred` holds; panics with the screen after the deadline.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
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

    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |s| s.contains(needle))
    }

    /// Waits for the `EXIT=n` line the shell prints after oauthctl ends; returns n and the screen.
    pub fn wait_exit(&self) -> (i32, String) {
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
pub fn oauthctl_in_terminal(srv: &DevServer, args: &[&str]) -> String {
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
