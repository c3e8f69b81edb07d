//! A member's profile: the projects a source names it in and in which years, the ones it
//! may take part in (a source gives only a count, or none), how that runs over the years,
//! and the projects it hosts. For `ikz member` and the profile screen; built once.

use crate::model::{Cell, MemberIdx, Model, ProjectIdx, Status};

/// One year of the data for one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearCount {
    pub year: u16,
    /// Projects of that year a source names the member in.
    pub named: usize,
    /// Projects of that year the member may take part in: their sources name not
    /// everyone and give a larger count, or no count.
    pub possible: usize,
    /// Projects that ran that year.
    pub ran: usize,
}

/// One project of the member's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub project: ProjectIdx,
    /// `Yes` where a source names the member, `Unknown` where it may take part.
    pub cell: Cell,
    /// The years a source names the member in (ascending); empty for a possible one and
    /// for a project whose years no source gives.
    pub named_years: Vec<u16>,
    pub status: Status,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub member: MemberIdx,
    pub years: Vec<YearCount>,
    /// The projects that name it, by the first year named (then title), then the
    /// projects it may take part in, by title.
    pub rows: Vec<Row>,
    /// How many projects name it (in any year).
    pub named: usize,
    /// How many more it may take part in.
    pub possible: usize,
    /// How many projects the data has.
    pub projects: usize,
    /// The projects whose office sits with it.
    pub hosted: Vec<ProjectIdx>,
}

impl Profile {
    /// The share of all projects that name the member, in whole percent (rounded down,
    /// so that 99.6 % never shows as 100).
    pub fn share(&self) -> usize {
        (self.named * 100).checked_div(self.projects).unwrap_or(0)
    }
}

pub fn profile(model: &Model, m: MemberIdx) -> Profile {
    let years = model
        .years
        .clone()
        .map(|y| {
            let ran = model.projects_in(Some(y));
            let (mut named, mut possible) = (0, 0);
            for &p in &ran {
                match model.cell(p, m, Some(y)) {
                    Cell::Yes => named += 1,
                    Cell::Unknown => possible += 1,
                    Cell::No => {}
                }
            }
            YearCount {
                year: y,
                named,
                possible,
                ran: ran.len(),
            }
        })
        .collect();
    let mut rows: Vec<Row> = model
        .project_indices()
        .filter_map(|p| {
            let cell = model.cell(p, m, None);
            let named_years = match cell {
                Cell::Yes => model.named_years(p, m),
                _ => Vec::new(),
            };
            (cell != Cell::No).then(|| Row {
                project: p,
                cell,
                named_years,
                status: model.project(p).status,
            })
        })
        .collect();
    let title = |r: &Row| crate::text::fold(&model.project(r.project).title);
    rows.sort_by_cached_key(|r| {
        (
            r.cell != Cell::Yes,
            r.named_years.first().copied().unwrap_or(u16::MAX),
            title(r),
        )
    });
    let named = rows.iter().filter(|r| r.cell == Cell::Yes).count();
    Profile {
        member: m,
        years,
        possible: rows.len() - named,
        named,
        rows,
        projects: model.projects.len(),
        hosted: model.hosted(m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    fn model() -> Model {
        load(&Origin::BuiltIn).model
    }

    /// Checked against the data by counting it another way: every project, every year,
    /// one participation each.
    #[test]
    fn the_counts_agree_with_the_participation_of_every_project() {
        let model = model();
        for m in model.member_indices() {
            let profile = profile(&model, m);
            let named = model
                .project_indices()
                .filter(|&p| model.participation(p, None).cell(m) == Cell::Yes)
                .count();
            let possible = model
                .project_indices()
                .filter(|&p| model.participation(p, None).cell(m) == Cell::Unknown)
                .count();
            assert_eq!((profile.named, profile.possible), (named, possible));
            assert_eq!(profile.rows.len(), named + possible);
            for c in &profile.years {
                let ran = model.projects_in(Some(c.year));
                let cells: Vec<Cell> = ran
                    .iter()
                    .map(|&p| model.participation(p, Some(c.year)).cell(m))
                    .collect();
                assert_eq!(c.ran, ran.len());
                assert_eq!(c.named, cells.iter().filter(|&&x| x == Cell::Yes).count());
                assert_eq!(
                    c.possible,
                    cells.iter().filter(|&&x| x == Cell::Unknown).count()
                );
            }
        }
    }

    #[test]
    fn the_named_projects_come_first_by_their_first_year() {
        let model = model();
        let m = model
            .member_by_id("moerfelden-walldorf")
            .unwrap_or(MemberIdx(0));
        let p = profile(&model, m);
        let firsts: Vec<u16> = p
            .rows
            .iter()
            .take_while(|r| r.cell == Cell::Yes)
            .filter_map(|r| r.named_years.first().copied())
            .collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
        assert!(p.rows.iter().skip(p.named).all(|r| r.cell == Cell::Unknown));
        let klima = model.project_by_id("klimaschutz").unwrap_or(ProjectIdx(0));
        assert!(
            p.hosted.contains(&klima),
            "Mörfelden-Walldorf hosts Klimaschutz"
        );
        assert!(p.share() <= 100);
        // The member's detail and its copy list the same projects in year order too.
        let first = |q: ProjectIdx| {
            p.rows
                .iter()
                .find(|r| r.project == q)
                .and_then(|r| r.named_years.first().copied())
        };
        let by_year: Vec<Option<u16>> = model
            .projects_of_by_year(m)
            .into_iter()
            .map(first)
            .collect();
        assert_eq!(by_year.len(), p.named);
        assert!(by_year.windows(2).all(|w| w[0] <= w[1]), "{by_year:?}");
    }
}
