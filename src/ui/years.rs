//! The years pane: "all years" and each year, with its number of projects and report.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use crate::app::{App, BrowserState, Pane};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, b: &BrowserState, theme: Theme) {
    let t = app.options.lang.texts();
    let mut rows = |i: usize| match app.year_at(i) {
        None => Row {
            left: vec![Span::raw(t.all_years)],
            right: app.data.model.projects.len().to_string(),
        },
        Some(year) => {
            let report = app
                .data
                .model
                .report_for(year)
                .map_or_else(String::new, |r| format!("#{}", r.number));
            Row {
                left: vec![Span::raw(format!("{year} {report}"))],
                // The projects a source shows in the year, as `ikz years` and the
                // timeline count them (the year's detail also counts those of unknown
                // status, listed after them).
                right: app.data.model.projects_in(Some(year)).len().to_string(),
            }
        }
    };
    let focused = b.focus == Pane::Years;
    list::draw(
        frame,
        area,
        t.years,
        app.year_count(),
        &mut rows,
        Some(app.year),
        b.scroll_of(Pane::Years).offset,
        focused,
        theme,
    );
}
