//! Loading a data folder: find and read the files, parse each one, read its records,
//! check the rules across files, and assemble the [`Model`]. Every problem found on the
//! way is collected; none stops the load early.

mod coverage;
pub mod edit;
pub use coverage::Gaps;
mod files;
pub mod generate;
pub mod init;
mod raw;
mod reader;
pub mod settings;
mod validate;

use foldhash::{HashMap, HashSet};

use crate::diag::{Diagnostic, Diagnostics, FolderProblem, SourceText, TextProblem};
use crate::model::{
    Absent, Award, Composition, Cooperation, Dated, Form, Funding, Kind, Member, MemberIdx,
    Milestone, Model, Participant, Person, Project, Report, Seat, SeatAt, Source, Stated, Status,
    SteeringGroup,
};
use crate::text::is_forbidden;
pub use files::{MAX_FILE_BYTES, Origin, PROJECTS_DIR, TOP_FILES, concerns_data};
use raw::{RawIndex, RawMember, RawMilestone, RawPerson, RawProject, RawReport, RawSource};
use reader::{At, Ctx};
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use validate::RawData;

/// The versions of the data format this program reads (`format` in `ikz.toml`), the
/// oldest first. Format 2 gives each fact its own sources (docs/data-format.md).
pub const FORMATS: std::ops::RangeInclusive<u32> = 1..=2;

/// The oldest format, taken where `ikz.toml` names none.
pub const FORMAT_VERSION: u32 = *FORMATS.start();

