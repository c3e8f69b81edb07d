//! `ikz member M`: a member's profile, as the profile screen shows it.

use std::fmt::Write as _;

use serde::Serialize;

use super::lists::{json, not_one_member};
use super::{As, Outcome};
use crate::model::{Cell, Kind, Model, Status};
use crate::present::csv::Csv;
use crate::present::table::aligned;
use crate::present::words::Lang;
use crate::query::find::{self, Found};
use crate::query::profile::{Profile, profile};
use crate::text::sanitize;

/// The longest bar: longer years are drawn to scale, and the heading says how many
/// projects one mark stands for.
const BAR: usize = 40;

#[derive(Serialize)]
struct ProfileJson<'a> {
    member: &'a str,
    code: &'a str,
    name: &'a str,
    kind: Option<Kind>,
    /// How many projects the data has, how many name the member, how many more it may
    /// take part in, how many it does not.
    projects: usize,
    named: usize,
    possible: usize,
    not: usize,
    years: Vec<YearJson>,
    rows: Vec<RowJson<'a>>,
    /// The projects whose office sits with the member.
    hosts: Vec<&'a str>,
    sources: &'a [String],
}

#[derive(Serialize)]
struct YearJson {
    year: u16,
    named: usize,
    possible: usize,
    not: usize,
    projects: usize,
}

#[derive(Serialize)]
struct RowJson<'a> {
    project: &'a str,
    title: &'a str,
    takes_part: Cell,
    named_years: &'a [u16],
    status: Status,
}

pub fn member(model: &Model, query: &str, format: As, lang: Lang) -> Outcome {
    let (t, w) = (lang.texts(), &lang.texts().cli);
    let m = match find::member(model, query) {
        Found::One(m) => m,
        found => return not_one_member(w, model, query, found),
    };
    let p = profile(model, m);
    let member = model.member(m);
    if let As::Csv(dialect) = format {
        // The profile's list of projects, a row each, with the member on every row.
        let mut c = Csv::new(dialect, lang);
        let (h, t) = (c.heads(), c.texts());
        c.head(&[
            ("member", h.member),
            ("code", h.code),
            ("project", h.project),
            ("title", h.title),
            ("takes_part", h.takes_part),
            ("named_years", h.named_years),
            ("status", h.status),
        ]);
        for r in &p.rows {
            let project = model.project(r.project);
            let years: Vec<String> = r.named_years.iter().map(u16::to_string).collect();
            c.row(vec![
                member.id.clone(),
                member.code.clone(),
                project.id.clone(),
                project.title.clone(),
                c.value(&r.cell, t.answer(r.cell)),
                c.list(&years),
                c.value(&r.status, t.status(r.status)),
            ]);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        return json(
            w,
            &ProfileJson {
                member: &member.id,
                code: &member.code,
                name: &member.name,
                kind: member.kind,
                projects: p.projects,
                named: p.named,
                possible: p.possible,
                not: p.not,
                years: p
                    .years
                    .iter()
                    .map(|c| YearJson {
                        year: c.year,
                        named: c.named,
                        possible: c.possible,
                        not: c.not,
                        projects: c.ran,
                    })
                    .collect(),
                rows: p
                    .rows
                    .iter()
                    .map(|r| {
                        let project = model.project(r.project);
                        RowJson {
                            project: &project.id,
                            title: &project.title,
                            takes_part: r.cell,
                            named_years: &r.named_years,
                            status: r.status,
                        }
                    })
                    .collect(),
                hosts: p
                    .hosted
                    .iter()
                    .map(|&h| model.project(h).id.as_str())
                    .collect(),
                sources: &member.sources,
            },
        );
    }
    let mut out = String::new();
    let kind = member.kind.map_or(t.kind_unknown, |k| t.kind(k));
    let _ = writeln!(out, "{} ({}), {kind}", sanitize(&member.name), member.code);
    let pw = &t.profile;
    let _ = writeln!(out, "{}", pw.summary(&p));
    if !p.hosted.is_empty() {
        let titles = p.hosted_titles(model);
        let _ = writeln!(out, "{}: {}", t.hosts, sanitize(&titles.join(", ")));
    }
    out.push('\n');
    by_year(&mut out, lang, &p);
    out.push('\n');
    let rows: Vec<Vec<String>> = p
        .rows
        .iter()
        .map(|r| {
            let years = match r.cell {
                Cell::Yes => crate::present::detail::named_years(t, model, r.project, m),
                _ => "–".to_string(),
            };
            vec![
                t.answer(r.cell).to_string(),
                years,
                t.status(r.status).to_string(),
                model.project(r.project).title.clone(),
            ]
        })
        .collect();
    if rows.is_empty() {
        let _ = writeln!(out, "{}", t.no_projects_named);
    } else {
        out.push_str(&aligned(&pw.projects_head, &rows));
    }
    if !member.sources.is_empty() {
        let titles: Vec<String> = member
            .sources
            .iter()
            .map(|id| {
                model.source_by_id(id).map_or_else(
                    || id.clone(),
                    |s| match t.source_note(s) {
                        Some(note) => format!("{} ({note})", s.title),
                        None => s.title.clone(),
                    },
                )
            })
            .collect();
        let _ = writeln!(out, "\n{}: {}", t.sources, sanitize(&titles.join("; ")));
    }
    Outcome::ok(out)
}

/// The years as a table with a bar each: `#` for the projects that name the member, `?`
/// for those it may take part in; to scale where a year has more than [`BAR`].
fn by_year(out: &mut String, lang: Lang, p: &Profile) {
    let pw = &lang.texts().profile;
    let most = p
        .years
        .iter()
        .map(|c| c.named + c.possible)
        .max()
        .unwrap_or(0);
    // How many projects one mark stands for: 1, or enough that the longest bar fits.
    let per = most.div_ceil(BAR).max(1);
    let mut head = pw.years_head;
    let scaled;
    if per > 1 {
        scaled = format!("{} ({} {per} {})", head[5], pw.per_mark.0, pw.per_mark.1);
        head[5] = &scaled;
    }
    let rows: Vec<Vec<String>> = p
        .years
        .iter()
        .map(|c| {
            // The screen's bar laid on its side: as long as the sum, named its share.
            let bar: String = crate::present::chart::stacked(c.named, c.possible, per, BAR)
                .into_iter()
                .filter(|&m| m != ' ')
                .collect();
            vec![
                c.year.to_string(),
                c.named.to_string(),
                c.possible.to_string(),
                c.not.to_string(),
                c.ran.to_string(),
                bar,
            ]
        })
        .collect();
    let _ = writeln!(out, "{}", pw.by_year);
    out.push_str(&aligned(&head, &rows));
}

#[derive(Serialize)]
struct CompareJson<'a> {
    a: &'a str,
    b: &'a str,
    year: Option<u16>,
    /// How many projects on each side: both, only_a, only_b, open, neither.
    counts: std::collections::BTreeMap<&'static str, usize>,
    rows: Vec<CompareRowJson<'a>>,
}

