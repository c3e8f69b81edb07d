//! The profile screen: what the member is, its share, then its projects per year as
//! stacked bars (█ named, ░ possible) with the counts under them, then every project
//! with where the member stands.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::view;
use crate::app::{App, ProfileState};
use crate::model::{Cell, Status};
use crate::present::theme::Theme;
use crate::present::{chart, layout};
use crate::query::profile::YearCount;
use crate::text::sanitize;

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &ProfileState, theme: Theme) {
    let Some(areas) = layout::view(frame.area(), st.head_rows(app), 0) else {
        super::too_small(frame, app);
        return;
    };
    let (t, model, p) = (app.options.lang.texts(), &app.data.model, &st.profile);
    let pw = &t.profile;
    let Some(member) = model.members.get(p.member.0) else {
        return;
    };
    let kind = member.kind.map_or(t.kind_unknown, |k| t.kind(k));
    let title = format!(
        " {}: {} ({}) · {kind} ",
        pw.title,
        sanitize(&member.name),
        member.code
    );
    view::frame(
        frame,
        &areas,
        Line::from(title),
        p.rows.len(),
        &st.list,
        theme,
    );

    let mut head: Vec<Line<'_>> = st.text(app).into_iter().map(Line::raw).collect();
    head.push(Line::raw(""));
    // The chart: one column per year, as many of the latest years as fit.
    let chart = st.chart(app);
    let (cell, label_width, height) = (chart.cell, chart.label, chart.height);
    let years = p.years.get(chart.years.clone()).unwrap_or_default();
    head.extend(
        chart
            .legend
            .iter()
            .map(|l| Line::styled(l.clone(), theme.dim())),
    );
    let columns: Vec<Vec<char>> = years
        .iter()
        .map(|c| chart::stacked(c.named, c.possible, chart.per, height))
        .collect();
    let label = |s: &str| format!("{s:<label_width$}");
    for level in (0..height).rev() {
        let mut spans = vec![Span::raw(label(""))];
        for col in &columns {
            let ch = col.get(level).copied().unwrap_or(' ');
            let style = if ch == chart::POSSIBLE {
                theme.possible()
            } else {
                theme.named()
            };
            spans.push(Span::raw(" "));
            spans.push(Span::styled(ch.to_string().repeat(cell), style));
        }
        head.push(Line::from(spans));
    }
    let numbers = |name: &str, value: &dyn Fn(&YearCount) -> String, style: Style| {
        let mut spans = vec![Span::styled(label(name), theme.dim())];
        for y in years {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(format!("{:>cell$}", value(y)), style));
        }
        Line::from(spans)
    };
    head.push(numbers(
        "",
        &|y| format!("{:02}", y.year % 100),
        theme.heading(),
    ));
    head.push(numbers(
        pw.named_row,
        &|y| y.named.to_string(),
        Style::new(),
    ));
    head.push(numbers(
        pw.possible_row,
        &|y| y.possible.to_string(),
        Style::new(),
    ));
    head.push(numbers(pw.no_row, &|y| y.not.to_string(), Style::new()));
    head.push(numbers(pw.all_row, &|y| y.ran.to_string(), theme.dim()));
    view::text(frame, areas.head, head);

    // The projects.
    let answer_width = [Cell::Yes, Cell::Unknown, Cell::No]
        .iter()
        .map(|&c| t.answer(c).width())
        .chain([pw.projects_head[0].width()])
        .max()
        .unwrap_or(0);
    let status_width = [
        Status::Running,
        Status::Completed,
        Status::Planned,
        Status::Unknown,
    ]
    .iter()
    .map(|&s| t.status(s).width())
    .chain([pw.projects_head[2].width()])
    .max()
    .unwrap_or(0);
    // The years as wide as the widest (at most 24), the title gets the rest.
    let years_width = st.years_width.max(pw.projects_head[1].width()).min(24);
    let widths = [answer_width, years_width, status_width, 0];
    let width = usize::from(areas.list.width).saturating_sub(2);
    let heading = view::cells(
        pw.projects_head
            .iter()
            .zip(widths)
            .map(|(h, w)| (h.to_string(), w, theme.heading()))
            .collect(),
        width,
    );
    view::list(
        frame,
        &areas,
        heading,
        &p.rows,
        &st.list,
        &mut |i, r, width| {
            let years = st.named_years.get(i).cloned().unwrap_or_default();
            view::cells(
                vec![
                    (t.answer(r.cell).to_string(), widths[0], theme.cell(r.cell)),
                    (years, widths[1], Style::new()),
                    (t.status(r.status).to_string(), widths[2], theme.dim()),
                    (model.project(r.project).title.clone(), 0, Style::new()),
                ],
                width,
            )
        },
        t.matrix.no_projects,
        theme,
    );
    super::status::draw(frame, areas.status, app, theme);
}
