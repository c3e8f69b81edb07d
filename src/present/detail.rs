//! The text of a detail: everything about a year, project or member (or the cooperation
//! as a whole), as lines wrapped to a width. A pure function of the model, so that the
//! detail pane draws it and scrolling knows how far it can go.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::{Theme, mark};
use super::words::{Lang, Texts};
use crate::model::{Cell, MemberIdx, Milestone, Model, ProjectIdx, Status};
use crate::text::{sanitize_multiline, wrap};

/// Collects wrapped lines.
/// The longest list the detail pane shows in full; with thousands of projects, the rest
/// is a count (the matrix shows every one).
const MAX_ITEMS: usize = 100;

struct Out {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: Theme,
}

impl Out {
    fn heading(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        for l in wrap(&sanitize_multiline(text), self.width) {
            self.lines.push(Line::styled(l, self.theme.heading()));
        }
    }

    /// Text wrapped to the width; following lines indented by `indent` columns.
    fn text(&mut self, first: Vec<Span<'static>>, text: &str, indent: usize, style: Style) {
        let lead: usize = first
            .iter()
            .map(|s| unicode_width::UnicodeWidthStr::width(s.content.as_ref()))
            .sum();
        let room = self.width.saturating_sub(lead.max(indent)).max(1);
        let mut wrapped = wrap(&sanitize_multiline(text), room).into_iter();
        let mut spans = first;
        spans.push(Span::styled(wrapped.next().unwrap_or_default(), style));
        self.lines.push(Line::from(spans));
        for l in wrapped {
            self.lines.push(Line::from(vec![
                Span::raw(" ".repeat(lead.max(indent))),
                Span::styled(l, style),
            ]));
        }
    }

    fn field(&mut self, label: &str, value: &str) {
        let label = format!("{label}: ");
        let indent = 2;
        self.text(
            vec![Span::styled(label, self.theme.dim())],
            value,
            indent,
            Style::new(),
        );
    }

    fn para(&mut self, text: &str) {
        self.text(Vec::new(), text, 0, Style::new());
    }

    /// "… and 1,234 more (the matrix, m, shows every one)" under a list cut at
    /// [`MAX_ITEMS`].
    fn more(&mut self, t: &Texts, total: usize) {
        if total > MAX_ITEMS {
            let line = t.and_more(total - MAX_ITEMS);
            self.lines.push(Line::styled(line, self.theme.dim()));
        }
    }

    fn item(&mut self, marker: &str, marker_style: Style, text: &str) {
        self.text(
            vec![Span::styled(format!("{marker} "), marker_style)],
            text,
            0,
            Style::new(),
        );
    }

    fn milestones(&mut self, t: &Texts, list: &[Milestone]) {
        if list.is_empty() {
            return;
        }
        self.heading(t.milestones);
        let width = if list.iter().any(|m| m.month.is_some()) {
            7
        } else {
            4
        };
        for m in list {
            self.item(&milestone_date(m, width), self.theme.dim(), &m.text);
        }
    }

    fn sources(&mut self, t: &Texts, model: &Model, ids: &[String]) {
        if ids.is_empty() {
            return;
        }
        self.heading(t.sources);
        for id in ids {
            match model.source_by_id(id) {
                Some(s) => {
                    let text = match &s.url {
                        Some(url) => format!("{} — {url}", s.title),
                        None => s.title.clone(),
                    };
                    self.item("•", self.theme.dim(), &text);
                }
                None => self.item("•", self.theme.dim(), id),
            }
        }
    }
}

/// "2024", "02/2023" where the month is known, blank where no year is; padded to `width`.
pub fn milestone_date(m: &Milestone, width: usize) -> String {
    let date = match (m.year, m.month) {
        (Some(y), Some(mo)) => format!("{mo:02}/{y}"),
        (Some(y), None) => y.to_string(),
        (None, _) => String::new(),
    };
    format!("{date:>width$}")
}

/// The years a source names a member in a project: "2024–2025", "2017, 2024"; for a
/// project without years, those of the project.
pub fn named_years(t: &Texts, model: &Model, p: ProjectIdx, m: MemberIdx) -> String {
    let Some(years) = model.active_years(p) else {
        return years_label(t, model, p);
    };
    let named: Vec<u16> = years
        .filter(|&y| {
            model
                .project(p)
                .participants
                .iter()
                .any(|x| x.member == m && x.in_year(Some(y)))
        })
        .collect();
    // Runs of years as "a–b", single years as they are.
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for y in named {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == y => *end = y,
            _ => runs.push((y, y)),
        }
    }
    runs.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "2017–2019", "seit 2024", "Jahr nicht bekannt".
