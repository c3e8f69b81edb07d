//! The popups over the panes: the help (every key, from the key table) and the list of
//! warnings in the data.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph};

use crate::app::keymap::{self, Context};
use crate::app::{App, Overlay, View};
use crate::present::layout::centered;
use crate::present::theme::Theme;
use crate::text::{sanitize, wrap};

/// The lines of the help popup at a width: every browser key, then the mouse and marks.
pub fn help_lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let t = app.options.lang.texts();
    let lang = app.options.lang;
    // The keys of the view the help was opened from, then those of its prompt.
    let (main, prompt, prompt_title) = if app.view == View::Matrix {
        (Context::Matrix, Context::Filter, t.help_filter)
    } else {
        (Context::Browser, Context::Search, t.help_search)
    };
    let browser: Vec<_> = keymap::bindings(main).collect();
    let search: Vec<_> = keymap::bindings(prompt).collect();
    let key_width = browser
        .iter()
        .chain(&search)
        .map(|b| b.keys_label().chars().count())
        .max()
        .unwrap_or(0);
    let line = |b: &keymap::Binding| {
        Line::from(vec![
            Span::styled(format!("{:<key_width$}  ", b.keys_label()), theme.key()),
            Span::raw(b.describe(lang)),
        ])
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    if app.view == View::Matrix {
        lines.push(Line::styled(t.help_matrix, theme.heading()));
    }
    lines.extend(browser.iter().map(|b| line(b)));
    lines.push(Line::default());
    lines.push(Line::styled(prompt_title, theme.heading()));
    lines.extend(search.iter().map(|b| line(b)));
    lines.push(Line::default());
    lines.push(Line::raw(t.legend));
    lines.push(Line::default());
    let mouse = if app.options.mouse {
        t.help_mouse
    } else {
        t.help_no_mouse
    };
    lines.extend(wrap(mouse, width).into_iter().map(Line::raw));
    lines.push(Line::default());
    lines.extend(
        wrap(t.help_close, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

fn problem_lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let t = app.options.lang.texts();
    if app.warnings.is_empty() && app.stale.is_empty() {
        return vec![Line::raw(t.no_items)];
    }
    let listed = |list: &[crate::diag::Diagnostic], style| {
        list.iter()
            .flat_map(|d| wrap(&sanitize(&d.to_string()), width))
            .map(move |l| Line::styled(l, style))
            .collect::<Vec<_>>()
    };
    let mut lines = Vec::new();
    if !app.stale.is_empty() {
        lines.push(Line::styled(t.stale_title, theme.heading()));
        lines.extend(listed(&app.stale, theme.error()));
        lines.push(Line::default());
    }
    lines.extend(listed(&app.warnings, theme.warning()));
    lines.push(Line::default());
    lines.extend(
        wrap(t.help_close, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

pub fn draw(frame: &mut Frame<'_>, app: &App, theme: Theme) {
    let Some(overlay) = app.overlay else { return };
    let t = app.options.lang.texts();
    let area = frame.area();
    let popup = centered(area, 76, area.height.saturating_sub(2));
    let width = usize::from(popup.width.saturating_sub(4));
    let (title, lines) = match overlay {
        Overlay::Help => (t.help_title, help_lines(app, width, theme)),
        Overlay::Problems => (t.problems_title, problem_lines(app, width, theme)),
    };
    let visible = usize::from(popup.height.saturating_sub(2));
    let scroll = app.overlay_scroll.min(lines.len().saturating_sub(visible));
    let position = super::position(scroll, visible, lines.len());
    let shown: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    let block = Block::new()
        .title_bottom(Line::from(position.unwrap_or_default()).right_aligned())
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.title(true)));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(shown).block(block.padding(Padding::horizontal(1))),
        popup,
    );
}
