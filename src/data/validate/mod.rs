//! The rules that need more than one value or more than one file: ids that must be
//! unique or must exist, years that must fit together, counts that must agree.
//! Each rule reports every place it finds, so one run lists all problems.

use foldhash::{HashMap, HashSet};
use std::borrow::Cow;
use std::ops::Range;

use super::raw::{FileIdx, RawIndex, RawMember, RawProject, RawReport, RawSource};
use super::reader::At;
use crate::diag::{
    Diagnostics, FolderProblem, GapWhat, IdOf, Place, Problem, ProjectProblem, Severity,
    SourceText, TakingPartProblem, Uncited, Unique,
};
use crate::model::{Form, Kind, Status};
use crate::text::{closest, fold, folded_eq};

mod entries;
mod facts;
mod index;
mod members;
mod project;

/// Everything read from the files, with the file each record came from.
pub struct RawData {
    pub index: Option<(FileIdx, RawIndex)>,
    pub sources: Vec<RawSource>,
    pub members: Vec<RawMember>,
    pub reports: Vec<RawReport>,
    pub projects: Vec<RawProject>,
    /// Whether `sources.toml` / `members.toml` were read; if one could not be parsed, the
    /// references to it are not checked (every one would be reported as unknown).
    pub sources_read: bool,
    /// The file `members.toml`, if it was read.
    pub members_file: Option<FileIdx>,
    /// A file or folder could not be read or parsed: what it holds is not known, so
    /// nothing that depends on it is said (a source it alone cites is not "never cited").
    pub incomplete: bool,
}

impl RawData {
    /// The folder's data format (`format` in `ikz.toml`; 1 where it names none).
    pub fn format(&self) -> u32 {
        self.index
            .as_ref()
            .and_then(|(_, ix)| ix.format.as_ref())
            .map_or(crate::data::FORMAT_VERSION, |f| f.value)
    }
}

struct Check<'a> {
    srcs: &'a [SourceText<'a>],
    diags: &'a mut Diagnostics,
    /// The ids of members.toml, to look participants up at scale.
    member_ids: &'a HashSet<&'a str>,
}

impl Check<'_> {
    fn report(
        &mut self,
        sev: Severity,
        file: FileIdx,
        span: Range<usize>,
        problem: impl Into<Problem>,
    ) {
        if let Some(src) = self.srcs.get(file) {
            self.diags.at(src, sev, span, problem);
        }
    }

    fn error(&mut self, file: FileIdx, span: Range<usize>, problem: impl Into<Problem>) {
        self.report(Severity::Error, file, span, problem);
    }

    fn warning(&mut self, file: FileIdx, span: Range<usize>, problem: impl Into<Problem>) {
        self.report(Severity::Warning, file, span, problem);
    }

    /// A gap in the data at a place (see [`GapWhat`]).
    fn gap(&mut self, file: FileIdx, span: Range<usize>, what: GapWhat) {
        if let Some(src) = self.srcs.get(file) {
            self.diags.gap(src, span, what);
        }
    }

    /// "path:line:col" of a place, for "first defined at …".
    fn place(&self, file: FileIdx, span: &Range<usize>) -> Place {
        let (path, (line, col)) = self.srcs.get(file).map_or_else(
            || (String::new(), (0, 0)),
            |s| (s.path.to_string(), s.line_col(span.start)),
        );
        Place { path, line, col }
    }

    /// Reports the second and later uses of the same key. Items are
    /// (file, place, text as written, key it is compared by).
    fn unique<'r>(
        &mut self,
        what: Unique,
        items: impl IntoIterator<Item = (FileIdx, Range<usize>, Cow<'r, str>, Cow<'r, str>)>,
    ) {
        let items = items.into_iter();
        let mut seen: HashMap<Cow<'r, str>, (FileIdx, Range<usize>)> =
            HashMap::with_capacity_and_hasher(items.size_hint().0, Default::default());
        for (file, span, shown, key) in items {
            if let Some((f0, s0)) = seen.get(&key) {
                let first = self.place(*f0, s0);
                self.error(
                    file,
                    span,
                    FolderProblem::Duplicate {
                        what,
                        shown: shown.into_owned(),
                        first,
                    },
                );
            } else {
                seen.insert(key, (file, span));
            }
        }
    }

    fn year_in(&mut self, file: FileIdx, y: &Option<At<u16>>, years: &Option<(u16, u16)>) {
        if let (Some(y), Some((first, last))) = (y, years)
            && !(*first..=*last).contains(&y.value)
        {
            self.error(
                file,
                y.span.clone(),
                FolderProblem::YearOutsideData {
                    year: y.value,
                    first: *first,
                    last: *last,
                },
            );
        }
    }

    fn slug(&mut self, file: FileIdx, what: IdOf, id: &At<String>) {
        let ok = !id.value.is_empty()
            && id.value.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !ok {
            self.error(
                file,
                id.span.clone(),
                FolderProblem::NotASlug {
                    what,
                    id: id.value.clone(),
                    such_as: crate::text::slug(&id.value),
                },
            );
        }
    }

    fn sources_exist(&mut self, file: FileIdx, cited: &[At<String>], known: &HashSet<&str>) {
        for s in cited {
            if !known.contains(s.value.as_str()) {
                let nearest = closest(&s.value, known.iter().copied()).map(str::to_string);
                self.error(
                    file,
                    s.span.clone(),
                    FolderProblem::UnknownSource {
                        id: s.value.clone(),
                        nearest,
                    },
                );
            }
        }
    }
}

