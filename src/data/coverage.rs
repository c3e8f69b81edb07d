//! What the sources leave open of who takes part, found on the built model by the
//! classes of [`Known`] that `ikz years` counts: a gap for each project in each year
//! short of every participant named, at the place in its file where it is completed
//! (the year's count, or the project's `id` where there is none). The years of a
//! project in which nothing is known are one gap.
//!
//! They are found when they are first asked for, not at load: the first frame does
//! not need them, and on a large folder they are many.

use std::sync::OnceLock;

use foldhash::HashMap;

use super::validate::RawData;
use crate::diag::{Gap, GapWhat, SourceText};
use crate::model::{Known, Model};

/// What a data keeper could still complete (`ikz gaps`, the gaps screen): the gaps
/// the load found, and those of who takes part, found on first use.
#[derive(Debug, Default)]
pub struct Gaps {
    /// The gaps the checks of the files found.
    found: Vec<Gap>,
    places: Places,
    /// All gaps in their order, once asked for.
    all: OnceLock<Vec<Gap>>,
}

impl Gaps {
    pub(super) fn new(found: Vec<Gap>, places: Places) -> Gaps {
        Gaps {
            found,
            places,
            all: OnceLock::new(),
        }
    }

    /// Every gap of the data `model` was built from, by kind, the largest first, then
    /// by place ([`Gap::sort`]).
    pub fn list(&self, model: &Model) -> &[Gap] {
        self.all.get_or_init(|| {
            let mut all = self.found.clone();
            all.extend(taking_part(model, &self.places));
            Gap::sort(&mut all);
            all
        })
    }
}

impl Gaps {
    /// The file a project was read from, as messages show it.
    pub fn file_of(&self, project: &str) -> Option<&str> {
        self.places.by_id.get(project).map(|p| p.path.as_str())
    }
}

/// Where each project's gaps are completed, taken from the files before the model is
/// built from them.
#[derive(Debug, Default)]
pub(super) struct Places {
    by_id: HashMap<String, Place>,
    /// Whether the folder has its members: without them, nothing is short of them.
    members: bool,
}

#[derive(Debug)]
struct Place {
    path: String,
    /// The line and column of the project's `id`.
    id: (usize, usize),
    /// Those of each year's count.
    counts: Vec<(u16, (usize, usize))>,
}

impl Places {
    pub(super) fn of(raw: &RawData, srcs: &[SourceText<'_>]) -> Places {
        let by_id = raw
            .projects
            .iter()
            .filter_map(|p| {
                let src = srcs.get(p.file)?;
                let counts = p.reported.iter();
                let counts = counts.map(|r| (r.year.value, src.line_col(r.count.span.start)));
                let place = Place {
                    path: src.path.to_string(),
                    id: src.line_col(p.id.span.start),
                    counts: counts.collect(),
                };
                Some((p.id.value.clone(), place))
            })
            .collect();
        Places {
            by_id,
            members: raw.members_file.is_some(),
        }
    }
}

/// The gaps of who takes part in every project of `model`.
fn taking_part(model: &Model, places: &Places) -> Vec<Gap> {
    let mut gaps = Vec::new();
    if !places.members || model.members.is_empty() {
        return gaps;
    }
    for p in model.project_indices() {
        let project = model.project(p);
        let Some(place) = places.by_id.get(&project.id) else {
            continue;
        };
        let id = || project.id.clone();
        let mut gap = |(line, col): (usize, usize), what: GapWhat| {
            gaps.push(Gap::new(place.path.clone(), line, col, what));
        };
        let Some(years) = model.active_years(p) else {
            // No source gives a year: only "nothing known" can be said of it.
            if model.participation(p, None).known() == Known::Nothing {
                let years = Vec::new();
                gap(
                    place.id,
                    GapWhat::Nothing {
                        project: id(),
                        years,
                    },
                );
            }
            continue;
        };
        let count_at = |y: u16| {
            let at = place.counts.iter().find(|(year, _)| *year == y);
            at.map_or(place.id, |&(_, at)| at)
        };
        let mut nothing = Vec::new();
        for year in years {
            let part = model.participation(p, Some(year));
            let named = part.listed.len();
            // Both classes with a count have one.
            let count = part.reported.unwrap_or_default();
            match part.known() {
                Known::FullyNamed => {}
                Known::PartlyNamed => {
                    let what = GapWhat::PartlyNamed {
                        project: id(),
                        year,
                        count,
                        named,
                    };
                    gap(count_at(year), what);
                }
                Known::CountOnly => {
                    let what = GapWhat::CountOnly {
                        project: id(),
                        year,
                        count,
                    };
                    gap(count_at(year), what);
                }
                Known::NamedNoCount => {
                    let what = GapWhat::NamedNoCount {
                        project: id(),
                        year,
                        named,
                        members: part.members,
                    };
                    gap(place.id, what);
                }
                Known::Nothing => nothing.push(year),
            }
        }
        if !nothing.is_empty() {
            let years = nothing;
            gap(
                place.id,
                GapWhat::Nothing {
                    project: id(),
                    years,
                },
            );
        }
    }
    gaps
}