pub fn years_label(t: &Texts, model: &Model, p: ProjectIdx) -> String {
    let project = model.project(p);
    match (project.start, project.end, project.status) {
        (None, _, _) => t.year_unknown.to_string(),
        (Some(s), None, Status::Running | Status::Planned) => format!("{} {s}", t.since),
        (Some(s), Some(e), _) if e != s => format!("{s}–{e}"),
        (Some(s), _, _) => s.to_string(),
    }
}

/// What a detail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Project(Option<ProjectIdx>),
    Member(Option<MemberIdx>),
    /// A year; `None` is the cooperation as a whole.
    Year(Option<u16>),
}

/// What a detail is shown with: the data, the language, the colours, and the year the
/// participation is shown for (`None`: all years).
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub model: &'a Model,
    pub lang: Lang,
    pub theme: Theme,
    pub year: Option<u16>,
    /// Where the data comes from ("built-in", or the folder), for the cooperation.
    pub origin: &'a str,
}

/// The lines of a detail at a width.
pub fn lines(cx: &Context<'_>, subject: Subject, width: u16) -> Vec<Line<'static>> {
    let mut out = Out {
        lines: Vec::new(),
        width: usize::from(width).max(1),
        theme: cx.theme,
    };
    let none = cx.lang.texts().no_items;
    match subject {
        Subject::Project(Some(p)) => project(&mut out, cx, p),
        Subject::Member(Some(m)) => member(&mut out, cx, m),
        Subject::Project(None) | Subject::Member(None) => out.para(none),
        Subject::Year(Some(y)) => year(&mut out, cx, y),
        Subject::Year(None) => cooperation(&mut out, cx),
    }
    out.lines
}

fn names(model: &Model, list: &[MemberIdx]) -> String {
    list.iter()
        .map(|&m| model.member(m).name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn project(out: &mut Out, cx: &Context<'_>, p: ProjectIdx) {
    let (t, model, lang) = (cx.lang.texts(), cx.model, cx.lang);
    let project = model.project(p);
    let year = cx.year;
    out.heading(&project.title);
    if let Some(f) = &project.field {
        out.field(t.field, f);
    }
    out.field(t.years, &years_label(t, model, p));
    let status = model.status_in(p, year);
    match year.filter(|_| status != project.status) {
        Some(y) => {
            let last = project
                .end
                .map_or_else(String::new, |e| format!(" {}{e}", t.in_year));
            out.field(
                t.status,
                &format!(
                    "{} {}{y} · {}{last}",
                    t.status(status),
                    t.in_year,
                    t.status(project.status)
                ),
            )
        }
        None => out.field(t.status, t.status(project.status)),
    }
    let part = model.participation(p, year);
    let mut summary = part.short();
    if let Some(gap) = t.gap(lang, &part) {
        summary = format!("{summary} ({gap})");
    }
    if let Some(y) = year {
        summary = format!("{summary}, {y}");
    }
    out.field(t.participation, &summary);
    if let Some(s) = &project.summary {
        out.lines.push(Line::default());
        out.para(s);
    }
    if let Some(n) = &project.note {
        out.field(t.note, n);
    }
    let by = |cell: Cell| -> Vec<MemberIdx> {
        model
            .member_indices()
            .filter(|&m| part.cell(m) == cell)
            .collect()
    };
    out.heading(t.participation);
    for (cell, label) in [
        (Cell::Yes, t.takes_part),
        (Cell::No, t.does_not),
        (Cell::Unknown, t.not_known),
    ] {
        let list = by(cell);
        if list.is_empty() {
            continue;
        }
        let lead = vec![
            Span::styled(format!("{} ", mark(cell)), out.theme.cell(cell)),
            Span::styled(format!("{label} ({}): ", list.len()), out.theme.dim()),
        ];
        out.text(lead, &names(model, &list), 2, Style::new());
    }
    out.milestones(t, &project.milestones);
    out.sources(t, model, &project.sources);
}

fn member(out: &mut Out, cx: &Context<'_>, m: MemberIdx) {
    let (t, model) = (cx.lang.texts(), cx.model);
    let member = model.member(m);
    out.heading(&member.name);
    out.field(t.kind, member.kind.map_or(t.kind_unknown, |k| t.kind(k)));
    out.field(t.code, &member.code);
    if !member.aliases.is_empty() {
        out.field(t.aliases, &member.aliases.join(", "));
    }
    if let Some(n) = &member.note {
        out.field(t.note, n);
    }
    out.heading(t.projects_by_year);
    let named = model.projects_of(m, None);
    if named.is_empty() {
        out.para(t.no_projects_named);
    }
    // A long list is cut: the matrix (m) shows them all.
    // Each with the years a source names the member in it, not the project's years.
    for &p in named.iter().take(MAX_ITEMS) {
        let label = named_years(t, model, p, m);
        out.item(
            mark(Cell::Yes),
            out.theme.cell(Cell::Yes),
            &format!("{label}: {}", model.project(p).title),
        );
    }
    out.more(t, named.len());
    let year = cx.year;
    let maybe: Vec<ProjectIdx> = model
        .projects_in(year)
        .into_iter()
        .filter(|&p| model.cell(p, m, year) == Cell::Unknown)
        .collect();
    if !maybe.is_empty() {
        let scope = year.map_or_else(|| t.all_years.to_string(), |y| y.to_string());
        out.heading(&format!("{} ({scope}) – {}", t.not_known, t.may_take_part));
        for &p in maybe.iter().take(MAX_ITEMS) {
            out.item(
                mark(Cell::Unknown),
                out.theme.cell(Cell::Unknown),
                &model.project(p).title,
            );
        }
        out.more(t, maybe.len());
    }
    out.sources(t, model, &member.sources);
}

fn year(out: &mut Out, cx: &Context<'_>, y: u16) {
    let (t, model) = (cx.lang.texts(), cx.model);
    out.heading(&y.to_string());
    out.field(t.projects, &model.projects_in(Some(y)).len().to_string());
    match model.report_for(y) {
        Some(r) => {
            let title = r.title.clone().unwrap_or_default();
            out.field(t.report, format!("#{} {title}", r.number).trim_end());
            if let Some(p) = &r.period {
                out.field(t.period, p);
            }
            if let Some(p) = &r.published {
                out.field(t.published, p);
            }
            if let Some(n) = r.pages {
                out.field(t.pages, &n.to_string());
            }
            if !r.highlights.is_empty() {
                out.heading(t.highlights);
                for h in &r.highlights {
                    out.item("•", out.theme.dim(), h);
                }
            }
        }
        None => out.para(t.no_report),
    }
    let events: Vec<&Milestone> = model
        .cooperation
        .milestones
        .iter()
        .filter(|m| m.year == Some(y))
        .collect();
    if !events.is_empty() {
        out.heading(t.events);
        for m in events {
            out.item("•", out.theme.dim(), &m.text);
        }
    }
    if let Some(r) = model.report_for(y) {
        out.sources(t, model, &r.sources);
    }
}

fn cooperation(out: &mut Out, cx: &Context<'_>) {
    let (t, model) = (cx.lang.texts(), cx.model);
    let c = &model.cooperation;
    out.heading(&c.name);
    if let Some(s) = c.since {
        out.field(t.since, &s.to_string());
    }
    if let Some(w) = &c.website {
        out.field(t.website, w);
    }
    out.field(t.members, &model.members.len().to_string());
    out.field(t.projects, &model.projects.len().to_string());
    out.field(t.data_origin, cx.origin);
    if let Some(s) = &c.summary {
        out.lines.push(Line::default());
        out.para(s);
    }
    if let Some(sg) = &c.steering_group {
        out.heading(t.steering_group);
        if let Some(n) = &sg.note {
            out.para(n);
        }
        people(out, model, &sg.people);
        for c in &sg.earlier {
            out.heading(&format!("{} {}", t.composition_in, c.year));
            if let Some(n) = &c.note {
                out.para(n);
            }
            people(out, model, &c.people);
        }
    }
    out.milestones(t, &c.milestones);
    // The cooperation's sources, then those of the steering group, each once.
    let mut sources: Vec<String> = c.sources.clone();
    let group = c.steering_group.iter().flat_map(|sg| {
        sg.sources
            .iter()
            .chain(sg.earlier.iter().flat_map(|e| &e.sources))
    });
    for s in group {
        if !sources.contains(s) {
            sources.push(s.clone());
        }
    }
    out.sources(t, model, &sources);
}

fn people(out: &mut Out, model: &Model, list: &[crate::model::Person]) {
    for p in list {
        let member = p
            .member
            .as_deref()
            .and_then(|id| model.member_by_id(id))
            .map(|m| model.member(m).name.clone());
        let text = [Some(p.name.clone()), p.role.clone(), member]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" — ");
        out.item("•", out.theme.dim(), &text);
    }
}
