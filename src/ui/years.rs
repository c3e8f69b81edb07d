//! The years pane: "all years" and each year, with its number of projects and report.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use super::theme::Theme;
use crate::app::{App, Pane};

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let t = app.options.lang.texts();
    let mut rows = vec![Row {
        left: vec![Span::raw(t.all_years)],
        right: app.model.projects.len().to_string(),
    }];
    rows.extend(app.model.year_infos().into_iter().map(|y| {
        let report = y.report.map_or_else(String::new, |n| format!("#{n}"));
        Row {
            left: vec![Span::raw(format!("{} {report}", y.year))],
            right: y.projects.to_string(),
        }
    }));
    let focused = app.focus == Pane::Years;
    list::draw(
        frame,
        area,
        t.years,
        rows,
        Some(app.year),
        app.offsets[0],
        focused,
        theme,
    );
}
