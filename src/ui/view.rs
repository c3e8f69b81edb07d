//! What the timeline, profile, compare and gaps screens share: the frame with its title
//! and position, and a list whose rows are made only while on screen, with the cursor's
//! row marked by ▶ (and reversed).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthStr;

use crate::app::scroll::Cursor;
use crate::present::layout::ViewAreas;
use crate::present::theme::Theme;
use crate::text::{sanitize, truncate};

/// The frame over the screen, with its title and which rows of the list show.
pub fn frame(
    frame: &mut Frame<'_>,
    areas: &ViewAreas,
    title: Line<'_>,
    len: usize,
    cursor: &Cursor,
    theme: Theme,
) {
    let shown = usize::from(areas.list.height);
    let position = super::position(cursor.scroll.offset, shown, len).unwrap_or_default();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(title.style(theme.title(true)))
        .title_bottom(Line::from(position).right_aligned());
    frame.render_widget(block, areas.frame);
}

/// Cells of `width` columns each (the last takes what is left), two spaces apart; a
/// longer text is cut with "…".
pub fn cells<'a>(cells: Vec<(String, usize, Style)>, width: usize) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    let mut used = 0;
    let n = cells.len();
    for (i, (text, w, style)) in cells.into_iter().enumerate() {
        let room = width.saturating_sub(used);
        let w = if i + 1 == n { room } else { w.min(room) };
        let mut text = truncate(&sanitize(&text), w);
        let shown = text.width();
        // The padding and the gap to the next cell belong to this cell's span: fewer
        // spans make a cheaper frame.
        let gap = if i + 1 < n && used + w + 2 <= width {
            2
        } else {
            0
        };
        let pad = if i + 1 == n { 0 } else { w - shown + gap };
        text.extend(std::iter::repeat_n(' ', pad));
        used += shown + pad;
        out.push(Span::styled(text, style));
    }
    out
}

/// The heading row and the items on screen, each made into a row by `row` (from its
/// index and itself) at a width
/// (without the two columns of the cursor's mark, which this adds); `empty` where there
/// is none.
#[allow(clippy::too_many_arguments)]
pub fn list<'a, T>(
    frame: &mut Frame<'_>,
    areas: &ViewAreas,
    heading: Vec<Span<'a>>,
    items: &[T],
    cursor: &Cursor,
    row: &mut dyn FnMut(usize, &T, usize) -> Vec<Span<'a>>,
    empty: &str,
    theme: Theme,
) {
    let width = usize::from(areas.list.width);
    let mut head = vec![Span::raw("  ")];
    head.extend(heading);
    lines(
        frame,
        areas.heading,
        vec![Line::from(head).style(theme.heading())],
    );
    let shown = cursor
        .scroll
        .visible(items.len(), usize::from(areas.list.height));
    let first = shown.start;
    let lines: Vec<Line<'a>> = items
        .get(shown)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let selected = first + k == cursor.at;
            let mut spans = vec![Span::raw(if selected { "▶ " } else { "  " })];
            spans.extend(row(first + k, item, width.saturating_sub(2)));
            // The selected row's style covers the whole row (see `lines`).
            let line = Line::from(spans);
            if selected {
                line.style(theme.selected(true))
            } else {
                line
            }
        })
        .collect();
    if items.is_empty() {
        // An empty list says why (a filter that fits nothing, a year without projects).
        let line = Line::styled(format!("  {empty}"), theme.dim());
        self::lines(frame, areas.list, vec![line]);
        return;
    }
    self::lines(frame, areas.list, lines);
}

/// Lines of text in an area, one each, cut at its width.
pub fn text(frame: &mut Frame<'_>, area: Rect, lines: Vec<Line<'_>>) {
    self::lines(frame, area, lines);
}

/// Lines written straight into the buffer, a row each from the top of `area`, cut at
/// its width: no wrapping or alignment to work out, so a frame costs little more than
/// its cells.
fn lines(frame: &mut Frame<'_>, area: Rect, lines: Vec<Line<'_>>) {
    let buf = frame.buffer_mut();
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        if line.style != Style::default() {
            let row = Rect {
                y,
                height: 1,
                ..area
            };
            buf.set_style(row, line.style);
        }
        put_line(buf, area.x, y, line, area.right());
    }
}

/// One line from column `x` up to (not including) column `end`. Printable ASCII — the
/// marks, numbers and padding that make up most of a view — goes into the cells one
/// character each; other text through ratatui, which measures its graphemes.
fn put_line(buf: &mut ratatui::buffer::Buffer, x: u16, y: u16, line: &Line<'_>, end: u16) {
    let mut col = x;
    for span in &line.spans {
        if col >= end {
            return;
        }
        let style = line.style.patch(span.style);
        let text = span.content.as_ref();
        if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            for c in text.chars() {
                if col >= end {
                    return;
                }
                if let Some(cell) = buf.cell_mut((col, y)) {
                    cell.set_char(c);
                    if style != Style::default() {
                        cell.set_style(style);
                    }
                }
                col += 1;
            }
        } else {
            let room = usize::from(end - col);
            col = buf.set_stringn(col, y, text, room, style).0;
        }
    }
}

/// A prompt on one line: its label, the text with the terminal's cursor in it while it
/// is open; else the text it keeps.
pub fn prompt(
    frame: &mut Frame<'_>,
    app: &crate::app::App,
    area: Rect,
    label: &str,
    line: Option<&crate::app::line::LineEdit>,
    kept: &str,
    theme: Theme,
) {
    let label = format!("{label}: ");
    let width = usize::from(area.width);
    match line {
        Some(line) => {
            let (shown, cursor) = line.window(width.saturating_sub(label.width()));
            let spans = vec![Span::styled(label.clone(), theme.key()), Span::raw(shown)];
            lines(frame, area, vec![Line::from(spans)]);
            let x = u16::try_from((label.width() + cursor).min(width)).unwrap_or(0);
            super::place_cursor(frame, app, area.x + x, area.y);
        }
        None => {
            let spans = vec![
                Span::styled(label, theme.key()),
                Span::raw(sanitize(kept).into_owned()),
            ];
            lines(frame, area, vec![Line::from(spans)]);
        }
    }
}
