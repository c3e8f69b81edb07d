//! The members pane: the 15 members under their short codes; when a project leads,
//! its participants are marked ✓ and the others set apart (· does not, ? not known).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use super::theme::{Theme, mark};
use crate::app::{App, Pane};
use crate::model::Cell;

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let t = app.options.lang.texts();
    let rows = app
        .model
        .member_indices()
        .map(|m| {
            let member = app.model.member(m);
            let mut left = Vec::new();
            let cell = app.member_mark(m);
            if let Some(cell) = cell {
                left.push(Span::styled(format!("{} ", mark(cell)), theme.cell(cell)));
            }
            let style = match cell {
                Some(Cell::No) => theme.cell(Cell::No),
                _ => ratatui::style::Style::new(),
            };
            left.push(Span::styled(
                format!("{:<4} {}", member.code, member.name),
                style,
            ));
            Row {
                left,
                right: String::new(),
            }
        })
        .collect();
    let title = match app.member_mark_summary() {
        Some(s) => format!("{} · {s}", t.members),
        None => t.members.to_string(),
    };
    let selected = app.selected_row(Pane::Members);
    list::draw(
        frame,
        area,
        &title,
        rows,
        selected,
        app.offsets[2],
        app.focus == Pane::Members,
        theme,
    );
}
