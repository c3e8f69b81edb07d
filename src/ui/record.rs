//! The form that records a fact (over the matrix): the cell it is for and what the
//! data says of it now, the state to record, the sources to choose from (filtered by
//! what is typed); then the change as it will be written, line by line.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::record::{Field, Kind, Pick, RecordState, Stage, Value, choices};
use crate::present::layout::{centered, inner};
use crate::present::theme::Theme;
use crate::text::{sanitize, truncate};

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &RecordState, theme: Theme) {
    let lang = app.options.lang;
    let t = lang.texts();
    let w = &t.edit.screen;
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
    // The terminal's cursor in the field being typed in, once the form is drawn.
    let mut place = None;
    match &st.stage {
        Stage::Form | Stage::Planning => {
            let cursor = form_lines(&mut lines, app, st, theme, body.height, width);
            if let Some((row, col)) = cursor
                && matches!(st.stage, Stage::Form)
            {
                place = Some((
                    body.x.saturating_add(u16::try_from(col).unwrap_or(0)),
                    body.y.saturating_add(u16::try_from(row).unwrap_or(0)),
                ));
            }
            if matches!(st.stage, Stage::Planning) {
                lines.push(Line::styled(w.planning, theme.dim()));
            }
        }
        Stage::Preview {
            lines: diff,
            notes,
            scroll,
            ..
        } => {
            lines.push(Line::styled(
                sanitize(&st.said).into_owned(),
                theme.heading(),
            ));
            lines.push(Line::styled(w.preview, theme.dim()));
            for n in notes {
                lines.push(Line::styled(n.clone(), theme.warning()));
            }
            for d in diff.iter().skip(*scroll) {
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
    if let Some((x, y)) = place {
        super::place_cursor(frame, app, x, y);
    }
}

/// The form's lines: a field a line (its label, its value; the focused one marked), the
/// sources below their field, why the last Enter did not lead on. Returns where the
/// cursor goes (row, column in the body), for a field typed into.
fn form_lines(
    lines: &mut Vec<Line<'static>>,
    app: &App,
    st: &RecordState,
    theme: Theme,
    height: u16,
    width: usize,
) -> Option<(usize, usize)> {
    let w = &app.options.lang.texts().edit.screen;
    let model = &app.data.model;
    let mut cursor = None;
    if st.kind == Kind::Folder {
        for l in crate::text::wrap(w.folder_explain, width) {
            lines.push(Line::raw(l));
        }
        lines.push(Line::raw(""));
    }
    let label_of = |field: Field| {
        let l = &w.labels;
        match field {
            Field::State => l.state,
            Field::Years => l.years,
            Field::Count => l.count,
            Field::Source => l.source,
            Field::Kind => l.kind,
            Field::Where if st.internal() => l.by,
            Field::Where => l.address,
            Field::Title => l.title,
            Field::Date => l.date,
            Field::Area => l.area,
            Field::Start => l.start,
            Field::Status => l.status,
            Field::Folder => l.folder,
        }
    };
    let hint_of = |field: Field| {
        let h = &w.hints;
        match field {
            Field::Years => h.years,
            Field::Count => h.count,
            Field::Source => h.source,
            Field::Where if st.internal() => h.by,
            Field::Where => h.address,
            Field::Title => h.title,
            Field::Date => h.date,
            Field::Area => h.area,
            Field::Start => h.start,
            Field::Folder => h.folder,
            Field::State | Field::Kind | Field::Status => "",
        }
    };
    let label_width = st
        .fields
        .iter()
        .map(|(f, _)| label_of(*f).width())
        .max()
        .unwrap_or(0)
        + 2;
    // Why the last Enter did not lead on, before the list: where the eye is.
    let why_lines: Vec<Line<'static>> = st
        .why
        .as_deref()
        .map(|why| {
            crate::text::wrap(&sanitize(why), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning()))
                .collect()
        })
        .unwrap_or_default();
    let mut why_shown = false;
    for (i, (field, value)) in st.fields.iter().enumerate() {
        let focused = i == st.focus;
        let label = format!("{:<label_width$}", format!("{}:", label_of(*field)));
        let label_style = if focused {
            theme.selected(true)
        } else {
            theme.heading()
        };
        let mut spans = vec![
            Span::styled(if focused { "› " } else { "  " }, label_style),
            Span::styled(label, label_style),
            Span::raw(" "),
        ];
        let before = 2 + label_width + 1;
        let room = width.saturating_sub(before + 1);
        match value {
            Value::Choice(at) => {
                for (j, word) in choices(*field, w).iter().enumerate() {
                    if j == *at {
                        spans.push(Span::styled(format!("[{word}]"), theme.selected(focused)));
                    } else {
                        spans.push(Span::raw(format!(" {word} ")));
                    }
                    spans.push(Span::raw(" "));
                }
                // For one cell, what the data says of it now.
                if let (Field::State, Kind::Takes(cells)) = (field, &st.kind)
                    && let [(p, m)] = cells.as_slice()
                {
                    let now = match model.participation(*p, Some(st.year)).cell(*m) {
                        crate::model::Cell::Yes => w.states[0],
                        crate::model::Cell::No => w.states[1],
                        crate::model::Cell::Unknown => w.states[2],
                    };
                    spans.push(Span::styled(format!("({}: {now})", w.now), theme.dim()));
                }
            }
            Value::Text(line) => {
                let (shown, at) = line.window(room);
                if line.text.is_empty() {
                    spans.push(Span::styled(hint_of(*field), theme.dim()));
                } else {
                    spans.push(Span::raw(shown));
                }
                if focused {
                    cursor = Some((lines.len(), before + at));
                }
            }
            Value::Pick(pick) => {
                if !why_lines.is_empty() {
                    lines.extend(why_lines.iter().cloned());
                    why_shown = true;
                }
                let shown = pick.shown(model);
                let position = if st.needs_source() && pick.chosen < shown.len() {
                    format!("  ({})", (w.of_sources)(pick.chosen + 1, shown.len()))
                } else {
                    String::new()
                };
                let (text, at) = pick
                    .filter
                    .window(room.saturating_sub(position.chars().count()));
                if pick.filter.text.is_empty() {
                    spans.push(Span::styled(hint_of(*field), theme.dim()));
                } else {
                    spans.push(Span::raw(text));
                }
                spans.push(Span::styled(position, theme.dim()));
                if focused {
                    cursor = Some((lines.len(), before + at));
                }
                lines.push(Line::from(spans));
                pick_lines(lines, app, st, pick, focused, theme, height, width);
                continue;
            }
        }
        lines.push(Line::from(spans));
    }
    if !why_shown && !why_lines.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(why_lines);
    }
    if st.kind == Kind::Source && st.internal() {
        lines.push(Line::raw(""));
        for l in crate::text::wrap(w.not_a_person, width) {
            lines.push(Line::styled(l, theme.dim()));
        }
    }
    cursor
}

/// The sources of a pick, as many as there is room for around the chosen one, and the
/// entry that adds a new one last.
#[allow(clippy::too_many_arguments, reason = "one drawing's parts")]
fn pick_lines(
    lines: &mut Vec<Line<'static>>,
    app: &App,
    st: &RecordState,
    pick: &Pick,
    focused: bool,
    theme: Theme,
    height: u16,
    width: usize,
) {
    let w = &app.options.lang.texts().edit.screen;
    let model = &app.data.model;
    let shown = pick.shown(model);
    let needed = st.needs_source();
    // The rows left: the form's other lines come after the list.
    let after = st.fields.len().saturating_sub(st.focus.max(1));
    let room = usize::from(height)
        .saturating_sub(lines.len() + 2 + after)
        .max(3);
    let chosen = pick.chosen;
    let first = chosen.saturating_sub(room.saturating_sub(1));
    let entries = shown.len() + 1;
    for i in (first..entries).take(room) {
        let is_chosen = i == chosen && needed;
        let text = match shown.get(i) {
            Some(id) => {
                let Some(s) = model.source_by_id(id) else {
                    continue;
                };
                let mut text = format!("{id} – {}", s.title);
                if s.internal.is_some() {
                    text.push_str(&format!(" ({})", w.internal));
                }
                truncate(&sanitize(&text), width.saturating_sub(4))
            }
            None => w.new_source_entry.to_string(),
        };
        let line = if is_chosen {
            Line::from(format!("  ▶ {text}")).style(theme.selected(focused))
        } else if i == shown.len() {
            Line::styled(format!("    {text}"), theme.heading())
        } else {
            Line::styled(format!("    {text}"), theme.dim())
        };
        lines.push(line);
    }
    if shown.is_empty() {
        for l in crate::text::wrap(w.no_source, width) {
            lines.push(Line::styled(l, theme.warning()));
        }
    }
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
        press(&mut app, "a tab right shift-tab ratha");
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
        assert!(screen.contains("weitere Zeilen darunter"), "{screen}");
    }

    #[test]
    fn a_refusal_in_the_form_200x60_en() {
        let (_tmp, mut app) = app(Lang::En, 200, 60);
        press(&mut app, "a tab left");
        // Not known where nothing is said: nothing to write.
        press(&mut app, "enter");
        run_effects(&mut app);
        insta::assert_snapshot!(screen(&app));
    }

    #[test]
    fn the_count_80x24_de() {
        let (_tmp, mut app) = app(Lang::De, 80, 24);
        press(&mut app, "A");
        insta::assert_snapshot!(screen(&app));
    }

    #[test]
    fn a_new_source_80x24_de() {
        let (_tmp, mut app) = app(Lang::De, 80, 24);
        press(&mut app, "a Auskunft enter Ordnungsamt");
        insta::assert_snapshot!(screen(&app));
    }

    #[test]
    fn a_new_project_120x40_en() {
        let (_tmp, mut app) = app(Lang::En, 120, 40);
        press(&mut app, "N Bauhöfe tab tab tab");
        insta::assert_snapshot!(screen(&app));
    }

    #[test]
    fn the_folder_asked_for_on_the_built_in_data_80x24_de() {
        let mut app = crate::app::tests::app();
        app.options.lang = Lang::De;
        app.new_folder = "/home/anna/Dokumente/IKZ-Daten".into();
        app.handle(crate::app::Input::Resize(80, 24));
        press(&mut app, "m a");
        insta::assert_snapshot!(screen(&app));
    }
}
