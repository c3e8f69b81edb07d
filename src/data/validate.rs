//! The rules that need more than one value or more than one file: ids that must be
//! unique or must exist, years that must fit together, counts that must agree.
//! Each rule reports every place it finds, so one run lists all problems.

use foldhash::{HashMap, HashSet};
use std::borrow::Cow;
use std::ops::Range;

use super::raw::{FileIdx, RawIndex, RawMember, RawProject, RawReport, RawSource};
use super::reader::At;
use crate::diag::{Diagnostics, GapKind, Noun, Said, Severity, SourceText, said};
use crate::model::{Form, Kind, Status};
use crate::text::{closest, fold, folded_eq};

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
        msg: Said,
        help: Option<Said>,
    ) {
        if let Some(src) = self.srcs.get(file) {
            self.diags.at(src, sev, span, msg, help);
        }
    }

    fn error(&mut self, file: FileIdx, span: Range<usize>, msg: Said, help: Option<Said>) {
        self.report(Severity::Error, file, span, msg, help);
    }

    fn warning(&mut self, file: FileIdx, span: Range<usize>, msg: Said, help: Option<Said>) {
        self.report(Severity::Warning, file, span, msg, help);
    }

    /// A gap in the data at a place (see [`GapKind`]).
    fn gap(
        &mut self,
        file: FileIdx,
        span: Range<usize>,
        kind: GapKind,
        amount: u32,
        subject: (impl Into<String>, Option<u16>),
        message: Said,
    ) {
        if let Some(src) = self.srcs.get(file) {
            self.diags.gap(src, span, kind, amount, subject, message);
        }
    }

    /// "path:line:col" of a place, for "first defined at …".
    fn place(&self, file: FileIdx, span: &Range<usize>) -> String {
        self.srcs.get(file).map_or_else(String::new, |s| {
            let (l, c) = s.line_col(span.start);
            format!("{}:{l}:{c}", s.path)
        })
    }

    /// Reports the second and later uses of the same key. Items are
    /// (file, place, text as written, key it is compared by).
    fn unique<'r>(
        &mut self,
        what: Noun,
        items: impl IntoIterator<Item = (FileIdx, Range<usize>, Cow<'r, str>, Cow<'r, str>)>,
    ) {
        let (en, de) = (what.en, what.de);
        let items = items.into_iter();
        let mut seen: HashMap<Cow<'r, str>, (FileIdx, Range<usize>)> =
            HashMap::with_capacity_and_hasher(items.size_hint().0, Default::default());
        for (file, span, shown, key) in items {
            if let Some((f0, s0)) = seen.get(&key) {
                let first = self.place(*f0, s0);
                self.error(
                    file,
                    span,
                    said!("duplicate {en} `{shown}`", "{de} `{shown}` doppelt"),
                    Some(said!(
                        "first used at {first}",
                        "zuerst verwendet in {first}"
                    )),
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
                {
                    let y = y.value;
                    said!(
                        "year {y} is outside the years of the data, {first}–{last}",
                        "das Jahr {y} liegt außerhalb der Jahre der Daten, {first}–{last}"
                    )
                },
                Some(said!(
                    "fix the year, or widen [coverage] in ikz.toml",
                    "das Jahr berichtigen oder [coverage] in ikz.toml erweitern"
                )),
            );
        }
    }

    fn slug(&mut self, file: FileIdx, what: Noun, id: &At<String>) {
        let ok = !id.value.is_empty()
            && id.value.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !ok {
            let suggestion = crate::text::slug(&id.value);
            let help = if suggestion.is_empty() {
                said!(
                    "use lower-case letters, such as `klimaschutz`: the id is how other files name it",
                    "Kleinbuchstaben verwenden, etwa `klimaschutz`: unter der ID nennen andere Dateien es"
                )
            } else {
                said!("such as `{suggestion}`", "etwa `{suggestion}`")
            };
            let (en, de, id_text) = (what.en, what.de, &id.value);
            self.error(
                file,
                id.span.clone(),
                said!(
                    "{en} id `{id_text}` must be lower-case letters, digits and hyphens",
                    "{de}-ID `{id_text}`: nur Kleinbuchstaben, Ziffern und Bindestriche"
                ),
                Some(help),
            );
        }
    }

    fn sources_exist(&mut self, file: FileIdx, cited: &[At<String>], known: &HashSet<&str>) {
        for s in cited {
            if !known.contains(s.value.as_str()) {
                let help = closest(&s.value, known.iter().copied()).map_or_else(
                    || said!("add it to sources.toml", "in sources.toml ergänzen"),
                    |c| said!("did you mean `{c}`?", "meinten Sie `{c}`?"),
                );
                let id = &s.value;
                self.error(
                    file,
                    s.span.clone(),
                    said!("unknown source `{id}`", "unbekannte Quelle `{id}`"),
                    Some(help),
                );
            }
        }
    }
}

