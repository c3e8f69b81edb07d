//! The members pane: the 15 members under their short codes; when a project leads,
//! its participants are marked ✓ (⌂ where the project's office sits) and the others set
//! apart (· does not, ? not known).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::list::{self, Row};
use crate::app::{App, BrowserState, Pane};
use crate::model::Cell;
use crate::present::theme::{SEAT_MARK, Theme, mark};

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, b: &BrowserState, theme: Theme) {
    let t = app.options.lang.texts();
    // Who takes part in the leading project: worked out once, not per member.
    let part = b.project_participation(app);
    // The member the leading project's office sits with.
    let seat = app
        .project
        .filter(|_| part.is_some())
        .and_then(|p| app.data.model.project(p).seat_member());
    let order = b.member_rows(app);
    let mut rows = |i: usize| {
        let Some(&m) = order.get(i) else {
            return Row::default();
        };
        let member = app.data.model.member(m);
        let mut left = Vec::new();
        let cell = part.as_ref().map(|p| p.cell(m));
        if let Some(cell) = cell {
            let shown = if cell == Cell::Yes && seat == Some(m) {
                SEAT_MARK
            } else {
                mark(cell)
            };
            left.push(Span::styled(format!("{shown} "), theme.cell(cell)));
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
    };
    let title = match &part {
        Some(p) => format!("{} · {}", t.members, p.short()),
        None => t.members.to_string(),
    };
    // The row of the selection in the order already made (not made again).
    let selected = app.member.and_then(|m| order.iter().position(|&x| x == m));
    list::draw(
        frame,
        area,
        &title,
        app.data.model.members.len(),
        &mut rows,
        selected,
        b.scroll_of(Pane::Members).offset,
        b.focus == Pane::Members,
        theme,
    );
}
