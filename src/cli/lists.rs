//! `ikz members`, `ikz projects`, `ikz years` and `ikz participants`.

use std::fmt::Write as _;

use serde::Serialize;

use super::{As, Outcome};
use crate::model::{Cell, Form, MemberIdx, Model, ProjectIdx, SeatAt, Status};
use crate::present::csv::Csv;
use crate::present::table::{Dialect, aligned};
use crate::present::words::{CliWords, Counted, Lang, Texts};
use crate::query::find::{self, Found};
use crate::query::search::Target;
use crate::text::sanitize;

pub(super) fn json(w: &CliWords, value: &impl Serialize) -> Outcome {
    match serde_json::to_string_pretty(value) {
        // JSON escapes, so that the terminal filter has nothing left to change.
        Ok(s) => Outcome::ok(crate::text::sanitize_json(&s).into_owned() + "\n"),
        Err(e) => Outcome::usage(format!("{}: {e}", w.cannot_write_json)),
    }
}

fn dash(s: Option<&str>) -> String {
    s.unwrap_or("–").to_string()
}

/// "2017", "2017–2019", "since 2024", "year not known".
pub fn years_label(t: &Texts, model: &Model, p: ProjectIdx) -> String {
    crate::present::detail::years_label(t, model, p)
}

pub fn members(model: &Model, format: As, lang: Lang) -> Outcome {
    let w = &lang.texts().cli;
    match format {
        As::Json => return json(w, &model.members),
        As::Csv(dialect) => return Outcome::ok(members_csv(model, dialect, lang)),
        As::Text => {}
    }
    let rows: Vec<Vec<String>> = model
        .members
        .iter()
        .map(|m| {
            vec![
                m.code.clone(),
                m.name.clone(),
                dash(m.kind.map(|k| k.name())),
                m.id.clone(),
                m.aliases.join(", "),
            ]
        })
        .collect();
    Outcome::ok(aligned(&w.members_head, &rows))
}

fn members_csv(model: &Model, dialect: Dialect, lang: Lang) -> String {
    let mut c = Csv::new(dialect, lang);
    let h = c.heads();
    c.head(&[
        ("id", h.id),
        ("code", h.code),
        ("name", h.name),
        ("kind", h.kind),
        ("aliases", h.aliases),
    ]);
    for m in &model.members {
        let kind = m
            .kind
            .map_or_else(String::new, |k| c.value(&k, c.texts().kind(k)));
        c.row(vec![
            m.id.clone(),
            m.code.clone(),
            m.name.clone(),
            kind,
            c.joined(&m.aliases.iter().map(String::as_str).collect::<Vec<_>>()),
        ]);
    }
    c.finish()
}

#[derive(Serialize)]
struct ProjectRow<'a> {
    /// The year asked for; `null` for all years.
    year: Option<u16>,
    id: &'a str,
    title: &'a str,
    field: Option<&'a str>,
    status: Status,
    start: Option<u16>,
    end: Option<u16>,
    /// Member ids a source names as taking part.
    listed: Vec<&'a str>,
    /// The count a source reports, if any.
    reported: Option<u32>,
    members: usize,
    /// For `--member`: "yes", or "unknown" where the source gives only a count.
    #[serde(skip_serializing_if = "Option::is_none")]
    member_takes_part: Option<Cell>,
    /// Where the office sits: `{"member": id}` or `{"place": text}`, with its office.
    seat: Option<SeatRow<'a>>,
    form: Option<Form>,
    /// The sum of the grants in euros, where there are any.
    funded: Option<u64>,
}

#[derive(Serialize)]
struct SeatRow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    member: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a str>,
    office: Option<&'a str>,
}

/// What `ikz projects` keeps, beside the year and the member.
#[derive(Debug, Clone, Copy, Default)]
pub struct Only<'a> {
    /// A member (id, code, name or alias) the office sits with.
    pub seat: Option<&'a str>,
    /// A form, as written or a part of its name.
    pub form: Option<&'a str>,
    pub funded: bool,
}