/// A text compared as written.
fn by_text(file: FileIdx, at: &At<String>) -> (FileIdx, Range<usize>, Cow<'_, str>, Cow<'_, str>) {
    let text = Cow::Borrowed(at.value.as_str());
    (file, at.span.clone(), text.clone(), text)
}

/// Runs every cross-file rule over what was read.
pub fn validate(raw: &RawData, srcs: &[SourceText<'_>], diags: &mut Diagnostics) {
    let member_ids: HashSet<&str> = raw.members.iter().map(|m| m.id.value.as_str()).collect();
    let mut ck = Check {
        srcs,
        diags,
        member_ids: &member_ids,
    };
    let years = index::check_index(&mut ck, raw);
    check_sources(&mut ck, raw);
    let source_ids: HashSet<&str> = raw.sources.iter().map(|s| s.id.value.as_str()).collect();
    members::check_members(&mut ck, raw, &source_ids);
    check_reports(&mut ck, raw, &years, &source_ids);
    check_projects(&mut ck, raw, &years, &source_ids);
    check_uncited(&mut ck, raw);
}

/// An internal source says who said it and when, and has no web address; `by` belongs
/// to internal sources only.
fn check_internal(ck: &mut Check<'_>, s: &RawSource) {
    let id = || s.id.value.clone();
    match &s.internal {
        Some(i) if i.value => {
            for (key, given) in [("by", s.by.is_some()), ("date", s.date.is_some())] {
                if !given {
                    let key_problem = FolderProblem::InternalNeeds { id: id(), key };
                    ck.error(s.file, i.span.clone(), key_problem);
                }
            }
            if let Some(url) = &s.url {
                ck.error(
                    s.file,
                    url.span.clone(),
                    FolderProblem::InternalWithUrl { id: id() },
                );
            }
        }
        _ => {
            if let Some(by) = &s.by {
                ck.error(
                    s.file,
                    by.span.clone(),
                    FolderProblem::ByWithoutInternal { id: id() },
                );
            }
        }
    }
}

/// The sources: ids unique and well formed, addresses that are web addresses.
fn check_sources(ck: &mut Check<'_>, raw: &RawData) {
    ck.unique(
        Unique::SourceId,
        raw.sources.iter().map(|s| by_text(s.file, &s.id)),
    );
    for s in &raw.sources {
        ck.slug(s.file, IdOf::Source, &s.id);
        check_internal(ck, s);
        if let (Some(url), Some(Err(why))) = (&s.url, &s.web) {
            ck.warning(
                s.file,
                url.span.clone(),
                FolderProblem::NotWeb {
                    id: s.id.value.clone(),
                    not: why.clone(),
                },
            );
        }
    }
}

/// The annual reports: numbers and years unique, years in the data, a source each; the
/// years without a report, as gaps.
fn check_reports(
    ck: &mut Check<'_>,
    raw: &RawData,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    ck.unique(
        Unique::ReportNumber,
        raw.reports.iter().map(|r| {
            (
                r.file,
                r.number.span.clone(),
                Cow::Owned(r.number.value.to_string()),
                Cow::Owned(r.number.value.to_string()),
            )
        }),
    );
    ck.unique(
        Unique::ReportYear,
        raw.reports.iter().map(|r| {
            (
                r.file,
                r.year.span.clone(),
                Cow::Owned(r.year.value.to_string()),
                Cow::Owned(r.year.value.to_string()),
            )
        }),
    );
    for r in &raw.reports {
        ck.year_in(r.file, &Some(r.year.clone()), years);
        if raw.sources_read {
            ck.sources_exist(r.file, &r.sources, source_ids);
        }
        if r.sources.is_empty() {
            let n = r.number.value;
            ck.gap(
                r.file,
                r.number.span.clone(),
                GapWhat::NoSource(Uncited::Report(n)),
            );
            ck.warning(
                r.file,
                r.number.span.clone(),
                FolderProblem::ReportNoSource {
                    number: r.number.value,
                },
            );
        }
    }

    // Years without an annual report: completed in reports.toml, after the report of
    // the year before (or at its start). The years before the first report are not
    // counted: the reports are numbered from the first, so none is missing before it
    // (the process began in December 2013; report 1 covers 2014). Nor are the years
    // after the newest report: a year's report comes out in a later year, so theirs
    // may simply not be out yet.
    if let (Some((first, last)), Some(first_report)) = (*years, raw.reports.first()) {
        let reported = raw.reports.iter().map(|r| r.year.value);
        let earliest = reported.clone().min().unwrap_or(first);
        let newest = reported.max().unwrap_or(last);
        for y in first.max(earliest)..=last.min(newest) {
            if raw.reports.iter().any(|r| r.year.value == y) {
                continue;
            }
            let before = raw
                .reports
                .iter()
                .filter(|r| r.year.value < y)
                .max_by_key(|r| r.year.value)
                .unwrap_or(first_report);
            ck.gap(
                before.file,
                before.year.span.clone(),
                GapWhat::NoReport { year: y },
            );
        }
    }
}

/// The projects: ids unique, then each on its own (see `project`).
fn check_projects(
    ck: &mut Check<'_>,
    raw: &RawData,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    ck.unique(
        Unique::ProjectId,
        raw.projects.iter().map(|p| by_text(p.file, &p.id)),
    );
    // Each project on its own, side by side: with thousands of projects and tens of
    // thousands of participants, this is most of the checking.
    let found = crate::par::map_chunks(&raw.projects, 64, |part| {
        let mut diags = Diagnostics::default();
        let mut ck = Check {
            srcs: ck.srcs,
            diags: &mut diags,
            member_ids: ck.member_ids,
        };
        for p in part {
            project::check_project(&mut ck, raw, p, years, source_ids);
        }
        vec![diags]
    });
    for d in found {
        ck.diags.extend(d);
    }
}

/// Sources that nobody cites.
fn check_uncited(ck: &mut Check<'_>, raw: &RawData) {
    if raw.sources_read && !raw.incomplete {
        let cited: HashSet<&str> = citations(raw).flatten().map(|s| s.value.as_str()).collect();
        for s in &raw.sources {
            if !cited.contains(s.id.value.as_str()) {
                ck.warning(
                    s.file,
                    s.id.span.clone(),
                    FolderProblem::NeverCited {
                        id: s.id.value.clone(),
                    },
                );
            }
        }
    }
}

/// Every list of cited sources, wherever it stands.
fn citations(raw: &RawData) -> impl Iterator<Item = &[At<String>]> {
    let index = raw.index.iter().flat_map(|(_, ix)| {
        std::iter::once(ix.sources.as_slice())
            .chain(ix.milestones.iter().map(|m| m.sources.as_slice()))
            .chain(ix.steering.iter().map(|s| s.sources.as_slice()))
            .chain(
                ix.steering
                    .iter()
                    .flat_map(|s| s.earlier.iter().map(|c| c.sources.as_slice())),
            )
    });
    let projects = raw.projects.iter().flat_map(|p| {
        std::iter::once(p.sources.as_slice())
            .chain(p.milestones.iter().map(|m| m.sources.as_slice()))
            .chain(p.seat.iter().map(|s| s.sources.as_slice()))
            .chain(p.form.iter().map(|f| f.sources.as_slice()))
            .chain(p.funding.iter().map(|f| f.sources.as_slice()))
            .chain(p.awards.iter().map(|a| a.sources.as_slice()))
            .chain(p.participants.iter().filter_map(|x| x.sources.as_deref()))
            .chain(p.absent.iter().filter_map(|a| a.sources.as_deref()))
            .chain(p.reported.iter().filter_map(|r| r.sources.as_deref()))
    });
    index
        .chain(raw.members.iter().map(|m| m.sources.as_slice()))
        .chain(raw.reports.iter().map(|r| r.sources.as_slice()))
        .chain(projects)
}
