//! The screen shown instead of the panes when the data has errors: the same lines as
//! `ikz check`, and what to do.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::App;
use crate::present::theme::Theme;
use crate::text::{sanitize, wrap};

pub fn draw(frame: &mut Frame<'_>, app: &App, theme: Theme) {
    let t = app.options.lang.texts();
    let area = frame.area();
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line<'static>> = wrap(t.errors_intro, width)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::default());
    for d in app.errors.iter().chain(&app.warnings) {
        let style = if d.is_error() {
            theme.error()
        } else {
            theme.warning()
        };
        for l in wrap(&sanitize(&d.to_string()), width) {
            lines.push(Line::styled(l, style));
        }
    }
    lines.push(Line::default());
    lines.extend(
        wrap(t.errors_fix, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.error())
        .title(Span::styled(
            format!(" {} ({}) ", t.errors_title, app.errors.len()),
            theme.error(),
        ));
    let shown: Vec<Line<'static>> = lines.into_iter().skip(app.errors_scroll).collect();
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