/// The forms a query means: the one it names, else those whose German or English name
/// holds it.
fn forms_meant(query: &str) -> Vec<Form> {
    if let Some(f) = Form::parse(query) {
        return vec![f];
    }
    let q = query.trim();
    Form::ALL
        .into_iter()
        .filter(|f| {
            !q.is_empty()
                && (crate::text::folded_contains(f.name(), q)
                    || crate::text::folded_contains(f.english(), q))
        })
        .collect()
}

fn seat_row(model: &Model, p: ProjectIdx) -> Option<SeatRow<'_>> {
    model.project(p).seat.as_ref().map(|s| {
        let (member, place) = match &s.at {
            SeatAt::Member(m) => (Some(model.member(*m).id.as_str()), None),
            SeatAt::Place(place) => (None, Some(place.as_str())),
        };
        SeatRow {
            member,
            place,
            office: s.office.as_deref(),
        }
    })
}

pub fn projects(
    model: &Model,
    member: Option<&str>,
    all: bool,
    year: Option<u16>,
    only: Only<'_>,
    format: As,
    lang: Lang,
) -> Outcome {
    let (t, w) = (lang.texts(), &lang.texts().cli);
    let member = match optional_member(w, model, member) {
        Ok(m) => m,
        Err(e) => return e,
    };
    let seat = match optional_member(w, model, only.seat) {
        Ok(m) => m,
        Err(e) => return e,
    };
    let forms = only.form.map(forms_meant);
    if let (Some(query), Some([])) = (only.form, forms.as_deref()) {
        let names: Vec<&str> = Form::ALL.iter().map(|f| f.name()).collect();
        return Outcome::usage(format!(
            "{} \"{}\"; {}: {}",
            w.no_form,
            sanitize(query),
            w.forms_are,
            names.join(", ")
        ));
    }
    // Those that ran in the year, then (format 2) those whose status is not known then.
    let mut list: Vec<(ProjectIdx, Option<Cell>)> = model
        .projects_in(year)
        .into_iter()
        .chain(model.unknown_in(year))
        .filter(|&p| {
            let project = model.project(p);
            seat.is_none_or(|m| project.seat_member() == Some(m))
                && forms
                    .as_ref()
                    .is_none_or(|fs| project.form.as_ref().is_some_and(|f| fs.contains(&f.value)))
                && (!only.funded || !project.funding.is_empty())
        })
        .map(|p| (p, member.map(|m| model.participation(p, year).cell(m))))
        .collect();
    // With a member: the projects that name it; with --all every project, those that
    // name it first, then those that may include it, then the others.
    let open = list
        .iter()
        .filter(|(_, c)| *c == Some(Cell::Unknown))
        .count();
    if !all {
        list.retain(|(_, cell)| cell.is_none_or(|c| c == Cell::Yes));
    }
    list.sort_by_key(|(_, cell)| match cell {
        Some(Cell::Yes) | None => 0,
        Some(Cell::Unknown) => 1,
        Some(Cell::No) => 2,
    });

    match format {
        As::Json => {
            let rows: Vec<ProjectRow<'_>> = list
                .iter()
                .map(|&(p, cell)| project_row(model, p, cell, year))
                .collect();
            return json(w, &rows);
        }
        As::Csv(dialect) => {
            return Outcome::ok(projects_csv(model, &list, year, member, dialect, lang));
        }
        As::Text => {}
    }
    let mut header = w.projects_head.to_vec();
    if all {
        header.push(w.this_member);
    }
    if only.funded {
        header.push(w.funded_head);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|&(p, cell)| text_row(model, p, cell, year, all, only.funded, lang))
        .collect();
    let mut out = String::new();
    match member {
        Some(m) => {
            let m = model.member(m);
            let _ = writeln!(
                out,
                "{} {} ({}){}:\n",
                w.projects_of,
                sanitize(&m.name),
                m.code,
                in_year(w, year)
            );
        }
        None => {
            let _ = writeln!(out, "{}:\n", (w.projects_in)(year));
        }
    }
    if rows.is_empty() && (member.is_none() || open == 0) {
        let _ = writeln!(out, "{}{}.", w.no_projects, in_year(w, year));
        return Outcome {
            stdout: out,
            code: super::EXIT_USAGE,
            ..Outcome::default()
        };
    }
    if !rows.is_empty() {
        out.push_str(&aligned(&header, &rows));
    }
    if only.funded && !rows.is_empty() {
        let total = list.iter().fold(0, |sum: u64, &(p, _)| {
            sum.saturating_add(model.project(p).funded())
        });
        let _ = writeln!(
            out,
            "\n{} {} {} {}",
            w.funded_total.0,
            t.euros(total),
            w.funded_total.1,
            w.project.count(list.len())
        );
    }
    if member.is_some() && !all && open > 0 {
        let _ = writeln!(
            out,
            "\n{} {} {}",
            w.and,
            w.project.count(open),
            w.may_include
        );
    }
    let _ = writeln!(out, "\n{}", w.notation);
    Outcome::ok(out)
}