/// The result of a load: the model of everything that could be read, and every problem.
#[derive(Debug)]
pub struct Loaded {
    pub origin: Origin,
    pub model: Model,
    /// Errors and warnings, in file and position order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
    /// A hash of everything read and said: equal for two loads of unchanged files, so a
    /// reload that finds nothing new can change nothing.
    pub fingerprint: u64,
    /// What a data keeper could still complete (`ikz gaps`).
    pub gaps: Gaps,
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Loads the data of `origin`.
pub fn load(origin: &Origin) -> Loaded {
    let mut diags = Diagnostics::default();
    let inputs = files::collect(origin, &mut diags);
    load_inputs(origin, &inputs, diags)
}

/// Loads the data of `origin` with some of its files' bytes given in place of what is
/// there, as (path inside the folder, bytes): an edit checked before it is written.
pub fn load_with(origin: &Origin, changed: &[(String, Vec<u8>)]) -> Loaded {
    let mut diags = Diagnostics::default();
    let mut inputs = files::collect(origin, &mut diags);
    for (rel, bytes) in changed {
        let shown = match origin {
            Origin::Folder(dir) => dir.join(rel).display().to_string(),
            Origin::BuiltIn => format!("{}/{rel}", crate::diag::BUILT_IN),
        };
        let Some(file) = files::decode_as(&shown, rel, bytes.clone(), &mut diags) else {
            continue;
        };
        match inputs.iter_mut().find(|f| f.rel == *rel) {
            Some(f) => *f = file,
            None => inputs.push(file),
        }
    }
    load_inputs(origin, &inputs, diags)
}

/// Loads data given as (path inside a data folder, bytes), such as `("members.toml", …)`;
/// messages name the files `<memory>/members.toml`. For tests and fuzzing.
pub fn load_memory(files: &[(&str, &[u8])]) -> Loaded {
    let mut diags = Diagnostics::default();
    let inputs = files::from_memory("<memory>", files, &mut diags);
    load_inputs(&Origin::BuiltIn, &inputs, diags)
}

/// What one file holds, read on its own.
enum Part {
    Index(Box<RawIndex>),
    Sources(Vec<RawSource>),
    Members(Vec<RawMember>),
    Reports(Vec<RawReport>),
    /// Boxed, as the index: a project is large, and the parts of 10,000 files are
    /// moved about.
    Project(Option<Box<RawProject>>),
}

fn load_inputs(origin: &Origin, inputs: &[files::InputFile], mut diags: Diagnostics) -> Loaded {
    let srcs: Vec<SourceText<'_>> = inputs
        .iter()
        .map(|f| SourceText::new(&f.path, &f.text))
        .collect();
    let mut raw = RawData {
        index: None,
        sources: Vec::new(),
        members: Vec::new(),
        reports: Vec::new(),
        projects: Vec::with_capacity(inputs.len()),
        sources_read: false,
        members_file: None,
        incomplete: false,
    };
    // Each file is parsed and read on its own, side by side; then the parts are put
    // together in file order.
    let numbered: Vec<(usize, (&files::InputFile, &SourceText<'_>))> =
        inputs.iter().zip(&srcs).enumerate().collect();
    let parts = crate::par::map(&numbered, |&(i, (input, src))| {
        let mut found = Diagnostics::default();
        let mut cx = Ctx {
            src,
            diags: &mut found,
        };
        let doc = parse(&mut cx, &input.text);
        let part = doc.as_ref().map(|doc| {
            let (table, span) = (doc.get_ref(), doc.span());
            match input.rel.as_str() {
                "ikz.toml" => Part::Index(Box::new(raw::read_index(&mut cx, table, span))),
                "sources.toml" => Part::Sources(raw::read_sources(&mut cx, i, table, span)),
                "members.toml" => Part::Members(raw::read_members(&mut cx, i, table, span)),
                "reports.toml" => Part::Reports(raw::read_reports(&mut cx, i, table, span)),
                _ => Part::Project(raw::read_project(&mut cx, i, table, span).map(Box::new)),
            }
        });
        (i, part, found)
    });
    for (i, part, found) in parts {
        diags.extend(found);
        match part {
            Some(Part::Index(ix)) => raw.index = Some((i, *ix)),
            Some(Part::Sources(sources)) => {
                raw.sources = sources;
                raw.sources_read = true;
            }
            Some(Part::Members(members)) => {
                raw.members = members;
                raw.members_file = Some(i);
            }
            Some(Part::Reports(reports)) => raw.reports = reports,
            Some(Part::Project(project)) => raw.projects.extend(project.map(|p| *p)),
            None => raw.incomplete = true,
        }
    }
    // A file or folder that could not be read at all.
    raw.incomplete |= diags.file_failed();
    let format = raw
        .index
        .as_ref()
        .and_then(|(i, ix)| Some((*i, ix.format.as_ref()?)));
    let newer = format.is_some_and(|(_, f)| f.value > *FORMATS.end());
    if let Some((i, f)) = format
        && newer
    {
        // A folder of a newer format: that one error, and no checking of files against a
        // format this program does not know.
        let mut only = Diagnostics::default();
        if let Some(src) = srcs.get(i) {
            only.at(
                src,
                crate::diag::Severity::Error,
                f.span.clone(),
                FolderProblem::Format { theirs: f.value },
            );
        }
        diags = only;
    } else {
        // Keys of format 2 in a folder of format 1 are errors; in format 2 they are read.
        diags.settle_format(format.map_or(FORMAT_VERSION, |(_, f)| f.value), &srcs);
        validate::validate(&raw, &srcs, &mut diags);
    }
    // Where what the sources leave open of who takes part is completed: the gaps are
    // found on the model when asked for.
    let places = if newer {
        coverage::Places::default()
    } else {
        coverage::Places::of(&raw, &srcs)
    };
    let model = assemble(raw);
    let gaps = Gaps::new(diags.take_gaps(), places);
    let diagnostics = diags.into_sorted();
    Loaded {
        origin: origin.clone(),
        model,
        fingerprint: fingerprint(inputs, &diagnostics),
        diagnostics,
        files: inputs.len(),
        gaps,
    }
}

fn fingerprint(inputs: &[files::InputFile], diagnostics: &[Diagnostic]) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x1c2).build_hasher();
    for f in inputs {
        f.hash.hash(&mut h);
    }
    for d in diagnostics {
        d.hash(&mut h);
    }
    h.finish()
}

/// The TOML stage of loading alone, on one file's bytes: the bytes decoded as the
/// loader decodes them (UTF-16, byte-order marks, Windows line ends) and parsed as it
/// parses them. Every problem found; none for a document it reads. For
/// `tests/toml_suite.rs`, which runs the TOML test suite through it.
#[doc(hidden)]
pub fn toml_stage(bytes: &[u8]) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::default();
    if let Some(input) = files::decode_one("suite.toml", bytes.to_vec(), &mut diags) {
        let src = SourceText::new(&input.path, &input.text);
        let mut cx = Ctx {
            src: &src,
            diags: &mut diags,
        };
        parse(&mut cx, &input.text);
    }
    diags.into_sorted()
}

