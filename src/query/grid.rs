//! The participation matrix: projects × members for one year (or all years), filtered
//! and sorted. A [`Grid`] is built once whenever its [`Spec`] changes; the terminal view
//! draws only the part of it on screen, and `ikz matrix` and the export write all of it
//! (`present::matrix`), so the screen, the command line and the exported files always agree.

use std::cmp::Reverse;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::model::{Cell, MemberIdx, Model, Participation, ProjectIdx};
use crate::query::search::{Index, LABEL, NAME, Target};
use crate::text::fold;

/// How the rows (projects) are sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum RowOrder {
    /// By title, A–Z (ä sorts as ae).
    #[default]
    Title,
    /// By the year the project started, earliest first; unknown years last.
    Start,
    /// By how many take part, most first (the reported count where it is larger).
    Count,
}

impl RowOrder {
    pub const ALL: [RowOrder; 3] = [RowOrder::Title, RowOrder::Start, RowOrder::Count];

    /// The next order, for the key that cycles through them.
    pub fn next(self) -> RowOrder {
        let i = RowOrder::ALL.iter().position(|&o| o == self).unwrap_or(0);
        RowOrder::ALL
            .get((i + 1) % RowOrder::ALL.len())
            .copied()
            .unwrap_or_default()
    }
}

/// How the columns (members) are sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ColumnOrder {
    /// As `members.toml` lists them.
    #[default]
    Data,
    /// By name, A–Z.
    Name,
    /// By how many of the rows' projects name the member, most first.
    Count,
}

impl ColumnOrder {
    pub const ALL: [ColumnOrder; 3] = [ColumnOrder::Data, ColumnOrder::Name, ColumnOrder::Count];

    pub fn next(self) -> ColumnOrder {
        let i = ColumnOrder::ALL
            .iter()
            .position(|&o| o == self)
            .unwrap_or(0);
        ColumnOrder::ALL
            .get((i + 1) % ColumnOrder::ALL.len())
            .copied()
            .unwrap_or_default()
    }
}

/// What a matrix shows: the year, a filter of the rows, and the orders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// `None`: all years.
    pub year: Option<u16>,
    /// A fuzzy query over the projects' titles and fields; empty: every project.
    pub filter: String,
    pub rows: RowOrder,
    pub columns: ColumnOrder,
}

/// One project of the matrix and who takes part in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub project: ProjectIdx,
    pub part: Participation,
}

impl Row {
    /// The display width of [`Row::total`].
    pub fn total_width(&self) -> usize {
        self.total().chars().count()
    }

    /// The participation in the one notation ([`Participation::short`]).
    pub fn total(&self) -> String {
        self.part.short()
    }
}

/// The matrix of one [`Spec`].
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub spec: Spec,
    pub rows: Vec<Row>,
    pub columns: Vec<MemberIdx>,
    /// Per column: how many of the rows name the member as taking part.
    pub column_totals: Vec<usize>,
    /// For each column, the rows where whether the member takes part is not known.
    pub column_open: Vec<usize>,
    /// How many projects the year has before the filter.
    pub unfiltered: usize,
    /// The widest title, total and member code (display columns), for the layout.
    pub title_width: usize,
    pub total_width: usize,
    pub code_width: usize,
}

/// What a model needs for its matrices, built once per load: the index the filter
/// searches (each project's title and field, in project order) and the folded sort keys
/// of the titles and member names.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    pub index: Index,
    titles: Vec<String>,
    names: Vec<String>,
    /// Display widths of the titles.
    widths: Vec<usize>,
}

impl Keys {
    pub fn new(model: &Model) -> Keys {
        let index = Index::from_items(
            model
                .project_indices()
                .map(|p| {
                    let x = model.project(p);
                    let mut texts = vec![(x.title.clone(), NAME)];
                    texts.extend(x.field.iter().map(|f| (f.clone(), LABEL)));
                    (Target::Project(p), texts)
                })
                .collect::<Vec<_>>(),
        );
        Keys {
            index,
            titles: crate::par::map(&model.projects, |p| fold(&p.title)),
            names: model.members.iter().map(|m| fold(&m.name)).collect(),
            widths: crate::par::map(&model.projects, |p| p.title.width()),
        }
    }

