//! The one place that writes to stdout and stderr. stdout is data (a table or one JSON document);
//! stderr is for people (progress, hints, warnings). Commands return values that implement
//! [`Render`]; the printer decides how they look.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

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

/// Where the printer writes what is for people: stderr, or (in a test) a buffer. Shared by every
/// clone of the printer, so a backend, the HTTP trace and the command write in one stream.
#[derive(Clone)]
pub struct ErrWriter(std::sync::Arc<std::sync::Mutex<Box<dyn Write + Send>>>);

impl ErrWriter {
    pub fn stderr() -> ErrWriter {
        ErrWriter(std::sync::Arc::new(std::sync::Mutex::new(Box::new(
            io::stderr(),
        ))))
    }

    /// A writer into a buffer, and the buffer.
    pub fn buffer() -> (ErrWriter, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
        struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let buf = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        (
            ErrWriter(std::sync::Arc::new(std::sync::Mutex::new(Box::new(
                Shared(buf.clone()),
            )))),
            buf,
        )
    }

    fn write(&self, text: std::fmt::Arguments) {
        let mut w = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let _ = w.write_fmt(text);
        let _ = w.flush();
    }
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
    stdout_tty: bool,
    /// stderr is a terminal: progress may be drawn there.
    pub stderr_tty: bool,
    /// stdout is /dev/null, or was closed when oauthctl started (the Rust runtime then opens
    /// /dev/null in its place): whatever is written there reaches nobody.
    stdout_null: bool,
    /// What stdout is: a pipe or a socket holds what was written until a reader takes it.
    stdout_kind: StdoutKind,
    /// How long a new value may wait in a pipe for its reader (`--timeout`).
    drain_wait: std::time::Duration,
    /// A wait for the reader ran out once: later values are not waited for again (shared by the
    /// clones of this printer, as stdout is).
    gave_up: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// What stdout is, for the delivery rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdoutKind {
    /// A pipe or a FIFO: a value is taken once the reader read it out of the buffer.
    Pipe,
    /// A socket: a value is taken once nothing is left unread in the send queue.
    Socket,
    /// A regular file: a value is delivered once it is flushed and fsynced.
    File,
    /// A terminal, or anything else: a value is delivered once it is written.
    Other,
}

/// Bytes written to stdout so far through [`stdout`]: where in the stream a value ends.
static STDOUT_BYTES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The bytes written to stdout so far (through the output module): the end of the last value.
pub fn stdout_written() -> u64 {
    STDOUT_BYTES.load(std::sync::atomic::Ordering::SeqCst)
}

/// stdout, locked, counting what is written, so that the delivery rule knows which bytes a
/// pipe's reader has taken. Every write to stdout goes through it.
pub fn stdout() -> Out<'static> {
    Out {
        inner: io::stdout().lock(),
    }
}

/// The locked stdout of [`stdout`].
pub struct Out<'a> {
    inner: io::StdoutLock<'a>,
}

impl Write for Out<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        STDOUT_BYTES.fetch_add(n as u64, std::sync::atomic::Ordering::SeqCst);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
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
            stdout_tty: io::stdout().is_terminal(),
            stderr_tty: io::stderr().is_terminal(),
            stdout_null: stdout_is_null(),
            stdout_kind: stdout_kind(),
            drain_wait: std::time::Duration::from_secs(crate::config::DEFAULT_TIMEOUT_SECS),
            gave_up: Default::default(),
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
        self.stdout_kind
    }

    /// Waits until the reader of stdout has taken everything up to `end` (a value of
    /// [`stdout_written`] right after the value was written and flushed): `Err(why)` when the
    /// reader went away first, or did not take it within the drain wait (`--timeout`). A pipe
    /// buffer is not a reader. A regular file is fsynced; a terminal needs nothing more.
    pub async fn taken(&self, end: u64) -> Result<(), String> {
        use std::sync::atomic::Ordering;
        match self.stdout_kind {
            StdoutKind::Other => return Ok(()),
            StdoutKind::File => return fsync_stdout().map_err(|e| format!("fsync failed: {e}")),
            StdoutKind::Pipe | StdoutKind::Socket => {}
        }
        let start = std::time::Instant::now();
        let mut pause = std::time::Duration::from_millis(1);
        loop {
            let state = {
                // Everything counted is in the pipe once the lock's buffer is flushed.
                let mut out = stdout();
                let flushed = out.flush();
                let written = stdout_written();
                flushed.and_then(|()| unread(self.stdout_kind).map(|u| u.map(|u| (written, u))))
            };
            let (written, unread) = match state {
                Ok(Some(s)) => s,
                // Not knowable here (another OS): a flushed write counts, as it always did.
                Ok(None) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                    return Err("the pipe was closed by its reader".into())
                }
                Err(e) => return Err(e.to_string()),
            };
            let taken = match self.stdout_kind {
                // A socket's queue counts buffer memory, not bytes: taken when it is empty.
                StdoutKind::Socket if unread.unread > 0 => 0,
                StdoutKind::Socket => written,
                _ => written.saturating_sub(unread.unread),
            };
            if taken >= end {
                return Ok(());
            }
            if unread.reader_gone {
                return Err(format!(
                    "the reader of the {} went away without taking it",
                    self.kind_name()
                ));
            }
            if self.gave_up.load(Ordering::SeqCst) || start.elapsed() >= self.drain_wait {
                self.gave_up.store(true, Ordering::SeqCst);
                return Err(format!(
                    "the reader of the {} did not take it within {} s (--timeout); it was left unread in the {} buffer",
                    self.kind_name(),
                    self.drain_wait.as_secs(),
                    self.kind_name()
                ));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(std::time::Duration::from_millis(50));
        }
    }

    fn kind_name(&self) -> &'static str {
        match self.stdout_kind {
            StdoutKind::Socket => "socket",
            _ => "pipe",
        }
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
    /// was closed. A new secret value printed there alone would be lost.
    pub fn stdout_reaches_someone(&self) -> bool {
        !self.stdout_null
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
        let mut out = stdout();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// The rest of the object [`Printer::json_head`] began.
    pub fn json_tail<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = stdout();
        if self.format == Format::Yaml {
            out.write_all(yaml_part(value)?.as_bytes())?;
        } else {
            out.write_all(json_tail(value)?.as_bytes())?;
            writeln!(out)?;
        }
        out.flush()
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
        let mut out = stdout();
        out.write_all(to_yaml(&v).as_bytes())?;
        out.flush()
    }

    /// The document for scripts: JSON (or YAML with `-o yaml`).
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        if self.format == Format::Yaml {
            return self.yaml(value);
        }
        let mut out = stdout();
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
    fn stdout_width(&self) -> Option<usize> {
        if !self.stdout_tty || self.is_wide() {
            return None;
        }
        terminal_size::terminal_size_of(io::stdout())
            .map(|(w, _)| usize::from(w.0))
            .filter(|w| *w > 0)
    }

    /// Key/value lines for one object.
    pub fn fields(&self, pairs: &[(&str, String)]) -> io::Result<()> {
        let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut out = stdout();
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
        let mut out = stdout();
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

/// How a column's cells may be shortened when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// An identifier, a name, a time, a status: shown whole, never cut or split.
    Keep,
    /// Free text (a description, a display name): cut with `…`.
    Text,
    /// Names separated by spaces or commas (scopes, grant types): cut after a whole name, `…`.
    List,
}