/// Parses one file, reporting every syntax error; `None` if there was any, so that a
/// half-understood file adds no follow-up noise. This is the whole TOML stage of loading
/// (`tests/toml_suite.rs` runs the TOML test suite through it): `toml`'s parser, and a
/// check of the integers as written, which the parser leaves to whoever reads them.
fn parse<'i>(cx: &mut Ctx<'_>, text: &'i str) -> Option<Spanned<DeTable<'i>>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    for e in &errors {
        let span = e.span().unwrap_or(0..0);
        // TOML itself forbids control characters; say so plainly rather than quoting the
        // parser's view of a broken string.
        let bad = text
            .get(span.start..)
            .and_then(|t| t.chars().next())
            .filter(|&c| is_forbidden(c, true));
        // A bare value that starts like a number (`start = 20x2`): the parser takes it for
        // an unquoted text; it is a number written wrong.
        let bare = text
            .get(span.start..)
            .and_then(|t| {
                t.split(|c: char| c.is_whitespace() || c == ',' || c == ']')
                    .next()
            })
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .filter(|_| e.message().starts_with("string values must be quoted"));
        match (bad, bare) {
            (Some(c), _) => cx.error(span, TextProblem::ForbiddenInToml { c }),
            (None, Some(written)) => cx.error(
                span.start..span.start + written.len(),
                TextProblem::NotANumber {
                    written: written.to_string(),
                },
            ),
            (None, None) => {
                let message = e.message().trim();
                // A key or table defined twice: where it was first.
                let first = (message == "duplicate key")
                    .then(|| first_definition(doc.get_ref(), text, &span))
                    .flatten()
                    .map(|at| cx.src.line_col(at));
                cx.error(
                    span,
                    TextProblem::TomlSyntax {
                        message: message.to_string(),
                        first,
                    },
                )
            }
        }
    }
    let mut numbers = Vec::new();
    not_numbers(doc.get_ref(), &mut numbers);
    for span in &numbers {
        let written = text.get(span.clone()).unwrap_or_default();
        cx.error(
            span.clone(),
            TextProblem::NotANumber {
                written: written.to_string(),
            },
        );
    }
    (errors.is_empty() && numbers.is_empty()).then_some(doc)
}

/// The places of the integers whose digits are not of their radix: the parser reads
/// `1_b` as the digits `1b` and `0x` as no digits at all, and leaves them to be judged
/// when read.
fn not_numbers(table: &DeTable<'_>, out: &mut Vec<std::ops::Range<usize>>) {
    fn value(v: &Spanned<DeValue<'_>>, out: &mut Vec<std::ops::Range<usize>>) {
        match v.get_ref() {
            DeValue::Integer(i) => {
                let digits = i.as_str();
                let digits = match i.radix() {
                    10 => digits.strip_prefix(['+', '-']).unwrap_or(digits),
                    _ => digits,
                };
                if digits.is_empty() || !digits.chars().all(|c| c.is_digit(i.radix())) {
                    out.push(v.span());
                }
            }
            DeValue::Array(items) => items.iter().for_each(|x| value(x, out)),
            DeValue::Table(t) => not_numbers(t, out),
            _ => {}
        }
    }
    for v in table.values() {
        value(v, out);
    }
}