/// "one of a, b, c" for a value that is not in a fixed list; `colon` after "one of".
fn one_of(names: &[&str], colon: &str) -> Said {
    let names = names.join(", ");
    said!("one of{colon} {names}", "erlaubt sind: {names}")
}

/// The advice for a year outside the years a project ran.
fn fix_year_or_span() -> Said {
    said!(
        "fix the year, or the project's start and end",
        "das Jahr berichtigen oder Beginn und Ende des Projekts"
    )
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
    let years = check_index(&mut ck, raw);

    // Sources.
    ck.unique(
        Noun::new("source id", "Quellen-ID"),
        raw.sources.iter().map(|s| by_text(s.file, &s.id)),
    );
    for s in &raw.sources {
        ck.slug(s.file, Noun::new("source", "Quellen"), &s.id);
        if let Some(url) = &s.url
            && let Err(why) = crate::web::WebAddress::parse(&url.value)
        {
            let id = &s.id.value;
            let msg = match why {
                crate::web::NotWeb::NotAnAddress => said!(
                    "the address of source `{id}` is not a web address",
                    "die Adresse der Quelle `{id}` ist keine Webadresse"
                ),
                crate::web::NotWeb::Scheme(scheme) => said!(
                    "the address of source `{id}` is a `{scheme}:` address, not a web address",
                    "die Adresse der Quelle `{id}` ist eine `{scheme}:`-Adresse, keine Webadresse"
                ),
            };
            ck.warning(
                s.file,
                url.span.clone(),
                msg,
                Some(said!(
                    "write the page's address starting with https:// or http://; `o` opens no other",
                    "die Adresse der Seite mit https:// oder http:// schreiben; `o` öffnet keine andere"
                )),
            );
        }
    }
    let source_ids: HashSet<&str> = raw.sources.iter().map(|s| s.id.value.as_str()).collect();

    // Members.
    check_members(&mut ck, raw, &source_ids);

    // Reports.
    ck.unique(
        Noun::new("report number", "Berichtsnummer"),
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
        Noun::new("report for the year", "Bericht für das Jahr"),
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
        ck.year_in(r.file, &Some(r.year.clone()), &years);
        if raw.sources_read {
            ck.sources_exist(r.file, &r.sources, &source_ids);
        }
        if r.sources.is_empty() {
            let n = r.number.value;
            ck.gap(
                r.file,
                r.number.span.clone(),
                GapKind::NoSource,
                0,
                (n.to_string(), None),
                said!(
                    "annual report {n} cites no source",
                    "Jahresbericht {n} nennt keine Quelle"
                ),
            );
            ck.warning(
                r.file,
                r.number.span.clone(),
                {
                    let n = r.number.value;
                    said!(
                        "report {n} names no source",
                        "Bericht {n} nennt keine Quelle"
                    )
                },
                Some(said!(
                    "add `sources = [\"…\"]` with the text it comes from",
                    "`sources = [\"…\"]` mit dem Text ergänzen, aus dem er stammt"
                )),
            );
        }
    }

    // Years without an annual report: completed in reports.toml, after the report of
    // the year before (or at its start). The years before the first report are not
    // counted: the reports are numbered from the first, so none is missing before it
    // (the process began in December 2013; report 1 covers 2014).
    if let (Some((first, last)), Some(first_report)) = (years, raw.reports.first()) {
        let earliest = raw
            .reports
            .iter()
            .map(|r| r.year.value)
            .min()
            .unwrap_or(first);
        for y in first.max(earliest)..=last {
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
                GapKind::NoReport,
                0,
                (y.to_string(), Some(y)),
                said!("no annual report for {y}", "kein Jahresbericht für {y}"),
            );
        }
    }

    // Projects.
    ck.unique(
        Noun::new("project id", "Projekt-ID"),
        raw.projects.iter().map(|p| by_text(p.file, &p.id)),
    );
    // Each project on its own, side by side: with thousands of projects and tens of
    // thousands of participants, this is most of the checking.
    let found = crate::par::map_chunks(&raw.projects, 64, |part| {
        let mut diags = Diagnostics::default();
        let mut ck = Check {
            srcs,
            diags: &mut diags,
            member_ids: &member_ids,
        };
        for p in part {
            check_project(&mut ck, raw, p, &years, &source_ids);
        }
        vec![diags]
    });
    for d in found {
        ck.diags.extend(d);
    }

    // Sources nobody cites.
    if raw.sources_read {
        let cited: HashSet<&str> = citations(raw).flatten().map(|s| s.value.as_str()).collect();
        for s in &raw.sources {
            if !cited.contains(s.id.value.as_str()) {
                ck.warning(
                    s.file,
                    s.id.span.clone(),
                    {
                        let id = &s.id.value;
                        said!(
                            "source `{id}` is never cited",
                            "die Quelle `{id}` wird nirgends zitiert"
                        )
                    },
                    Some(said!(
                        "cite it where its facts are used, or remove it",
                        "dort zitieren, wo ihre Angaben stehen, oder entfernen"
                    )),
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
    });
    index
        .chain(raw.members.iter().map(|m| m.sources.as_slice()))
        .chain(raw.reports.iter().map(|r| r.sources.as_slice()))
        .chain(projects)
}

/// `ikz.toml`: the format version and the years covered. Returns the years, if valid.
fn check_index(ck: &mut Check<'_>, raw: &RawData) -> Option<(u16, u16)> {
    let (file, ix) = raw.index.as_ref()?;
    let file = *file;
    if let Some(f) = &ix.format
        && f.value != crate::data::FORMAT_VERSION
    {
        ck.error(
            file,
            f.span.clone(),
            {
                let (ours, theirs) = (crate::data::FORMAT_VERSION, f.value);
                said!(
                    "this ikz reads data format {ours}, not {theirs}",
                    "dieses ikz liest das Datenformat {ours}, nicht {theirs}"
                )
            },
            Some(if f.value > crate::data::FORMAT_VERSION {
                said!(
                    "the data is newer than this program: update ikz",
                    "die Daten sind neuer als dieses Programm: ikz aktualisieren"
                )
            } else {
                said!(
                    "see docs/data-format.md for the current format",
                    "das aktuelle Format steht in docs/data-format.md"
                )
            }),
        );
    }
    let years = match (&ix.first_year, &ix.last_year) {
        (Some(a), Some(b)) if a.value > b.value => {
            ck.error(
                file,
                b.span.clone(),
                {
                    let (a, b) = (a.value, b.value);
                    said!(
                        "last_year {b} is before first_year {a}",
                        "last_year {b} liegt vor first_year {a}"
                    )
                },
                None,
            );
            None
        }
        (Some(a), Some(b)) => Some((a.value, b.value)),
        _ => None,
    };
    ck.year_in(file, &ix.since, &years);
    for m in &ix.milestones {
        check_milestone(ck, file, m, &years);
    }
    if let Some(st) = &ix.steering {
        ck.year_in(file, &st.formed, &years);
        let people = st
            .people
            .iter()
            .chain(st.earlier.iter().flat_map(|c| &c.people));
        if raw.members_file.is_some() {
            for p in people {
                if let Some(m) = &p.member {
                    check_member_ref(ck, file, m, &raw.members);
                }
            }
        }
        for c in &st.earlier {
            ck.year_in(file, &Some(c.year.clone()), &years);
            if c.sources.is_empty() {
                let y = c.year.value;
                ck.gap(
                    file,
                    c.year.span.clone(),
                    GapKind::NoSource,
                    0,
                    (y.to_string(), Some(y)),
                    said!(
                        "the steering group's composition of {y} cites no source",
                        "die Besetzung der Lenkungsgruppe von {y} nennt keine Quelle"
                    ),
                );
                ck.warning(
                    file,
                    c.year.span.clone(),
                    {
                        let y = c.year.value;
                        said!(
                            "the composition of {y} names no source",
                            "die Besetzung von {y} nennt keine Quelle"
                        )
                    },
                    Some(said!(
                        "add `sources = [\"…\"]` with the text that lists these people",
                        "`sources = [\"…\"]` mit dem Text ergänzen, der diese Personen nennt"
                    )),
                );
            }
        }
    }
    if raw.sources_read {
        let known: HashSet<&str> = raw.sources.iter().map(|s| s.id.value.as_str()).collect();
        ck.sources_exist(file, &ix.sources, &known);
        for m in &ix.milestones {
            ck.sources_exist(file, &m.sources, &known);
        }
        if let Some(st) = &ix.steering {
            ck.sources_exist(file, &st.sources, &known);
            for c in &st.earlier {
                ck.sources_exist(file, &c.sources, &known);
            }
        }
    }
    years
}

/// A milestone's year lies in the data's years; a month needs a year.
fn check_milestone(
    ck: &mut Check<'_>,
    file: FileIdx,
    m: &super::raw::RawMilestone,
    years: &Option<(u16, u16)>,
) {
    ck.year_in(file, &m.year, years);
    if let (Some(month), None) = (&m.month, &m.year) {
        ck.error(
            file,
            month.span.clone(),
            said!("`month` without `year`", "`month` ohne `year`"),
            Some(said!(
                "add the year of the milestone, or remove the month",
                "das Jahr des Meilensteins ergänzen oder den Monat entfernen"
            )),
        );
    }
}

fn check_members(ck: &mut Check<'_>, raw: &RawData, source_ids: &HashSet<&str>) {
    if let Some(file) = raw.members_file
        && raw.members.is_empty()
    {
        ck.error(
            file,
            0..0,
            said!(
                "members.toml lists no member",
                "members.toml nennt kein Mitglied"
            ),
            Some(said!(
                "add [[member]] sections",
                "Abschnitte [[member]] ergänzen"
            )),
        );
    }
    ck.unique(
        Noun::new("member id", "Mitglieds-ID"),
        raw.members.iter().map(|m| by_text(m.file, &m.id)),
    );
    ck.unique(
        Noun::new("member code", "Mitgliedskürzel"),
        raw.members.iter().map(|m| by_text(m.file, &m.code)),
    );
    ck.unique(
        Noun::new("member name or alias", "Mitgliedsname oder anderer Name"),
        raw.members.iter().flat_map(|m| {
            std::iter::once(&m.name).chain(&m.aliases).map(move |a| {
                let shown = Cow::Borrowed(a.value.as_str());
                (m.file, a.span.clone(), shown, Cow::Owned(fold(&a.value)))
            })
        }),
    );
    for m in &raw.members {
        ck.slug(m.file, Noun::new("member", "Mitglieds"), &m.id);
        let n = m.code.value.chars().count();
        if !(2..=4).contains(&n) || !m.code.value.chars().all(char::is_uppercase) {
            ck.error(
                m.file,
                m.code.span.clone(),
                {
                    let code = &m.code.value;
                    said!(
                        "code `{code}` must be 2 to 4 capital letters",
                        "das Kürzel `{code}` muss aus 2 bis 4 Großbuchstaben bestehen"
                    )
                },
                Some(said!(
                    "such as \"GG\" or \"RÜS\"; it heads the member's column",
                    "etwa \"GG\" oder \"RÜS\"; es steht über der Spalte des Mitglieds"
                )),
            );
        }
        if let Some(k) = &m.kind
            && Kind::parse(&k.value).is_none()
        {
            let names = Kind::ALL.map(Kind::name);
            let help = closest(&k.value, names).map_or_else(
                || one_of(&names, ""),
                |c| said!("did you mean \"{c}\"?", "meinten Sie \"{c}\"?"),
            );
            let kind = &k.value;
            ck.error(
                m.file,
                k.span.clone(),
                said!("unknown kind \"{kind}\"", "unbekannte Art \"{kind}\""),
                Some(help),
            );
        }
        if raw.sources_read {
            ck.sources_exist(m.file, &m.sources, source_ids);
        }
        let id = &m.id.value;
        if m.kind.is_none() {
            ck.gap(
                m.file,
                m.id.span.clone(),
                GapKind::NoKind,
                0,
                (id.clone(), None),
                said!(
                    "member `{id}`: no source gives its kind (Stadt, Gemeinde, Landkreis)",
                    "Mitglied `{id}`: keine Quelle nennt seine Art (Stadt, Gemeinde, Landkreis)"
                ),
            );
        }
        if m.sources.is_empty() {
            ck.gap(
                m.file,
                m.id.span.clone(),
                GapKind::NoSource,
                0,
                (id.clone(), None),
                said!(
                    "member `{id}` cites no source",
                    "Mitglied `{id}` nennt keine Quelle"
                ),
            );
        }
    }
}

/// A member id used somewhere: it must be a member; suggest the closest one.
fn check_member_ref(
    ck: &mut Check<'_>,
    file: FileIdx,
    id: &At<String>,
    members: &[RawMember],
) -> bool {
    if ck.member_ids.contains(id.value.as_str()) {
        return true;
    }
    let by_name = members.iter().find(|m| {
        folded_eq(&m.name.value, &id.value)
            || folded_eq(&m.code.value, &id.value)
            || m.aliases.iter().any(|a| folded_eq(&a.value, &id.value))
    });
    let suggestion = by_name
        .map(|m| m.id.value.as_str())
        .or_else(|| closest(&id.value, members.iter().map(|m| m.id.value.as_str())));
    let help = suggestion.map_or_else(
        || {
            said!(
                "use an id from members.toml",
                "eine ID aus members.toml verwenden"
            )
        },
        |s| said!("did you mean `{s}`?", "meinten Sie `{s}`?"),
    );
    let (span, id) = (id.span.clone(), &id.value);
    ck.error(
        file,
        span,
        said!("`{id}` is not a member", "`{id}` ist kein Mitglied"),
        Some(help),
    );
    false
}

fn check_project(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    let f = p.file;
    ck.slug(f, Noun::new("project", "Projekt"), &p.id);
    let status = p.status.as_ref().and_then(|s| {
        let st = Status::parse(&s.value);
        if st.is_none() {
            let names = Status::ALL.map(Status::name);
            let help = closest(&s.value, names).map_or_else(
                || one_of(&names, ""),
                |c| said!("did you mean \"{c}\"?", "meinten Sie \"{c}\"?"),
            );
            let status = &s.value;
            ck.error(
                f,
                s.span.clone(),
                said!(
                    "unknown status \"{status}\"",
                    "unbekannter Status \"{status}\""
                ),
                Some(help),
            );
        }
        st
    });

    // Years of the project.
    ck.year_in(f, &p.start, years);
    ck.year_in(f, &p.end, years);
    match (&p.start, &p.end) {
        (Some(s), Some(e)) if e.value < s.value => {
            ck.error(
                f,
                e.span.clone(),
                {
                    let (s, e) = (s.value, e.value);
                    said!(
                        "end {e} is before start {s}",
                        "das Ende {e} liegt vor dem Beginn {s}"
                    )
                },
                None,
            );
        }
        (None, Some(e)) => ck.error(
            f,
            e.span.clone(),
            said!("`end` without `start`", "`end` ohne `start`"),
            Some(said!(
                "add the year the project started",
                "das Jahr ergänzen, in dem das Projekt begann"
            )),
        ),
        _ => {}
    }
    if let (Some(Status::Running | Status::Planned), Some(e)) = (status, &p.end) {
        ck.error(
            f,
            e.span.clone(),
            {
                let status = status.map_or("", Status::name);
                said!(
                    "a {status} project has no `end`",
                    "ein Projekt mit status = \"{status}\" hat kein `end`"
                )
            },
            Some(said!(
                "set status = \"completed\", or remove `end`",
                "status = \"completed\" setzen oder `end` entfernen"
            )),
        );
    }
    let span_years = p
        .start
        .as_ref()
        .map(|s| (s.value, p.end.as_ref().map(|e| e.value)));

    // Participants.
    let mut seen: HashMap<&str, Range<usize>> =
        HashMap::with_capacity_and_hasher(p.participants.len(), Default::default());
    for x in &p.participants {
        if raw.members_file.is_some() {
            check_member_ref(ck, f, &x.member, &raw.members);
        }
        if let Some(first) = seen.get(x.member.value.as_str()) {
            let first = ck.place(f, first);
            ck.error(
                f,
                x.member.span.clone(),
                {
                    let m = &x.member.value;
                    said!("`{m}` is listed twice", "`{m}` ist zweimal aufgeführt")
                },
                Some(said!(
                    "first listed at {first}; one entry per member",
                    "zuerst aufgeführt in {first}; ein Eintrag je Mitglied"
                )),
            );
        } else {
            seen.insert(&x.member.value, x.member.span.clone());
        }
        ck.year_in(f, &x.joined, years);
        ck.year_in(f, &x.left, years);
        check_named_years(ck, f, x, status, span_years, years);
        if let (Some(j), Some(l)) = (&x.joined, &x.left)
            && l.value < j.value
        {
            ck.error(
                f,
                l.span.clone(),
                {
                    let (m, l, j) = (&x.member.value, l.value, j.value);
                    said!(
                        "`{m}` left in {l} before it joined in {j}",
                        "`{m}` schied {l} aus, bevor es {j} beitrat"
                    )
                },
                None,
            );
        }
        if let (Some(j), Some((start, _))) = (&x.joined, span_years)
            && j.value < start
        {
            ck.error(
                f,
                j.span.clone(),
                {
                    let j = j.value;
                    said!(
                        "joined in {j} before the project started in {start}",
                        "beigetreten {j}, bevor das Projekt {start} begann"
                    )
                },
                None,
            );
        }
        if let (Some(l), Some((_, Some(end)))) = (&x.left, span_years)
            && l.value > end
        {
            ck.error(
                f,
                l.span.clone(),
                {
                    let l = l.value;
                    said!(
                        "left in {l} after the project ended in {end}",
                        "ausgeschieden {l}, nachdem das Projekt {end} endete"
                    )
                },
                None,
            );
        }
    }

    // Reported counts.
    let members = raw.members.len();
    let mut counted: HashMap<u16, Range<usize>> = HashMap::default();
    for r in &p.reported {
        ck.year_in(f, &Some(r.year.clone()), years);
        if let Some(first) = counted.insert(r.year.value, r.year.span.clone()) {
            let first = ck.place(f, &first);
            ck.error(
                f,
                r.year.span.clone(),
                {
                    let y = r.year.value;
                    said!("a second count for {y}", "eine zweite Anzahl für {y}")
                },
                Some(said!("first at {first}", "die erste in {first}")),
            );
        }
        if let Some((start, end)) = span_years
            && (r.year.value < start || end.is_some_and(|e| r.year.value > e))
        {
            ck.error(
                f,
                r.year.span.clone(),
                {
                    let y = r.year.value;
                    said!(
                        "a count for {y}, a year the project did not run",
                        "eine Anzahl für {y}, ein Jahr, in dem das Projekt nicht lief"
                    )
                },
                Some(fix_year_or_span()),
            );
        }
        if raw.members_file.is_some() && r.count.value as usize > members {
            ck.error(
                f,
                r.count.span.clone(),
                {
                    let n = r.count.value;
                    said!(
                        "{n} participants, but the cooperation has {members} members",
                        "{n} Teilnehmende, aber die Kooperation hat {members} Mitglieder"
                    )
                },
                None,
            );
        }
        let y = r.year.value;
        // Ids that are no member were reported already: they do not count again here.
        let known = |x: &&super::raw::RawParticipant| {
            raw.members_file.is_none() || ck.member_ids.contains(x.member.value.as_str())
        };
        let listed = p.participants.iter().filter(known).filter(|x| {
            if x.years.is_empty() {
                x.joined.as_ref().is_none_or(|j| j.value <= y)
                    && x.left.as_ref().is_none_or(|l| y <= l.value)
            } else {
                x.years.iter().any(|n| n.value == y)
            }
        });
        let listed: HashSet<&str> = listed.map(|x| x.member.value.as_str()).collect();
        if listed.len() < r.count.value as usize && raw.members_file.is_some() {
            let (n, y, count, id) = (listed.len(), r.year.value, r.count.value, &p.id.value);
            let missing = count - n as u32;
            ck.gap(
                f,
                r.count.span.clone(),
                GapKind::Unnamed,
                missing,
                (id.clone(), Some(y)),
                said!(
                    "`{id}` {y}: {count} reported, {n} named – {missing} not named",
                    "`{id}` {y}: {count} gemeldet, {n} genannt – {missing} nicht genannt"
                ),
            );
        }
        if listed.len() > r.count.value as usize {
            ck.error(
                f,
                r.count.span.clone(),
                {
                    let (n, y, count) = (listed.len(), r.year.value, r.count.value);
                    said!(
                        "{n} participants are listed for {y}, more than the reported {count}",
                        "für {y} sind {n} Teilnehmende aufgeführt, mehr als die gemeldeten {count}"
                    )
                },
                Some(said!(
                    "fix the count or the list; if a member joined or left, give its `joined` or `left` year",
                    "die Anzahl oder die Liste berichtigen; ist ein Mitglied beigetreten oder ausgeschieden, sein Jahr `joined` oder `left` angeben"
                )),
            );
        }
    }

    // Milestones and sources.
    for m in &p.milestones {
        check_milestone(ck, f, m, years);
        if raw.sources_read {
            ck.sources_exist(f, &m.sources, source_ids);
        }
    }
    check_slips(ck, raw, p, status, years);
    if raw.sources_read {
        ck.sources_exist(f, &p.sources, source_ids);
    }
    check_what_it_is(ck, raw, p, years, source_ids);
    let named = seen.len();
    if p.reported.is_empty() && raw.members_file.is_some() && named < members {
        let id = &p.id.value;
        ck.gap(
            f,
            p.id.span.clone(),
            GapKind::NoCount,
            (members - named) as u32,
            (id.clone(), None),
            said!(
                "no source gives a count of participants for `{id}`; {named} of {members} members named",
                "keine Quelle nennt eine Anzahl der Teilnehmenden für `{id}`; {named} von {members} Mitgliedern genannt"
            ),
        );
    }
    if p.sources.is_empty() {
        let id = &p.id.value;
        ck.gap(
            f,
            p.id.span.clone(),
            GapKind::NoSource,
            0,
            (id.clone(), None),
            said!(
                "project `{id}` cites no source",
                "Projekt `{id}` nennt keine Quelle"
            ),
        );
        ck.warning(
            f,
            p.id.span.clone(),
            {
                let id = &p.id.value;
                said!(
                    "project `{id}` names no source",
                    "das Projekt `{id}` nennt keine Quelle"
                )
            },
            Some(said!(
                "add `sources = [\"…\"]` with the text its facts come from",
                "`sources = [\"…\"]` mit dem Text ergänzen, aus dem seine Angaben stammen"
            )),
        );
    }
}

/// What a project's years and status say against its milestones and the reports: a
/// milestone outside the years the project ran (a year moved in one place only), and a
/// project still `planned` though it starts before the year of the newest report (a
/// status nobody updated). Both are warnings: the data reads, but one of two places is
/// likely wrong.
fn check_slips(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    status: Option<Status>,
    years: &Option<(u16, u16)>,
) {
    let (Some(status), Some(start), Some((_, last))) = (status, &p.start, years) else {
        return;
    };
    let ran = status.years(start.value, p.end.as_ref().map(|e| e.value), *last);
    let (a, b) = (*ran.start(), *ran.end());
    let shown = if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    };
    for m in &p.milestones {
        let Some(y) = &m.year else { continue };
        if ran.contains(&y.value) {
            continue;
        }
        let (id, year) = (&p.id.value, y.value);
        ck.warning(
            p.file,
            y.span.clone(),
            said!(
                "a milestone of {year} lies outside the years of `{id}` ({shown})",
                "ein Meilenstein von {year} liegt außerhalb der Jahre von `{id}` ({shown})"
            ),
            Some(said!(
                "correct the milestone's year, or the project's `start`, `end` or `status`; what happened before or after the project belongs in its `note`",
                "das Jahr des Meilensteins berichtigen oder `start`, `end` oder `status` des Projekts; was vor oder nach dem Projekt geschah, gehört in seine `note`"
            )),
        );
    }
    let newest = raw.reports.iter().map(|r| r.year.value).max();
    if let (Status::Planned, Some(newest), Some(at)) = (status, newest, &p.status)
        && start.value < newest
    {
        let (id, start) = (&p.id.value, start.value);
        ck.warning(
            p.file,
            at.span.clone(),
            said!(
                "`{id}` is still \"planned\", but it starts in {start}, before {newest}, the year of the newest report",
                "`{id}` ist noch \"planned\", beginnt aber {start}, vor {newest}, dem Jahr des neuesten Berichts"
            ),
            Some(said!(
                "set `status` to what the sources say now: \"running\", \"completed\" or \"unknown\"",
                "`status` auf das setzen, was die Quellen jetzt sagen: \"running\", \"completed\" oder \"unknown\""
            )),
        );
    }
}

