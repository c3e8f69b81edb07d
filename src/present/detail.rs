//! The text of a detail: everything about a year, project or member (or the cooperation
//! as a whole), as lines wrapped to a width. A pure function of the model, so that the
//! detail pane draws it and scrolling knows how far it can go.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::{SEAT_MARK, Theme, mark};
use super::words::{Lang, Texts};
use crate::model::{Cell, MemberIdx, Milestone, Model, ProjectIdx, SeatAt, Status};
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

    /// A web address on a line of its own under its item, never broken inside: one
    /// wider than the pane is cut at its end (`o` opens it, `y` copies it whole).
    fn address(&mut self, url: &str) {
        const INDENT: usize = 2;
        let room = self.width.saturating_sub(INDENT).max(1);
        let shown = crate::text::truncate(&sanitize_multiline(url), room);
        self.lines.push(Line::from(vec![
            Span::raw(" ".repeat(INDENT)),
            Span::styled(shown, self.theme.dim()),
        ]));
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

    fn sources<S: AsRef<str>>(&mut self, t: &Texts, model: &Model, ids: &[S]) {
        if ids.is_empty() {
            return;
        }
        self.heading(t.sources);
        // The public sources first, then what offices said (internal), apart.
        let found: Vec<Result<&crate::model::Source, &str>> = ids
            .iter()
            .map(|id| model.source_by_id(id.as_ref()).ok_or(id.as_ref()))
            .collect();
        let internal = |s: &Result<&crate::model::Source, &str>| {
            s.as_ref().is_ok_and(|s| s.internal.is_some())
        };
        let public = found.iter().filter(|s| !internal(s));
        for s in public.chain(found.iter().filter(|s| internal(s))) {
            match s {
                Ok(s) => {
                    self.item("•", self.theme.dim(), &s.title);
                    if let Some(note) = t.source_note(s) {
                        self.text(vec![Span::raw("  ")], &note, 2, self.theme.dim());
                    }
                    if let Some(url) = &s.url {
                        self.address(url);
                    }
                }
                Err(id) => self.item("•", self.theme.dim(), id),
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
    if model.active_years(p).is_none() {
        return years_label(t, model, p);
    }
    year_runs(&model.named_years(p, m))
}

/// Years as runs: "2014–2018, 2020", each run of consecutive years as "a–b", a year
/// alone as it is. `years` ascending.
pub fn year_runs(years: &[u16]) -> String {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for &y in years {
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

/// "2017–2019", "seit 2024", "Jahr nicht bekannt"; format 2: "2023–2024, dann unbekannt"
/// where no source shows a running project after 2024.
pub fn years_label(t: &Texts, model: &Model, p: ProjectIdx) -> String {
    let project = model.project(p);
    if let (Some(known), Some(_)) = (model.active_years(p), model.unknown_years(p)) {
        return (t.then_unknown)(*known.start(), *known.end());
    }
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

/// The members taking part in project `p`, by name; for all years (`year` `None`) each
/// with the years a source names it in, so that no name reads as taking part always:
/// "Biebesheim am Rhein (2017), Groß-Gerau (2016–2019)".
pub fn taking_part(model: &Model, p: ProjectIdx, list: &[MemberIdx], year: Option<u16>) -> String {
    if year.is_some() {
        return names(model, list);
    }
    list.iter()
        .map(|&m| {
            let years = year_runs(&model.named_years(p, m));
            let name = &model.member(m).name;
            if years.is_empty() {
                name.clone()
            } else {
                format!("{name} ({years})")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn project(out: &mut Out, cx: &Context<'_>, p: ProjectIdx) {
    let (t, model) = (cx.lang.texts(), cx.model);
    let project = model.project(p);
    let year = cx.year;
    out.heading(&project.title);
    if let Some(f) = &project.field {
        out.field(t.field, f);
    }
    out.field(t.project_years, &years_label(t, model, p));
    let status = model.status_in(p, year);
    let unseen = year.filter(|y| model.unknown_years(p).is_some_and(|u| u.contains(y)));
    match year.filter(|_| status != project.status) {
        // Format 2: no source shows it this year, only earlier ones.
        Some(y) if unseen.is_some() => {
            out.field(t.status, &format!("{} ({y})", t.not_shown));
        }
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
    if let Some(gap) = t.gap(&part, year) {
        summary = format!("{summary} ({gap})");
    }
    if let Some(y) = year {
        summary = format!("{summary}, {y}");
    }
    out.field(t.participation, &summary);
    what_it_is(out, cx, project);
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
        let text = match cell {
            Cell::Yes => taking_part(model, p, &list, year),
            _ => names(model, &list),
        };
        out.text(lead, &text, 2, Style::new());
    }
    out.milestones(t, &project.milestones);
    if !project.funding.is_empty() {
        let sum = t.euros(project.funded());
        let heading = if project.funding.len() > 1 {
            format!("{} ({sum} {})", t.funding, t.in_all)
        } else {
            t.funding.to_string()
        };
        out.heading(&heading);
        // The amount first, the year after it: two numbers side by side read as one.
        for g in &project.funding {
            let mut text = format!("{}{} – {}", t.euros(g.amount), in_parens(g.year), g.by);
            if let Some(n) = &g.note {
                text = format!("{text} ({n})");
            }
            out.item("•", out.theme.dim(), &text);
        }
    }
    if !project.awards.is_empty() {
        out.heading(t.awards);
        for a in &project.awards {
            let text = match &a.by {
                Some(by) => format!("{}{} – {by}", a.name, in_parens(a.year)),
                None => format!("{}{}", a.name, in_parens(a.year)),
            };
            out.item("•", out.theme.dim(), &text);
        }
    }
    out.sources(t, model, &project.cited());
}

/// The seat and the form of a project, where the data knows them.
fn what_it_is(out: &mut Out, cx: &Context<'_>, project: &crate::model::Project) {
    let (t, model) = (cx.lang.texts(), cx.model);
    if let Some(seat) = &project.seat {
        let at = match &seat.at {
            SeatAt::Member(m) => model.member(*m).name.clone(),
            SeatAt::Place(place) => place.clone(),
        };
        let text = match &seat.office {
            Some(office) => format!("{at} ({office})"),
            None => at,
        };
        out.field(t.seat, &text);
    }
    if let Some(form) = &project.form {
        out.field(t.form, &t.form(form.value));
    }
}

/// " (2024)", or nothing where the source gives no year.
fn in_parens(year: Option<u16>) -> String {
    year.map_or_else(String::new, |y| format!(" ({y})"))
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
    let hosted = model.hosted(m);
    if !hosted.is_empty() {
        out.heading(t.hosts);
        for &p in hosted.iter().take(MAX_ITEMS) {
            let project = model.project(p);
            let text = match project.seat.as_ref().and_then(|s| s.office.as_ref()) {
                Some(office) => format!("{} ({office})", project.title),
                None => project.title.clone(),
            };
            out.item(SEAT_MARK, out.theme.cell(Cell::Yes), &text);
        }
        out.more(t, hosted.len());
    }
    out.heading(t.projects_by_year);
    let named = model.projects_of_by_year(m);
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
    let (ran, unknown) = (
        model.projects_in(Some(y)).len(),
        model.unknown_in(Some(y)).len(),
    );
    out.field(t.projects, &(t.projects_of_year)(ran, unknown));
    if ran > 0 {
        let c = crate::query::coverage::Coverage::of_year(model, y).counts();
        out.field(t.who_is_known, &(t.coverage)(c));
    }
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
        if let Some(when) = (t.dated)(&sg.dated) {
            out.para(&when);
        }
        if let Some(n) = &sg.note {
            out.para(n);
        }
        people(out, model, &sg.people);
        for c in &sg.earlier {
            out.heading(&format!("{} {}", t.composition_in, c.year));
            if let Some(when) = (t.dated)(&c.dated) {
                out.para(&when);
            }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::data::{Origin, load};

    /// The detail of a subject as text, one line per line.
    fn text(lang: Lang, subject: impl Fn(&Model) -> Subject) -> String {
        let loaded = load(&Origin::BuiltIn);
        let cx = Context {
            model: &loaded.model,
            lang,
            theme: Theme { color: false },
            year: None,
            origin: "built-in",
        };
        lines(&cx, subject(&loaded.model), 100)
            .iter()
            .map(|l| l.to_string().trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn project(id: &str) -> impl Fn(&Model) -> Subject + '_ {
        move |m: &Model| Subject::Project(m.project_by_id(id))
    }

    #[test]
    fn a_project_with_seat_form_grant_and_award_in_both_languages() {
        for lang in [Lang::En, Lang::De] {
            let shown = text(lang, project("kommunales-vergabezentrum"));
            insta::assert_snapshot!(format!("vergabezentrum_{lang:?}"), shown);
        }
        let de = text(Lang::De, project("gaststaettenrecht"));
        assert!(de.contains("Sitz: Raunheim (Ordnungsamt)"), "{de}");
        assert!(
            de.contains("Form: gemeinsamer Verwaltungsbehördenbezirk"),
            "{de}"
        );
        assert!(de.contains("• 100.000 € (2024) – Land Hessen"), "{de}");
        let en = text(Lang::En, project("gaststaettenrecht"));
        assert!(en.contains("Seat: Raunheim (Ordnungsamt)"), "{en}");
        assert!(
            en.contains(
                "Form: joint administrative district (gemeinsamer Verwaltungsbehördenbezirk)"
            ),
            "{en}"
        );
        assert!(en.contains("• €100,000 (2024) – Land Hessen"), "{en}");
    }

    #[test]
    fn a_member_lists_the_projects_it_hosts() {
        let de = text(Lang::De, |m: &Model| {
            Subject::Member(m.member_by_id("raunheim"))
        });
        assert!(
            de.contains("Sitz von\n⌂ Überwachung des Gaststättenrechts (Ordnungsamt)"),
            "{de}"
        );
        let en = text(Lang::En, |m: &Model| {
            Subject::Member(m.member_by_id("kreis-gross-gerau"))
        });
        assert_eq!(en.matches("(Kreisverwaltung)").count(), 3, "{en}");
        let none = text(Lang::En, |m: &Model| {
            Subject::Member(m.member_by_id("trebur"))
        });
        assert!(!none.contains("Office of"), "{none}");
    }

    #[test]
    fn euros_are_grouped_as_each_language_writes_them() {
        let (en, de) = (Lang::En.texts(), Lang::De.texts());
        assert_eq!(en.euros(100_000), "€100,000");
        assert_eq!(de.euros(100_000), "100.000 €");
        assert_eq!(de.euros(2_415_000), "2.415.000 €");
        assert_eq!(de.euros(999), "999 €");
        assert_eq!(en.euros(1_000), "€1,000");
    }
}

#[cfg(test)]
mod address_tests {
    use super::*;
    use crate::data::{Origin, load};

    /// Every source's address stands on a line of its own, whole or cut at its end,
    /// never broken across lines, at any width.
    #[test]
    fn addresses_are_never_broken_across_lines() {
        let loaded = load(&Origin::BuiltIn);
        let model = &loaded.model;
        let cx = Context {
            model,
            lang: Lang::De,
            theme: Theme { color: false },
            year: None,
            origin: "",
        };
        for width in [40u16, 80, 120] {
            for p in model.project_indices() {
                let text: Vec<String> = lines(&cx, Subject::Project(Some(p)), width)
                    .iter()
                    .map(|l| l.to_string())
                    .collect();
                for l in text.iter().filter(|l| l.contains("https://")) {
                    let url = l.trim();
                    assert!(url.starts_with("https://"), "{l}");
                    let whole = model.sources.iter().any(|s| s.url.as_deref() == Some(url));
                    let cut = url.ends_with('…')
                        && model.sources.iter().any(|s| {
                            s.url
                                .as_deref()
                                .is_some_and(|u| u.starts_with(url.trim_end_matches('…')))
                        });
                    assert!(whole || cut, "width {width}: {l}");
                }
            }
        }
    }
}