/// Where a key reported twice at `second` was first written. A table header written
/// twice (`[seat]`) is found as the earlier line with the same header; a key, as the
/// nearest earlier key of the same name in the partly read document, leaving out inline
/// tables closed before it. `None` where neither is found.
fn first_definition(
    root: &DeTable<'_>,
    text: &str,
    second: &std::ops::Range<usize>,
) -> Option<usize> {
    let written = text.get(second.clone())?;
    let name = written.trim_matches(|c| c == '"' || c == '\'');
    let line_start = text.get(..second.start)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text.get(line_start..)?.lines().next()?;
    let header = |l: &str| -> Option<String> {
        let l = l.split('#').next()?.trim();
        l.starts_with('[')
            .then(|| l.chars().filter(|c| !c.is_whitespace()).collect())
    };
    if let Some(this) = header(line) {
        let mut at = 0;
        for l in text.get(..line_start)?.split_inclusive('\n') {
            if header(l).as_deref() == Some(this.as_str()) {
                return Some(at + l.rfind(name).unwrap_or(0));
            }
            at += l.len();
        }
        return None;
    }
    let mut best: Option<usize> = None;
    let mut stack: Vec<&DeTable<'_>> = vec![root];
    while let Some(table) = stack.pop() {
        for (key, v) in table.iter() {
            let at = key.span().start;
            if key.get_ref().as_ref() == name && at < second.start {
                best = best.max(Some(at));
            }
            let mut values = vec![v];
            while let Some(v) = values.pop() {
                match v.get_ref() {
                    DeValue::Table(t) => {
                        let inline = text.as_bytes().get(v.span().start) == Some(&b'{');
                        if !(inline && v.span().end <= second.start) {
                            stack.push(t);
                        }
                    }
                    DeValue::Array(items) => values.extend(items.iter()),
                    _ => {}
                }
            }
        }
    }
    best
}

fn text(at: Option<At<String>>) -> Option<String> {
    at.map(|a| a.value)
}

fn texts(list: Vec<At<String>>) -> Vec<String> {
    list.into_iter().map(|a| a.value).collect()
}

fn milestones(list: Vec<RawMilestone>) -> Vec<Milestone> {
    let mut out: Vec<Milestone> = list
        .into_iter()
        .map(|m| Milestone {
            month: m.month.map(|x| x.value).filter(|_| m.year.is_some()),
            year: m.year.map(|y| y.value),
            text: m.text.value,
            sources: texts(m.sources),
        })
        .collect();
    out.sort_by_key(|m| (m.year, m.month));
    out
}

fn people(list: Vec<RawPerson>) -> Vec<Person> {
    list.into_iter()
        .map(|p| Person {
            name: p.name.value,
            role: text(p.role),
            member: text(p.member),
        })
        .collect()
}

/// Builds the model from what was read. References that validation reported as broken
/// (a participant that is no member, say) are left out, so the model is always consistent.
fn assemble(raw: RawData) -> Model {
    let (_, ix) = raw.index.unwrap_or_default();
    let first = ix.first_year.as_ref().map_or(0, |y| y.value);
    let last = ix.last_year.as_ref().map_or(first, |y| y.value).max(first);
    let format = ix.format.as_ref().map_or(FORMAT_VERSION, |f| f.value);
    let cooperation = cooperation(ix);
    let sources = raw
        .sources
        .into_iter()
        .map(|s| Source {
            id: s.id.value,
            title: s.title.value,
            web: s.web.and_then(Result::ok),
            url: text(s.url),
            publisher: text(s.publisher),
            date: text(s.date),
            internal: s
                .internal
                .is_some_and(|i| i.value)
                .then(|| s.by.map(|b| b.value).unwrap_or_default()),
            checked: s.checked.is_none_or(|c| c.value),
        })
        .collect();
    let mut members: Vec<Member> = Vec::new();
    let mut member_of: HashMap<String, MemberIdx> = HashMap::default();
    for m in raw.members {
        if member_of.contains_key(&m.id.value) {
            continue;
        }
        member_of.insert(m.id.value.clone(), MemberIdx(members.len()));
        members.push(Member {
            id: m.id.value,
            name: m.name.value,
            kind: m.kind.and_then(|k| Kind::parse(&k.value)),
            code: m.code.value,
            aliases: texts(m.aliases),
            note: text(m.note),
            sources: texts(m.sources),
        });
    }
    // The first of each id; validation reported the others.
    let mut project_ids: HashSet<&str> = HashSet::default();
    let firsts: Vec<bool> = raw
        .projects
        .iter()
        .map(|p| project_ids.insert(p.id.value.as_str()))
        .collect();
    let kept: Vec<RawProject> = raw
        .projects
        .into_iter()
        .zip(firsts)
        .filter_map(|(p, first)| first.then_some(p))
        .collect();
    // Each project on its own, side by side, with the key it is sorted by.
    let keyed = crate::par::map_owned(kept, |p| {
        let project = project(p, &member_of, format);
        let key = (
            project.start.is_none(),
            project.start,
            crate::text::fold(&project.title),
        );
        (key, Some(project))
    });
    // Oldest first; projects without a known year last. The keys are sorted with the
    // places of their projects, and each project then moved once: a project is large.
    let (keys, mut unsorted): (Vec<_>, Vec<_>) = keyed.into_iter().unzip();
    let mut order: Vec<(_, usize)> = keys.into_iter().zip(0..).collect();
    order.sort_by(|a, b| a.0.cmp(&b.0));
    let projects: Vec<Project> = order
        .iter()
        .filter_map(|&(_, i)| unsorted.get_mut(i).and_then(Option::take))
        .collect();
    let mut reports: Vec<Report> = Vec::new();
    for r in raw.reports {
        if reports
            .iter()
            .any(|x| x.number == r.number.value || x.year == r.year.value)
        {
            continue;
        }
        reports.push(Report {
            number: r.number.value,
            year: r.year.value,
            title: text(r.title),
            period: text(r.period),
            published: text(r.published),
            pages: r.pages.map(|p| p.value),
            highlights: texts(r.highlights),
            sources: texts(r.sources),
        });
    }
    Model::new(
        format,
        cooperation,
        first..=last,
        sources,
        members,
        projects,
        reports,
    )
}

