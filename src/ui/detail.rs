//! The detail pane: draws the lines of [`crate::present::detail`] for the selected item,
//! with its scroll position.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};

use crate::app::{App, BrowserState, Pane};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, b: &BrowserState, theme: Theme) {
    let t = app.options.lang.texts();
    let focused = b.focus == Pane::Detail;
    let inner = crate::present::layout::text_of(area);
    let all = b.detail_lines(app, inner.width);
    let offset = b
        .scroll_of(Pane::Detail)
        .offset
        .min(all.len().saturating_sub(1));
    let position = super::position(offset, usize::from(inner.height), all.len());
    // Only the lines in view: the paragraph measures every line it is given.
    let shown: Vec<Line<'static>> = all
        .into_iter()
        .skip(offset)
        .take(usize::from(inner.height))
        .collect();
    let block = Block::new()
        .title_bottom(Line::from(position.unwrap_or_default()).right_aligned())
        .borders(Borders::ALL)
        .border_type(theme.border_type(focused))
        .border_style(theme.border(focused))
        // A column of room on each side, so that no word touches the frame.
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", t.detail),
            theme.title(focused),
        ));
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
