//! A bordered list pane with a selection marker and a scroll position; the years,
//! projects and members panes are drawn with it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::present::theme::Theme;
use crate::text::{sanitize, truncate};

/// One row: spans on the left and a text aligned to the right edge.
#[derive(Default)]
pub struct Row<'a> {
    pub left: Vec<Span<'a>>,
    pub right: String,
}

/// Draws the rows from `offset` on, marking `selected` with ▶ (focused pane) or ▷.
/// `rows` has `len` rows and makes row `i` when asked: only the rows on screen are made,
/// so a list of 10,000 projects costs what a list of 20 does.
#[allow(clippy::too_many_arguments)]
pub fn draw<'a>(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    len: usize,
    rows: &mut dyn FnMut(usize) -> Row<'a>,
    selected: Option<usize>,
    offset: usize,
    focused: bool,
    theme: Theme,
) {
    let height = usize::from(area.height.saturating_sub(2));
    let position = super::position(offset, height, len).unwrap_or_default();
    let block = Block::new()
        .title_bottom(Line::from(position).right_aligned())
        .borders(Borders::ALL)
        .border_type(theme.border_type(focused))
        .border_style(theme.border(focused))
        .title(Span::styled(format!(" {title} "), theme.title(focused)));
    let width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line<'_>> = (offset..len.min(offset.saturating_add(height)))
        .map(|i| {
            let row = rows(i);
            let is_sel = selected == Some(i);
            let marker = match (is_sel, focused) {
                (true, true) => "▶ ",
                (true, false) => "▷ ",
                _ => "  ",
            };
            let right = sanitize(&row.right).into_owned();
            let room = width.saturating_sub(2 + right.width() + usize::from(!right.is_empty()));
            let mut spans = vec![Span::raw(marker)];
            let mut used = 0;
            for s in row.left {
                let text = truncate(&sanitize(&s.content), room.saturating_sub(used));
                used += text.width();
                spans.push(Span::styled(text, s.style));
            }
            // Padded to the full width, so that a selected row is marked edge to edge.
            let pad = width.saturating_sub(2 + used + right.width());
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::raw(right));
            let line = Line::from(spans);
            if is_sel {
                line.style(theme.selected(focused))
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