/// The last year a dated fact of a project shows it: a count, a year of a participant
/// entry (its `years`, `joined` or `left`) or of a member not taking part, a milestone, a
/// grant, an award, or `last_seen`; its start where there is none.
fn seen_until(p: &RawProject) -> Option<u16> {
    let years = p
        .reported
        .iter()
        .map(|r| r.year.value)
        .chain(p.participants.iter().flat_map(|x| {
            x.years
                .iter()
                .chain(&x.joined)
                .chain(&x.left)
                .map(|y| y.value)
        }))
        .chain(
            p.absent
                .iter()
                .flat_map(|a| a.years.iter().map(|y| y.value)),
        )
        .chain(
            p.milestones
                .iter()
                .filter_map(|m| m.year.as_ref().map(|y| y.value)),
        )
        .chain(
            p.funding
                .iter()
                .filter_map(|g| g.year.as_ref().map(|y| y.value)),
        )
        .chain(
            p.awards
                .iter()
                .filter_map(|a| a.year.as_ref().map(|y| y.value)),
        )
        .chain(p.last_seen.iter().map(|y| y.value))
        .chain(p.start.iter().map(|y| y.value));
    years.max()
}

/// A project as read, with its participants looked up; those that are no member (which
/// validation reported) left out.
fn project(p: RawProject, member_of: &HashMap<String, MemberIdx>, format: u32) -> Project {
    let status = p
        .status
        .as_ref()
        .and_then(|s| Status::parse(&s.value))
        .unwrap_or(Status::Unknown);
    // Format 2: a running project runs as far as a dated fact shows it.
    let last_seen =
        (format >= 2 && matches!(status, Status::Running | Status::Planned) && p.end.is_none())
            .then(|| seen_until(&p))
            .flatten();
    let mut participants: Vec<Participant> = Vec::with_capacity(p.participants.len());
    for x in p.participants {
        if let Some(&member) = member_of.get(&x.member.value) {
            let mut years: Vec<u16> = x.years.iter().map(|y| y.value).collect();
            years.sort_unstable();
            years.dedup();
            participants.push(Participant {
                member,
                joined: x.joined.map(|y| y.value),
                left: x.left.map(|y| y.value),
                years,
                sources: texts(x.sources.unwrap_or_default()),
            });
        }
    }
    // A member may have several entries (format 2, for years apart), in file order.
    participants.sort_by_key(|x| x.member);
    let absent = p
        .absent
        .into_iter()
        .filter_map(|a| {
            let member = *member_of.get(&a.member.value)?;
            let mut years: Vec<u16> = a.years.iter().map(|y| y.value).collect();
            years.sort_unstable();
            years.dedup();
            Some(Absent {
                member,
                years,
                sources: texts(a.sources.unwrap_or_default()),
            })
        })
        .collect();
    let mut reported_sources: Vec<(u16, Vec<String>)> = Vec::new();
    let mut reported: Vec<(u16, u32)> = p
        .reported
        .into_iter()
        .map(|r| {
            if let Some(sources) = r.sources {
                reported_sources.push((r.year.value, texts(sources)));
            }
            (r.year.value, r.count.value)
        })
        .collect();
    reported.sort();
    reported.dedup_by_key(|r| r.0);
    reported_sources.sort();
    reported_sources.dedup_by_key(|r| r.0);
    let start = p.start.map(|y| y.value);
    Project {
        id: p.id.value,
        title: p.title.value,
        field: text(p.field),
        summary: text(p.summary),
        status,
        start,
        end: p
            .end
            .map(|y| y.value)
            .filter(|&e| start.is_some_and(|s| e >= s)),
        last_seen,
        participants,
        absent,
        reported,
        reported_sources,
        milestones: milestones(p.milestones),
        sources: texts(p.sources),
        note: text(p.note),
        seat: p.seat.and_then(|s| {
            let at = match (s.member, s.place) {
                (Some(m), _) => SeatAt::Member(*member_of.get(&m.value)?),
                (None, Some(place)) => SeatAt::Place(place.value),
                (None, None) => return None,
            };
            Some(Seat {
                at,
                office: text(s.office),
                sources: texts(s.sources),
            })
        }),
        form: p.form.and_then(|f| {
            Some(Stated {
                value: Form::parse(&f.name.value)?,
                sources: texts(f.sources),
            })
        }),
        funding: p
            .funding
            .into_iter()
            .map(|f| Funding {
                year: f.year.map(|y| y.value),
                amount: f.amount.value,
                by: f.by.value,
                note: text(f.note),
                sources: texts(f.sources),
            })
            .collect(),
        awards: p
            .awards
            .into_iter()
            .map(|a| Award {
                year: a.year.map(|y| y.value),
                name: a.name.value,
                by: text(a.by),
                sources: texts(a.sources),
            })
            .collect(),
    }
}