/// The seat, the form, the grants and the awards of a project.
fn check_what_it_is(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    let f = p.file;
    let mut cited: Vec<&[At<String>]> = Vec::new();
    if let Some(seat) = &p.seat {
        if let Some(m) = &seat.member
            && raw.members_file.is_some()
            && check_member_ref(ck, f, m, &raw.members)
            && !p.participants.is_empty()
            && !p.participants.iter().any(|x| x.member.value == m.value)
        {
            ck.warning(
                f,
                m.span.clone(),
                {
                    let m = &m.value;
                    said!(
                        "the seat `{m}` is not among the participants",
                        "der Sitz `{m}` ist nicht unter den Teilnehmenden"
                    )
                },
                Some(said!(
                    "add it to `participants` where a source names it, or check the seat",
                    "in `participants` ergänzen, wo eine Quelle es nennt, oder den Sitz prüfen"
                )),
            );
        }
        // A place that is a member's name is meant as that member.
        if let Some(place) = &seat.place
            && let Some(member) = raw.members.iter().find(|m| {
                folded_eq(&m.name.value, &place.value)
                    || m.aliases.iter().any(|a| folded_eq(&a.value, &place.value))
            })
        {
            ck.warning(
                f,
                place.span.clone(),
                {
                    let place = &place.value;
                    said!(
                        "the place `{place}` is a member",
                        "der Ort `{place}` ist ein Mitglied"
                    )
                },
                Some({
                    let id = &member.id.value;
                    said!(
                        "write `member = \"{id}\"` so that the member is shown as the seat",
                        "`member = \"{id}\"` schreiben, damit das Mitglied als Sitz gezeigt wird"
                    )
                }),
            );
        }
        cited.push(&seat.sources);
    }
    if let Some(form) = &p.form {
        if Form::parse(&form.name.value).is_none() {
            let names = Form::ALL.map(Form::name);
            let help = closest(&form.name.value, names).map_or_else(
                || one_of(&names, ":"),
                |c| said!("did you mean \"{c}\"?", "meinten Sie \"{c}\"?"),
            );
            let name = &form.name.value;
            ck.error(
                f,
                form.name.span.clone(),
                said!("unknown form \"{name}\"", "unbekannte Form \"{name}\""),
                Some(help),
            );
        }
        cited.push(&form.sources);
    }
    for g in &p.funding {
        ck.year_in(f, &g.year, years);
        cited.push(&g.sources);
    }
    for a in &p.awards {
        ck.year_in(f, &a.year, years);
        cited.push(&a.sources);
    }
    if raw.sources_read {
        for list in cited {
            ck.sources_exist(f, list, source_ids);
        }
    }
}

