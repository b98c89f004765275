//! The one place that writes to stdout and stderr. stdout is data (a table or one JSON document);
//! stderr is for people (progress, hints, warnings). Commands return values that implement
//! [`Render`]; the printer decides how they look.

mod sink;
mod stream;
mod table;
mod yaml;

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

pub use crate::text::{visible, visible_lines};
pub use sink::{Buffer, ErrWriter, Out, Stdout, StdoutKind};
pub use stream::{JsonArrayWriter, JsonObjectWriter};
pub use table::{short_time, Column, Fit, TableWriter};
pub use yaml::to_yaml;

use stream::{json_head, json_tail};
use yaml::yaml_part;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Tables and text for people: compact columns, short times
    #[default]
    Table,
    /// Tables with every column and full RFC 3339 times (may be wider than the terminal)
    Wide,
    /// One JSON document on stdout, stable field names (camelCase)
    Json,
    /// The same document as JSON, written as YAML
    Yaml,
}

/// A value a command returns: JSON is its `Serialize` form; `human` draws it for people.
pub trait Render: Serialize {
    fn human(&self, p: &Printer) -> io::Result<()>;
}

#[derive(Clone)]
pub struct Printer {
    /// What is for people (status, warnings, hints, progress, the `-v` trace) is written here.
    err: ErrWriter,
    pub format: Format,
    /// `--no-headers`: tables without their header line.
    pub no_headers: bool,
    /// `-q/--quiet`: no status lines, hints or progress on stderr (warnings, errors and what
    /// [`Printer::say`] writes are still shown).
    pub quiet: bool,
    /// Colour on stderr: a terminal and no `NO_COLOR`.
    pub color: bool,
    /// stderr is a terminal: progress may be drawn there.
    pub stderr_tty: bool,
    /// Where data goes: the process's stdout, or a buffer (a test's capture).
    out: Stdout,
    /// How long a new value may wait in a pipe for its reader (`--timeout`).
    drain_wait: std::time::Duration,
}

