//! The status bar: where the data came from, counts, warnings, and the most useful keys
//! of the moment (from the key table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::{self, Action, Key};
use crate::app::{App, Pane};
use crate::present::theme::Theme;
use crate::text::sanitize;

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let t = app.options.lang.texts();
    let lang = app.options.lang;
    let plain = app.options.glyphs == crate::text::Glyphs::Ascii;
    let width = usize::from(area.width);
    let origin = if app.is_builtin() {
        t.built_in.to_string()
    } else {
        sanitize(&app.data.origin).into_owned()
    };
    // A message first; else in the browser the legend of the pane with the focus (what
    // its symbols and numbers mean); in the matrix, which data it shows.
    let legend = app
        .browser()
        .filter(|_| {
            matches!(
                app.stack.iter().rev().find(|s| !s.is_popup()),
                Some(crate::app::Screen::Browser(_))
            )
        })
        .map(|b| {
            let projects = if app.selected_year().is_some() {
                t.legend_projects
            } else {
                t.legend_projects_all
            };
            match b.focus {
                Pane::Years => t.legend_years,
                Pane::Projects if b.subject == Pane::Members => t.legend,
                Pane::Projects => projects,
                Pane::Members if b.subject == Pane::Projects => t.legend_members,
                // The member leads: the projects pane marks whether it takes part.
                Pane::Members => t.legend,
                Pane::Detail => projects,
            }
        });
    let mut left = vec![match (&app.message, legend) {
        // An export under way says how far it is, whatever else would be shown.
        _ if app.exporting.is_some() => Span::styled(
            format!(
                "{} {}%",
                t.matrix.exporting,
                app.exporting.unwrap_or_default()
            ),
            theme.key(),
        ),
        (Some(m), _) => Span::raw(sanitize(m).into_owned()),
        (None, Some(l)) => Span::styled(
            crate::present::words::of_members(l, app.data.model.members.len()).into_owned(),
            theme.dim(),
        ),
        (None, None) => Span::raw(origin),
    }];
    // The message of a failed reload says it already; the mark stays after it goes.
    if !app.data.stale.is_empty() && app.message.is_none() {
        left.push(Span::styled(format!(" · ✗ {}", t.stale), theme.error()));
    }
    if !app.data.warnings.is_empty() {
        let n = app.data.warnings.len();
        let word = if n == 1 { t.warning } else { t.warnings };
        left.push(Span::styled(
            format!(" · ⚠ {n} {word} (w)"),
            theme.warning(),
        ));
    }
    // The first key names a binding in the bar (the help lists them all); bindings
    // next to each other with the same word share it: "</> year".
    let mut shown: Vec<(String, &str, bool)> = Vec::new();
    let working = keymap::working(app.context());
    for b in &working {
        let Some(word) = b.bar_word(lang) else {
            continue;
        };
        let key = b
            .keys
            .first()
            .map(|k: &Key| keymap::key_label(*k, lang, plain))
            .unwrap_or_default();
        match shown.last_mut() {
            Some((keys, w, _)) if *w == word => *keys = format!("{keys}/{key}"),
            // The help's key and the key that leaves the screen always stay.
            _ => shown.push((key, word, stays(b.action))),
        }
    }
    // Every screen says how to get help: where its keys name none, F1 (which works
    // everywhere; over the help or the warnings it closes them, so it is not offered).
    let has_help = working
        .iter()
        .any(|b| b.action == Action::Help && b.bar.is_some());
    if !has_help && app.overlay().is_none() {
        let f1 = Key {
            code: ratatui::crossterm::event::KeyCode::F(1),
            ctrl: false,
        };
        let f1 = keymap::key_label(f1, lang, plain);
        shown.push((f1, t.keys.bar_help, true));
    }
    let hint_width = |shown: &[(String, &str, bool)]| -> usize {
        shown
            .iter()
            .map(|(k, w, _)| 3 + k.width() + w.width())
            .sum()
    };
    // The help's key and the way out always show: the legend (or message) before them
    // gives way first, cut with "…".
    let staying: Vec<(String, &str, bool)> = shown.iter().filter(|(_, _, s)| *s).cloned().collect();
    let others: usize = left.iter().skip(1).map(|s| s.content.width()).sum();
    let first_room = width.saturating_sub(hint_width(&staying) + others + 1);
    if let Some(first) = left.first_mut()
        && first.content.width() > first_room
    {
        first.content = crate::text::truncate(&first.content, first_room).into();
    }
    let left_width: usize = left.iter().map(|s| s.content.width()).sum();
    let room = width.saturating_sub(left_width + 1);
    // Where they do not all fit, the last ones give way; the help's and the way out stay.
    while hint_width(&shown) > room {
        match shown.iter().rposition(|(_, _, help)| !help) {
            Some(i) => {
                shown.remove(i);
            }
            None => break,
        }
    }
    let mut spans = left;
    if !shown.is_empty() && hint_width(&shown) <= room {
        spans.push(Span::raw(
            " ".repeat(width.saturating_sub(left_width + hint_width(&shown))),
        ));
        for (key, word, _) in shown {
            spans.push(Span::styled(format!("  {key}"), theme.key()));
            spans.push(Span::raw(format!(" {word}")));
        }
    }
    let line = Line::from(spans)
        .style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
    frame.render_widget(Paragraph::new(line), area);
}

/// Whether a binding's hint stays on a narrow status bar: the help, and the way out of
/// the screen (back to the browser, close, quit).
fn stays(action: Action) -> bool {
    matches!(
        action,
        Action::Help | Action::ToggleMatrix | Action::Back | Action::Close | Action::Quit
    )
}
