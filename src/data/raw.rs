//! The records of the data files as written, each value with its place in its file,
//! and the functions that read them from a parsed TOML document.
//! `docs/data-format.md` describes these files for the people who edit them.

use std::ops::Range;

use toml::de::DeTable;

use super::reader::{At, Ctx, Fields};
use crate::diag::{Table, ValueProblem};

/// Which file a record came from (an index into the loaded files).
pub type FileIdx = usize;

#[derive(Debug, Default)]
pub struct RawIndex {
    pub format: Option<At<u32>>,
    pub name: Option<At<String>>,
    pub short_name: Option<At<String>>,
    pub since: Option<At<u16>>,
    pub website: Option<At<String>>,
    pub summary: Option<At<String>>,
    pub first_year: Option<At<u16>>,
    pub last_year: Option<At<u16>>,
    pub steering: Option<RawSteering>,
    pub milestones: Vec<RawMilestone>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug, Default)]
pub struct RawSteering {
    pub formed: Option<At<u16>>,
    pub dated: RawDated,
    pub note: Option<At<String>>,
    pub sources: Vec<At<String>>,
    pub people: Vec<RawPerson>,
    /// Earlier compositions that a source states, `[[steering_group.earlier]]`.
    pub earlier: Vec<RawComposition>,
}

/// An earlier composition of the steering group.
#[derive(Debug)]
pub struct RawComposition {
    /// The year the source states this composition for.
    pub year: At<u16>,
    pub dated: RawDated,
    pub note: Option<At<String>>,
    pub sources: Vec<At<String>>,
    pub people: Vec<RawPerson>,
}

/// `from`, `until` and `as_of` of a composition (format 2).
#[derive(Debug, Default)]
pub struct RawDated {
    pub from: Option<At<u16>>,
    pub until: Option<At<u16>>,
    pub as_of: Option<At<String>>,
}

impl RawDated {
    fn read(cx: &mut Ctx<'_>, f: &Fields<'_, '_>) -> RawDated {
        f.format_2(cx, &["from", "until", "as_of"]);
        RawDated {
            from: f.opt_year(cx, "from"),
            until: f.opt_year(cx, "until"),
            as_of: f.opt_str(cx, "as_of", false),
        }
    }
}

#[derive(Debug)]
pub struct RawPerson {
    pub name: At<String>,
    pub role: Option<At<String>>,
    pub member: Option<At<String>>,
}

