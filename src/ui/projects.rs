//! The projects pane: the projects of the selected year, each with its status and how
//! many take part; when a member leads, whether it takes part in each (⌂ where it also
//! hosts the office).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use crate::app::{App, BrowserState, Pane};
use crate::present::theme::{SEAT_MARK, Theme, mark};

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, b: &BrowserState, theme: Theme) {
    let t = app.options.lang.texts();
    let year = app.selected_year();
    let list = b.project_rows(app);
    // As wide as the longest status in the language, no wider.
    let status_width = crate::model::Status::ALL
        .iter()
        .map(|&s| t.status_short(s))
        .chain([t.not_shown_short])
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    let with_status = area.width.saturating_sub(2) >= 50;
    let mut rows = |i: usize| {
        let Some(&p) = list.get(i) else {
            return Row::default();
        };
        let project = app.data.model.project(p);
        let part = app.data.model.participation(p, year);
        let mut left = Vec::new();
        if let Some(cell) = b.project_mark(app, p) {
            // ⌂ where the leading member takes part and the office sits with it.
            let hosts = cell == crate::model::Cell::Yes
                && app.member.is_some()
                && project.seat_member() == app.member;
            let shown = if hosts { SEAT_MARK } else { mark(cell) };
            left.push(Span::styled(format!("{shown} "), theme.cell(cell)));
        }
        let title = Span::raw(project.title.clone());
        left.push(match b.project_mark(app, p) {
            Some(cell @ crate::model::Cell::No) => title.style(theme.cell(cell)),
            _ => title,
        });
        Row {
            left,
            right: match year {
                // Too narrow for the status as well: the detail shows it.
                Some(_) if !with_status => format!("{:>9}", part.short()),
                Some(_) => format!(
                    "{:>9} {:<w$}",
                    part.short(),
                    t.status_short_in(&app.data.model, p, year),
                    w = status_width
                ),
                None if !with_status => format!("{:>9}", part.short()),
                // Over all years: the project's years instead of a status.
                None => format!(
                    "{:>9} {:<10}",
                    part.short(),
                    crate::present::detail::years_label(t, &app.data.model, p)
                ),
            },
        }
    };
    // The title says the order of the list.
    let order = if b.focus == Pane::Projects && b.subject == Pane::Members {
        t.order_marks
    } else {
        t.order_start
    };
    let title = match year {
        Some(y) => format!("{} {y} · {order}", t.projects),
        None => format!("{} – {} · {order}", t.projects, t.all_years),
    };
    // The row of the selection in the list already made (not made again).
    let selected = app.project.and_then(|p| list.iter().position(|&x| x == p));
    list::draw(
        frame,
        area,
        &title,
        list.len(),
        &mut rows,
        selected,
        b.scroll_of(Pane::Projects).offset,
        b.focus == Pane::Projects,
        theme,
    );
}
