//! How much of a year the data knows: for each project that ran, whether every
//! participant is named, some are, names without a count, a count without names, or
//! neither (the classes of [`Known`]). `ikz years`, the year's detail and `ikz gaps`
//! count by them.

use serde::Serialize;

use crate::model::{Known, Model};

/// How many projects of a year are of each class of [`Known`], in its order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub fully_named: usize,
    pub partly_named: usize,
    pub named_no_count: usize,
    pub count_only: usize,
    pub nothing: usize,
}

impl Coverage {
    /// The projects that ran in `year`, counted by what is known of who takes part.
    pub fn of_year(model: &Model, year: u16) -> Coverage {
        let mut c = Coverage::default();
        for p in model.projects_in(Some(year)) {
            *c.count_mut(model.participation(p, Some(year)).known()) += 1;
        }
        c
    }

    pub fn count(&self, k: Known) -> usize {
        match k {
            Known::FullyNamed => self.fully_named,
            Known::PartlyNamed => self.partly_named,
            Known::NamedNoCount => self.named_no_count,
            Known::CountOnly => self.count_only,
            Known::Nothing => self.nothing,
        }
    }

    fn count_mut(&mut self, k: Known) -> &mut usize {
        match k {
            Known::FullyNamed => &mut self.fully_named,
            Known::PartlyNamed => &mut self.partly_named,
            Known::NamedNoCount => &mut self.named_no_count,
            Known::CountOnly => &mut self.count_only,
            Known::Nothing => &mut self.nothing,
        }
    }

    /// The counts in the order of [`Known::ALL`].
    pub fn counts(&self) -> [usize; 5] {
        Known::ALL.map(|k| self.count(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    /// Every project that ran in a year is in exactly one class.
    #[test]
    fn the_classes_count_every_project_of_a_year_once() {
        let model = load(&Origin::BuiltIn).model;
        for y in model.years.clone() {
            let c = Coverage::of_year(&model, y);
            let sum: usize = c.counts().iter().sum();
            assert_eq!(sum, model.projects_in(Some(y)).len(), "{y}");
        }
    }

    #[test]
    fn a_participation_is_classed_by_names_and_count() {
        use crate::model::{MemberIdx, Participation};
        let part = |listed: usize, reported: Option<u32>, complete: bool| Participation {
            listed: (0..listed).map(MemberIdx).collect(),
            absent: vec![],
            reported,
            members: 15,
            complete,
        };
        assert_eq!(part(3, Some(3), true).known(), Known::FullyNamed);
        assert_eq!(part(2, Some(5), false).known(), Known::PartlyNamed);
        assert_eq!(part(2, None, false).known(), Known::NamedNoCount);
        assert_eq!(part(0, Some(5), false).known(), Known::CountOnly);
        assert_eq!(part(0, None, false).known(), Known::Nothing);
    }
}