impl Printer {
    pub fn new(format: Format) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Printer {
            err: ErrWriter::stderr(),
            format,
            no_headers: false,
            quiet: false,
            color: !no_color && io::stderr().is_terminal(),
            stderr_tty: io::stderr().is_terminal(),
            out: Stdout::process(),
            drain_wait: std::time::Duration::from_secs(crate::config::DEFAULT_TIMEOUT_SECS),
        }
    }

    /// How long a new value may wait in a pipe for its reader before it counts as not
    /// delivered: `--timeout`.
    pub fn with_drain_wait(mut self, wait: std::time::Duration) -> Self {
        self.drain_wait = wait;
        self
    }

    /// What stdout is.
    pub fn stdout_kind(&self) -> StdoutKind {
        self.out.kind()
    }

    /// Waits until the reader of stdout has taken everything up to `end` (a value of
    /// [`Printer::stdout_written`] right after the value was written and flushed), within the
    /// drain wait (`--timeout`): [`Stdout::taken`].
    pub async fn taken(&self, end: u64) -> Result<(), String> {
        self.out.taken(end, self.drain_wait).await
    }

    /// The bytes written to stdout so far (through this printer and its clones): the end of the
    /// last value.
    pub fn stdout_written(&self) -> u64 {
        self.out.written()
    }

    /// stdout, locked, counting what is written, so that the delivery rule knows which bytes a
    /// pipe's reader has taken. Every write of data goes through it.
    pub fn stdout(&self) -> Out<'static> {
        self.out.lock()
    }

    /// The same printer, quiet or not (`-q/--quiet`).
    pub fn with_quiet(mut self, quiet: bool) -> Self {
        self.quiet = quiet;
        self
    }

    /// The same printer, writing what is for people to `err` (a buffer in a test).
    pub fn with_err(mut self, err: ErrWriter) -> Self {
        self.err = err;
        self
    }

    /// The same printer, writing data to `out` (a buffer in a test).
    pub fn with_stdout(mut self, out: Stdout) -> Self {
        self.out = out;
        self
    }

    /// A printer whose stdout and stderr are buffers, and the two buffers: what a command run in
    /// a test printed. No colour, no progress line (neither is a terminal).
    pub fn captured(format: Format) -> (Printer, Captured) {
        let (out, stdout) = Stdout::buffer();
        let (err, stderr) = ErrWriter::buffer();
        let mut p = Printer::new(format).with_stdout(out).with_err(err);
        p.color = false;
        p.stderr_tty = false;
        (p, Captured { stdout, stderr })
    }

    /// A line for the `-v` trace (`* …`), through this printer: what the HTTP client is given.
    pub fn tracer(&self) -> crate::transport::http::Tracer {
        let err = self.err.clone();
        std::sync::Arc::new(move |line: &str| err.write(format_args!("* {line}\n")))
    }

    /// The same printer, with or without table headers (`--no-headers`).
    pub fn with_no_headers(mut self, no_headers: bool) -> Self {
        self.no_headers = no_headers;
        self
    }

    /// `-o wide`: every column, full times.
    pub fn is_wide(&self) -> bool {
        self.format == Format::Wide
    }

    /// A time in a table cell: `2027-05-30 06:49Z`, or with `-o wide` the full RFC 3339 form
    /// (`2027-05-30T06:49:12.345Z`).
    pub fn time(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        if self.is_wide() {
            crate::timeutil::fmt_time(t)
        } else {
            short_time(t)
        }
    }

    /// [`Printer::time`] for a time the server may not keep: `-`.
    pub fn opt_time(&self, t: Option<chrono::DateTime<chrono::Utc>>) -> String {
        t.map_or_else(|| "-".into(), |t| self.time(t))
    }

    /// A table for `columns` that rows are added to one at a time; only the cells of the columns
    /// shown (not the wide ones, without `-o wide`) are kept.
    pub fn table_writer(&self, columns: &'static [Column]) -> TableWriter<'_> {
        TableWriter {
            printer: self,
            shown: columns
                .iter()
                .enumerate()
                .filter(|(_, c)| self.is_wide() || !c.wide)
                .map(|(i, _)| i)
                .collect(),
            columns,
            rows: Vec::new(),
        }
    }

    /// Whether a value written to stdout can reach anyone: false when stdout is /dev/null or
    /// was closed (a new secret value printed there alone would be lost); true for a buffer,
    /// which the test that holds it reads.
    pub fn stdout_reaches_someone(&self) -> bool {
        self.out.reaches_someone()
    }

    /// Writes the first part of a JSON object (e.g. a new secret) and flushes it, before the
    /// rest is known; [`Printer::json_tail`] closes the object. With `-o yaml` the parts are the
    /// keys of one YAML mapping, written the same way.
    pub fn json_head<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let text = if self.format == Format::Yaml {
            yaml_part(value)?
        } else {
            json_head(value)?
        };
        let mut out = self.stdout();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// The rest of the object [`Printer::json_head`] began.
    pub fn json_tail<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = self.stdout();
        if self.format == Format::Yaml {
            out.write_all(yaml_part(value)?.as_bytes())?;
        } else {
            out.write_all(json_tail(value)?.as_bytes())?;
            writeln!(out)?;
        }
        out.flush()
    }

    /// A JSON array on stdout written one element at a time (a YAML list with `-o yaml`).
    pub fn json_array(&self) -> io::Result<JsonArrayWriter<'static>> {
        JsonArrayWriter::start_as(self.stdout(), self.format)
    }

    /// A JSON object on stdout whose array members are written one element at a time.
    pub fn json_object(&self) -> io::Result<JsonObjectWriter<'static>> {
        JsonObjectWriter::start(self.stdout())
    }

    /// True when stdout is one document for scripts: JSON, or the same as YAML.
    pub fn is_json(&self) -> bool {
        matches!(self.format, Format::Json | Format::Yaml)
    }

    /// Prints a command's result in the chosen format.
    pub fn emit<T: Render + ?Sized>(&self, value: &T) -> io::Result<()> {
        match self.format {
            Format::Json => self.json(value),
            Format::Yaml => self.yaml(value),
            Format::Table | Format::Wide => value.human(self),
        }
    }

    /// One YAML document on stdout: the JSON form of `value`, written as YAML.
    pub fn yaml<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let v = serde_json::to_value(value).map_err(io::Error::other)?;
        let mut out = self.stdout();
        out.write_all(to_yaml(&v).as_bytes())?;
        out.flush()
    }

    /// The document for scripts: JSON (or YAML with `-o yaml`).
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        if self.format == Format::Yaml {
            return self.yaml(value);
        }
        let mut out = self.stdout();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        out.flush()
    }

    /// A kubectl-style table: upper-case headers, aligned columns, no borders. `rows` hold a cell
    /// for every one of `columns`; the wide ones are dropped without `-o wide`.
    pub fn table(&self, columns: &'static [Column], rows: Vec<Vec<String>>) -> io::Result<()> {
        let mut t = self.table_writer(columns);
        for r in rows {
            t.push(r);
        }
        t.finish()
    }

    /// The width of the terminal stdout is, when it is one: tables are fitted to it (not with
    /// `-o wide`, which shows every value whole).
    pub(super) fn stdout_width(&self) -> Option<usize> {
        if !self.out.is_terminal() || self.is_wide() {
            return None;
        }
        terminal_size::terminal_size_of(io::stdout())
            .map(|(w, _)| usize::from(w.0))
            .filter(|w| *w > 0)
    }

    /// Key/value lines for one object.
    pub fn fields(&self, pairs: &[(&str, String)]) -> io::Result<()> {
        let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut out = self.stdout();
        for (k, v) in pairs {
            writeln!(
                out,
                "{:width$}  {}",
                format!("{k}:"),
                visible(v),
                width = width + 1
            )?;
        }
        out.flush()
    }

    /// A line of data on stdout.
    pub fn line(&self, s: &str) -> io::Result<()> {
        let mut out = self.stdout();
        writeln!(out, "{s}")?;
        out.flush()
    }

    /// A message for people, on stderr (not with `--quiet`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            self.say(msg);
        }
    }

    /// A message for people on stderr that `--quiet` keeps: what they must see to go on (a URL
    /// to open, the dev server's address and its admin secret, shown once).
    pub fn say(&self, msg: &str) {
        self.err.write(format_args!("{}\n", visible_lines(msg)));
    }

    pub fn warn(&self, msg: &str) {
        let (y, r) = self.paint("\x1b[1;33m");
        self.err
            .write(format_args!("{y}warning:{r} {}\n", visible_lines(msg)));
    }

    pub fn hint(&self, msg: &str) {
        if self.quiet {
            return;
        }
        let (c, r) = self.paint("\x1b[36m");
        self.err
            .write(format_args!("{c}hint:{r} {}\n", visible_lines(msg)));
    }

    pub fn success(&self, msg: &str) {
        if self.quiet {
            return;
        }
        let (g, r) = self.paint("\x1b[32m");
        self.err
            .write(format_args!("{g}✓{r} {}\n", visible_lines(msg)));
    }

    /// A one-line progress bar on stderr, redrawn in place; only on a terminal.
    pub fn progress(&self, done: usize, total: usize, what: &str) {
        if !self.stderr_tty || total == 0 || self.quiet {
            return;
        }
        const WIDTH: usize = 30;
        let filled = done * WIDTH / total;
        self.err.write(format_args!(
            "\r\x1b[2K[{}{}] {done}/{total} {what}",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled)
        ));
    }

    /// Clears the progress line (before other output, and at the end).
    pub fn clear_progress(&self) {
        if self.stderr_tty {
            self.err.write(format_args!("\r\x1b[2K"));
        }
    }

    fn paint(&self, code: &'static str) -> (&'static str, &'static str) {
        if self.color {
            (code, "\x1b[0m")
        } else {
            ("", "")
        }
    }
}

