//! The timeline screen: the legend, a bar and the count of the projects of each year,
//! the years with an annual report, then a row per project with a mark per year.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::view;
use crate::app::timeline::Columns;
use crate::app::{App, TimelineState};
use crate::present::theme::Theme;
use crate::present::{chart, layout};
use crate::query::timeline::Order;
use crate::text::{sanitize, truncate};

/// A text cut or padded to `width` columns, a space kept at its end (a field's column
/// has two at its start instead).
fn pad(s: &str, width: usize) -> String {
    if width < 3 {
        return " ".repeat(width);
    }
    let s = truncate(&sanitize(s), width - 1);
    format!("{s}{}", " ".repeat(width - s.width()))
}

/// The title: the years shown (of all), the order, how many projects, the mark.
fn title(app: &App, st: &TimelineState, cols: &Columns) -> String {
    let (t, model, tl) = (app.options.lang.texts(), &app.data.model, &st.timeline);
    let tw = &t.timeline;
    let n = tl.per_year.len();
    let year = |i: usize| tl.first_year.saturating_add(i as u16);
    let mut title = format!(" {} ", tw.title);
    if n > 0 {
        title.push_str(&format!(
            "{}–{}",
            year(cols.years.start),
            year(cols.years.end - 1)
        ));
        if cols.years.len() < n {
            title.push_str(&format!(" ({} {}–{})", tw.years_of, year(0), year(n - 1)));
        }
    }
    let [by_start, by_field, by_title] = tw.orders;
    let order = match st.order {
        Order::Start => by_start,
        Order::Field => by_field,
        Order::Title => by_title,
    };
    title.push_str(&format!(
        " · {order} · {} ",
        t.cli.project.count(tl.rows.len())
    ));
    if let Some(m) = st.marked {
        // "● named: MW, 6 projects": whom the marks are for, and how many.
        title.push_str(&format!(
            "· {} {}, {}{} ",
            tw.marked,
            sanitize(&model.member(m).code),
            t.cli.project.count(st.marked_count),
            if st.only { tw.only } else { "" }
        ));
    }
    title
}

/// Above the list: the legend, then the rows of the years (a bar, the count of
/// projects, the annual reports).
fn head(app: &App, st: &TimelineState, cols: &Columns, theme: Theme) -> Vec<Line<'static>> {
    let (t, tl) = (app.options.lang.texts(), &st.timeline);
    let tw = &t.timeline;
    let label_width = 2 + cols.title + if cols.field > 0 { cols.field + 2 } else { 0 };
    let label = |s: &str| {
        let s = truncate(s, label_width);
        let pad = label_width.saturating_sub(s.width());
        format!("  {s}{}", " ".repeat(pad))
    };
    let most = tl.per_year.iter().copied().max().unwrap_or(0);
    // The counts and reports of the years shown.
    let shown: Vec<(usize, bool)> = tl
        .per_year
        .iter()
        .zip(&tl.reports)
        .map(|(&n, r)| (n, r.is_some()))
        .skip(cols.years.start)
        .take(cols.years.len())
        .collect();
    let row = |first: String, cell: &dyn Fn((usize, bool)) -> Span<'static>| {
        let mut spans = vec![Span::styled(first, theme.dim())];
        for &year in &shown {
            spans.push(Span::raw(" "));
            spans.push(cell(year));
        }
        Line::from(spans)
    };
    let mut head: Vec<Line<'_>> = st
        .legend(app)
        .into_iter()
        .map(|l| Line::styled(l, theme.dim()))
        .collect();
    let c = cols.cell;
    head.push(row(label(""), &|(n, _)| {
        let bar = chart::level(n, most).to_string().repeat(c);
        Span::styled(bar, theme.named())
    }));
    // With a filter the counts are of the projects shown, and the label says so.
    let counts = if st.narrowed() {
        tw.shown_row
    } else {
        tw.projects_row
    };
    head.push(row(label(counts), &|(n, _)| Span::raw(format!("{n:>c$}"))));
    head.push(row(label(tw.reports_row), &|(_, report)| {
        let mark = if report { "*" } else { "" };
        Span::styled(format!("{mark:>c$}"), theme.key())
    }));
    head
}

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &TimelineState, theme: Theme) {
    let Some(areas) = layout::view(frame.area(), st.head_rows(app), st.foot_rows(app)) else {
        super::too_small(frame, app);
        return;
    };
    let (t, model, tl) = (app.options.lang.texts(), &app.data.model, &st.timeline);
    let tw = &t.timeline;
    let cols = st.columns_at(app);
    let n = tl.per_year.len();
    let year = |i: usize| tl.first_year.saturating_add(i as u16);
    let title = title(app, st, &cols);
    view::frame(
        frame,
        &areas,
        Line::from(title),
        tl.rows.len(),
        &st.list,
        theme,
    );

    let head = head(app, st, &cols, theme);
    let c = cols.cell;
    view::text(frame, areas.head, head);

    // The heading: project, field, the years (◀ ▶ where more are cut off).
    let mut heading = vec![Span::raw(format!(
        "  {}{}",
        pad(tw.project_head, cols.title),
        pad(tw.field_head, cols.field)
    ))];
    for i in cols.years.clone() {
        let before = if i == cols.years.start && i > 0 {
            "◀"
        } else {
            " "
        };
        heading.push(Span::raw(before));
        heading.push(Span::raw(format!(
            "{:>c$}",
            format!("{:02}", year(i) % 100)
        )));
    }
    if cols.years.end < n {
        heading.push(Span::raw(" ▶"));
    }
    let marked = st.marked;
    let by_field = st.order == Order::Field;
    view::list(
        frame,
        &areas,
        heading,
        &tl.rows,
        &st.list,
        &mut |_, r, _width| {
            let p = model.project(r.project);
            let named = marked.is_some_and(|m| p.participants.iter().any(|x| x.member == m));
            let mut spans = vec![Span::styled(if named { "● " } else { "  " }, theme.key())];
            // Sorted by field where the field has no column: before the title.
            let title = match (by_field, cols.field, p.field.as_deref()) {
                (true, 0, field) => format!("{} · {}", field.unwrap_or("–"), p.title),
                _ => p.title.clone(),
            };
            spans.push(Span::raw(pad(&title, cols.title)));
            let field = p.field.as_deref().unwrap_or_default();
            spans.push(Span::styled(pad(field, cols.field), theme.dim()));
            let marks = r.marks.iter().enumerate();
            // A span per run of years with the same mark (and style), each year after a
            // space: fewer spans make a cheaper frame.
            let mut run: Option<(String, crate::query::timeline::Mark)> = None;
            for (y, &mark) in marks.skip(cols.years.start).take(cols.years.len()) {
                let cell = chart::timeline_cell(mark, r.milestones.contains(&year(y)), c);
                match &mut run {
                    Some((text, m)) if *m == mark => {
                        text.push(' ');
                        text.push_str(&cell);
                    }
                    _ => {
                        if let Some((text, m)) = run.take() {
                            spans.push(Span::styled(text, theme.timeline(m)));
                        }
                        run = Some((format!(" {cell}"), mark));
                    }
                }
            }
            if let Some((text, m)) = run {
                spans.push(Span::styled(text, theme.timeline(m)));
            }
            spans
        },
        tw.none,
        theme,
    );

    // Under the list: the milestones of the project under the cursor, then the filter.
    let prompt = u16::try_from(st.prompt_rows()).unwrap_or(0);
    let [milestones, filter] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(prompt),
    ])
    .areas(areas.foot);
    if milestones.height > 0 {
        view::text(
            frame,
            milestones,
            milestone_lines(app, st, milestones, theme),
        );
    }
    if prompt > 0 {
        view::prompt(
            frame,
            app,
            filter,
            t.matrix.filter,
            st.prompt.as_ref(),
            &st.filter,
            theme,
        );
    }
    super::status::draw(frame, areas.status, app, theme);
}

