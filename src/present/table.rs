//! Plain-text output: columns aligned by display width (so "Büttelborn" lines up), CSV
//! and Markdown cells. Every cell is made safe for the terminal first.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::text::sanitize;

pub use crate::text::truncate;

/// The widest a column of a text table gets (display columns): a longer cell is cut
/// with `…`, so that one long cell cannot pad every row of the table to its width.
pub const MAX_COLUMN: usize = 80;

/// Rows aligned in columns separated by two spaces; the header row first. Trailing
/// spaces are trimmed; no column is wider than [`MAX_COLUMN`].
pub fn aligned(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write_aligned(&mut out, header, || rows.iter());
    String::from_utf8(out).unwrap_or_default()
}

/// [`aligned`] streamed: `rows` is called twice, once to measure the columns and once to
/// write them, and gives one row at a time, so a table of any length needs the memory
/// of one row.
pub fn write_aligned<S: AsRef<str>, R: AsRef<[S]>, I: Iterator<Item = R>>(
    out: &mut dyn Write,
    header: &[&str],
    rows: impl Fn() -> I,
) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| fit(h).width()).collect();
    for row in rows() {
        for (i, c) in row.as_ref().iter().enumerate() {
            let w = fit(c.as_ref()).width();
            match widths.get_mut(i) {
                Some(max) => *max = (*max).max(w),
                None => widths.push(w),
            }
        }
    }
    let mut line = String::new();
    let mut write_row = |cells: &mut dyn Iterator<Item = &str>, n: usize| {
        line.clear();
        for (i, c) in cells.enumerate() {
            let c = fit(c);
            line.push_str(&c);
            if i + 1 < n {
                let width = widths.get(i).copied().unwrap_or(0);
                let pad = width.saturating_sub(c.width()) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.write_all(line.trim_end().as_bytes())?;
        out.write_all(b"\n")
    };
    write_row(&mut header.iter().copied(), header.len())?;
    for row in rows() {
        let row = row.as_ref();
        write_row(&mut row.iter().map(AsRef::as_ref), row.len())?;
    }
    Ok(())
}

/// A cell as a table shows it: safe for the terminal, each grapheme as every terminal
/// counts it (a flag as its two letters, see `text::per_code_point`), in ASCII where
/// standard output shows no more (German letters as two, measured as such), cut at
/// [`MAX_COLUMN`].
fn fit(c: &str) -> Cow<'_, str> {
    let safe = sanitize(c);
    let drawn = match crate::text::as_terminals_count(&safe) {
        Cow::Owned(s) => Some(s),
        Cow::Borrowed(_) => None,
    };
    let safe = drawn.map_or(safe, Cow::Owned);
    let safe = if crate::text::ascii_output() && !safe.is_ascii() {
        Cow::Owned(crate::text::ascii_text(&safe))
    } else {
        safe
    };
    // A cell of few bytes is narrow enough as it is.
    if safe.len() <= MAX_COLUMN || safe.width() <= MAX_COLUMN {
        safe
    } else {
        Cow::Owned(truncate(&safe, MAX_COLUMN))
    }
}

/// Rows as CSV (RFC 4180, comma, a line feed after each row), written by the `csv`
/// crate: a field is quoted where it holds a comma, a quote or a line break. Control
/// characters never reach the file, and no cell runs as a formula (see [`inert`]).
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut w = CsvWriter::new(Vec::new());
    for row in rows {
        // Writing into memory cannot fail; a record that could not be written would end
        // the table early rather than be skipped.
        if w.row(row).is_err() {
            break;
        }
    }
    String::from_utf8(w.finish().unwrap_or_default()).unwrap_or_default()
}

/// Which CSV: the standard one for scripts (comma, UTF-8, quoting of RFC 4180), or the
/// one German Excel opens by double-click (semicolon, a byte-order mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Standard,
    Excel,
}