#[derive(Serialize)]
struct CompareRowJson<'a> {
    project: &'a str,
    title: &'a str,
    side: &'static str,
    a: Cell,
    b: Cell,
}

/// `ikz compare A B`: the counts of each side, then every project with where it stands.
pub fn compare(
    model: &Model,
    a: &str,
    b: &str,
    year: Option<u16>,
    format: As,
    lang: Lang,
) -> Outcome {
    use crate::query::compare::{Side, compare};
    let (t, w) = (lang.texts(), &lang.texts().cli);
    let find = |q: &str| match find::member(model, q) {
        Found::One(m) => Ok(m),
        found => Err(not_one_member(w, model, q, found)),
    };
    let (ma, mb) = match (find(a), find(b)) {
        (Ok(ma), Ok(mb)) => (ma, mb),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    if ma == mb {
        return Outcome::usage(t.compare.same.to_string());
    }
    let cmp = compare(model, ma, mb, year);
    let (a, b) = (model.member(ma), model.member(mb));
    if let As::Csv(dialect) = format {
        let mut c = Csv::new(dialect, lang);
        let (h, t) = (c.heads(), c.texts());
        // The two members' columns: `a` and `b` for scripts, as the JSON and the sides
        // (`only_a`) name them; their codes for Excel.
        c.head(&[
            ("year", h.year),
            ("project", h.project),
            ("title", h.title),
            ("side", h.side),
            ("a", a.code.as_str()),
            ("b", b.code.as_str()),
        ]);
        for r in &cmp.rows {
            let p = model.project(r.project);
            c.row(vec![
                c.year(year),
                p.id.clone(),
                p.title.clone(),
                c.word(r.side.key(), &t.compare.side(r.side, &a.code, &b.code)),
                c.value(&r.a, t.answer(r.a)),
                c.value(&r.b, t.answer(r.b)),
            ]);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        return json(
            w,
            &CompareJson {
                a: &a.id,
                b: &b.id,
                year,
                counts: Side::ALL.iter().map(|&s| (s.key(), cmp.count(s))).collect(),
                rows: cmp
                    .rows
                    .iter()
                    .map(|r| {
                        let project = model.project(r.project);
                        CompareRowJson {
                            project: &project.id,
                            title: &project.title,
                            side: r.side.key(),
                            a: r.a,
                            b: r.b,
                        }
                    })
                    .collect(),
            },
        );
    }
    let cw = &t.compare;
    let scope = year.map_or_else(|| t.all_years.to_string(), |y| y.to_string());
    let mut out = format!(
        "{} ({}) {} {} ({}) – {scope}\n",
        sanitize(&a.name),
        a.code,
        cw.and,
        sanitize(&b.name),
        b.code
    );
    let counts: Vec<String> = Side::ALL
        .iter()
        .map(|&s| {
            let name = match s {
                Side::Open => cw.open.to_string(),
                _ => cw.side(s, &a.code, &b.code),
            };
            format!("{name}: {}", cmp.count(s))
        })
        .collect();
    let _ = writeln!(out, "{}\n", counts.join(" · "));
    if cmp.rows.is_empty() {
        // A year without projects says so, rather than an empty table.
        let _ = writeln!(out, "{}", t.matrix.no_projects);
        return Outcome::ok(out);
    }
    let head = [cw.head[0], a.code.as_str(), b.code.as_str(), cw.head[1]];
    let rows: Vec<Vec<String>> = cmp
        .rows
        .iter()
        .map(|r| {
            vec![
                cw.side(r.side, &a.code, &b.code),
                t.answer(r.a).to_string(),
                t.answer(r.b).to_string(),
                model.project(r.project).title.clone(),
            ]
        })
        .collect();
    out.push_str(&aligned(&head, &rows));
    Outcome::ok(out)
}
