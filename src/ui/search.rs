//! The search popup: the prompt, and the ranked results with their kind, their name and
//! the matched characters highlighted in the original text. Highlight positions are
//! computed here, for the rows on screen only.

use ratatui::Frame;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, SearchState};
use crate::present::detail;
use crate::present::layout::search_areas;
use crate::present::theme::Theme;
use crate::present::words::Lang;
use crate::query::search::Target;
use crate::text::truncate;

fn kind(lang: Lang, t: Target) -> &'static str {
    let w = lang.texts();
    match t {
        Target::Project(_) => w.target_project,
        Target::Member(_) => w.target_member,
        Target::Year(_) => w.target_year,
    }
}

/// `text` as spans, the characters at `positions` highlighted; only the part from
/// character `from` on, cut to `width` columns.
pub(super) fn highlighted(
    text: &str,
    positions: &[usize],
    from: usize,
    width: usize,
    mark: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let rest: String = text.chars().skip(from).collect();
    // Cut with "…" only when the rest does not fit; the "…" takes one column.
    let limit = if rest.width() <= width {
        width
    } else {
        width.saturating_sub(1)
    };
    let mut used = 0;
    for (i, c) in text.chars().enumerate().skip(from) {
        let c = if crate::text::is_forbidden(c, false) {
            '\u{FFFD}'
        } else {
            c
        };
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > limit {
            spans.push(Span::raw("…"));
            break;
        }
        used += w;
        let style = if positions.binary_search(&i).is_ok() {
            mark
        } else {
            Style::new()
        };
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), style)),
        }
    }
    spans
}

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &SearchState, theme: Theme) {
    let lang = app.options.lang;
    let hits = st.hits();
    let areas = search_areas(frame.area());
    let area = areas.popup;
    let inside = areas.prompt;
    let width = usize::from(inside.width);
    let title = format!(" {} ", lang.texts().search_count(hits.len()));
    // Which results are shown, of how many, where they do not all fit: " 1–11/21 ▼ ".
    let rows = usize::from(areas.results.height);
    let position = super::position(st.scroll.offset, rows, hits.len()).unwrap_or_default();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title(true)))
        .title_bottom(Line::from(position).right_aligned());
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);

    // The prompt, with the terminal's cursor in it.
    // A long query scrolls so that the cursor stays in view.
    let (shown, cursor) = st.line.window(width.saturating_sub(2));
    let mut lines = vec![
        Line::from(format!("/ {shown}")),
        Line::styled("─".repeat(width), theme.dim()),
    ];
    let cursor_x = (2 + cursor).min(width.saturating_sub(1));

    let mark = theme.key().add_modifier(Modifier::UNDERLINED);
    let query = st.searched();
    let kind_width = 9;
    for (row, hit) in hits
        .iter()
        .enumerate()
        .skip(st.scroll.offset)
        .take(usize::from(areas.results.height))
    {
        let selected = row == st.selected;
        let target = app.data.index.target(hit.item);
        let name = app.data.index.name(hit.item);
        let mut spans = vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(format!("{:<kind_width$}", kind(lang, target)), theme.dim()),
        ];
        let room = width.saturating_sub(2 + kind_width);
        if app.data.index.is_name(hit.item, hit.field) {
            spans.extend(highlighted(
                name,
                &app.data.index.highlight(hit.field, query),
                0,
                room,
                mark,
            ));
        } else {
            // The name, then the text that matched, from a little before its first match.
            let name_part = truncate(name, room / 2);
            let used = name_part.width() + 3;
            spans.push(Span::raw(name_part));
            spans.push(Span::styled(" — ", theme.dim()));
            let text = app.data.index.field_text(hit.field);
            let positions = app.data.index.highlight(hit.field, query);
            let from = positions.first().map_or(0, |&p| p.saturating_sub(12));
            if from > 0 {
                spans.push(Span::styled("…", theme.dim()));
            }
            spans.extend(highlighted(
                text,
                &positions,
                from,
                room.saturating_sub(used + 1),
                mark,
            ));
        }
        let line = Line::from(spans);
        lines.push(if selected {
            line.style(theme.selected(true))
        } else {
            line
        });
    }
    if hits.is_empty() && !st.line.text.trim().is_empty() && !st.dirty {
        lines.push(Line::styled(lang.texts().nothing_found, theme.dim()));
    }
    let list = ratatui::layout::Rect {
        height: areas.results.bottom().saturating_sub(inside.y),
        ..inside
    };
    frame.render_widget(Paragraph::new(lines), list);
    super::place_cursor(frame, app, inside.x + cursor_x as u16, inside.y);
    if let (Some(preview), Some(hit)) = (areas.preview, hits.get(st.selected)) {
        draw_preview(frame, app, preview, app.data.index.target(hit.item), theme);
    }
}

/// The first lines of the selected result's detail, under a line: what Enter will show.
fn draw_preview(
    frame: &mut Frame<'_>,
    app: &App,
    area: ratatui::layout::Rect,
    target: Target,
    theme: Theme,
) {
    let subject = match target {
        Target::Project(p) => detail::Subject::Project(Some(p)),
        Target::Member(m) => detail::Subject::Member(Some(m)),
        Target::Year(y) => detail::Subject::Year(Some(y)),
    };
    let t = app.options.lang.texts();
    let cx = detail::Context {
        model: &app.data.model,
        lang: app.options.lang,
        theme,
        // A project of other years is previewed as Enter will show it: in its latest
        // year (see `BrowserState::jump`), not as "0/15" of a year it did not run in.
        year: match target {
            Target::Project(p) if !app.data.model.is_active(p, app.selected_year()) => {
                app.data.model.active_years(p).and_then(|y| y.last())
            }
            _ => app.selected_year(),
        },
        origin: if app.is_builtin() {
            t.built_in
        } else {
            &app.data.origin
        },
    };
    let width = usize::from(area.width);
    let mut lines = vec![Line::styled("─".repeat(width), theme.dim())];
    lines.extend(
        detail::lines(&cx, subject, area.width)
            .into_iter()
            .take(usize::from(area.height)),
    );
    let above = ratatui::layout::Rect {
        y: area.y.saturating_sub(1),
        height: area.height + 1,
        ..area
    };
    frame.render_widget(Paragraph::new(lines), above);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_split_into_spans() {
        let mark = Style::new().add_modifier(Modifier::BOLD);
        let spans = highlighted("Klärschlamm", &[0, 1, 2, 3], 0, 40, mark);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].content, "Klär");
        assert_eq!(spans[0].style, mark);
        assert_eq!(spans[1].content, "schlamm");
        let text = |spans: Vec<Span<'_>>| {
            spans
                .iter()
                .map(|s| s.content.to_string())
                .collect::<String>()
        };
        assert_eq!(text(highlighted("Klärschlamm", &[], 3, 4, mark)), "rsc…");
        assert_eq!(
            text(highlighted("Klärschlamm", &[], 3, 8, mark)),
            "rschlamm"
        );
    }
}