/// `projects --format csv`: a project a row, as the JSON has it.
fn projects_csv(
    model: &Model,
    list: &[(ProjectIdx, Option<Cell>)],
    year: Option<u16>,
    member: Option<MemberIdx>,
    dialect: Dialect,
    lang: Lang,
) -> String {
    let mut c = Csv::new(dialect, lang);
    let (h, t) = (c.heads(), c.texts());
    let mut head = vec![
        c.word("year", h.year),
        c.word("id", h.id),
        c.word("title", h.title),
        c.word("field", h.field),
        c.word("status", h.status),
        c.word("start", h.start),
        c.word("end", h.end),
        c.word("listed", h.listed),
        c.word("named", h.named),
        c.word("reported", h.reported),
        c.word("members", h.members),
    ];
    if let Some(m) = member {
        let code = &model.member(m).code;
        head.push(c.word("member_takes_part", &(h.member_takes_part)(code)));
    }
    head.extend([
        c.word("seat", h.seat),
        c.word("office", h.office),
        c.word("form", h.form),
        c.word("funded", h.funded),
    ]);
    c.row(head);
    for &(p, cell) in list {
        let r = project_row(model, p, cell, year);
        let status = model.status_in(p, year);
        let listed: Vec<String> = r.listed.iter().map(|s| (*s).to_string()).collect();
        let number = |n: Option<u64>| n.map_or_else(String::new, |n| n.to_string());
        let mut row = vec![
            c.year(year),
            r.id.to_string(),
            r.title.to_string(),
            r.field.unwrap_or_default().to_string(),
            c.value(&status, t.status(status)),
            number(r.start.map(u64::from)),
            number(r.end.map(u64::from)),
            c.list(&listed),
            listed.len().to_string(),
            number(r.reported.map(u64::from)),
            r.members.to_string(),
        ];
        if let Some(cell) = cell {
            row.push(c.value(&cell, t.answer(cell)));
        }
        let (seat, office) = r.seat.as_ref().map_or((String::new(), String::new()), |s| {
            (
                s.member.or(s.place).unwrap_or_default().to_string(),
                s.office.unwrap_or_default().to_string(),
            )
        });
        row.extend([
            seat,
            office,
            r.form.map_or_else(String::new, |f| c.value(&f, &t.form(f))),
            number(r.funded),
        ]);
        c.row(row);
    }
    c.finish()
}