/// One column of a table: its header, how it may be shortened, and whether only `-o wide`
/// shows it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub fit: Fit,
    pub wide: bool,
}

impl Column {
    /// A column whose values are never shortened: IDs, names, times, statuses.
    pub const fn keep(header: &'static str) -> Self {
        Column {
            header,
            fit: Fit::Keep,
            wide: false,
        }
    }

    /// Free text, cut with `…` to fit the terminal.
    pub const fn text(header: &'static str) -> Self {
        Column {
            header,
            fit: Fit::Text,
            wide: false,
        }
    }

    /// A list of names, cut after a whole name to fit the terminal.
    pub const fn list(header: &'static str) -> Self {
        Column {
            header,
            fit: Fit::List,
            wide: false,
        }
    }

    /// Shown only with `-o wide`.
    pub const fn wide(self) -> Self {
        Column { wide: true, ..self }
    }
}

/// A table being filled: [`Printer::table_writer`].
pub struct TableWriter<'p> {
    printer: &'p Printer,
    columns: &'static [Column],
    /// The indexes of the columns shown.
    shown: Vec<usize>,
    rows: Vec<Vec<String>>,
}

impl TableWriter<'_> {
    /// Adds a row: one cell for each of the table's columns (wide ones too). Only the cells shown
    /// are kept, made [`visible`].
    pub fn push(&mut self, cells: Vec<String>) {
        let mut cells: Vec<Option<String>> = cells.into_iter().map(Some).collect();
        let row = self
            .shown
            .iter()
            .map(|&i| {
                let cell = cells.get_mut(i).and_then(Option::take).unwrap_or_default();
                match visible(&cell) {
                    Cow::Owned(v) => v,
                    Cow::Borrowed(_) => cell,
                }
            })
            .collect();
        self.rows.push(row);
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Writes the table to stdout.
    pub fn finish(self) -> io::Result<()> {
        let headers: Option<Vec<String>> = (!self.printer.no_headers).then(|| {
            self.shown
                .iter()
                .map(|&i| self.columns[i].header.to_uppercase())
                .collect()
        });
        let fits: Vec<Fit> = self.shown.iter().map(|&i| self.columns[i].fit).collect();
        let mut out = io::BufWriter::new(stdout());
        write_table(
            &mut out,
            headers.as_deref(),
            &fits,
            &self.rows,
            self.printer.stdout_width(),
        )?;
        out.flush()
    }
}

/// `2027-05-30 06:49Z`: a time in a table, to the minute, in UTC.
pub fn short_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%MZ").to_string()
}

/// The narrowest a free-text column is cut to.
const MIN_TEXT_WIDTH: usize = 8;