#[derive(Debug)]
pub struct RawMilestone {
    pub year: Option<At<u16>>,
    /// 1 to 12, where the source gives the month; needs `year`.
    pub month: Option<At<u8>>,
    pub text: At<String>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawSource {
    pub file: FileIdx,
    pub id: At<String>,
    pub title: At<String>,
    pub url: Option<At<String>>,
    /// `url` parsed as a web address, once: checking warns of one that is not, the
    /// model keeps one that is.
    pub web: Option<Result<crate::web::WebAddress, crate::web::NotWeb>>,
    pub publisher: Option<At<String>>,
    pub date: Option<At<String>>,
    /// `internal = true`: what an office or a colleague said (format 2).
    pub internal: Option<At<bool>>,
    /// Who said it: an office or a role (format 2, with `internal`).
    pub by: Option<At<String>>,
    /// `checked = false`: nobody could read it again (format 2).
    pub checked: Option<At<bool>>,
}

#[derive(Debug)]
pub struct RawMember {
    pub file: FileIdx,
    pub id: At<String>,
    pub name: At<String>,
    pub kind: Option<At<String>>,
    pub code: At<String>,
    pub aliases: Vec<At<String>>,
    pub note: Option<At<String>>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawReport {
    pub file: FileIdx,
    pub number: At<u32>,
    pub year: At<u16>,
    pub title: Option<At<String>>,
    pub period: Option<At<String>>,
    pub published: Option<At<String>>,
    pub pages: Option<At<u32>>,
    pub highlights: Vec<At<String>>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawProject {
    pub file: FileIdx,
    pub id: At<String>,
    pub title: At<String>,
    pub field: Option<At<String>>,
    pub summary: Option<At<String>>,
    pub status: Option<At<String>>,
    pub start: Option<At<u16>>,
    /// Whether `start` is written, though maybe not as a year (already an error: an
    /// `end` is then not "without `start`").
    pub start_written: bool,
    pub end: Option<At<u16>>,
    /// The last year a source shows a running project running (format 2).
    pub last_seen: Option<At<u16>>,
    pub participants: Vec<RawParticipant>,
    /// Members a source says do not take part (format 2).
    pub absent: Vec<RawAbsent>,
    pub reported: Vec<RawReported>,
    pub milestones: Vec<RawMilestone>,
    pub sources: Vec<At<String>>,
    pub note: Option<At<String>>,
    pub seat: Option<RawSeat>,
    pub form: Option<RawForm>,
    pub funding: Vec<RawFunding>,
    pub awards: Vec<RawAward>,
}

/// `seat = "raunheim"`, or `[seat]` with `member` or `place`, `office` and `sources`.
#[derive(Debug)]
pub struct RawSeat {
    pub member: Option<At<String>>,
    pub place: Option<At<String>>,
    pub office: Option<At<String>>,
    pub sources: Vec<At<String>>,
}

/// `form = "Zweckverband"`, or `form = { name = "…", sources = […] }`.
#[derive(Debug)]
pub struct RawForm {
    pub name: At<String>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawFunding {
    pub year: Option<At<u16>>,
    pub amount: At<u64>,
    pub by: At<String>,
    pub note: Option<At<String>>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawAward {
    pub year: Option<At<u16>>,
    pub name: At<String>,
    pub by: Option<At<String>>,
    pub sources: Vec<At<String>>,
}

#[derive(Debug)]
pub struct RawParticipant {
    pub member: At<String>,
    pub joined: Option<At<u16>>,
    pub left: Option<At<u16>>,
    /// The years a source names it in, where it is known for those years only.
    pub years: Vec<At<u16>>,
    /// The sources of this entry (format 2); `None`: it has none of its own.
    pub sources: Option<Vec<At<String>>>,
}

/// `not_participating = [{ member = "…", years = […], sources = […] }]` (format 2).
#[derive(Debug)]
pub struct RawAbsent {
    pub member: At<String>,
    pub years: Vec<At<u16>>,
    pub sources: Option<Vec<At<String>>>,
}

#[derive(Debug)]
pub struct RawReported {
    pub year: At<u16>,
    pub count: At<u32>,
    /// The sources of this count (format 2); `None`: it has none of its own.
    pub sources: Option<Vec<At<String>>>,
}

/// `ikz.toml`: the format version, the cooperation, the years covered.
pub fn read_index(cx: &mut Ctx<'_>, doc: &DeTable<'_>, span: Range<usize>) -> RawIndex {
    let top = Fields::new(
        cx,
        doc,
        span,
        Table::IkzToml,
        &[
            "format",
            "cooperation",
            "coverage",
            "steering_group",
            "milestone",
        ],
    );
    let mut raw = RawIndex {
        format: top.req_count(cx, "format"),
        ..RawIndex::default()
    };
    if let Some((t, s)) = top.req_table(cx, "cooperation") {
        let f = Fields::new(
            cx,
            t,
            s,
            Table::Cooperation,
            &[
                "name",
                "short_name",
                "since",
                "website",
                "summary",
                "sources",
            ],
        );
        raw.name = f.req_str(cx, "name", false);
        raw.short_name = f.opt_str(cx, "short_name", false);
        raw.since = f.opt_year(cx, "since");
        raw.website = f.opt_str(cx, "website", false);
        raw.summary = f.opt_str(cx, "summary", true);
        raw.sources = f.str_list(cx, "sources");
    }
    if let Some((t, s)) = top.req_table(cx, "coverage") {
        let f = Fields::new(cx, t, s, Table::Coverage, &["first_year", "last_year"]);
        raw.first_year = f.req_year(cx, "first_year");
        raw.last_year = f.req_year(cx, "last_year");
    }
    if let Some((t, s)) = top.table(cx, "steering_group") {
        let f = Fields::new(
            cx,
            t,
            s,
            Table::SteeringGroup,
            &[
                "formed", "note", "sources", "person", "earlier", "from", "until", "as_of",
            ],
        );
        raw.steering = Some(RawSteering {
            formed: f.opt_year(cx, "formed"),
            dated: RawDated::read(cx, &f),
            note: f.opt_str(cx, "note", true),
            sources: f.str_list(cx, "sources"),
            people: f.tables(cx, "person", read_person),
            earlier: f.tables(cx, "earlier", |cx, t, s| {
                let e = Fields::new(
                    cx,
                    t,
                    s,
                    Table::EarlierComposition,
                    &[
                        "year", "note", "sources", "person", "from", "until", "as_of",
                    ],
                );
                let dated = RawDated::read(cx, &e);
                let year = e.req_year(cx, "year");
                let note = e.opt_str(cx, "note", true);
                let sources = e.str_list(cx, "sources");
                let people = e.tables(cx, "person", read_person);
                Some(RawComposition {
                    year: year?,
                    dated,
                    note,
                    sources,
                    people,
                })
            }),
        });
    }
    raw.milestones = top.tables(cx, "milestone", read_milestone);
    raw
}

fn read_person(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawPerson> {
    let p = Fields::new(cx, t, s, Table::Person, &["name", "role", "member"]);
    Some(RawPerson {
        name: p.req_str(cx, "name", false)?,
        role: p.opt_str(cx, "role", false),
        member: p.opt_str(cx, "member", false),
    })
}

fn read_milestone(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawMilestone> {
    let f = Fields::new(
        cx,
        t,
        s,
        Table::Milestone,
        &["year", "month", "text", "sources"],
    );
    let year = f.opt_year(cx, "year");
    let month = f.opt_month(cx, "month");
    let sources = f.str_list(cx, "sources");
    Some(RawMilestone {
        year,
        month,
        text: f.req_str(cx, "text", true)?,
        sources,
    })
}

/// `sources.toml`: the public texts the data rests on.
pub fn read_sources(
    cx: &mut Ctx<'_>,
    file: FileIdx,
    doc: &DeTable<'_>,
    span: Range<usize>,
) -> Vec<RawSource> {
    let top = Fields::new(cx, doc, span, Table::SourcesToml, &["source"]);
    top.tables(cx, "source", |cx, t, s| {
        let f = Fields::new(
            cx,
            t,
            s,
            Table::Source,
            &[
                "id",
                "title",
                "url",
                "publisher",
                "date",
                "internal",
                "by",
                "checked",
            ],
        );
        let id = f.req_str(cx, "id", false);
        let title = f.req_str(cx, "title", false);
        let (url, publisher, date) = (
            f.opt_str(cx, "url", false),
            f.opt_str(cx, "publisher", false),
            f.opt_str(cx, "date", false),
        );
        f.format_2(cx, &["internal", "by", "checked"]);
        let (internal, by, checked) = (
            f.opt_bool(cx, "internal"),
            f.opt_str(cx, "by", false),
            f.opt_bool(cx, "checked"),
        );
        Some(RawSource {
            file,
            id: id?,
            title: title?,
            internal,
            by,
            checked,
            web: url
                .as_ref()
                .map(|u| crate::web::WebAddress::parse(&u.value)),
            url,
            publisher,
            date,
        })
    })
}

/// `members.toml`: the members of the cooperation.
pub fn read_members(
    cx: &mut Ctx<'_>,
    file: FileIdx,
    doc: &DeTable<'_>,
    span: Range<usize>,
) -> Vec<RawMember> {
    let top = Fields::new(cx, doc, span, Table::MembersToml, &["member"]);
    top.tables(cx, "member", |cx, t, s| {
        let f = Fields::new(
            cx,
            t,
            s,
            Table::Member,
            &["id", "name", "kind", "code", "aliases", "note", "sources"],
        );
        let id = f.req_str(cx, "id", false);
        let name = f.req_str(cx, "name", false);
        let code = f.req_str(cx, "code", false);
        let kind = f.opt_str(cx, "kind", false);
        let aliases = f.str_list(cx, "aliases");
        let note = f.opt_str(cx, "note", true);
        let sources = f.str_list(cx, "sources");
        Some(RawMember {
            file,
            id: id?,
            name: name?,
            kind,
            code: code?,
            aliases,
            note,
            sources,
        })
    })
}

/// `reports.toml`: the annual reports.
pub fn read_reports(
    cx: &mut Ctx<'_>,
    file: FileIdx,
    doc: &DeTable<'_>,
    span: Range<usize>,
) -> Vec<RawReport> {
    let top = Fields::new(cx, doc, span, Table::ReportsToml, &["report"]);
    top.tables(cx, "report", |cx, t, s| {
        let f = Fields::new(
            cx,
            t,
            s,
            Table::Report,
            &[
                "number",
                "year",
                "title",
                "period",
                "published",
                "pages",
                "highlights",
                "sources",
            ],
        );
        let number = f.req_count(cx, "number");
        let year = f.req_year(cx, "year");
        let title = f.opt_str(cx, "title", false);
        let period = f.opt_str(cx, "period", false);
        let published = f.opt_str(cx, "published", false);
        let pages = f.opt_count(cx, "pages");
        let highlights = f.list(cx, "highlights", |cx, item| {
            let toml::de::DeValue::String(s) = item.get_ref() else {
                cx.error(item.span(), ValueProblem::HighlightNotString);
                return None;
            };
            let at = At {
                value: s.to_string(),
                span: item.span(),
            };
            let ok = cx.checked(&at, true, "highlights");
            ok.then_some(at)
        });
        let sources = f.str_list(cx, "sources");
        Some(RawReport {
            file,
            number: number?,
            year: year?,
            title,
            period,
            published,
            pages,
            highlights,
            sources,
        })
    })
}

/// One file of `projects/`: one project.
pub fn read_project(
    cx: &mut Ctx<'_>,
    file: FileIdx,
    doc: &DeTable<'_>,
    span: Range<usize>,
) -> Option<RawProject> {
    let f = Fields::new(
        cx,
        doc,
        span,
        Table::Project,
        &[
            "id",
            "title",
            "field",
            "summary",
            "status",
            "start",
            "end",
            "last_seen",
            "participants",
            "not_participating",
            "reported",
            "milestone",
            "sources",
            "note",
            "seat",
            "form",
            "funding",
            "award",
        ],
    );
    let id = f.req_str(cx, "id", false);
    let title = f.req_str(cx, "title", false);
    let field = f.opt_str(cx, "field", false);
    let summary = f.opt_str(cx, "summary", true);
    let status = f.req_str(cx, "status", false);
    let start = f.opt_year(cx, "start");
    let start_written = f.has("start");
    let end = f.opt_year(cx, "end");
    f.format_2(cx, &["not_participating", "last_seen"]);
    let last_seen = f.opt_year(cx, "last_seen");
    let participants = f.list(cx, "participants", read_participant);
    let absent = f.tables(cx, "not_participating", read_absent);
    let reported = f.tables(cx, "reported", read_reported);
    let milestones = f.tables(cx, "milestone", read_milestone);
    let sources = f.str_list(cx, "sources");
    let note = f.opt_str(cx, "note", true);
    let seat = f.text_or_table(cx, "seat", read_seat, |member| RawSeat {
        member: Some(member),
        place: None,
        office: None,
        sources: Vec::new(),
    });
    let form = f.text_or_table(cx, "form", read_form, |name| RawForm {
        name,
        sources: Vec::new(),
    });
    let funding = f.tables(cx, "funding", read_funding);
    let awards = f.tables(cx, "award", read_award);
    Some(RawProject {
        file,
        id: id?,
        title: title?,
        field,
        summary,
        status,
        start,
        start_written,
        end,
        last_seen,
        participants,
        absent,
        reported,
        milestones,
        sources,
        note,
        seat,
        form,
        funding,
        awards,
    })
}

/// `reported = [{ year, count }]`: a count of participants a source gives for a year.
fn read_reported(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawReported> {
    let r = Fields::new(
        cx,
        t,
        s,
        Table::ReportedCount,
        &["year", "count", "sources"],
    );
    r.format_2(cx, &["sources"]);
    let year = r.req_year(cx, "year");
    let count = r.req_count(cx, "count");
    let sources = t.contains_key("sources").then(|| r.str_list(cx, "sources"));
    Some(RawReported {
        year: year?,
        count: count?,
        sources,
    })
}

/// A member a source says does not take part, in the years listed (format 2).
fn read_absent(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawAbsent> {
    let f = Fields::new(
        cx,
        t,
        s.clone(),
        Table::NotParticipating,
        &["member", "years", "sources"],
    );
    let member = f.req_str(cx, "member", false);
    let years = f.year_list(cx, "years");
    if years.is_empty() {
        // Missing or empty (a bad year was reported already): it would say nothing.
        if t.get("years")
            .is_none_or(|v| matches!(v.get_ref(), toml::de::DeValue::Array(a) if a.is_empty()))
        {
            let at = t.get("years").map_or(s.clone(), |v| v.span());
            cx.error(at, ValueProblem::AbsentNoYears);
        }
        return None;
    }
    let sources = t.contains_key("sources").then(|| f.str_list(cx, "sources"));
    Some(RawAbsent {
        member: member?,
        years,
        sources,
    })
}

/// `[seat]` with a `member` or a `place`, an `office` and `sources`.
fn read_seat(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawSeat> {
    let f = Fields::new(
        cx,
        t,
        s.clone(),
        Table::Seat,
        &["member", "place", "office", "sources"],
    );
    // Judged by the keys written, so that an empty `member` gets one message, not two.
    if t.contains_key("member") == t.contains_key("place") {
        cx.error(s.clone(), ValueProblem::SeatEitherOr);
        return None;
    }
    let member = f.opt_str(cx, "member", false);
    let place = f.opt_str(cx, "place", false);
    if member.is_none() && place.is_none() {
        return None;
    }
    Some(RawSeat {
        member,
        place,
        office: f.opt_str(cx, "office", false),
        sources: f.str_list(cx, "sources"),
    })
}

/// `form = { name, sources }`.
fn read_form(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawForm> {
    let f = Fields::new(cx, t, s, Table::Form, &["name", "sources"]);
    let sources = f.str_list(cx, "sources");
    Some(RawForm {
        name: f.req_str(cx, "name", false)?,
        sources,
    })
}

/// `[[funding]]`: a grant, its year, amount, giver, note and sources.
fn read_funding(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawFunding> {
    let f = Fields::new(
        cx,
        t,
        s,
        Table::Funding,
        &["year", "amount", "by", "note", "sources"],
    );
    let year = f.opt_year(cx, "year");
    let amount = f.req_amount(cx, "amount");
    let by = f.req_str(cx, "by", false);
    let note = f.opt_str(cx, "note", true);
    let sources = f.str_list(cx, "sources");
    Some(RawFunding {
        year,
        amount: amount?,
        by: by?,
        note,
        sources,
    })
}

/// `[[award]]`: an award, its year, name, giver and sources.
fn read_award(cx: &mut Ctx<'_>, t: &DeTable<'_>, s: Range<usize>) -> Option<RawAward> {
    let f = Fields::new(cx, t, s, Table::Award, &["year", "name", "by", "sources"]);
    let year = f.opt_year(cx, "year");
    let name = f.req_str(cx, "name", false);
    let by = f.opt_str(cx, "by", false);
    let sources = f.str_list(cx, "sources");
    Some(RawAward {
        year,
        name: name?,
        by,
        sources,
    })
}

/// A participant is a member id, or a table with the id and the years it joined or left.
fn read_participant(
    cx: &mut Ctx<'_>,
    item: &toml::Spanned<toml::de::DeValue<'_>>,
) -> Option<RawParticipant> {
    use toml::de::DeValue;
    match item.get_ref() {
        DeValue::String(s) => {
            let member = At {
                value: s.to_string(),
                span: item.span(),
            };
            let ok = cx.checked(&member, false, "member");
            ok.then_some(RawParticipant {
                member,
                joined: None,
                left: None,
                years: Vec::new(),
                sources: None,
            })
        }
        DeValue::Table(t) => {
            let f = Fields::new(
                cx,
                t,
                item.span(),
                Table::Participant,
                &["member", "joined", "left", "years", "sources"],
            );
            f.format_2(cx, &["sources"]);
            let member = f.req_str(cx, "member", false);
            let joined = f.opt_year(cx, "joined");
            let left = f.opt_year(cx, "left");
            let years = f.year_list(cx, "years");
            if let Some(v) = t.get("years")
                && matches!(v.get_ref(), DeValue::Array(a) if a.is_empty())
            {
                cx.error(v.span(), ValueProblem::YearsEmpty);
                // Read as "every year", it would also break the counts: leave it out.
                return None;
            }
            let sources = t.contains_key("sources").then(|| f.str_list(cx, "sources"));
            Some(RawParticipant {
                member: member?,
                joined,
                left,
                years,
                sources,
            })
        }
        _ => {
            cx.error(item.span(), ValueProblem::ParticipantShape);
            None
        }
    }
}
