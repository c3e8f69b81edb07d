//! The form that records a fact (over the matrix): the cell it is for and what the
//! data says of it now, the state to record, the sources to choose from (filtered by
//! what is typed); then the change as it will be written, line by line.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::App;
use crate::app::record::State;
use crate::app::record::{RecordState, Stage};
use crate::present::layout::{centered, inner};
use crate::present::theme::Theme;
use crate::text::{sanitize, truncate};

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &RecordState, theme: Theme) {
    let lang = app.options.lang;
    let t = lang.texts();
    let w = &t.edit.screen;
    let model = &app.data.model;
    let size = frame.area();
    // Wide, so that a changed line of a data file shows whole where it can.
    let area = centered(
        size,
        size.width.saturating_sub(4).max(20),
        size.height.saturating_sub(2),
    );
    let body = inner(area);
    let width = usize::from(body.width);
    let title = st.title(app);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(" {} ", truncate(&sanitize(&title), width.saturating_sub(2))),
            theme.title(true),
        ));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &st.stage {
        Stage::Form | Stage::Planning => {
            // The three states, the chosen one marked; for one cell, what the data
            // says of it now.
            let now_word = match st.cells.as_slice() {
                [(p, m)] => Some(match model.participation(*p, Some(st.year)).cell(*m) {
                    crate::model::Cell::Yes => w.states[0],
                    crate::model::Cell::No => w.states[1],
                    crate::model::Cell::Unknown => w.states[2],
                }),
                _ => None,
            };
            let mut spans = vec![Span::styled(format!("{}: ", w.state), theme.heading())];
            for (i, s) in [State::Yes, State::No, State::Unknown]
                .into_iter()
                .enumerate()
            {
                let word = w.states.get(i).copied().unwrap_or_default();
                if s == st.state {
                    spans.push(Span::styled(format!("[{word}]"), theme.selected(true)));
                } else {
                    spans.push(Span::raw(format!(" {word} ")));
                }
                spans.push(Span::raw(" "));
            }
            if let Some(now_word) = now_word {
                spans.push(Span::styled(
                    format!("({}: {now_word})", w.now),
                    theme.dim(),
                ));
            }
            lines.push(Line::from(spans));
            lines.push(Line::raw(""));
            // Why the last Enter did not lead on, where the eye is.
            let why_lines = st.why.as_deref().map(|why| {
                crate::text::wrap(&sanitize(why), width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.warning()))
                    .collect::<Vec<_>>()
            });
            let why_rows = why_lines.as_ref().map_or(0, |l| l.len() + 1);
            if let Some(why_lines) = why_lines {
                lines.extend(why_lines);
                lines.push(Line::raw(""));
            }
            let sources = st.shown_sources(model);
            // Which source is chosen, of how many the filter lets through.
            let position = match sources.len() {
                0 => String::new(),
                n => format!("  ({})", (w.of_sources)(st.chosen.min(n - 1) + 1, n)),
            };
            let (shown, cursor) = st
                .filter
                .window(width.saturating_sub(10 + position.chars().count()));
            let label = format!("{}: ", w.source);
            let hint = if st.filter.text.is_empty() {
                Span::styled(w.filter, theme.dim())
            } else {
                Span::raw(shown)
            };
            lines.push(Line::from(vec![
                Span::styled(label.clone(), theme.heading()),
                hint,
                Span::styled(position, theme.dim()),
            ]));
            let prompt_row = body
                .y
                .saturating_add(2 + u16::try_from(why_rows).unwrap_or(0));
            let cursor_x = (label.chars().count() + cursor).min(width.saturating_sub(1));
            if matches!(st.stage, Stage::Form) && st.state != State::Unknown {
                frame.set_cursor_position(Position::new(
                    body.x.saturating_add(u16::try_from(cursor_x).unwrap_or(0)),
                    prompt_row,
                ));
            }
            let shown = sources;
            let room = usize::from(body.height).saturating_sub(6 + why_rows);
            let chosen = st.chosen.min(shown.len().saturating_sub(1));
            let first = chosen.saturating_sub(room.saturating_sub(1));
            for (i, id) in shown.iter().enumerate().skip(first).take(room) {
                let Some(s) = model.source_by_id(id) else {
                    continue;
                };
                let mut text = format!("{id} – {}", s.title);
                if s.internal.is_some() {
                    text.push_str(&format!(" ({})", w.internal));
                }
                let text = truncate(&sanitize(&text), width.saturating_sub(2));
                let line = if i == chosen && st.state != State::Unknown {
                    Line::from(format!("▶ {text}")).style(theme.selected(true))
                } else {
                    Line::styled(format!("  {text}"), theme.dim())
                };
                lines.push(line);
            }
            if shown.is_empty() {
                for l in crate::text::wrap(w.no_source, width) {
                    lines.push(Line::styled(l, theme.warning()));
                }
            }
            if matches!(st.stage, Stage::Planning) {
                lines.push(Line::styled(w.planning, theme.dim()));
            }
        }
        Stage::Preview {
            lines: diff, notes, ..
        } => {
            lines.push(Line::styled(
                sanitize(&st.said(app)).into_owned(),
                theme.heading(),
            ));
            lines.push(Line::styled(w.preview, theme.dim()));
            for n in notes {
                lines.push(Line::styled(n.clone(), theme.warning()));
            }
            for d in diff {
                let style = match d.chars().next() {
                    Some('+') => theme.named(),
                    Some('-') => theme.error(),
                    Some(' ') => theme.dim(),
                    _ => theme.heading(),
                };
                // Long lines wrap: a changed entry is read whole.
                for part in hard_wrap(&sanitize(d), width) {
                    lines.push(Line::styled(part, style));
                }
            }
        }
        Stage::Writing => lines.push(Line::styled(w.writing, theme.dim())),
    }
    // What does not fit is said, never dropped silently.
    let rows = usize::from(body.height);
    if lines.len() > rows && rows > 1 {
        let more = lines.len() - (rows - 1);
        lines.truncate(rows - 1);
        lines.push(Line::styled((w.more_lines)(more), theme.warning()));
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// A line cut into pieces of at most `width` columns, every character kept where it
/// was (the indent of a file's line, its spaces): the next piece begins where the last
/// ended.
fn hard_wrap(line: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthChar;
    let width = width.max(1);
    let mut out = vec![String::new()];
    let mut used = 0;
    for c in line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width && used > 0 {
            out.push(String::new());
            used = 0;
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
        used += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::app::record_tests::{folder_app, run_effects};
    use crate::app::tests::press;
    use crate::present::words::Lang;
    use crate::ui::tests::screen;

    fn app(lang: Lang, w: u16, h: u16) -> (tempfile::TempDir, crate::app::App) {
        let (tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
        app.options.lang = lang;
        // The folder's place differs at every run.
        app.data.origin = "daten".to_string();
        app.handle(crate::app::Input::Resize(w, h));
        (tmp, app)
    }

    #[test]
    fn long_lines_are_cut_keeping_every_character() {
        assert_eq!(
            super::hard_wrap("+   { a = 1 }", 5),
            ["+   {", " a = ", "1 }"]
        );
        assert_eq!(super::hard_wrap("", 5), [""]);
        assert_eq!(super::hard_wrap("äöü", 2), ["äö", "ü"]);
    }

    #[test]
    fn the_form_80x24_en() {
        let (_tmp, mut app) = app(Lang::En, 80, 24);
        press(&mut app, "a tab ratha");
        insta::assert_snapshot!(screen(&app));
    }

    #[test]
    fn the_preview_120x40_de() {
        let (_tmp, mut app) = app(Lang::De, 120, 40);
        press(&mut app, "a pm-2024 enter");
        run_effects(&mut app);
        insta::assert_snapshot!(screen(&app));
    }

    /// A preview taller than the window says how much it leaves out.
    #[test]
    fn a_row_marked_at_80x24_says_what_the_preview_leaves_out() {
        let (_tmp, mut app) = app(Lang::De, 80, 24);
        press(&mut app, "* a pm-2024 enter");
        run_effects(&mut app);
        let screen = screen(&app);
        assert!(screen.contains("weitere Zeilen nicht gezeigt"), "{screen}");
    }

    #[test]
    fn a_refusal_in_the_form_200x60_en() {
        let (_tmp, mut app) = app(Lang::En, 200, 60);
        press(&mut app, "a tab tab");
        // Not known where nothing is said: nothing to write.
        press(&mut app, "enter");
        run_effects(&mut app);
        insta::assert_snapshot!(screen(&app));
    }
}