/// Lays out a table: columns two spaces apart, no trailing blanks. When `width` is given (stdout
/// is a terminal) and the table is wider, free-text and list columns are cut, widest first, down
/// to a minimum; identifiers, names and times never are (the line is then wider than `width`).
/// The fitting is ours ([`column_widths`], [`fit_cell`]); comfy-table draws the fitted cells
/// ([`render_rows`]), a block of rows at a time, so 10,000 clients list in a few MB.
fn write_table(
    out: &mut impl Write,
    headers: Option<&[String]>,
    fits: &[Fit],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    let n = fits.len();
    if n == 0 {
        return Ok(());
    }
    let widths = column_widths(headers, fits, rows, width);
    // Every row gets a cell for each column, cut to its column's width.
    let fitted = |cells: &[String]| -> Vec<String> {
        (0..n)
            .map(|i| {
                let cell = cells.get(i).map_or("", String::as_str);
                fit_cell(cell, widths[i], fits[i]).into_owned()
            })
            .collect()
    };
    let mut header = headers.map(&fitted);
    let mut rest = rows;
    loop {
        let (block, after) = rest.split_at(rest.len().min(RENDER_BLOCK_ROWS));
        if block.is_empty() && header.is_none() {
            return Ok(());
        }
        render_rows(out, &widths, header.take(), block.iter().map(|r| fitted(r)))?;
        rest = after;
    }
}

/// The width of each column: its widest cell (header included), then, when `width` is given and
/// the table is wider, the free-text and list columns narrowed one column at a time, widest
/// first, down to their minimum. This is the product rule; comfy-table only draws the result.
fn column_widths(
    headers: Option<&[String]>,
    fits: &[Fit],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> Vec<usize> {
    let n = fits.len();
    let mut widths: Vec<usize> =
        headers.map_or_else(|| vec![0; n], |h| h.iter().map(|h| h.width()).collect());
    // The least a column may be cut to: a list keeps its first name whole on every row, and
    // room for the `…` of its header (a column cut to nothing would still show the `…`, one
    // column wider than the rows under it).
    let mut mins: Vec<usize> = fits
        .iter()
        .map(|f| match f {
            Fit::Keep => 0,
            Fit::Text => MIN_TEXT_WIDTH,
            Fit::List => 1,
        })
        .collect();
    for r in rows {
        for (i, cell) in r.iter().enumerate().take(n) {
            let w = cell.width();
            widths[i] = widths[i].max(w);
            if fits[i] == Fit::List {
                mins[i] = mins[i].max(first_item(cell).map_or(w, |f| f.width() + 2).min(w));
            }
        }
    }
    if let Some(max) = width {
        let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * (n - 1);
        let mut excess = total(&widths).saturating_sub(max);
        while excess > 0 {
            let widest = (0..n)
                .filter(|&i| fits[i] != Fit::Keep && widths[i] > mins[i])
                .max_by_key(|&i| widths[i]);
            let Some(i) = widest else { break };
            widths[i] -= 1;
            excess -= 1;
        }
    }
    widths
}

/// Rows drawn by one comfy-table [`comfy_table::Table`]: its bookkeeping per cell is several
/// times the cell's text, so a long list is drawn a block at a time. The column widths are fixed
/// by us, so the blocks line up.
const RENDER_BLOCK_ROWS: usize = 256;

/// The widest column comfy-table can draw: it counts widths in `u16`, and a column is its
/// content and the two-space gap.
const COMFY_MAX_WIDTH: usize = u16::MAX as usize - 2;

/// Writes already fitted rows (each cell at most its column's width) with comfy-table: no
/// borders (`presets::NOTHING`), no arrangement of its own (`ContentArrangement::Disabled`), every
/// column exactly its width (`ColumnConstraint::Absolute`), the two-space gap as each column's
/// right padding; trailing blanks are trimmed from each line, as comfy-table pads the last
/// column too (`Table::trim_fmt` does the same).
fn render_rows(
    out: &mut impl Write,
    widths: &[usize],
    header: Option<Vec<String>>,
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};
    let row = |cells: Vec<String>| cells.iter().map(Cell::new).collect::<Vec<_>>();
    if widths.iter().any(|w| *w > COMFY_MAX_WIDTH) {
        // A cell wider than 65,533 columns (no server we know of sends one): comfy-table would
        // split it over lines, which IDs and names must never be. The same line, joined here.
        for cells in header.into_iter().chain(rows) {
            let mut line = String::new();
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', w.saturating_sub(cell.width())));
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        return Ok(());
    }
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    if let Some(h) = header {
        t.set_header(row(h));
    }
    for r in rows {
        t.add_row(row(r));
    }
    let last = widths.len() - 1;
    for (i, (column, &w)) in t.column_iter_mut().zip(widths).enumerate() {
        // comfy-table draws a column at least one wide; an empty column (all of its cells empty,
        // no header) then takes one of the gap's two spaces.
        let content = w.max(1);
        let gap = if i == last { 0 } else { 2 - (content - w) };
        column.set_padding((0, gap as u16));
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
            (content + gap) as u16,
        )));
    }
    for line in t.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The first name of a list cell (`openid` of `openid profile`), when there are several.
fn first_item(cell: &str) -> Option<&str> {
    let end = cell.find([' ', ','])?;
    Some(&cell[..end])
}