fn cooperation(ix: RawIndex) -> Cooperation {
    Cooperation {
        name: text(ix.name).unwrap_or_default(),
        short_name: text(ix.short_name),
        since: ix.since.map(|y| y.value),
        website: text(ix.website),
        summary: text(ix.summary),
        sources: texts(ix.sources),
        steering_group: ix.steering.map(|st| SteeringGroup {
            formed: st.formed.map(|y| y.value),
            dated: dated(st.dated),
            note: text(st.note),
            sources: texts(st.sources),
            people: people(st.people),
            earlier: {
                let mut earlier: Vec<Composition> = st
                    .earlier
                    .into_iter()
                    .map(|c| Composition {
                        year: c.year.value,
                        dated: dated(c.dated),
                        note: text(c.note),
                        sources: texts(c.sources),
                        people: people(c.people),
                    })
                    .collect();
                earlier.sort_by_key(|c| c.year);
                earlier
            },
        }),
        milestones: milestones(ix.milestones),
    }
}

fn dated(d: raw::RawDated) -> Dated {
    Dated {
        from: d.from.map(|y| y.value),
        until: d.until.map(|y| y.value),
        as_of: text(d.as_of),
    }
}

#[cfg(test)]
mod gap_tests {
    use super::*;
    use crate::diag::GapKind;

    /// A file that cannot be parsed is named once: no "never cited" warning for a source
    /// that only it could cite.
    #[test]
    fn an_unparsable_file_is_its_error_alone() {
        let loaded = load_memory(&[
            (
                "ikz.toml",
                b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n",
            ),
            (
                "members.toml",
                b"[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n",
            ),
            ("sources.toml", b"[[source]]\nid = \"s\"\ntitle = \"S\"\n"),
            ("projects/p.toml", b"id = \"p\"\nsources = [\"s\"\n"),
        ]);
        assert_eq!(loaded.errors(), 1, "{:?}", loaded.diagnostics);
        assert!(
            !loaded.diagnostics.iter().any(|d| matches!(
                d.problem,
                crate::diag::Problem::Folder(crate::diag::FolderProblem::NeverCited { .. })
            )),
            "{:?}",
            loaded.diagnostics
        );
    }

