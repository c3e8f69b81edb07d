//! The status bar: where the data came from, counts, warnings, and the most useful keys
//! of the moment (from the key table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{self, Key};
use crate::text::{sanitize, truncate};

pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let t = app.options.lang.texts();
    let lang = app.options.lang;
    let width = usize::from(area.width);
    let origin = if app.is_builtin() {
        t.built_in.to_string()
    } else {
        sanitize(&app.origin).into_owned()
    };
    let mut left = vec![Span::raw(match &app.message {
        Some(m) => sanitize(m).into_owned(),
        None => format!(
            "{origin} · {} {} · {} {}",
            app.model.members.len(),
            t.n_members,
            app.model.projects.len(),
            t.n_projects
        ),
    })];
    if !app.warnings.is_empty() {
        let n = app.warnings.len();
        let word = if n == 1 { t.warning } else { t.warnings };
        left.push(Span::styled(
            format!(" · ⚠ {n} {word} (w)"),
            theme.warning(),
        ));
    }
    let mut hints: Vec<Span<'_>> = Vec::new();
    for b in keymap::bindings(app.context()) {
        let Some(word) = b.bar_word(lang) else {
            continue;
        };
        // The first key names the binding in the bar; the help lists them all.
        let key = b
            .keys
            .first()
            .map(|k: &Key| keymap::key_label(*k))
            .unwrap_or_default();
        hints.push(Span::styled(format!("  {key}"), theme.key()));
        hints.push(Span::raw(format!(" {word}")));
    }
    let left_width: usize = left.iter().map(|s| s.content.width()).sum();
    let hints_text: String = hints.iter().map(|s| s.content.as_ref()).collect();
    let room = width.saturating_sub(left_width + 2);
    let mut spans = left;
    if hints_text.width() <= room {
        spans.push(Span::raw(
            " ".repeat(width.saturating_sub(left_width + hints_text.width())),
        ));
        spans.extend(hints);
    } else if room > 8 {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            truncate(hints_text.trim_start(), room),
            theme.dim(),
        ));
    }
    let line = Line::from(spans)
        .style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
    frame.render_widget(Paragraph::new(line), area);
}