/// A cell cut to `width` columns: free text with `…`, a list after its last whole name with `…`;
/// anything else whole.
fn fit_cell(cell: &str, width: usize, fit: Fit) -> Cow<'_, str> {
    if fit == Fit::Keep || cell.width() <= width {
        return Cow::Borrowed(cell);
    }
    if fit == Fit::List {
        // The longest prefix ending before a separator that leaves room for ` …`.
        let cut = cell
            .match_indices([' ', ','])
            .map(|(i, _)| i)
            .take_while(|&i| cell[..i].width() + 2 <= width)
            .last();
        if let Some(i) = cut {
            let head = cell[..i].trim_end_matches([' ', ',']);
            return Cow::Owned(format!("{head} …"));
        }
    }
    // Whole grapheme clusters (an emoji with its variation selector, a letter with its accent),
    // measured as a string: the width comfy-table and the terminal give the prefix.
    let mut end = 0;
    let mut used = 0;
    for (i, g) in cell.grapheme_indices(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        used += w;
        end = i + g.len();
    }
    let mut head = &cell[..end];
    while head.width() + 1 > width && !head.is_empty() {
        let last = head
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i);
        head = &head[..last];
    }
    Cow::Owned(format!("{head}…"))
}

#[cfg(unix)]
fn stdout_is_null() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return true;
    };
    let Ok(meta) = std::fs::File::from(fd).metadata() else {
        return true;
    };
    let Ok(null) = std::fs::metadata("/dev/null") else {
        return false;
    };
    meta.file_type().is_char_device() && meta.rdev() == null.rdev()
}

#[cfg(not(unix))]
fn stdout_is_null() -> bool {
    false
}

#[cfg(unix)]
fn stdout_kind() -> StdoutKind {
    use std::os::unix::fs::FileTypeExt;
    match stdout_file().and_then(|f| f.metadata()) {
        Ok(m) if m.file_type().is_fifo() => StdoutKind::Pipe,
        Ok(m) if m.file_type().is_socket() => StdoutKind::Socket,
        Ok(m) if m.file_type().is_file() => StdoutKind::File,
        _ => StdoutKind::Other,
    }
}

#[cfg(not(unix))]
fn stdout_kind() -> StdoutKind {
    StdoutKind::Other
}

/// A second handle on stdout's file description.
#[cfg(unix)]
fn stdout_file() -> io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    Ok(std::fs::File::from(
        io::stdout().as_fd().try_clone_to_owned()?,
    ))
}

fn fsync_stdout() -> io::Result<()> {
    #[cfg(unix)]
    {
        stdout().flush()?;
        match stdout_file()?.sync_data() {
            // A file system that cannot sync (some FUSE, /proc) keeps what it was given.
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(()),
            r => r,
        }
    }
    #[cfg(not(unix))]
    Ok(())
}

/// What is still in stdout's pipe or socket, unread.
struct Unread {
    /// Bytes a reader has not taken yet (for a socket: the send queue's memory).
    unread: u64,
    /// No reader is left: what is unread will never be taken.
    reader_gone: bool,
}

/// `ioctl(FIONREAD)` on a pipe's write end gives the bytes its reader has not taken yet;
/// `ioctl(TIOCOUTQ)` a socket's send queue; `poll` whether a reader is still there. `None` where
/// this cannot be known.
#[cfg(target_os = "linux")]
fn unread(kind: StdoutKind) -> io::Result<Option<Unread>> {
    let request = match kind {
        StdoutKind::Pipe => libc::FIONREAD,
        StdoutKind::Socket => libc::TIOCOUTQ,
        _ => return Ok(None),
    };
    let mut n: libc::c_int = 0;
    // SAFETY: fd 1 is open for the whole run; the request writes one c_int.
    if unsafe { libc::ioctl(libc::STDOUT_FILENO, request, &mut n) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let mut fds = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: one valid pollfd, no wait.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    let reader_gone = ready > 0 && fds.revents & (libc::POLLERR | libc::POLLHUP) != 0;
    Ok(Some(Unread {
        unread: u64::try_from(n).unwrap_or(0),
        reader_gone,
    }))
}

#[cfg(not(target_os = "linux"))]
fn unread(_: StdoutKind) -> io::Result<Option<Unread>> {
    Ok(None)
}

/// A JSON object (pretty) without its closing brace: `{\n  "a": 1`.
fn json_head<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    let s = serde_json::to_string_pretty(value)?;
    Ok(s.strip_suffix('}')
        .map(|h| h.trim_end().to_string())
        .unwrap_or(s))
}

/// Some keys of a YAML mapping that other parts continue: the members of `value` (an object) as
/// block YAML, nothing for an empty object.
fn yaml_part<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    match serde_json::to_value(value).map_err(io::Error::other)? {
        serde_json::Value::Object(m) if m.is_empty() => Ok(String::new()),
        v @ serde_json::Value::Object(_) => Ok(to_yaml(&v)),
        other => Err(io::Error::other(format!(
            "a part of a YAML mapping must be an object, not {other}"
        ))),
    }
}

/// Lines of a YAML mapping as (part of) an element of a block list: `first` before the first
/// line (`- ` or, for a continuation, two spaces), two spaces before the others.
fn item_lines(mapping: &str, first: &str) -> String {
    let mut out = String::with_capacity(mapping.len() + 16);
    for (i, line) in mapping.lines().enumerate() {
        out.push_str(if i == 0 { first } else { "  " });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The members of a JSON object (pretty) that continue a [`json_head`]: `,\n  "b": 2\n}`.
fn json_tail<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    let s = serde_json::to_string_pretty(value)?;
    Ok(match s.strip_prefix('{').map(str::trim_start) {
        Some("}") | None => "\n}".to_string(),
        Some(rest) => format!(",\n  {rest}"),
    })
}

/// Streams a JSON array to stdout one element at a time, so long lists need little memory.
/// With `-o yaml`, a YAML list the same way.
pub struct JsonArrayWriter<'a> {
    out: Out<'a>,
    first: bool,
    yaml: bool,
}

