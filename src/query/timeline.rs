//! The projects over the years: for each project the years it ran and what it was in
//! each (running, completed that year, planned, status not known), its milestones, and
//! above them how many of the shown projects ran each year and which years have an
//! annual report. For `ikz timeline` and the timeline screen.

use crate::model::{MemberIdx, Model, ProjectIdx, Status};
use crate::query::grid::{ColumnOrder, Grid, Keys, RowOrder, Spec};

/// The order of the projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Order {
    /// By the year the project started, earliest first; unknown years last
    #[default]
    Start,
    /// By field, then by title
    Field,
    /// By title, A–Z (ä sorts as ae)
    Title,
}

/// What one project was in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// It did not run that year (or no source says so).
    Off,
    Running,
    /// It was completed that year.
    Completed,
    Planned,
    /// It ran, but no source says whether it still runs or was completed.
    Unknown,
    /// Format 2: a year after the last one a source shows it running in: no source
    /// shows it this year, its status is not known.
    Unseen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub project: ProjectIdx,
    /// One mark per year of the data.
    pub marks: Vec<Mark>,
    /// The years of its milestones (those with a year), ascending, each once.
    pub milestones: Vec<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub first_year: u16,
    /// Per year of the data: how many of the shown projects ran.
    pub per_year: Vec<usize>,
    /// Per year of the data: the number of its annual report, if there is one.
    pub reports: Vec<Option<u32>>,
    pub rows: Vec<Row>,
}

impl Timeline {
    pub fn years(&self) -> impl Iterator<Item = u16> + '_ {
        (0..self.per_year.len()).map(|i| self.first_year.saturating_add(i as u16))
    }
}

/// The projects that `filter` finds (all for an empty one) and, with `member`, that a
/// source names the member in, in `order`.
pub fn timeline(
    model: &Model,
    keys: &Keys,
    filter: &str,
    order: Order,
    member: Option<MemberIdx>,
) -> Timeline {
    let spec = Spec {
        year: None,
        filter: filter.to_string(),
        rows: match order {
            Order::Title | Order::Field => RowOrder::Title,
            Order::Start => RowOrder::Start,
        },
        columns: ColumnOrder::Data,
    };
    let mut projects: Vec<ProjectIdx> = Grid::build(model, keys, spec)
        .rows
        .iter()
        .map(|r| r.project)
        .filter(|&p| {
            member.is_none_or(|m| model.project(p).participants.iter().any(|x| x.member == m))
        })
        .collect();
    if order == Order::Field {
        // Stable: within a field the order by title stays; projects without a field last.
        projects.sort_by_cached_key(|&p| {
            let field = model.project(p).field.as_deref().map(crate::text::fold);
            (field.is_none(), field)
        });
    }
    let years: Vec<u16> = model.years.clone().collect();
    let rows: Vec<Row> = projects
        .into_iter()
        .map(|p| {
            let active = model.active_years(p);
            let unknown = model.unknown_years(p);
            let marks = years
                .iter()
                .map(|&y| match &active {
                    // Format 2: after the last year a source shows it, not known.
                    _ if unknown.as_ref().is_some_and(|u| u.contains(&y)) => Mark::Unseen,
                    Some(r) if r.contains(&y) => match model.status_in(p, Some(y)) {
                        Status::Running => Mark::Running,
                        Status::Completed => Mark::Completed,
                        Status::Planned => Mark::Planned,
                        Status::Unknown => Mark::Unknown,
                    },
                    _ => Mark::Off,
                })
                .collect();
            let mut milestones: Vec<u16> = model
                .project(p)
                .milestones
                .iter()
                .filter_map(|m| m.year)
                .collect();
            milestones.sort_unstable();
            milestones.dedup();
            Row {
                project: p,
                marks,
                milestones,
            }
        })
        .collect();
    // The projects that ran, as the year's list counts them (not those of unknown status).
    let per_year = years
        .iter()
        .map(|&y| {
            rows.iter()
                .filter(|r| model.is_active(r.project, Some(y)))
                .count()
        })
        .collect();
    Timeline {
        first_year: *model.years.start(),
        per_year,
        reports: years
            .iter()
            .map(|&y| model.report_for(y).map(|r| r.number))
            .collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    #[test]
    fn each_year_counts_the_projects_that_ran_and_the_bars_span_their_years() {
        let model = load(&Origin::BuiltIn).model;
        let keys = Keys::new(&model);
        let t = timeline(&model, &keys, "", Order::Start, None);
        assert_eq!(t.rows.len(), model.projects.len());
        for (i, y) in t.years().enumerate() {
            assert_eq!(t.per_year[i], model.projects_in(Some(y)).len(), "{y}");
            assert_eq!(t.reports[i], model.report_for(y).map(|r| r.number));
        }
        for r in &t.rows {
            let on: Vec<u16> = t
                .years()
                .zip(&r.marks)
                .filter(|(_, m)| **m != Mark::Off)
                .map(|(y, _)| y)
                .collect();
            // The years it ran, then (format 2) those of unknown status, marked `?`.
            let unknown: Vec<u16> = model
                .unknown_years(r.project)
                .map(|u| u.collect())
                .unwrap_or_default();
            let expected: Vec<u16> = model
                .active_years(r.project)
                .into_iter()
                .flatten()
                .chain(unknown.iter().copied())
                .collect();
            assert_eq!(on, expected, "{}", model.project(r.project).id);
            for (y, m) in t.years().zip(&r.marks) {
                if unknown.contains(&y) {
                    assert_eq!(*m, Mark::Unseen, "{y}");
                }
            }
            // A completed project is marked so in its last year only.
            let completed = r.marks.iter().filter(|&&m| m == Mark::Completed).count();
            if model.project(r.project).status == Status::Completed && !on.is_empty() {
                assert_eq!(completed, 1, "{}", model.project(r.project).id);
                assert_eq!(
                    r.marks.iter().rev().find(|&&m| m != Mark::Off),
                    Some(&Mark::Completed)
                );
            }
        }
        // Started earliest first.
        let starts: Vec<u16> = t
            .rows
            .iter()
            .map(|r| model.project(r.project).start.unwrap_or(u16::MAX))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    }

    #[test]
    fn a_member_and_a_filter_narrow_the_rows() {
        let model = load(&Origin::BuiltIn).model;
        let keys = Keys::new(&model);
        let mw = model
            .member_by_id("moerfelden-walldorf")
            .unwrap_or(MemberIdx(0));
        let t = timeline(&model, &keys, "", Order::Title, Some(mw));
        assert_eq!(t.rows.len(), model.projects_of(mw, None).len());
        let k = timeline(&model, &keys, "klaer", Order::Field, None);
        assert!(!k.rows.is_empty());
        assert!(
            k.rows
                .iter()
                .all(|r| model.project(r.project).title.contains("Klärschlamm"))
        );
    }
}
