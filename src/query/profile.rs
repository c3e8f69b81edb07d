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
    /// Projects of that year the member may take part in: their sources do not name
    /// every participant.
    pub possible: usize,
    /// Projects of that year it does not take part in (every participant is named).
    pub not: usize,
    /// Projects that ran that year: `named + possible + not`.
    pub ran: usize,
}

/// One project of the member's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub project: ProjectIdx,
    /// `Yes` where a source names the member, `Unknown` where it may take part, `No`
    /// where it does not.
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
    /// Every project: those that name it, by the first year named (then title), then
    /// those it may take part in, then those it does not, each by title.
    pub rows: Vec<Row>,
    /// How many projects name it (in any year).
    pub named: usize,
    /// How many more it may take part in.
    pub possible: usize,
    /// How many it does not take part in.
    pub not: usize,
    /// How many projects the data has.
    pub projects: usize,
    /// The projects whose office sits with it.
    pub hosted: Vec<ProjectIdx>,
}

impl Profile {
    /// The titles of the projects whose office sits with the member.
    pub fn hosted_titles<'a>(&self, model: &'a Model) -> Vec<&'a str> {
        self.hosted
            .iter()
            .map(|&h| model.project(h).title.as_str())
            .collect()
    }

    /// The share of all projects that name the member, in whole percent, rounded; never
    /// 100 unless all, never 0 unless none.
    pub fn share(&self) -> usize {
        let rounded = (self.named * 100 + self.projects / 2)
            .checked_div(self.projects)
            .unwrap_or(0);
        match self.named {
            0 => 0,
            n if n == self.projects => 100,
            _ => rounded.clamp(1, 99),
        }
    }
}

pub fn profile(model: &Model, m: MemberIdx) -> Profile {
    let years = model
        .years
        .clone()
        .map(|y| {
            let ran = model.projects_in(Some(y));
            let (mut named, mut possible, mut not) = (0, 0, 0);
            for &p in &ran {
                match model.cell(p, m, Some(y)) {
                    Cell::Yes => named += 1,
                    Cell::Unknown => possible += 1,
                    Cell::No => not += 1,
                }
            }
            YearCount {
                year: y,
                named,
                possible,
                not,
                ran: ran.len(),
            }
        })
        .collect();
    let mut rows: Vec<Row> = model
        .project_indices()
        .map(|p| {
            let cell = model.cell(p, m, None);
            let named_years = match cell {
                Cell::Yes => model.named_years(p, m),
                _ => Vec::new(),
            };
            Row {
                project: p,
                cell,
                named_years,
                status: model.project(p).status,
            }
        })
        .collect();
    let title = |r: &Row| crate::text::fold(&model.project(r.project).title);
    let rank = |c: Cell| match c {
        Cell::Yes => 0,
        Cell::Unknown => 1,
        Cell::No => 2,
    };
    rows.sort_by_cached_key(|r| {
        (
            rank(r.cell),
            r.named_years.first().copied().unwrap_or(u16::MAX),
            title(r),
        )
    });
    let count = |c: Cell| rows.iter().filter(|r| r.cell == c).count();
    let (named, possible, not) = (count(Cell::Yes), count(Cell::Unknown), count(Cell::No));
    Profile {
        member: m,
        years,
        possible,
        not,
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
            assert_eq!(profile.rows.len(), model.projects.len());
            assert_eq!(named + possible + profile.not, model.projects.len());
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
                assert_eq!(c.named + c.possible + c.not, c.ran);
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
        assert!(
            p.rows
                .iter()
                .skip(p.named)
                .take(p.possible)
                .all(|r| r.cell == Cell::Unknown)
        );
        assert!(
            p.rows
                .iter()
                .skip(p.named + p.possible)
                .all(|r| r.cell == Cell::No)
        );
        let klima = model.project_by_id("klimaschutz").unwrap_or(ProjectIdx(0));
        assert!(
            p.hosted.contains(&klima),
            "Mörfelden-Walldorf hosts Klimaschutz"
        );
        assert!(p.share() <= 100);
        let share = |named, projects| {
            Profile {
                named,
                projects,
                ..p.clone()
            }
            .share()
        };
        assert_eq!(
            [
                share(3, 22),
                share(5, 22),
                share(0, 22),
                share(1, 400),
                share(399, 400),
                share(22, 22)
            ],
            [14, 23, 0, 1, 99, 100]
        );
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
