//! The popups over a view: the help and the list of warnings. Their items come from
//! [`crate::app::popup`], which also scrolls them.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph};

use crate::app::{App, Popup};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, app: &App, popup: &Popup, theme: Theme) {
    let text = popup.text(app);
    let (items, width, visible, area) = (text.items, text.width, text.height, text.area);
    let title = popup.title(app);
    let mut scroll = popup.scroll;
    scroll.keep_within(&*items, width, visible);
    // Which messages (or lines of help) are shown, of how many: one reading with the title.
    let position = scroll
        .shown(&*items, width, visible)
        .and_then(|(first, end)| super::position(first, end - first, items.total()));
    let shown = scroll.visible(&*items, width, visible);
    let block = Block::new()
        .title_bottom(Line::from(position.unwrap_or_default()).right_aligned())
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.title(true)));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(shown).block(block.padding(Padding::horizontal(1))),
        area,
    );
}
