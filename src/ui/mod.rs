//! Drawing: reads the [`App`] and draws a frame; never changes state. One small file per
//! pane or view.

mod compare;
pub mod detail;
mod errors;
mod export;
mod gaps;
mod help;
pub mod links;
mod list;
mod matrix;
mod members;
mod profile;
mod projects;
mod record;
mod search;
mod status;
mod timeline;
mod view;
mod years;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, BrowserState, Screen};
use crate::present::layout;
use crate::present::theme::Theme;

pub fn theme_of(app: &App) -> Theme {
    app.theme()
}

/// " 1–20/31 " for a text longer than its pane: which lines are shown, of how many.
pub fn position(offset: usize, height: usize, total: usize) -> Option<String> {
    (total > height).then(|| {
        let end = (offset + height).min(total);
        // ▲ where more lies above, ▼ where more lies below.
        let up = if offset > 0 { "▲ " } else { "" };
        let down = if end < total { " ▼" } else { "" };
        format!(" {up}{}–{end}/{total}{down} ", offset + 1)
    })
}

/// Draws the whole screen: the screens of the stack from the last full one up, so
/// that popups show over the view they were opened from.
pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let theme = theme_of(app);
    let first = app.stack.iter().rposition(|s| !s.is_popup()).unwrap_or(0);
    for screen in app.stack.iter().skip(first) {
        match screen {
            Screen::Browser(b) => browser(frame, app, b, theme),
            Screen::Matrix(mx) => {
                let Some(g) = layout::matrix(frame.area(), &mx.grid) else {
                    too_small(frame, app);
                    continue;
                };
                matrix::draw(frame, &g, app, mx, theme);
                status::draw(frame, g.status, app, theme);
            }
            Screen::Search(st) => search::draw(frame, app, st, theme),
            Screen::Help(p) | Screen::Problems(p) => help::draw(frame, app, p, theme),
            Screen::Errors(e) => errors::draw(frame, app, e, theme),
            Screen::Timeline(st) => timeline::draw(frame, app, st, theme),
            Screen::Profile(st) => profile::draw(frame, app, st, theme),
            Screen::Compare(st) => compare::draw(frame, app, st, theme),
            Screen::Gaps(st) => gaps::draw(frame, app, st, theme),
            Screen::Record(st) => record::draw(frame, app, st, theme),
            Screen::Export(st) => export::draw(frame, app, st, theme),
            #[cfg(test)]
            Screen::Probe(p) => crate::app::screen_tests::draw(frame, p),
        }
    }
    cells_as_terminals_count(frame.buffer_mut());
    if app.options.glyphs != crate::text::Glyphs::All {
        shown_glyphs(frame.buffer_mut(), app.options.glyphs);
    }
}

/// A row of the screen with German letters as two (see [`crate::text::widen_letters`]);
/// where each cell went.
fn widen(cells: &mut Vec<ratatui::buffer::Cell>) -> Vec<usize> {
    crate::text::widen_letters(cells, false, ratatui::buffer::Cell::symbol, |c, s| {
        c.set_symbol(s);
    })
}

/// Puts the terminal's cursor at `x`, `y` (a prompt's): on a terminal that shows only
/// ASCII, where that cell goes once German letters are written as two (the row as the
/// frame has it so far, the prompt drawn).
pub fn place_cursor(frame: &mut Frame<'_>, app: &App, x: u16, y: u16) {
    let mut x = x;
    if app.options.glyphs == crate::text::Glyphs::Ascii {
        let area = frame.area();
        let width = usize::from(area.width);
        let from = usize::from(y.saturating_sub(area.y)) * width;
        let buffer = frame.buffer_mut();
        if let Some(row) = buffer.content.get(from..from + width) {
            let mut cells = row.to_vec();
            let went = widen(&mut cells);
            let at = usize::from(x.saturating_sub(area.x));
            if let Some(&to) = went.get(at) {
                x = area.x + u16::try_from(to).unwrap_or(u16::MAX);
            }
        }
    }
    frame.set_cursor_position((x, y));
}

/// Every grapheme that terminals may count otherwise than ratatui (a flag, emoji joined
/// into one, a skin tone, an emoji selector) as the cells they count alike, so that no
/// cell after it is left stale (see [`crate::text::per_code_point`]).
fn cells_as_terminals_count(buffer: &mut ratatui::buffer::Buffer) {
    let width = usize::from(buffer.area.width).max(1);
    for row in buffer.content.chunks_mut(width) {
        for x in 0..row.len() {
            let Some(cell) = row.get(x) else { break };
            // Most cells are one byte; a grapheme of one code point is drawn as it is.
            if cell.symbol().len() <= 4 && cell.symbol().chars().nth(1).is_none() {
                continue;
            }
            let Some(parts) = crate::text::per_code_point(cell.symbol()) else {
                continue;
            };
            // The parts take the cells the grapheme took (the ones after it are blank).
            for (i, part) in parts.into_iter().enumerate() {
                if let Some(c) = row.get_mut(x + i) {
                    c.set_char(part);
                }
            }
        }
    }
}

/// For a terminal that cannot show every character (a locale that is not UTF-8, the old
/// Windows console): every cell as it can show it, plain ASCII of the same width where
/// it must (see [`crate::text::Glyphs`]), borders and marks included. The legends are
/// changed alike, so they still explain the marks on screen.
fn shown_glyphs(buffer: &mut ratatui::buffer::Buffer, glyphs: crate::text::Glyphs) {
    if glyphs == crate::text::Glyphs::Ascii {
        // German letters as two (ä → ae, ß → ss), never as one that reads as another
        // word (Bar for Bär): cut with "…" where the row has no room.
        let width = usize::from(buffer.area.width).max(1);
        for row in buffer.content.chunks_mut(width) {
            if row.iter().all(|c| c.symbol().is_ascii()) {
                continue;
            }
            let mut cells = row.to_vec();
            let _ = widen(&mut cells);
            // A row of the screen keeps its width (`widen_letters` grows only lines
            // that may).
            if cells.len() == row.len() {
                row.clone_from_slice(&cells);
            }
        }
    }
    for cell in &mut buffer.content {
        if !cell.symbol().is_ascii() {
            let shown = glyphs.shown(cell.symbol());
            if shown != cell.symbol() {
                let shown = shown.into_owned();
                cell.set_symbol(&shown);
            }
        }
    }
}

/// The four panes and the status bar.
fn browser(frame: &mut Frame<'_>, app: &App, b: &BrowserState, theme: Theme) {
    let Some(areas) = layout::areas_for(frame.area(), app.data.pane_wants) else {
        too_small(frame, app);
        return;
    };
    years::draw(frame, areas.years, app, b, theme);
    projects::draw(frame, areas.projects, app, b, theme);
    members::draw(frame, areas.members, app, b, theme);
    detail::draw(frame, areas.detail, app, b, theme);
    status::draw(frame, areas.status, app, theme);
}

/// Below the smallest usable size: say how large the window must be.
fn too_small(frame: &mut Frame<'_>, app: &App) {
    let t = app.options.lang.texts();
    let area = frame.area();
    let have = (area.width, area.height);
    let need = (layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let text = vec![
        Line::raw(t.too_small),
        Line::raw((t.too_small_detail)(have, need)),
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

#[cfg(test)]
mod views_tests;
