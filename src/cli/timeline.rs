//! `ikz timeline`: the projects over the years, one column per year.

use serde::Serialize;
use unicode_width::UnicodeWidthStr as _;

use super::lists::{json, optional_member};
use super::{As, Outcome};
use crate::model::{Model, Status};
use crate::present::chart;
use crate::present::csv::Csv;
use crate::present::words::Lang;
use crate::query::grid::Keys;
use crate::query::timeline::{Mark, Order, Timeline, timeline};
use crate::text::{sanitize, truncate};

/// The widest title column; longer titles are cut with "…".
const TITLE: usize = 40;

#[derive(Serialize)]
struct TimelineJson<'a> {
    years: Vec<u16>,
    /// Per year: how many of the listed projects ran.
    projects_per_year: &'a [usize],
    /// Per year: the number of its annual report, or null.
    reports: &'a [Option<u32>],
    projects: Vec<TimelineRowJson<'a>>,
}

#[derive(Serialize)]
struct TimelineRowJson<'a> {
    id: &'a str,
    title: &'a str,
    field: Option<&'a str>,
    status: Status,
    /// Per year: "off", "running", "completed", "planned" or "unknown".
    marks: Vec<&'static str>,
    milestones: &'a [u16],
}

fn key(mark: Mark) -> &'static str {
    match mark {
        Mark::Off => "off",
        Mark::Running => "running",
        Mark::Completed => "completed",
        Mark::Planned => "planned",
        Mark::Unknown => "unknown",
        Mark::Unseen => "not_shown",
    }
}

/// A year's mark as the CSV for Excel words it, as the screens do.
fn mark_word(t: &crate::present::words::Texts, mark: Mark) -> &'static str {
    match mark {
        Mark::Off => t.csv.did_not_run,
        Mark::Running => t.running,
        Mark::Completed => t.completed,
        Mark::Planned => t.planned,
        Mark::Unknown => t.status_unknown,
        Mark::Unseen => t.not_shown,
    }
}

pub fn run(
    model: &Model,
    filter: Option<&str>,
    order: Order,
    member: Option<&str>,
    format: As,
    lang: Lang,
) -> Outcome {
    let (t, w) = (lang.texts(), &lang.texts().cli);
    let member = match optional_member(w, model, member) {
        Ok(m) => m,
        Err(e) => return e,
    };
    let keys = Keys::new(model);
    let tl = timeline(model, &keys, filter.unwrap_or_default(), order, member);
    if let As::Csv(dialect) = format {
        let mut c = Csv::new(dialect, lang);
        let (h, t) = (c.heads(), c.texts());
        let mut head = vec![
            c.word("id", h.id),
            c.word("title", h.title),
            c.word("field", h.field),
            c.word("status", h.status),
        ];
        head.extend(tl.years().map(|y| y.to_string()));
        head.push(c.word("milestones", h.milestones));
        c.row(head);
        for r in &tl.rows {
            let p = model.project(r.project);
            let years: Vec<String> = r.milestones.iter().map(u16::to_string).collect();
            let mut row = vec![
                p.id.clone(),
                p.title.clone(),
                p.field.clone().unwrap_or_default(),
                c.value(&p.status, t.status(p.status)),
            ];
            row.extend(r.marks.iter().map(|&m| c.word(key(m), mark_word(t, m))));
            row.push(c.list(&years));
            c.row(row);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        return json(
            w,
            &TimelineJson {
                years: tl.years().collect(),
                projects_per_year: &tl.per_year,
                reports: &tl.reports,
                projects: tl
                    .rows
                    .iter()
                    .map(|r| {
                        let p = model.project(r.project);
                        TimelineRowJson {
                            id: &p.id,
                            title: &p.title,
                            field: p.field.as_deref(),
                            status: p.status,
                            marks: r.marks.iter().map(|&m| key(m)).collect(),
                            milestones: &r.milestones,
                        }
                    })
                    .collect(),
            },
        );
    }
    let tw = &t.timeline;
    if tl.rows.is_empty() {
        // Nothing found: exit 2, as the help says.
        return Outcome::usage(tw.none);
    }
    let narrowed = filter.is_some_and(|f| !f.trim().is_empty()) || member.is_some();
    Outcome::ok(text(model, &tl, order, narrowed, lang))
}

/// The timeline as text; `narrowed`: a filter or a member leaves out projects, so the
/// counts are of the projects shown.
fn text(model: &Model, tl: &Timeline, order: Order, narrowed: bool, lang: Lang) -> String {
    let tw = &lang.texts().timeline;
    // A column as wide as the largest count, at least two digits of the year.
    let cell = chart::cell_width(tl.per_year.iter().copied());
    // Sorted by field, each title follows its field: "Klima und Umwelt · Klimaschutz".
    let by_field = order == Order::Field;
    let titles: Vec<String> = tl
        .rows
        .iter()
        .map(|r| {
            let p = model.project(r.project);
            let title = truncate(&sanitize(&p.title), TITLE);
            match (by_field, p.field.as_deref()) {
                (false, _) => title,
                (true, field) => format!(
                    "{} · {title}",
                    truncate(&sanitize(field.unwrap_or("–")), 24)
                ),
            }
        })
        .collect();
    let counts = if narrowed {
        tw.shown_row
    } else {
        tw.projects_row
    };
    let project_head = if by_field {
        format!("{} · {}", tw.field_head, tw.project_head)
    } else {
        tw.project_head.to_string()
    };
    let first = titles
        .iter()
        .map(|s| s.width())
        .chain([counts.width(), tw.reports_row.width(), project_head.width()])
        .max()
        .unwrap_or(0);
    let pad = |s: &str| format!("{s}{}", " ".repeat(first.saturating_sub(s.width())));
    let mut out = format!("{}\n\n", tw.legend);
    let row = |label: &str, cells: Vec<String>| {
        let cells: Vec<String> = cells.into_iter().map(|c| format!("{c:>cell$}")).collect();
        format!("{}  {}\n", pad(label), cells.join(" "))
            .trim_end()
            .to_string()
            + "\n"
    };
    out.push_str(&row(
        &project_head,
        tl.years().map(|y| format!("{:02}", y % 100)).collect(),
    ));
    out.push_str(&row(
        tw.reports_row,
        tl.reports
            .iter()
            .map(|r| {
                if r.is_some() {
                    "*".into()
                } else {
                    String::new()
                }
            })
            .collect(),
    ));
    out.push_str(&row(
        counts,
        tl.per_year.iter().map(usize::to_string).collect(),
    ));
    for (r, title) in tl.rows.iter().zip(&titles) {
        let cells = tl
            .years()
            .zip(&r.marks)
            .map(|(y, &m)| chart::timeline_cell(m, r.milestones.contains(&y), cell))
            .collect();
        out.push_str(&row(title, cells));
    }
    out
}