/// A project as `projects --format json` writes it.
fn project_row(
    model: &Model,
    p: ProjectIdx,
    cell: Option<Cell>,
    year: Option<u16>,
) -> ProjectRow<'_> {
    let project = model.project(p);
    let part = model.participation(p, year);
    ProjectRow {
        year,
        id: &project.id,
        title: &project.title,
        field: project.field.as_deref(),
        // In the year asked for, as the table says it (running then, or not known).
        status: model.status_in(p, year),
        start: project.start,
        end: project.end,
        listed: part
            .listed
            .iter()
            .map(|&m| model.member(m).id.as_str())
            .collect(),
        reported: part.reported,
        members: part.members,
        member_takes_part: cell,
        seat: seat_row(model, p),
        form: project.form.as_ref().map(|f| f.value),
        funded: (!project.funding.is_empty()).then(|| project.funded()),
    }
}

/// A project as a row of `projects`' table: id, title, status, years, who takes part,
/// and where asked for, the member's answer and the grants.
fn text_row(
    model: &Model,
    p: ProjectIdx,
    cell: Option<Cell>,
    year: Option<u16>,
    all: bool,
    funded: bool,
    lang: Lang,
) -> Vec<String> {
    let t = lang.texts();
    let project = model.project(p);
    let part = model.participation(p, year);
    let mut row = vec![
        project.id.clone(),
        project.title.clone(),
        match year {
            Some(y) if model.unknown_years(p).is_some_and(|u| u.contains(&y)) => {
                t.not_shown.to_string()
            }
            _ => t.status(model.status_in(p, year)).to_string(),
        },
        years_label(t, model, p),
        part.short(),
    ];
    if let Some(cell) = cell.filter(|_| all) {
        row.push(t.answer(cell).into());
    }
    if funded {
        row.push(t.euros(project.funded()));
    }
    row
}

fn in_year(w: &CliWords, year: Option<u16>) -> String {
    year.map_or_else(String::new, |y| format!(" {} {y}", w.in_year))
}

/// The answer to a query that did not find exactly one item: the candidates, or none.
fn not_one(
    w: &CliWords,
    what: Counted,
    query: &str,
    candidates: &[(String, String)],
    list_command: &str,
) -> Outcome {
    if candidates.is_empty() {
        return Outcome::usage(format!(
            "{} {} {} `{query}` (`{list_command}` {})",
            w.no, what.one, w.fits, w.lists_them
        ));
    }
    let width = candidates.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
    let mut msg = format!(
        "`{query}` {} {}:\n",
        w.fits_many,
        what.count(candidates.len())
    );
    for (id, name) in candidates {
        let _ = writeln!(msg, "  {id:<width$}  {}", sanitize(name));
    }
    msg.push_str(w.name_one);
    Outcome::usage(msg)
}

/// The member a `--member`-like option names, if given; the answer to give instead where
/// it names none or several.
pub(super) fn optional_member(
    w: &CliWords,
    model: &Model,
    query: Option<&str>,
) -> Result<Option<MemberIdx>, Outcome> {
    match query.map(|q| (q, find::member(model, q))) {
        None => Ok(None),
        Some((_, Found::One(m))) => Ok(Some(m)),
        Some((q, found)) => Err(not_one_member(w, model, q, found)),
    }
}

pub(super) fn not_one_member(
    w: &CliWords,
    model: &Model,
    query: &str,
    found: Found<MemberIdx>,
) -> Outcome {
    let list = match found {
        Found::Many(list) => list,
        _ => Vec::new(),
    };
    let candidates: Vec<(String, String)> = list
        .iter()
        .map(|&m| (model.member(m).id.clone(), model.member(m).name.clone()))
        .collect();
    not_one(w, w.member, query, &candidates, "ikz members")
}

#[derive(Serialize)]
struct YearRow<'a> {
    year: u16,
    projects: usize,
    /// The projects that ran, by what is known of who takes part.
    named: crate::query::coverage::Coverage,
    report: Option<&'a crate::model::Report>,
    milestones: Vec<&'a str>,
}