/// The milestones of the project under the cursor, each with its year (and month), as
/// many as fit `area`, the last cut with "…" where more follow: what the `o` of a year
/// stands for.
fn milestone_lines(
    app: &App,
    st: &TimelineState,
    area: ratatui::layout::Rect,
    theme: Theme,
) -> Vec<Line<'static>> {
    let tw = &app.options.lang.texts().timeline;
    let Some(p) = st.project().map(|p| app.data.model.project(p)) else {
        return Vec::new();
    };
    let width = usize::from(area.width);
    let title = sanitize(&p.title);
    if p.milestones.is_empty() {
        let said = (tw.no_milestones)(&title);
        return vec![Line::styled(truncate(&said, width), theme.dim())];
    }
    let mut lines = vec![Line::styled(
        truncate(&(tw.milestones_of)(&title), width),
        theme.dim(),
    )];
    let room = usize::from(area.height).saturating_sub(1);
    // By year, those of no known year last (they have no `o` in the rows).
    let mut milestones: Vec<&crate::model::Milestone> = p.milestones.iter().collect();
    milestones.sort_by_key(|m| (m.year.is_none(), m.year, m.month));
    let year_unknown = app.options.lang.texts().year_unknown;
    let items: Vec<String> = milestones
        .iter()
        .map(|m| {
            // A milestone may have line breaks: one line here.
            let text = sanitize(&m.text.replace('\n', " ")).into_owned();
            match (m.year, m.month) {
                (Some(y), Some(mo)) => format!("o {mo:02}/{y}: {text}"),
                (Some(y), None) => format!("o {y}: {text}"),
                (None, _) => format!("{year_unknown}: {text}"),
            }
        })
        .collect();
    // A line each; the last line of room takes the rest, side by side, cut with "…".
    let single = room.saturating_sub(1).min(items.len());
    for item in items.iter().take(single) {
        lines.push(Line::raw(truncate(item, width)));
    }
    let rest = items.get(single..).unwrap_or_default();
    if !rest.is_empty() {
        lines.push(Line::raw(truncate(&rest.join("   "), width)));
    }
    lines
}