/// `years = […]` of a participant: not together with `joined` or `left`, not empty, each
/// year once and in a year the project ran.
fn check_named_years(
    ck: &mut Check<'_>,
    f: FileIdx,
    x: &super::raw::RawParticipant,
    status: Option<Status>,
    span_years: Option<(u16, Option<u16>)>,
    years: &Option<(u16, u16)>,
) {
    if x.years.is_empty() {
        return;
    }
    if let Some(other) = x.joined.as_ref().or(x.left.as_ref()) {
        ck.error(
            f,
            other.span.clone(),
            {
                let m = &x.member.value;
                said!(
                    "`{m}` has both `years` and `joined` or `left`",
                    "`{m}` hat sowohl `years` als auch `joined` oder `left`"
                )
            },
            Some(said!(
                "use `years` for the years a source names it, or `joined`/`left` for a span, not both",
                "`years` für die Jahre, in denen eine Quelle es nennt, oder `joined`/`left` für einen Zeitraum, nicht beides"
            )),
        );
    }
    // The last year the project ran, as `Model::active_years` counts it.
    let last = span_years.map(|(start, end)| {
        end.unwrap_or(match status {
            Some(Status::Running | Status::Planned) => years.map_or(start, |(_, l)| l),
            _ => start,
        })
    });
    let mut seen: HashSet<u16> = HashSet::default();
    for y in &x.years {
        ck.year_in(f, &Some(y.clone()), years);
        if !seen.insert(y.value) {
            ck.error(
                f,
                y.span.clone(),
                {
                    let y = y.value;
                    said!(
                        "{y} is listed twice in `years`",
                        "{y} steht zweimal in `years`"
                    )
                },
                None,
            );
        }
        if let (Some((start, _)), Some(last)) = (span_years, last)
            && !(start..=last).contains(&y.value)
        {
            ck.error(
                f,
                y.span.clone(),
                {
                    let (m, y) = (&x.member.value, y.value);
                    said!(
                        "`{m}` is named for {y}, a year the project did not run ({start}–{last})",
                        "`{m}` ist für {y} genannt, ein Jahr, in dem das Projekt nicht lief ({start}–{last})"
                    )
                },
                Some(fix_year_or_span()),
            );
        }
    }
}
