//! Plain-text output: columns aligned by display width (so "Büttelborn" lines up), CSV
//! and Markdown cells. Every cell is made safe for the terminal first.

use unicode_width::UnicodeWidthStr;

use crate::text::sanitize;

pub use crate::text::truncate;

/// Rows aligned in columns separated by two spaces; the header row first. Trailing
/// spaces are trimmed.
pub fn aligned(header: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = std::iter::once(header.iter().map(|h| h.to_string()).collect())
        .chain(
            rows.iter()
                .map(|r| r.iter().map(|c| sanitize(c).into_owned()).collect()),
        )
        .collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let width = widths.get(i).copied().unwrap_or(0);
                line.push_str(&" ".repeat(width.saturating_sub(cell.width()) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    let s = sanitize(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

pub fn csv_row(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// One Markdown table cell: pipes escaped, kept on one line.
pub fn md_cell(s: &str) -> String {
    sanitize(s).replace('|', "\\|")
}

pub fn md_row(cells: &[String]) -> String {
    format!(
        "| {} |\n",
        cells
            .iter()
            .map(|c| md_cell(c))
            .collect::<Vec<_>>()
            .join(" | ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(!csv_field("\u{1b}").contains('\u{1b}'));
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("Klimaschutz"), "Klimaschutz");
        assert_eq!(
            csv_field("Smart Cities, Region"),
            "\"Smart Cities, Region\""
        );
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