pub fn years(model: &Model, format: As, lang: Lang) -> Outcome {
    let w = &lang.texts().cli;
    let infos = model.year_infos();
    let milestones = |y: u16| -> Vec<&str> {
        model
            .cooperation
            .milestones
            .iter()
            .filter(|m| m.year == Some(y))
            .map(|m| m.text.as_str())
            .collect()
    };
    if let As::Csv(dialect) = format {
        let mut c = Csv::new(dialect, lang);
        let h = c.heads();
        c.head(&[
            ("year", h.year),
            ("projects", h.projects),
            ("fully_named", h.fully_named),
            ("partly_named", h.partly_named),
            ("named_no_count", h.named_no_count),
            ("count_only", h.count_only),
            ("nothing", h.nothing),
            ("report", h.report),
            ("pages", h.pages),
            ("milestones", h.milestones),
        ]);
        for i in &infos {
            let report = model.report_for(i.year);
            let named = crate::query::coverage::Coverage::of_year(model, i.year).counts();
            let mut row = vec![i.year.to_string(), i.projects.to_string()];
            row.extend(named.iter().map(usize::to_string));
            row.extend([
                report.map_or_else(String::new, |r| r.number.to_string()),
                report
                    .and_then(|r| r.pages)
                    .map_or_else(String::new, |p| p.to_string()),
                c.joined(&milestones(i.year)),
            ]);
            c.row(row);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        let rows: Vec<YearRow<'_>> = infos
            .iter()
            .map(|i| YearRow {
                year: i.year,
                projects: i.projects,
                named: crate::query::coverage::Coverage::of_year(model, i.year),
                report: model.report_for(i.year),
                milestones: milestones(i.year),
            })
            .collect();
        return json(w, &rows);
    }
    let rows: Vec<Vec<String>> = infos
        .iter()
        .map(|i| {
            let report = model.report_for(i.year);
            let named = crate::query::coverage::Coverage::of_year(model, i.year).counts();
            vec![
                i.year.to_string(),
                i.projects.to_string(),
                named[0].to_string(),
                named[1].to_string(),
                named[2].to_string(),
                named[3].to_string(),
                named[4].to_string(),
                report.map_or_else(|| "–".into(), |r| r.number.to_string()),
                dash(
                    report
                        .and_then(|r| r.pages)
                        .map(|p| p.to_string())
                        .as_deref(),
                ),
                milestones(i.year).len().to_string(),
            ]
        })
        .collect();
    let mut out = aligned(&w.years_head, &rows);
    out.push('\n');
    out.push_str(&crate::text::wrap(w.years_legend, 88).join("\n"));
    out.push('\n');
    Outcome::ok(out)
}

#[derive(Serialize)]
struct ParticipantRow<'a> {
    member: &'a str,
    code: &'a str,
    name: &'a str,
    takes_part: Cell,
    joined: Option<u16>,
    left: Option<u16>,
    /// The years a source names it in, where it is known for those years only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    years: Vec<u16>,
}

#[derive(Serialize)]
struct ParticipantsJson<'a> {
    project: &'a str,
    title: &'a str,
    start: Option<u16>,
    status: crate::model::Status,
    year: Option<u16>,
    reported: Option<u32>,
    listed: usize,
    members: Vec<ParticipantRow<'a>>,
}