impl JsonArrayWriter<'_> {
    pub fn start() -> io::Result<Self> {
        let mut out = stdout();
        out.write_all(b"[")?;
        Ok(JsonArrayWriter {
            out,
            first: true,
            yaml: false,
        })
    }

    /// A JSON array, or a YAML list with [`Format::Yaml`].
    pub fn start_as(format: Format) -> io::Result<Self> {
        if format != Format::Yaml {
            return Self::start();
        }
        Ok(JsonArrayWriter {
            out: stdout(),
            first: true,
            yaml: true,
        })
    }

    pub fn push<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            self.first = false;
            let v = serde_json::to_value(item).map_err(io::Error::other)?;
            let text = to_yaml(&serde_json::Value::Array(vec![v]));
            self.out.write_all(text.as_bytes())?;
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"\n  " } else { b",\n  " })?;
        self.first = false;
        let s = serde_json::to_string_pretty(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())
    }

    /// Starts an element whose first members are known now (a new secret) and flushes them;
    /// [`JsonArrayWriter::push_tail`] ends it. Nothing else may be pushed in between.
    pub fn push_head<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            self.first = false;
            let s = item_lines(&yaml_part(item)?, "- ");
            self.out.write_all(s.as_bytes())?;
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"\n  " } else { b",\n  " })?;
        self.first = false;
        let s = json_head(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())?;
        self.out.flush()
    }

    /// The rest of the element [`JsonArrayWriter::push_head`] began.
    pub fn push_tail<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            let s = item_lines(&yaml_part(item)?, "  ");
            self.out.write_all(s.as_bytes())?;
            return self.out.flush();
        }
        let s = json_tail(item)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())?;
        self.out.flush()
    }

    pub fn finish(mut self) -> io::Result<()> {
        if self.yaml {
            if self.first {
                self.out.write_all(b"[]\n")?;
            }
            return self.out.flush();
        }
        self.out
            .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
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

pub use crate::text::{visible, visible_lines};

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

/// Streams one JSON object to stdout whose members are arrays, one element at a time (so that
/// each element, such as a new secret, is on stdout the moment it exists), then plain members.
pub struct JsonObjectWriter<'a> {
    out: Out<'a>,
    first_member: bool,
    /// Inside an array member: whether no element was written yet.
    array: Option<bool>,
}

impl JsonObjectWriter<'_> {
    pub fn start() -> io::Result<Self> {
        let mut out = stdout();
        out.write_all(b"{")?;
        out.flush()?;
        Ok(JsonObjectWriter {
            out,
            first_member: true,
            array: None,
        })
    }

    fn key(&mut self, name: &str) -> io::Result<()> {
        self.end_array()?;
        let sep: &[u8] = if self.first_member { b"\n  " } else { b",\n  " };
        self.first_member = false;
        self.out.write_all(sep)?;
        let k = serde_json::to_string(name).map_err(io::Error::other)?;
        self.out.write_all(k.as_bytes())?;
        self.out.write_all(b": ")
    }

    /// Starts the array member `name`; [`JsonObjectWriter::push`] adds to it.
    pub fn begin_array(&mut self, name: &str) -> io::Result<()> {
        self.key(name)?;
        self.out.write_all(b"[")?;
        self.array = Some(true);
        self.out.flush()
    }

    /// Writes one element of the open array and flushes it.
    pub fn push<T: Serialize + ?Sized>(&mut self, item: &T) -> io::Result<()> {
        let first = self
            .array
            .ok_or_else(|| io::Error::other("no open array"))?;
        self.out
            .write_all(if first { b"\n    " } else { b",\n    " })?;
        self.array = Some(false);
        let s = serde_json::to_string_pretty(item).map_err(io::Error::other)?;
        self.out.write_all(s.replace('\n', "\n    ").as_bytes())?;
        self.out.flush()
    }

    fn end_array(&mut self) -> io::Result<()> {
        match self.array.take() {
            Some(true) => self.out.write_all(b"]"),
            Some(false) => self.out.write_all(b"\n  ]"),
            None => Ok(()),
        }
    }

    /// A plain member.
    pub fn member<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> io::Result<()> {
        self.key(name)?;
        let s = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        self.out.write_all(s.replace('\n', "\n  ").as_bytes())
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.end_array()?;
        self.out
            .write_all(if self.first_member { b"}\n" } else { b"\n}\n" })?;
        self.out.flush()
    }
}

// ---------- YAML ----------

/// A JSON value as a YAML block document (what `-o yaml` prints). Strings that YAML would read
/// as something else (`true`, `1.0`, `null`, `yes`, a leading `-`, a `: `) are double-quoted with
/// JSON escapes, which YAML reads the same way.
pub fn to_yaml(v: &serde_json::Value) -> String {
    let mut out = String::new();
    match v {
        serde_json::Value::Object(m) if !m.is_empty() => yaml_map(&mut out, m, 0),
        serde_json::Value::Array(a) if !a.is_empty() => yaml_seq(&mut out, a, 0),
        other => {
            out.push_str(&yaml_scalar(other));
            out.push('\n');
        }
    }
    out
}

