//! The projects pane: the projects of the selected year, each with its status and how
//! many take part; when a member leads, whether it takes part in each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use crate::app::{App, BrowserState, Pane};
use crate::present::theme::{Theme, mark};

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, b: &BrowserState, theme: Theme) {
    let t = app.options.lang.texts();
    let year = app.selected_year();
    let list = b.project_rows(app);
    let mut rows = |i: usize| {
        let Some(&p) = list.get(i) else {
            return Row::default();
        };
        let project = app.model.project(p);
        let part = app.model.participation(p, year);
        let mut left = Vec::new();
        if let Some(cell) = b.project_mark(app, p) {
            left.push(Span::styled(format!("{} ", mark(cell)), theme.cell(cell)));
        }
        let title = Span::raw(project.title.clone());
        left.push(match b.project_mark(app, p) {
            Some(cell @ crate::model::Cell::No) => title.style(theme.cell(cell)),
            _ => title,
        });
        Row {
            left,
            right: format!("{:>9} {:<6}", part.short(), t.status_short(project.status)),
        }
    };
    let title = match year {
        Some(y) => format!("{} {y}", t.projects),
        None => format!("{} – {}", t.projects, t.all_years),
    };
    let selected = b.selected_row(app, Pane::Projects);
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
