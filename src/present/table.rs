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

/// Rows as CSV (RFC 4180, comma, a line feed after each row), written by the `csv`
/// crate: a field is quoted where it holds a comma, a quote or a line break. Control
/// characters never reach the file.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for row in rows {
        // Writing into memory cannot fail; a record that could not be written would end
        // the table early rather than be skipped.
        if w.write_record(row.iter().map(|c| sanitize(c).into_owned()))
            .is_err()
        {
            break;
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
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
        assert!(!csv(&[vec!["\u{1b}".into()]]).contains('\u{1b}'));
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