fn yaml_inline(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(m) if m.is_empty() => Some("{}".into()),
        serde_json::Value::Array(a) if a.is_empty() => Some("[]".into()),
        serde_json::Value::Object(_) | serde_json::Value::Array(_) => None,
        other => Some(yaml_scalar(other)),
    }
}

/// Keys written first in a YAML mapping, so each entry starts with what names it.
const YAML_FIRST_KEYS: &[&str] = &["clients", "clientName", "clientId", "name", "id"];

fn yaml_map(out: &mut String, m: &serde_json::Map<String, serde_json::Value>, indent: usize) {
    let first = YAML_FIRST_KEYS.iter().filter_map(|k| m.get_key_value(*k));
    let rest = m
        .iter()
        .filter(|(k, _)| !YAML_FIRST_KEYS.contains(&k.as_str()));
    for (i, (k, v)) in first.chain(rest).enumerate() {
        // The first key of a sequence item sits on the item's `- ` line.
        if i > 0 || !out.ends_with("- ") {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&yaml_string(k));
        out.push(':');
        yaml_value(out, v, indent);
    }
}

fn yaml_value(out: &mut String, v: &serde_json::Value, indent: usize) {
    match (yaml_inline(v), v) {
        (Some(s), _) => {
            out.push(' ');
            out.push_str(&s);
            out.push('\n');
        }
        (None, serde_json::Value::Object(m)) => {
            out.push('\n');
            yaml_map(out, m, indent + 2);
        }
        (None, serde_json::Value::Array(a)) => {
            out.push('\n');
            yaml_seq(out, a, indent + 2);
        }
        (None, _) => unreachable!("scalars are inline"),
    }
}

fn yaml_seq(out: &mut String, a: &[serde_json::Value], indent: usize) {
    for v in a {
        out.push_str(&" ".repeat(indent));
        out.push_str("- ");
        match (yaml_inline(v), v) {
            (Some(s), _) => {
                out.push_str(&s);
                out.push('\n');
            }
            (None, serde_json::Value::Object(m)) => yaml_map(out, m, indent + 2),
            (None, serde_json::Value::Array(inner)) => {
                out.push('\n');
                yaml_seq(out, inner, indent + 2);
            }
            (None, _) => unreachable!("scalars are inline"),
        }
    }
}

fn yaml_scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => yaml_string(s),
        other => other.to_string(),
    }
}

