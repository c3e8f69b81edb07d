//! Problems found in a data folder, located like a compiler's messages:
//! `path:line:col: error: message (what to do)`, one problem per line.

use std::ops::Range;

pub use crate::lang::Lang;

mod problem;
pub use problem::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, already resolved to a file path and a 1-based line and column
/// (the column counts characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub col: usize,
    /// What is wrong, with the parts its sentence needs: `present::words` says it.
    pub problem: Problem,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The name the files built into the program go by: `<built-in>/projects/x.toml`.
pub const BUILT_IN: &str = "<built-in>";

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
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
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

/// What a data keeper could still complete; the order of the variants is the order of
/// the list. The first four are the classes of what is known of who takes part
/// (`model::Known`, as `ikz years` counts them) short of every participant named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// A project in a year: a count, and fewer names.
    PartlyNamed,
    /// A project in a year: names, and no count.
    NamedNoCount,
    /// A project in a year: a count, and no names.
    CountOnly,
    /// A project in the years it shows neither names nor a count.
    Nothing,
    /// A member whose kind (Stadt, Gemeinde, Kreis) no source gives.
    NoKind,
    /// A project, report, member or composition that cites no source.
    NoSource,
    /// A year of the data without an annual report.
    NoReport,
}

impl GapKind {
    pub const ALL: [GapKind; 7] = [
        GapKind::PartlyNamed,
        GapKind::NamedNoCount,
        GapKind::CountOnly,
        GapKind::Nothing,
        GapKind::NoKind,
        GapKind::NoSource,
        GapKind::NoReport,
    ];

    /// The key for scripts (JSON), the same in every language; the first four are
    /// those of `ikz years --format json`.
    pub fn key(self) -> &'static str {
        match self {
            GapKind::PartlyNamed => "partly_named",
            GapKind::NamedNoCount => "named_no_count",
            GapKind::CountOnly => "count_only",
            GapKind::Nothing => "nothing",
            GapKind::NoKind => "no_kind",
            GapKind::NoSource => "no_source",
            GapKind::NoReport => "no_report",
        }
    }
}

/// What a gap is, with the parts its sentence needs: the words are made where it is
/// shown (`present::words`), in the language shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GapWhat {
    /// A source reports `count` participants of a project in `year`; `named` of them
    /// are named.
    PartlyNamed {
        project: String,
        year: u16,
        count: u32,
        named: usize,
    },
    /// `named` of the `members` are named as taking part in a project in `year`, and no
    /// source gives a count.
    NamedNoCount {
        project: String,
        year: u16,
        named: usize,
        members: usize,
    },
    /// A source reports `count` participants of a project in `year`, and names none.
    CountOnly {
        project: String,
        year: u16,
        count: u32,
    },
    /// A project's years in which no source names a participant or gives a count
    /// (empty: no source gives any year of it).
    Nothing { project: String, years: Vec<u16> },
    /// No source gives the kind of a member.
    NoKind { member: String },
    /// Something that cites no source.
    NoSource(Uncited),
    /// No annual report for a year.
    NoReport { year: u16 },
}

/// What cites no source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Uncited {
    Project(String),
    /// An annual report, by its number.
    Report(u32),
    Member(String),
    /// A composition of the steering group, by its year.
    Composition(u16),
    /// A participant entry of a project (format 2).
    Participant {
        project: String,
        member: String,
    },
    /// A "does not take part" entry of a project (format 2).
    Absent {
        project: String,
        member: String,
    },
    /// A reported count of a project, by its year (format 2).
    Count {
        project: String,
        year: u16,
    },
}

impl GapWhat {
    pub fn kind(&self) -> GapKind {
        match self {
            GapWhat::PartlyNamed { .. } => GapKind::PartlyNamed,
            GapWhat::NamedNoCount { .. } => GapKind::NamedNoCount,
            GapWhat::CountOnly { .. } => GapKind::CountOnly,
            GapWhat::Nothing { .. } => GapKind::Nothing,
            GapWhat::NoKind { .. } => GapKind::NoKind,
            GapWhat::NoSource(_) => GapKind::NoSource,
            GapWhat::NoReport { .. } => GapKind::NoReport,
        }
    }

    /// How large it is, for the order within its kind: the participants not named (of
    /// a count, or of the members), or the years of nothing known.
    fn amount(&self) -> u32 {
        let wide = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        match self {
            GapWhat::PartlyNamed { count, named, .. } => count.saturating_sub(wide(*named)),
            GapWhat::NamedNoCount { named, members, .. } => wide(members.saturating_sub(*named)),
            GapWhat::CountOnly { count, .. } => *count,
            GapWhat::Nothing { years, .. } => wide(years.len()),
            _ => 0,
        }
    }

    /// What it is about (a project's, member's or report's id, or a year), and the year
    /// it concerns where it concerns one.
    fn subject(&self) -> (String, Option<u16>) {
        match self {
            GapWhat::PartlyNamed { project, year, .. }
            | GapWhat::NamedNoCount { project, year, .. }
            | GapWhat::CountOnly { project, year, .. } => (project.clone(), Some(*year)),
            GapWhat::Nothing { project, years } => (project.clone(), years.first().copied()),
            GapWhat::NoKind { member } => (member.clone(), None),
            GapWhat::NoSource(Uncited::Project(id) | Uncited::Member(id)) => (id.clone(), None),
            GapWhat::NoSource(Uncited::Report(n)) => (n.to_string(), None),
            GapWhat::NoSource(
                Uncited::Participant { project, .. } | Uncited::Absent { project, .. },
            ) => (project.clone(), None),
            GapWhat::NoSource(Uncited::Count { project, year }) => (project.clone(), Some(*year)),
            GapWhat::NoSource(Uncited::Composition(y)) => (y.to_string(), Some(*y)),
            GapWhat::NoReport { year } => (year.to_string(), Some(*year)),
        }
    }
}

