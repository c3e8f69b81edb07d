//! What the sources leave open of who takes part, found on the built model by the
//! classes of [`Known`] that `ikz years` counts: a gap for each project in each year
//! short of every participant named, at the place in its file where it is completed
//! (the year's count, or the project's `id` where there is none). The years of a
//! project in which nothing is known are one gap.

use std::ops::Range;

use foldhash::HashMap;

use super::validate::RawData;
use crate::diag::{Diagnostics, GapWhat, SourceText};
use crate::model::{Known, Model};

/// Where each project's gaps are completed, taken from the files before the model is
/// built from them.
pub(super) struct Places {
    by_id: HashMap<String, Place>,
    /// Whether the folder has its members: without them, nothing is short of them.
    members: bool,
}

struct Place {
    file: usize,
    id: Range<usize>,
    /// The place of each year's count.
    counts: Vec<(u16, Range<usize>)>,
}

impl Places {
    pub(super) fn of(raw: &RawData) -> Places {
        let by_id = raw
            .projects
            .iter()
            .map(|p| {
                let counts = p
                    .reported
                    .iter()
                    .map(|r| (r.year.value, r.count.span.clone()));
                let place = Place {
                    file: p.file,
                    id: p.id.span.clone(),
                    counts: counts.collect(),
                };
                (p.id.value.clone(), place)
            })
            .collect();
        Places {
            by_id,
            members: raw.members_file.is_some(),
        }
    }
}

/// The gaps of who takes part in every project of `model`, into `diags`.
pub(super) fn find(
    model: &Model,
    places: &Places,
    srcs: &[SourceText<'_>],
    diags: &mut Diagnostics,
) {
    if !places.members || model.members.is_empty() {
        return;
    }
    for p in model.project_indices() {
        let project = model.project(p);
        let Some(place) = places.by_id.get(&project.id) else {
            continue;
        };
        let Some(src) = srcs.get(place.file) else {
            continue;
        };
        let id = || project.id.clone();
        let Some(years) = model.active_years(p) else {
            // No source gives a year: only "nothing known" can be said of it.
            if model.participation(p, None).known() == Known::Nothing {
                let what = GapWhat::Nothing {
                    project: id(),
                    years: Vec::new(),
                };
                diags.gap(src, place.id.clone(), what);
            }
            continue;
        };
        let count_at = |y: u16| {
            let at = place.counts.iter().find(|(year, _)| *year == y);
            at.map_or_else(|| place.id.clone(), |(_, span)| span.clone())
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
                    diags.gap(src, count_at(year), what);
                }
                Known::CountOnly => {
                    let what = GapWhat::CountOnly {
                        project: id(),
                        year,
                        count,
                    };
                    diags.gap(src, count_at(year), what);
                }
                Known::NamedNoCount => {
                    let what = GapWhat::NamedNoCount {
                        project: id(),
                        year,
                        named,
                        members: part.members,
                    };
                    diags.gap(src, place.id.clone(), what);
                }
                Known::Nothing => nothing.push(year),
            }
        }
        if !nothing.is_empty() {
            let what = GapWhat::Nothing {
                project: id(),
                years: nothing,
            };
            diags.gap(src, place.id.clone(), what);
        }
    }
}