/// A CSV file written row by row (see [`csv`]).
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(out: W) -> CsvWriter<W> {
        CsvWriter {
            inner: csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(out),
        }
    }

    /// A CSV in `dialect`; the Excel one starts with its byte-order mark.
    pub fn of(mut out: W, dialect: Dialect) -> io::Result<CsvWriter<W>> {
        match dialect {
            Dialect::Standard => Ok(CsvWriter::new(out)),
            Dialect::Excel => {
                out.write_all("\u{FEFF}".as_bytes())?;
                Ok(CsvWriter {
                    inner: csv::WriterBuilder::new()
                        .delimiter(b';')
                        .terminator(csv::Terminator::Any(b'\n'))
                        .from_writer(out),
                })
            }
        }
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        for c in cells {
            let safe = sanitize(c.as_ref());
            self.inner
                .write_field(inert(&safe).as_bytes())
                .map_err(io_error)?;
        }
        self.inner.write_record(None::<&[u8]>).map_err(io_error)
    }

    /// Writes what is buffered and gives the writer back.
    pub fn finish(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

/// The writer's error as the I/O error it is, where it is one: a reader that went away
/// (`ikz matrix --format csv | head -1`) is a broken pipe, which ends a command quietly.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A cell that a spreadsheet would take as a formula (it starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return) gets a leading apostrophe, the usual defence against
/// formula injection: the spreadsheet then shows the text as it is and runs nothing.
///
/// A cell that starts with an apostrophe gets one more, so that a reader can always take
/// off exactly one: `'=x` was `=x`, `''=x` was `'=x`.
pub fn inert(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// One Markdown table cell: kept on one line, and shown as the text it is — the signs
/// that would make a link, an image, HTML, emphasis or code of it (a title such as
/// `[x](javascript:…)` or `<img src=…>` from a shared data file) and the table's pipe
/// are escaped.
pub fn md_cell(s: &str) -> Cow<'_, str> {
    md_text(&sanitize(s)).into_owned().into()
}

/// Text for Markdown, shown as written (see [`md_cell`]).
pub fn md_text(s: &str) -> Cow<'_, str> {
    const SIGNS: &[char] = &['\\', '[', ']', '<', '>', '|', '*', '_', '`', '!'];
    if !s.contains(SIGNS) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if SIGNS.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

pub fn md_row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut row = String::from("|");
    for c in cells {
        row.push(' ');
        row.push_str(&md_cell(c.as_ref()));
        row.push_str(" |");
    }
    row.push('\n');
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_shows_a_title_as_text_never_a_link_image_or_html() {
        assert_eq!(md_cell("Klima | Wärme"), "Klima \\| Wärme");
        assert_eq!(
            md_cell("[x](javascript:alert(1)) ![p](https://t.example/p.gif) <img src=x>"),
            "\\[x\\](javascript:alert(1)) \\!\\[p\\](https://t.example/p.gif) \\<img src=x\\>"
        );
        assert_eq!(md_cell("Klimaschutz (2024)"), "Klimaschutz (2024)");
    }

    #[test]
    fn aligns_by_display_width() {
        let out = aligned(
            &["CODE", "NAME"],
            &[
                vec!["BÜT".into(), "Büttelborn".into()],
                vec!["GG".into(), "Groß-Gerau".into()],
            ],
        );
        assert_eq!(out, "CODE  NAME\nBÜT   Büttelborn\nGG    Groß-Gerau\n");
    }

    #[test]
    fn cells_never_carry_control_characters() {
        let out = aligned(&["A"], &[vec!["x\u{1b}[2Jy".into()]]);
        assert!(!out.contains('\u{1b}'));
        assert!(!csv(&[vec!["\u{1b}".into()]]).contains('\u{1b}'));
    }

    #[test]
    fn no_csv_cell_runs_as_a_formula() {
        let one = |s: &str| csv(&[vec![s.to_string()]]);
        assert_eq!(
            one("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\"\n"
        );
        assert_eq!(one("@SUM(A1)|cmd"), "'@SUM(A1)|cmd\n");
        assert_eq!(one("+1"), "'+1\n");
        assert_eq!(one("-2"), "'-2\n");
        assert_eq!(
            one("\tx"),
            "\\u{9}x\n",
            "a tab is escaped first, never written"
        );
        assert_eq!(one("Klima = Schutz"), "Klima = Schutz\n");
        // An apostrophe of its own is kept apart from the one added.
        assert_eq!(one("'=x"), "''=x\n");
        assert_eq!(one("'s Gärtle"), "''s Gärtle\n");
    }

    #[test]
    fn a_table_measures_emoji_as_terminals_draw_them() {
        // A flag as its two letters, a skin tone dropped: every terminal counts them alike.
        let out = aligned(&["A", "B"], &[vec!["🇩🇪 👍🏽".into(), "x".into()]]);
        assert_eq!(out, "A      B\nDE 👍  x\n");
    }

    #[test]
    fn a_long_cell_is_cut_and_pads_no_row() {
        let long = "x".repeat(10_000);
        let out = aligned(
            &["A", "B"],
            &[vec![long, "b".into()], vec!["a".into(), "b".into()]],
        );
        assert!(out.lines().all(|l| l.width() <= MAX_COLUMN + 3), "{out}");
        assert!(out.contains('…'));
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let one = |s: &str| csv(&[vec![s.to_string()]]);
        assert_eq!(one("Klimaschutz"), "Klimaschutz\n");
        assert_eq!(one("Smart Cities, Region"), "\"Smart Cities, Region\"\n");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"\n");
        assert_eq!(
            csv(&[
                vec!["a".into(), "b".into()],
                vec!["1".into(), String::new()]
            ]),
            "a,b\n1,\n"
        );
    }
}
