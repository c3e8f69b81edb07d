//! Problems found in a data folder, located like a compiler's messages:
//! `path:line:col: error: message (what to do)`, one problem per line.

use std::fmt;
use std::ops::Range;

use crate::text::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, already resolved to a file path and a 1-based line and column
/// (the column counts characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// One line per problem, advice in parentheses at its end; any control character
    /// from a file name or a data file is shown escaped, never sent raw.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            sanitize(&self.path),
            self.line,
            self.col,
            self.severity.label(),
            sanitize(&self.message)
        )?;
        if let Some(help) = &self.help {
            write!(f, " ({})", sanitize(help))?;
        }
        Ok(())
    }
}

/// The text of one data file, with a table of line starts to turn byte offsets into
/// line and column.
#[derive(Debug)]
pub struct SourceText<'a> {
    pub path: &'a str,
    pub text: &'a str,
    /// Where each line starts, found the first time a message needs it (most files
    /// never do).
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl<'a> SourceText<'a> {
    pub fn new(path: &'a str, text: &'a str) -> Self {
        SourceText {
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// 1-based line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }
}

/// Collects the problems of one load, file by file.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// A problem located at a byte span of a file's text.
    pub fn at(
        &mut self,
        src: &SourceText<'_>,
        severity: Severity,
        span: Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let (line, col) = src.line_col(span.start);
        self.push(Diagnostic {
            severity,
            path: src.path.to_string(),
            line,
            col,
            message: message.into(),
            help,
        });
    }

    /// A problem with a whole file (missing, unreadable): located at 1:1.
    pub fn file(
        &mut self,
        severity: Severity,
        path: &str,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        self.push(Diagnostic {
            severity,
            path: path.to_string(),
            line: 1,
            col: 1,
            message: message.into(),
            help,
        });
    }

    /// Takes in the problems another collector found (of files read side by side).
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Every problem, errors and warnings mixed, in file and position order.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items
            .sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        self.items.dedup();
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = SourceText::new("f.toml", "a = 1\nname = \"Mörfelden\" x\n");
        let x = src.text.find(" x").unwrap() + 1;
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(6), (2, 1));
        assert_eq!(src.line_col(x), (2, 20));
        assert_eq!(src.line_col(10_000), (3, 1));
    }

    #[test]
    fn display_is_compiler_like_and_escapes_control_characters() {
        let d = Diagnostic {
            severity: Severity::Error,
            path: "data/p\u{1b}.toml".into(),
            line: 3,
            col: 7,
            message: "bad".into(),
            help: Some("fix it".into()),
        };
        assert_eq!(d.to_string(), "data/p\\u{1b}.toml:3:7: error: bad (fix it)");
    }
}