pub fn participants(
    model: &Model,
    query: &str,
    asked: super::ProjectYear,
    format: As,
    lang: Lang,
) -> Outcome {
    let (t, w) = (lang.texts(), &lang.texts().cli);
    let p = match find::project(model, query) {
        Found::One(p) => p,
        found => {
            let list = if let Found::Many(list) = found {
                list
            } else {
                Vec::new()
            };
            let candidates: Vec<(String, String)> = list
                .iter()
                .map(|&p| (model.project(p).id.clone(), model.project(p).title.clone()))
                .collect();
            return not_one(w, w.project, query, &candidates, "ikz projects");
        }
    };
    let project = model.project(p);
    let year = asked.resolve(model, p);
    if !model.is_active(p, year) {
        return Outcome::usage(format!(
            "{} {} {} ({}: {})",
            sanitize(&project.title),
            w.did_not_run.0,
            year.unwrap_or_default(),
            w.did_not_run.1,
            years_label(t, model, p)
        ));
    }
    let part = model.participation(p, year);
    // A member's entry; where it has several (format 2, years apart, each with its
    // source), one of the years they name together.
    let participant = |m: MemberIdx| -> Option<crate::model::Participant> {
        let mut entries = project.participants.iter().filter(|x| x.member == m);
        let first = entries.next()?;
        if entries.next().is_none() {
            return Some(first.clone());
        }
        Some(crate::model::Participant {
            member: m,
            joined: None,
            left: None,
            years: model.named_years(p, m),
            sources: Vec::new(),
        })
    };
    if let As::Csv(dialect) = format {
        let mut c = Csv::new(dialect, lang);
        let (h, t) = (c.heads(), c.texts());
        c.head(&[
            ("year", h.year),
            ("project", h.project),
            ("title", h.title),
            ("member", h.member),
            ("code", h.code),
            ("name", h.name),
            ("takes_part", h.takes_part),
            ("joined", h.joined),
            ("left", h.left),
            ("years", h.named_years),
        ]);
        let number = |y: Option<u16>| y.map_or_else(String::new, |y| y.to_string());
        for m in model.member_indices() {
            let member = model.member(m);
            let cell = part.cell(m);
            let x = participant(m);
            let years: Vec<String> = x
                .as_ref()
                .map(|x| x.years.iter().map(u16::to_string).collect())
                .unwrap_or_default();
            c.row(vec![
                c.year(year),
                project.id.clone(),
                project.title.clone(),
                member.id.clone(),
                member.code.clone(),
                member.name.clone(),
                c.value(&cell, t.answer(cell)),
                number(x.as_ref().and_then(|x| x.joined)),
                number(x.as_ref().and_then(|x| x.left)),
                c.list(&years),
            ]);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        return json(
            w,
            &ParticipantsJson {
                project: &project.id,
                title: &project.title,
                start: project.start,
                status: project.status,
                year,
                reported: part.reported,
                listed: part.listed.len(),
                members: model
                    .member_indices()
                    .map(|m| {
                        let member = model.member(m);
                        ParticipantRow {
                            member: &member.id,
                            code: &member.code,
                            name: &member.name,
                            takes_part: part.cell(m),
                            joined: participant(m).and_then(|x| x.joined),
                            left: participant(m).and_then(|x| x.left),
                            years: participant(m).map(|x| x.years).unwrap_or_default(),
                        }
                    })
                    .collect(),
            },
        );
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}){}",
        sanitize(&project.title),
        project.id,
        in_year(w, year)
    );
    let _ = writeln!(
        out,
        "{}",
        (w.start_status)(project.start, t.status(model.status_in(p, year)))
    );
    // Over all years the numbers differ from those of one year: say which.
    match year {
        Some(_) => {
            let _ = writeln!(out, "{}: {}", w.taking_part, part.short());
        }
        None => {
            let _ = writeln!(out, "{}: {} ({})", w.taking_part, part.short(), t.all_years);
        }
    }
    if let Some(gap) = t.gap(&part, year) {
        let _ = writeln!(out, "{}: {gap}.", w.sources);
        if part.listed.is_empty() {
            let _ = writeln!(out, "{}", w.none_named);
            return Outcome::ok(out);
        }
        let _ = writeln!(out, "{}", w.unnamed_unknown);
    }
    out.push('\n');
    let mut rows: Vec<(Cell, Vec<String>)> = model
        .member_indices()
        .map(|m| {
            let member = model.member(m);
            let cell = part.cell(m);
            let when = participant(m).map_or_else(String::new, |x| match (x.joined, x.left) {
                _ if !x.years.is_empty() => {
                    let years: Vec<String> = x.years.iter().map(u16::to_string).collect();
                    format!("{} {}", w.named_in, years.join(", "))
                }
                (Some(j), Some(l)) => format!("{j}–{l}"),
                (Some(j), None) => format!("{} {j}", t.since),
                (None, Some(l)) => format!("{} {l}", w.until),
                (None, None) => String::new(),
            });
            let label = t.answer(cell);
            (
                cell,
                vec![member.code.clone(), member.name.clone(), label.into(), when],
            )
        })
        .collect();
    rows.sort_by_key(|(cell, _)| match cell {
        Cell::Yes => 0,
        Cell::Unknown => 1,
        Cell::No => 2,
    });
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, r)| r).collect();
    out.push_str(&aligned(&w.participants_head, &rows));
    Outcome::ok(out)
}