/// What a [`Printer::captured`] printed.
#[derive(Clone)]
pub struct Captured {
    pub stdout: Buffer,
    pub stderr: Buffer,
}

impl Captured {
    /// What went to stdout so far.
    pub fn stdout(&self) -> String {
        text(&self.stdout)
    }

    /// What went to stderr so far.
    pub fn stderr(&self) -> String {
        text(&self.stderr)
    }
}

fn text(b: &Buffer) -> String {
    String::from_utf8_lossy(&b.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

/// A list renders as a JSON array; each element type says how its table looks.
pub trait Row: Serialize {
    /// Every column, the `-o wide` ones too, in order.
    const COLUMNS: &'static [Column];
    /// One cell per column of [`Row::COLUMNS`]; times through [`Printer::time`].
    fn row(&self, p: &Printer) -> Vec<String>;
}

impl<T: Row> Render for Vec<T> {
    fn human(&self, p: &Printer) -> io::Result<()> {
        let mut t = p.table_writer(T::COLUMNS);
        for item in self {
            t.push(item.row(p));
        }
        t.finish()
    }
}

pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

pub fn list(v: &[String]) -> String {
    if v.is_empty() {
        "-".into()
    } else {
        v.join(", ")
    }
}

/// A time that may be unknown: `-` when the server keeps none.
pub fn opt_time(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    t.map_or_else(|| "-".into(), crate::timeutil::fmt_time)
}

/// An expiry that may be absent: `never` when the secret lasts until it is replaced.
pub fn expiry(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    t.map_or_else(|| "never".into(), crate::timeutil::fmt_time)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn what_is_for_people_and_the_http_trace_go_through_the_printers_writer() {
        let (err, buf) = ErrWriter::buffer();
        let p = Printer::new(Format::Table).with_err(err);
        p.warn("careful");
        let copy = p.clone();
        copy.status("from a clone (a backend's)");
        let http = crate::transport::http::Http::new(crate::transport::http::HttpOptions {
            dry_run: false,
            timeout: std::time::Duration::from_secs(1),
            connect_timeout: std::time::Duration::from_secs(1),
            retries: 1,
            verbose: true,
            ca_cert: None,
            system_roots: false,
            allow_foreign_endpoints: false,
        })
        .unwrap()
        .with_tracer(p.tracer());
        http.trace(|| "GET http://127.0.0.1/ → 200".into());
        let text = String::from_utf8(buf.lock().unwrap().clone()).unwrap();
        assert_eq!(
            text,
            "warning: careful\nfrom a clone (a backend's)\n* GET http://127.0.0.1/ → 200\n"
        );
    }

    #[test]
    fn a_captured_printer_holds_what_a_command_printed_on_each_stream() {
        let (p, cap) = Printer::captured(Format::Json);
        p.json(&serde_json::json!({"a": 1})).unwrap();
        let mut list = p.clone().json_array().unwrap();
        list.push(&"x").unwrap();
        list.finish().unwrap();
        p.warn("careful");
        assert_eq!(cap.stdout(), "{\n  \"a\": 1\n}\n[\n  \"x\"\n]\n");
        assert_eq!(cap.stderr(), "warning: careful\n");
        assert_eq!(p.stdout_written(), cap.stdout().len() as u64);
        assert_eq!(p.stdout_kind(), StdoutKind::Buffer);
        assert!(p.stdout_reaches_someone());
        // A table is not fitted to any terminal: a buffer is not one.
        const COLUMNS: &[Column] = &[Column::keep("id"), Column::text("description")];
        let (p, cap) = Printer::captured(Format::Table);
        p.table(COLUMNS, vec![vec!["1".into(), "x".repeat(300)]])
            .unwrap();
        assert!(cap.stdout().contains(&"x".repeat(300)), "{}", cap.stdout());
    }

    #[test]
    fn control_and_bidi_characters_are_shown_escaped() {
        assert_eq!(visible("plain ünïcode"), "plain ünïcode");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
        assert_eq!(visible("a\x1b]0;pwned\x07b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(visible("x\ny\tz\r"), "x\\u{a}y\\u{9}z\\u{d}");
        assert_eq!(visible("del\x7f c1\u{9b}"), "del\\u{7f} c1\\u{9b}");
        assert_eq!(
            visible("\u{202e}evil\u{2066}\u{2069}\u{202a}"),
            "\\u{202e}evil\\u{2066}\\u{2069}\\u{202a}"
        );
        assert_eq!(visible_lines("one\x1b\ntwo"), "one\\u{1b}\ntwo");
    }
}