/// One gap in the data, where it is completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub kind: GapKind,
    /// How large it is, for the order within its kind: the participants not named, or
    /// the years of nothing known.
    pub amount: u32,
    /// What it is about: a project's, member's or report's id, or a year.
    pub subject: String,
    /// The year it concerns, where it concerns one (a project in a year, a missing
    /// report; the first of the years of nothing known).
    pub year: Option<u16>,
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub what: GapWhat,
}

impl Gap {
    /// A gap at a line and column of a file.
    pub fn new(path: String, line: usize, col: usize, what: GapWhat) -> Gap {
        let (subject, year) = what.subject();
        Gap {
            kind: what.kind(),
            amount: what.amount(),
            subject,
            year,
            path,
            line,
            col,
            what,
        }
    }

    /// Gaps in their order: by kind, the largest first, then by place.
    pub fn sort(gaps: &mut [Gap]) {
        gaps.sort_by(|a, b| {
            (a.kind, std::cmp::Reverse(a.amount), &a.path, a.line, a.col).cmp(&(
                b.kind,
                std::cmp::Reverse(b.amount),
                &b.path,
                b.line,
                b.col,
            ))
        });
    }
}

/// Collects the problems of one load, file by file, and the gaps it finds.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    gaps: Vec<Gap>,
    /// Keys of format 2, found before the folder's format is known: errors in a folder
    /// of format 1 (see [`Diagnostics::settle_format`]). Each file's first, with how
    /// many it has; placed (line and column) only when the folder turns out to be of
    /// format 1.
    format_2: Vec<Format2Keys>,
}

/// The keys of format 2 in one file: the first (byte offset, key) and how many.
#[derive(Debug)]
struct Format2Keys {
    path: String,
    offset: usize,
    key: &'static str,
    count: usize,
}

impl Diagnostics {
    /// Whether a file or folder could not be read at all (an error of the files, not of
    /// what they say).
    pub fn file_failed(&self) -> bool {
        self.items
            .iter()
            .any(|d| d.is_error() && matches!(d.problem, Problem::File(_)))
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// A problem located at a byte span of a file's text.
    pub fn at(
        &mut self,
        src: &SourceText<'_>,
        severity: Severity,
        span: Range<usize>,
        problem: impl Into<Problem>,
    ) {
        let (line, col) = src.line_col(span.start);
        self.push(Diagnostic {
            severity,
            path: src.path.to_string(),
            line,
            col,
            problem: problem.into(),
        });
    }

    /// A problem with a whole file (missing, unreadable): located at 1:1.
    pub fn file(&mut self, severity: Severity, path: &str, problem: impl Into<Problem>) {
        self.push(Diagnostic {
            severity,
            path: path.to_string(),
            line: 1,
            col: 1,
            problem: problem.into(),
        });
    }

    /// A gap located at a byte span of a file's text.
    pub fn gap(&mut self, src: &SourceText<'_>, span: Range<usize>, what: GapWhat) {
        let (line, col) = src.line_col(span.start);
        self.gaps
            .push(Gap::new(src.path.to_string(), line, col, what));
    }

    /// A key of format 2 at a byte span of a file's text: an error if the folder turns
    /// out to be of format 1.
    pub fn format_2_key(&mut self, src: &SourceText<'_>, span: Range<usize>, key: &'static str) {
        match self.format_2.iter_mut().find(|f| f.path == src.path) {
            Some(found) => {
                found.count += 1;
                if span.start < found.offset {
                    (found.offset, found.key) = (span.start, key);
                }
            }
            None => self.format_2.push(Format2Keys {
                path: src.path.to_string(),
                offset: span.start,
                key,
                count: 1,
            }),
        }
    }

    /// The folder is of `format`: below format 2, its keys of format 2 are one error, at
    /// the first place (in file and position order), counting the others. `srcs` are the
    /// folder's files, to place it.
    pub fn settle_format(&mut self, format: u32, srcs: &[SourceText<'_>]) {
        let found = std::mem::take(&mut self.format_2);
        if format >= 2 {
            return;
        }
        let more = found
            .iter()
            .map(|f| f.count)
            .sum::<usize>()
            .saturating_sub(1);
        let Some(first) = found
            .into_iter()
            .min_by(|a, b| (&a.path, a.offset).cmp(&(&b.path, b.offset)))
        else {
            return;
        };
        let (line, col) = srcs
            .iter()
            .find(|s| s.path == first.path)
            .map_or((1, 1), |s| s.line_col(first.offset));
        self.items.push(Diagnostic {
            severity: Severity::Error,
            path: first.path,
            line,
            col,
            problem: FolderProblem::NeedsFormat2 {
                key: first.key,
                more,
            }
            .into(),
        });
    }

    /// Takes in the problems another collector found (of files read side by side).
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
        self.gaps.extend(other.gaps);
        self.format_2.extend(other.format_2);
    }

    /// The gaps found, in no order (see [`Gap::sort`]).
    pub fn take_gaps(&mut self) -> Vec<Gap> {
        std::mem::take(&mut self.gaps)
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
}
