//! Drawing: reads the [`App`] and draws a frame; never changes state. One small file per
//! pane or view.

pub mod detail;
mod errors;
pub mod help;
mod list;
mod matrix;
mod members;
mod projects;
mod search;
mod status;
mod years;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, View};
use crate::present::layout;
use crate::present::theme::Theme;

pub fn theme_of(app: &App) -> Theme {
    app.theme()
}

/// " 1–20/31 " for a text longer than its pane: which lines are shown, of how many.
pub fn position(offset: usize, height: usize, total: usize) -> Option<String> {
    (total > height).then(|| format!(" {}–{}/{total} ", offset + 1, (offset + height).min(total)))
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let theme = theme_of(app);
    if !app.errors.is_empty() {
        errors::draw(frame, app, theme);
        return;
    }
    if app.view == View::Matrix {
        let Some(g) = layout::matrix(frame.area(), &app.matrix.grid) else {
            too_small(frame, app);
            return;
        };
        matrix::draw(frame, &g, app, theme);
        status::draw(frame, g.status, app, theme);
        help::draw(frame, app, theme);
        return;
    }
    let Some(areas) = layout::areas(frame.area()) else {
        too_small(frame, app);
        return;
    };
    years::draw(frame, areas.years, app, theme);
    projects::draw(frame, areas.projects, app, theme);
    members::draw(frame, areas.members, app, theme);
    detail::draw(frame, areas.detail, app, theme);
    status::draw(frame, areas.status, app, theme);
    search::draw(frame, app, theme);
    help::draw(frame, app, theme);
}

/// Below the smallest usable size: say how large the window must be.
fn too_small(frame: &mut Frame<'_>, app: &App) {
    let t = app.options.lang.texts();
    let area = frame.area();
    let have = (area.width, area.height);
    let need = (layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let text = vec![
        Line::raw(t.too_small),
        Line::raw(t.too_small_detail(app.options.lang, have, need)),
    ];
    let y = area.height.saturating_sub(2) / 2;
    let target = ratatui::layout::Rect {
        y: area.y + y,
        height: area.height - y,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text).centered().wrap(Wrap { trim: true }),
        target,
    );
}

#[cfg(test)]
pub(crate) mod tests;
