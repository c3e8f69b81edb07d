//! The screen shown instead of the panes when the data has errors: the items of
//! [`ErrorItems`] on screen, from the scroll position on.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::{App, ErrorItems, ErrorsState, Items};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, app: &App, state: &ErrorsState, theme: Theme) {
    let t = app.options.lang.texts();
    let (width, height) = (ErrorsState::width(app), ErrorsState::height(app));
    let items = ErrorItems(app);
    let mut scroll = state.scroll;
    scroll.keep_within(&items, width, height);
    // Which messages (or lines of help) are shown, of how many: one reading with the title.
    let position = scroll
        .shown(&items, width, height)
        .and_then(|(first, end)| super::position(first, end - first, items.total()));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.error())
        .title_bottom(Line::from(position.unwrap_or_default()).right_aligned())
        .title(Span::styled(
            format!(" {} ({}) ", t.errors_title, app.data.errors.len()),
            theme.error(),
        ));
    let shown = scroll.visible(&items, width, height);
    frame.render_widget(Paragraph::new(shown).block(block), frame.area());
}
