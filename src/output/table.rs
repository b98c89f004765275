//! Tables: each column's width and what is cut to fit the terminal are decided here; comfy-table
//! draws the fitted cells.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{visible, Printer};

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
    pub(super) printer: &'p Printer,
    pub(super) columns: &'static [Column],
    /// The indexes of the columns shown.
    pub(super) shown: Vec<usize>,
    pub(super) rows: Vec<Vec<String>>,
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
        let mut out = io::BufWriter::new(self.printer.stdout());
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
