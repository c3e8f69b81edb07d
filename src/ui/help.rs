//! The popups over a view: the help and the list of warnings. Their lines come from
//! [`crate::app::popup`], which also scrolls them.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph};

use crate::app::{App, Popup};
use crate::present::layout;
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, app: &App, popup: &Popup, theme: Theme) {
    let width = usize::from(layout::popup_text(frame.area()).width);
    let lines = popup.lines(app, width);
    let area = layout::popup_for(frame.area(), lines.len());
    let text = layout::text_of(area);
    let title = popup.title(app);
    let visible = usize::from(text.height);
    let scroll = popup.scroll.offset.min(lines.len().saturating_sub(visible));
    let position = super::position(scroll, visible, lines.len());
    let shown: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
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