fn yaml_string(s: &str) -> String {
    if yaml_plain_ok(s) {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

/// True when `s` can be written as a plain scalar and reads back as the same string.
fn yaml_plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let reserved = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ];
    if reserved.iter().any(|r| s.eq_ignore_ascii_case(r))
        || s.parse::<f64>().is_ok()
        || s.starts_with("0x")
        || s.starts_with("0o")
        || s.eq_ignore_ascii_case(".inf")
        || s.eq_ignore_ascii_case(".nan")
    {
        return false;
    }
    (first.is_ascii_alphanumeric() || matches!(first, '_' | '/' | '.'))
        && !s.ends_with(' ')
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || " _./:@+-=,()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn layout(headers: &[&str], fits: &[Fit], rows: &[&[&str]], width: Option<usize>) -> String {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        let mut out = Vec::new();
        let h = (!headers.is_empty()).then_some(headers.as_slice());
        write_table(&mut out, h, fits, &rows, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    const ID: &str = "5505a4fd-3dea-4a8d-94cf-0f38087c9861";

    #[test]
    fn a_table_too_wide_cuts_free_text_and_lists_never_ids_or_times() {
        let fits = [Fit::Keep, Fit::Keep, Fit::List, Fit::Text];
        let rows: &[&[&str]] = &[&[
            ID,
            "2027-05-30 06:49Z",
            "openid profile email",
            "a long description of what this is for",
        ]];
        let wide = layout(
            &["ID", "EXPIRES", "SCOPES", "DESCRIPTION"],
            &fits,
            rows,
            None,
        );
        assert!(
            wide.contains("a long description of what this is for"),
            "{wide}"
        );
        let cut = layout(
            &["ID", "EXPIRES", "SCOPES", "DESCRIPTION"],
            &fits,
            rows,
            Some(80),
        );
        for line in cut.lines() {
            assert!(line.width() <= 80, "{line:?} is {} wide", line.width());
        }
        let row = cut.lines().nth(1).unwrap();
        assert!(
            row.starts_with(&format!("{ID}  2027-05-30 06:49Z  ")),
            "{row}"
        );
        assert!(row.ends_with('…'), "{row}");
        // A list is cut after a whole name.
        let cut = layout(
            &["ID", "SCOPES"],
            &fits[1..3],
            &[&["x", "openid profile email"]],
            Some(20),
        );
        assert_eq!(cut.lines().nth(1).unwrap(), "x   openid profile …");
        // Too narrow even for the identifiers: they stay whole, the line is just longer.
        let cut = layout(
            &["ID", "DESCRIPTION"],
            &[Fit::Keep, Fit::Text],
            &[&[ID, "some text here"]],
            Some(20),
        );
        assert!(cut.contains(ID), "{cut}");
        assert!(cut.contains("some te…"), "{cut}");
    }

    #[test]
    fn no_headers_and_wide_characters_keep_the_columns_aligned() {
        let t = layout(
            &[],
            &[Fit::Keep, Fit::Keep],
            &[&["名前", "a"], &["ab", "b"]],
            None,
        );
        assert_eq!(t, "名前  a\nab    b\n");
        assert_eq!(
            short_time("2027-05-30T06:49:12.345Z".parse().unwrap()),
            "2027-05-30 06:49Z"
        );
    }

    /// A YAML text as a tree that ignores key order and scalar style, for comparisons.
    fn yaml_tree(text: &str) -> serde_json::Value {
        use crate::commands::declare::file::{parse_tree, Node};
        fn canon(n: &Node) -> serde_json::Value {
            match n {
                Node::Map(entries, _) => serde_json::Value::Object(
                    entries
                        .iter()
                        .map(|(k, _, v)| (k.clone(), canon(v)))
                        .collect(),
                ),
                Node::Seq(items, _) => items.iter().map(canon).collect(),
                Node::Scalar(s, _, _) => serde_json::Value::String(s.clone()),
            }
        }
        canon(
            &parse_tree(text)
                .unwrap_or_else(|e| panic!("{e:?}:\n{text}"))
                .unwrap(),
        )
    }

    #[test]
    fn an_object_written_in_two_parts_is_one_yaml_document_too() {
        let head = serde_json::json!({"secret": {"id": "s1", "value": "v: #1"}});
        for tail in [
            serde_json::json!({"retired": [{"id": "s0", "expiration": "2026-01-01T00:00:00Z"}], "revoked": ["a"]}),
            serde_json::json!({}),
        ] {
            let mut whole = head.as_object().unwrap().clone();
            whole.extend(tail.as_object().unwrap().clone());
            let whole = serde_json::Value::Object(whole);
            let doc = format!("{}{}", yaml_part(&head).unwrap(), yaml_part(&tail).unwrap());
            assert_eq!(yaml_tree(&doc), yaml_tree(&to_yaml(&whole)), "{doc}");
            // As elements of a list, the same.
            let item = format!(
                "{}{}{}",
                item_lines(&yaml_part(&head).unwrap(), "- "),
                item_lines(&yaml_part(&tail).unwrap(), "  "),
                item_lines(&yaml_part(&head).unwrap(), "- ")
            );
            let list = serde_json::Value::Array(vec![whole, head.clone()]);
            assert_eq!(yaml_tree(&item), yaml_tree(&to_yaml(&list)), "{item}");
        }
    }

    /// The table writer as it was before comfy-table drew the tables (commit dd65d6c), kept
    /// as the reference the comfy-table output must equal byte for byte.
    fn reference_layout(
        headers: Option<&[String]>,
        fits: &[Fit],
        rows: &[Vec<String>],
        width: Option<usize>,
    ) -> String {
        let n = fits.len();
        if n == 0 {
            return String::new();
        }
        let widths = column_widths(headers, fits, rows, width);
        let mut out = String::new();
        let mut write_row = |cells: &[String]| {
            let mut line = String::new();
            for (i, w) in widths.iter().enumerate() {
                let cell = cells.get(i).map_or("", String::as_str);
                let cell = fit_cell(cell, *w, fits[i]);
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(&cell);
                if i + 1 < n {
                    line.extend(std::iter::repeat_n(' ', w.saturating_sub(cell.width())));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        };
        if let Some(h) = headers {
            write_row(h);
        }
        for r in rows {
            write_row(r);
        }
        out
    }

    fn comfy_layout(
        headers: Option<&[String]>,
        fits: &[Fit],
        rows: &[Vec<String>],
        width: Option<usize>,
    ) -> String {
        let mut out = Vec::new();
        write_table(&mut out, headers, fits, rows, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn comfy_table_draws_empty_cells_and_columns_as_the_plain_layout_did() {
        let s = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let fits = [Fit::Keep, Fit::Text, Fit::List, Fit::Keep];
        // An empty column (no header to widen it), empty last cells, trailing blanks in a cell,
        // a cell of only a zero-width character, a row with fewer cells than columns.
        let rows = vec![
            s(&["a", "", "", ""]),
            s(&["bb", "", "x", "end  "]),
            s(&["\u{200b}", "", "", "z"]),
            s(&["c"]),
        ];
        for headers in [None, Some(s(&["ID", "", "SCOPES", "LAST"]))] {
            for width in [None, Some(4), Some(80)] {
                let want = reference_layout(headers.as_deref(), &fits, &rows, width);
                assert_eq!(comfy_layout(headers.as_deref(), &fits, &rows, width), want);
            }
        }
        assert_eq!(
            comfy_layout(None, &fits, &rows, None),
            "a\nbb    x  end\n\u{200b}         z\nc\n"
        );
        // No rows: the header line alone; no rows and no header: nothing.
        let h = s(&["ID", "NAME"]);
        assert_eq!(comfy_layout(Some(&h), &fits[..2], &[], None), "ID  NAME\n");
        assert_eq!(comfy_layout(None, &fits[..2], &[], None), "");
    }

    #[test]
    fn a_list_column_is_never_cut_narrower_than_its_ellipsis() {
        let s = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let fits = [Fit::List, Fit::Keep];
        let h = s(&["SCOPES", "ID"]);
        // No rows: the header alone, as before comfy-table drew it.
        assert_eq!(comfy_layout(Some(&h), &fits, &[], Some(0)), "…  ID\n");
        // Rows whose list is empty stay under their header (they were one column to the left).
        let rows = vec![s(&["", "x"])];
        assert_eq!(
            comfy_layout(Some(&h), &fits, &rows, Some(0)),
            "…  ID\n   x\n"
        );
    }

    #[test]
    fn more_rows_than_one_comfy_table_block_stay_aligned() {
        let rows: Vec<Vec<String>> = (0..RENDER_BLOCK_ROWS * 2 + 3)
            .map(|i| vec![format!("id-{i}"), "x".repeat(i % 7)])
            .collect();
        let fits = [Fit::Keep, Fit::Text];
        let h = vec!["ID".to_string(), "DESCRIPTION".to_string()];
        let got = comfy_layout(Some(&h), &fits, &rows, Some(20));
        assert_eq!(got, reference_layout(Some(&h), &fits, &rows, Some(20)));
        assert_eq!(got.lines().count(), rows.len() + 1);
        // The last row sets the first column's width for every block before it.
        assert!(got.starts_with("ID      DESCRIPTION\nid-0\n"), "{got}");
    }

    #[test]
    fn a_cell_wider_than_comfy_table_can_count_stays_whole_on_one_line() {
        let huge = "n".repeat(COMFY_MAX_WIDTH + 10);
        let rows = vec![
            vec![huge.clone(), "a".to_string()],
            vec!["x".to_string(), "b".to_string()],
        ];
        let fits = [Fit::Keep, Fit::Keep];
        let got = comfy_layout(None, &fits, &rows, None);
        assert_eq!(got, reference_layout(None, &fits, &rows, None));
        assert_eq!(got.lines().count(), 2);
        assert!(got.starts_with(&format!("{huge}  a\n")));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Any table, fitted to any width or none: comfy-table's drawing equals the plain
        /// layout byte for byte (wide, zero-width and combining characters, emoji, blanks,
        /// separators, empty cells, missing cells).
        #[test]
        fn comfy_table_output_equals_the_plain_layout(
            fits in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(Fit::Keep),
                    proptest::strategy::Just(Fit::Text),
                    proptest::strategy::Just(Fit::List),
                ],
                1..5,
            ),
            headers in proptest::option::of(
                proptest::collection::vec("[A-Z ]{0,12}", 0..5)
            ),
            rows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::prop_oneof![
                        1 => proptest::strategy::Just(String::new()),
                        2 => "(a|bc|名|前|👍|e\u{301}|\u{200b}| |,|-|…|ｱ){0,14}",
                    ],
                    0..6,
                ),
                0..8,
            ),
            width in proptest::option::of(0usize..60),
        ) {
            let n = fits.len();
            // Headers come with one per column, as the printer makes them.
            let headers = headers.map(|mut h| {
                h.resize(n, String::new());
                h
            });
            let want = reference_layout(headers.as_deref(), &fits, &rows, width);
            let got = comfy_layout(headers.as_deref(), &fits, &rows, width);
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// A text cell with emoji sequences (a variation selector, zero-width joiners) is cut
    /// between whole clusters, to at most its column: each row stays one line, aligned.
    #[test]
    fn emoji_sequences_are_cut_whole_and_every_row_stays_on_one_line() {
        let heart = "\u{2764}\u{fe0f}";
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        for text in [
            heart.repeat(10),
            family.repeat(6),
            format!("{heart}a{family}b").repeat(4),
        ] {
            for width in 1..12 {
                let cut = fit_cell(&text, width, Fit::Text);
                assert!(cut.width() <= width, "{cut:?} wider than {width}");
                assert!(cut.ends_with('…'));
                assert!(
                    text.starts_with(cut.trim_end_matches('…')),
                    "cut inside a cluster: {cut:?}"
                );
            }
            let fits = [Fit::Keep, Fit::Text];
            let rows = vec![
                vec!["id1".to_string(), text.clone()],
                vec!["id2".to_string(), "plain".to_string()],
            ];
            let headers = ["ID".to_string(), "DESCRIPTION".to_string()];
            let out = comfy_layout(Some(&headers), &fits, &rows, Some(16));
            assert_eq!(out.lines().count(), 3, "one line per row:\n{out}");
            for line in out.lines() {
                assert!(line.width() <= 16, "{line:?} wider than the terminal");
            }
        }
    }

    #[test]
    fn an_object_written_in_two_parts_is_one_json_document() {
        let head = json_head(&serde_json::json!({"secret": {"value": "v"}})).unwrap();
        for (tail, want) in [
            (
                serde_json::json!({"retired": [], "revoked": ["a"]}),
                serde_json::json!({"secret": {"value": "v"}, "retired": [], "revoked": ["a"]}),
            ),
            (
                serde_json::json!({}),
                serde_json::json!({"secret": {"value": "v"}}),
            ),
        ] {
            let doc = format!("{head}{}", json_tail(&tail).unwrap());
            let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
            assert_eq!(v, want, "{doc}");
        }
    }
}
