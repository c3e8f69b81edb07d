//! Two members compared: the projects both take part in, only one of them, neither, and
//! those where the sources leave it open for one or both. For `ikz compare` and the
//! compare screen.

use crate::model::{Cell, MemberIdx, Model, ProjectIdx};

/// Where a project stands for the two members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Both,
    OnlyA,
    OnlyB,
    /// A source leaves it open for one or both (only a count, or none).
    Open,
    Neither,
}

impl Side {
    pub const ALL: [Side; 5] = [
        Side::Both,
        Side::OnlyA,
        Side::OnlyB,
        Side::Open,
        Side::Neither,
    ];

    fn of(a: Cell, b: Cell) -> Side {
        match (a, b) {
            (Cell::Yes, Cell::Yes) => Side::Both,
            (Cell::Yes, Cell::No) => Side::OnlyA,
            (Cell::No, Cell::Yes) => Side::OnlyB,
            (Cell::No, Cell::No) => Side::Neither,
            _ => Side::Open,
        }
    }

    /// The key for scripts (JSON), the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Side::Both => "both",
            Side::OnlyA => "only_a",
            Side::OnlyB => "only_b",
            Side::Open => "open",
            Side::Neither => "neither",
        }
    }
}

/// One project of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub project: ProjectIdx,
    pub a: Cell,
    pub b: Cell,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub a: MemberIdx,
    pub b: MemberIdx,
    pub year: Option<u16>,
    /// The projects of the year (all for `None`), by side in the order of
    /// [`Side::ALL`], then by title.
    pub rows: Vec<Row>,
}

impl Comparison {
    pub fn count(&self, side: Side) -> usize {
        self.rows.iter().filter(|r| r.side == side).count()
    }
}

pub fn compare(model: &Model, a: MemberIdx, b: MemberIdx, year: Option<u16>) -> Comparison {
    let mut rows: Vec<Row> = model
        .projects_in(year)
        .into_iter()
        .map(|p| {
            let part = model.participation(p, year);
            let (ca, cb) = (part.cell(a), part.cell(b));
            Row {
                project: p,
                a: ca,
                b: cb,
                side: Side::of(ca, cb),
            }
        })
        .collect();
    rows.sort_by_cached_key(|r| (r.side, crate::text::fold(&model.project(r.project).title)));
    Comparison { a, b, year, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    #[test]
    fn every_project_has_one_side_and_the_sides_mirror() {
        let model = load(&Origin::BuiltIn).model;
        let id = |s: &str| model.member_by_id(s).unwrap_or(MemberIdx(0));
        let (mw, tre) = (id("moerfelden-walldorf"), id("trebur"));
        for year in [None, Some(2024)] {
            let ab = compare(&model, mw, tre, year);
            let ba = compare(&model, tre, mw, year);
            assert_eq!(ab.rows.len(), model.projects_in(year).len());
            let total: usize = Side::ALL.iter().map(|&s| ab.count(s)).sum();
            assert_eq!(total, ab.rows.len());
            assert_eq!(ab.count(Side::OnlyA), ba.count(Side::OnlyB));
            assert_eq!(ab.count(Side::Both), ba.count(Side::Both));
            assert_eq!(ab.count(Side::Open), ba.count(Side::Open));
            // Both: exactly the projects that name both.
            let both = model
                .projects_in(year)
                .into_iter()
                .filter(|&p| {
                    let part = model.participation(p, year);
                    part.listed.contains(&mw) && part.listed.contains(&tre)
                })
                .count();
            assert_eq!(ab.count(Side::Both), both);
        }
        // A member compared with itself: never only one of them.
        let same = compare(&model, mw, mw, None);
        assert_eq!(same.count(Side::OnlyA) + same.count(Side::OnlyB), 0);
    }
}