    /// A year without a report between two reports is a gap; the years after the newest
    /// report are not (their report may not be out yet), nor those before the first.
    #[test]
    fn reports_missing_between_reports_only() {
        let loaded = load_memory(&[
            (
                "ikz.toml",
                b"format = 1\n[coverage]\nfirst_year = 2019\nlast_year = 2024\n[cooperation]\nname = \"T\"\n",
            ),
            ("sources.toml", b"[[source]]\nid = \"s\"\ntitle = \"S\"\n"),
            (
                "reports.toml",
                b"[[report]]\nnumber = 1\nyear = 2020\nsources = [\"s\"]\n\n[[report]]\nnumber = 3\nyear = 2022\nsources = [\"s\"]\n",
            ),
        ]);
        let missing: Vec<String> = loaded
            .gaps
            .list(&loaded.model)
            .iter()
            .filter(|g| g.kind == GapKind::NoReport)
            .map(|g| g.subject.clone())
            .collect();
        assert_eq!(missing, ["2021"]);
    }

    /// Every kind of gap, each at the place where it is completed, by kind, the largest
    /// first; who takes part by the classes of `ikz years` (`s` names everyone: none).
    #[test]
    fn every_kind_of_gap_is_found_where_it_is_completed() {
        let loaded = load_memory(&[
            (
                "ikz.toml",
                b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n",
            ),
            (
                "members.toml",
                b"[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n\n[[member]]\nid = \"b\"\nname = \"B\"\ncode = \"BB\"\nkind = \"Stadt\"\nsources = [\"s\"]\n",
            ),
            ("sources.toml", b"[[source]]\nid = \"s\"\ntitle = \"S\"\n"),
            ("reports.toml", b"[[report]]\nnumber = 1\nyear = 2020\n"),
            (
                "projects/p.toml",
                b"id = \"p\"\ntitle = \"P\"\nstart = 2020\nstatus = \"running\"\nparticipants = [\"a\"]\nreported = [{ year = 2021, count = 2 }]\n",
            ),
            (
                "projects/q.toml",
                b"id = \"q\"\ntitle = \"Q\"\nstatus = \"completed\"\nstart = 2020\nsources = [\"s\"]\n",
            ),
            (
                "projects/r.toml",
                b"id = \"r\"\ntitle = \"R\"\nstatus = \"completed\"\nstart = 2020\nend = 2021\nsources = [\"s\"]\nreported = [{ year = 2020, count = 1 }]\n",
            ),
            (
                "projects/s.toml",
                b"id = \"s\"\ntitle = \"S\"\nstatus = \"completed\"\nstart = 2020\nsources = [\"s\"]\nparticipants = [\"a\", \"b\"]\n",
            ),
        ]);
        assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
        let gaps = loaded.gaps.list(&loaded.model);
        let found: Vec<(GapKind, &str, u32, String)> = gaps
            .iter()
            .map(|g| {
                let at = format!("{}:{}", g.path, g.line);
                (g.kind, g.subject.as_str(), g.amount, at)
            })
            .collect();
        let at = |f: &str, l: usize| format!("<memory>/{f}:{l}");
        assert_eq!(
            found,
            [
                (GapKind::PartlyNamed, "p", 1, at("projects/p.toml", 6)),
                (GapKind::NamedNoCount, "p", 1, at("projects/p.toml", 1)),
                (GapKind::CountOnly, "r", 1, at("projects/r.toml", 7)),
                (GapKind::Nothing, "q", 1, at("projects/q.toml", 1)),
                (GapKind::Nothing, "r", 1, at("projects/r.toml", 1)),
                (GapKind::NoKind, "a", 0, at("members.toml", 2)),
                (GapKind::NoSource, "a", 0, at("members.toml", 2)),
                (GapKind::NoSource, "p", 0, at("projects/p.toml", 1)),
                (GapKind::NoSource, "1", 0, at("reports.toml", 2)),
            ]
        );
        // The words are made where a gap is shown, in the language shown.
        let german = crate::diag::Lang::De
            .texts()
            .gaps
            .line(&gaps[0], crate::diag::Lang::De);
        assert!(
            german.ends_with("`p` 2021: 2 gemeldet, 1 genannt – 1 nicht genannt"),
            "{german}"
        );
        let years = |g: &crate::diag::Gap| match &g.what {
            crate::diag::GapWhat::Nothing { years, .. } => years.clone(),
            _ => vec![],
        };
        assert_eq!(years(&gaps[3]), [2020]);
        assert_eq!(years(&gaps[4]), [2021]);
    }
}
