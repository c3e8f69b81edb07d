//! The screen shown instead of the panes when the data has errors: the lines of
//! [`ErrorsState::lines`], from its scroll position on.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::{App, ErrorsState};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, app: &App, state: &ErrorsState, theme: Theme) {
    let t = app.options.lang.texts();
    let lines = ErrorsState::lines(app, ErrorsState::width(app));
    let visible = ErrorsState::height(app);
    let scroll = state.scroll.offset.min(lines.len().saturating_sub(visible));
    let position = super::position(scroll, visible, lines.len());
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.error())
        .title_bottom(Line::from(position.unwrap_or_default()).right_aligned())
        .title(Span::styled(
            format!(" {} ({}) ", t.errors_title, app.errors.len()),
            theme.error(),
        ));
    let shown: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown).block(block), frame.area());
}