#[derive(Serialize)]
struct SearchRow<'a> {
    kind: &'static str,
    id: String,
    name: &'a str,
    score: i64,
    /// The text the first word matched best, and the matched character positions in it.
    matched: &'a str,
    positions: Vec<usize>,
}

/// `ikz search`: one result a line, best first.
pub fn search(model: &Model, query: &str, limit: usize, format: As, lang: Lang) -> Outcome {
    let w = &lang.texts().cli;
    if query.trim().is_empty() {
        return Outcome::usage(w.empty_query);
    }
    let index = crate::query::search::Index::new(model);
    let hits = index.search(query);
    if hits.is_empty() {
        return Outcome::usage(format!("{} `{query}`", w.nothing_fits));
    }
    let rows: Vec<SearchRow<'_>> = hits
        .iter()
        .take(limit)
        .map(|h| {
            let (kind, id) = match index.target(h.item) {
                Target::Project(p) => ("project", model.project(p).id.clone()),
                Target::Member(m) => ("member", model.member(m).id.clone()),
                Target::Year(y) => ("year", y.to_string()),
            };
            SearchRow {
                kind,
                id,
                name: index.name(h.item),
                score: h.score,
                matched: index.field_text(h.field),
                positions: index.highlight(h.field, query),
            }
        })
        .collect();
    match format {
        As::Json => return json(w, &rows),
        As::Csv(dialect) => return Outcome::ok(search_csv(&rows, dialect, lang)),
        As::Text => {}
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let kind = match r.kind {
                "project" => w.project.one,
                "member" => w.member.one,
                _ => w.year_word,
            };
            let mut row = vec![kind.to_string(), r.id.clone(), r.name.to_string()];
            if r.matched != r.name {
                // From a little before the first matched letter, as the search popup.
                let from = r.positions.first().map_or(0, |&p| p.saturating_sub(12));
                let rest: String = r.matched.chars().skip(from).collect();
                let lead = if from > 0 { "…" } else { "" };
                row.push(format!("({lead}{})", crate::text::truncate(&rest, 60)));
            }
            row
        })
        .collect();
    let text = aligned(&["", "", ""], &table);
    // The aligned table's first row is the (empty) header.
    Outcome::ok(text.lines().skip(1).map(|l| format!("{l}\n")).collect())
}

/// `search --format csv`: a result a row, as the JSON has it (without the positions).
fn search_csv(rows: &[SearchRow<'_>], dialect: Dialect, lang: Lang) -> String {
    let mut c = Csv::new(dialect, lang);
    let (h, t) = (c.heads(), c.texts());
    c.head(&[
        ("kind", h.result),
        ("id", h.id),
        ("name", h.name),
        ("score", h.score),
        ("matched", h.matched),
    ]);
    for r in rows {
        let kind = match r.kind {
            "project" => t.target_project,
            "member" => t.target_member,
            _ => t.target_year,
        };
        c.row(vec![
            c.word(r.kind, kind),
            r.id.clone(),
            r.name.to_string(),
            r.score.to_string(),
            r.matched.to_string(),
        ]);
    }
    c.finish()
}