    fn title(&self, p: ProjectIdx) -> &str {
        self.titles.get(p.0).map_or("", String::as_str)
    }

    fn title_width(&self, p: ProjectIdx) -> usize {
        self.widths.get(p.0).copied().unwrap_or(0)
    }

    fn name(&self, m: MemberIdx) -> &str {
        self.names.get(m.0).map_or("", String::as_str)
    }
}

// `keep` and `named` have one entry per project and member of the model, which made
// every index used on them.
#[allow(
    clippy::indexing_slicing,
    reason = "tables sized by the model that made the indices"
)]
impl Grid {
    /// The matrix of `spec`; `keys` are the model's [`Keys`].
    pub fn build(model: &Model, keys: &Keys, spec: Spec) -> Grid {
        let index = &keys.index;
        let mut projects = model.projects_in(spec.year);
        let unfiltered = projects.len();
        if !spec.filter.trim().is_empty() {
            let mut keep = vec![false; model.projects.len()];
            for hit in index.search(&spec.filter) {
                if let Target::Project(p) = index.target(hit.item) {
                    keep[p.0] = true;
                }
            }
            projects.retain(|p| keep[p.0]);
        }
        let mut rows: Vec<Row> = projects
            .into_iter()
            .map(|p| Row {
                project: p,
                part: model.participation(p, spec.year),
            })
            .collect();
        let title = |r: &Row| keys.title(r.project);
        match spec.rows {
            RowOrder::Title => {
                rows.sort_by(|a, b| (title(a), a.project).cmp(&(title(b), b.project)))
            }
            RowOrder::Start => rows.sort_by_key(|r| {
                let start = model.project(r.project).start;
                (start.is_none(), start, title(r), r.project)
            }),
            RowOrder::Count => rows.sort_by_key(|r| {
                let n = r.part.count().unwrap_or(r.part.listed.len());
                (Reverse(n), title(r), r.project)
            }),
        }

        // Per member: the rows that name it, and the rows whose names leave it open.
        let mut named = vec![0usize; model.members.len()];
        let mut named_in_open = vec![0usize; model.members.len()];
        let open_rows = rows.iter().filter(|r| !r.part.is_complete()).count();
        for row in &rows {
            let complete = row.part.is_complete();
            for m in &row.part.listed {
                named[m.0] += 1;
                if !complete {
                    named_in_open[m.0] += 1;
                }
            }
        }
        let mut columns: Vec<MemberIdx> = model.member_indices().collect();
        match spec.columns {
            ColumnOrder::Data => {}
            ColumnOrder::Name => columns.sort_by_key(|&m| (keys.name(m), m)),
            ColumnOrder::Count => columns.sort_by_key(|&m| (Reverse(named[m.0]), m)),
        }
        let column_totals = columns.iter().map(|m| named[m.0]).collect();
        let column_open = columns
            .iter()
            .map(|m| open_rows - named_in_open[m.0])
            .collect();
        let title_width = rows
            .iter()
            .map(|r| keys.title_width(r.project))
            .max()
            .unwrap_or(0);
        let total_width = rows.iter().map(Row::total_width).max().unwrap_or(0);
        let code_width = model
            .members
            .iter()
            .map(|m| m.code.width())
            .max()
            .unwrap_or(0);
        Grid {
            spec,
            rows,
            columns,
            column_totals,
            column_open,
            unfiltered,
            title_width,
            total_width,
            code_width,
        }
    }

    /// The total under a member's column: the projects that name it, and "+7?" where
    /// seven more may include it (their sources give no names or not all).
    pub fn column_total(&self, column: usize) -> Option<String> {
        let named = self.column_totals.get(column)?;
        Some(match self.column_open.get(column) {
            Some(&open) if open > 0 => format!("{named}+{open}?"),
            _ => named.to_string(),
        })
    }

    /// The cell at a row and column, if both exist.
    pub fn cell(&self, row: usize, column: usize) -> Option<Cell> {
        let m = self.columns.get(column)?;
        Some(self.rows.get(row)?.part.cell(*m))
    }

    pub fn row_of(&self, p: ProjectIdx) -> Option<usize> {
        self.rows.iter().position(|r| r.project == p)
    }

    pub fn column_of(&self, m: MemberIdx) -> Option<usize> {
        self.columns.iter().position(|&c| c == m)
    }
}

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
