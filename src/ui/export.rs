//! The choice of files `e` writes, over the matrix: a line per kind, ticked or not.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::App;
use crate::app::export::ExportState;
use crate::present::layout::{centered, inner};
use crate::present::theme::Theme;
use crate::text::{sanitize, truncate};

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &ExportState, theme: Theme) {
    let t = &app.options.lang.texts().matrix;
    let size = frame.area();
    let area = centered(size, size.width.saturating_sub(4).min(90), 6);
    let body = inner(area);
    let width = usize::from(body.width);
    let folder = app.export_folder.display().to_string();
    let title = (t.export_title)(&sanitize(&folder));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(" {} ", truncate(&title, width.saturating_sub(2))),
            theme.title(true),
        ));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, (word, ticked)) in t.export_kinds.iter().zip(st.ticked).enumerate() {
        let mark = if ticked { "[x]" } else { "[ ]" };
        let text = truncate(&format!("{mark} {word}"), width);
        lines.push(if i == st.at {
            Line::from(text).style(theme.selected(true))
        } else {
            Line::raw(text)
        });
    }
    frame.render_widget(Paragraph::new(lines), body);
}
