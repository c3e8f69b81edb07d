//! The matrix view: projects × members. The header row, the row of totals and the
//! project and total columns stay in place while the cells scroll in both directions.
//! Only what is on screen is drawn, cell by cell into the buffer, so a frame costs the
//! same for 20 projects as for 10,000.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::search::highlighted;
use crate::app::{App, MatrixState};
use crate::model::Cell;
use crate::present::layout::MatrixLayout;
use crate::present::theme::{SEAT_MARK, Theme, mark};
use crate::text::{sanitize, truncate};

pub fn draw(frame: &mut Frame<'_>, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    block(frame, g, app, mx, theme);
    info(frame, g, app, mx, theme);
    let buf = frame.buffer_mut();
    header(buf, g, app, mx, theme);
    body(buf, g, app, mx, theme);
    footer(buf, g, app, mx, theme);
}

/// The frame with what is shown: year, size, orders, filter, and which part is on screen.
fn block(frame: &mut Frame<'_>, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    let t = app.options.lang.texts();
    let tm = &t.matrix;
    let grid = &mx.grid;
    let year = match grid.spec.year {
        Some(y) => y.to_string(),
        None => t.all_years.to_string(),
    };
    let mut left = format!(
        " {} · {year} · {} × {} ",
        tm.title,
        grid.rows.len(),
        grid.columns.len()
    );
    // Cells marked to record together, said as long as they are marked.
    if let Some(marks) = mx.marks_now(app).filter(|m| !m.is_empty()) {
        left = format!("{left}· {} ", (t.edit.screen.marks)(marks.len()));
    }
    let mut right = format!(
        " {} {} · {} {} ",
        tm.rows_by,
        tm.rows(grid.spec.rows),
        tm.columns_by,
        tm.columns(grid.spec.columns)
    );
    if mx.prompt.is_none() && !grid.spec.filter.trim().is_empty() {
        right = format!(
            " {}: {} ({}/{}; {}) ·{right}",
            tm.filter,
            sanitize(grid.spec.filter.trim()),
            grid.rows.len(),
            grid.unfiltered,
            tm.filter_clear
        );
    }
    let (rows, cols) = (usize::from(g.body.height), g.visible_columns);
    let position = format!(
        " {}–{}/{} · {}–{}/{} ",
        (mx.rows.offset + 1).min(grid.rows.len()),
        (mx.rows.offset + rows).min(grid.rows.len()),
        grid.rows.len(),
        (mx.cols.offset + 1).min(grid.columns.len()),
        (mx.cols.offset + cols).min(grid.columns.len()),
        grid.columns.len()
    );
    // Each border line has its two titles; the one on the right gives way.
    let width = usize::from(g.block.width.saturating_sub(2));
    let fit = |first: String, second: String| -> (String, String) {
        let room = width.saturating_sub(first.width() + 1);
        if second.width() <= room {
            (first, second)
        } else if room > 8 {
            let cut = truncate(second.trim(), room.saturating_sub(2));
            (first, format!(" {cut} "))
        } else {
            (truncate(&first, width), String::new())
        }
    };
    let (left, right) = fit(left, right);
    let members = app.data.model.members.len();
    // Over all years the brackets hold a year's largest count, as in the browser.
    let totals = match grid.spec.year {
        Some(_) => tm.total_legend,
        None => t.legend_projects_all,
    };
    let legend = format!(
        " {};  {} ",
        t.legend,
        crate::present::words::of_members(totals, members)
    );
    let (position, legend) = fit(position, legend);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(theme.border_type(true))
        .border_style(theme.border(true))
        .title(Span::styled(left, theme.title(true)))
        .title(Line::from(right).right_aligned())
        .title_bottom(Line::styled(legend, theme.dim()))
        .title_bottom(Line::from(position).right_aligned());
    frame.render_widget(block, g.block);
}

/// The line above the header: what the cursor is on, in full; or the filter prompt.
fn info(frame: &mut Frame<'_>, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    let lang = app.options.lang;
    let t = lang.texts();
    let tm = &t.matrix;
    let model = &app.data.model;
    let width = usize::from(g.info.width);
    if let Some(line) = &mx.prompt {
        let label = format!("{}: ", tm.filter);
        // A long filter scrolls so that the cursor stays in view.
        let (shown, cursor) = line.window(width.saturating_sub(label.width()));
        let spans = vec![Span::styled(label.clone(), theme.key()), Span::raw(shown)];
        frame.render_widget(Paragraph::new(Line::from(spans)), g.info);
        let x = (label.width() + cursor).min(width);
        super::place_cursor(
            frame,
            app,
            g.info
                .x
                .saturating_add(u16::try_from(x).unwrap_or(u16::MAX)),
            g.info.y,
        );
        return;
    }
    let spans: Vec<Span<'static>> = match (mx.project(), mx.member()) {
        _ if mx.grid.rows.is_empty() => {
            // A year without projects says so, filter or not.
            let text = if mx.grid.unfiltered == 0 {
                tm.no_projects
            } else {
                tm.nothing_matches
            };
            vec![Span::styled(text, theme.dim())]
        }
        (Some(p), Some(m)) => {
            let row = mx.row.and_then(|r| mx.grid.rows.get(r));
            let cell = row.map_or(Cell::Unknown, |r| r.part.cell(m));
            let what = match cell {
                Cell::Yes => t.takes_part,
                Cell::No => t.does_not,
                Cell::Unknown => t.not_known,
            };
            // The answer first, so that a narrow window still shows it.
            let mut spans = vec![
                Span::styled(format!("{} {what}: ", mark(cell)), theme.cell(cell)),
                Span::styled(
                    sanitize(&model.member(m).name).into_owned(),
                    theme.heading(),
                ),
                Span::raw(" × "),
                Span::styled(
                    sanitize(&model.project(p).title).into_owned(),
                    theme.heading(),
                ),
            ];
            if cell == Cell::Unknown
                && let Some(gap) = row.and_then(|r| t.gap(&r.part, mx.grid.spec.year))
            {
                spans.push(Span::styled(format!(" — {gap}"), theme.dim()));
            }
            if cell == Cell::Yes && model.project(p).seat_member() == Some(m) {
                spans.push(Span::styled(
                    format!(" — {SEAT_MARK} {}", t.seat),
                    theme.dim(),
                ));
            }
            spans
        }
        (Some(p), None) => {
            let project = model.project(p);
            let years = match model.active_years(p) {
                Some(r) if r.start() == r.end() => r.start().to_string(),
                Some(r) => format!("{}–{}", r.start(), r.end()),
                None => t.year_unknown.to_string(),
            };
            let mut spans = vec![
                Span::styled("▶ ", theme.key()),
                Span::styled(sanitize(&project.title).into_owned(), theme.heading()),
            ];
            let mut rest = Vec::new();
            if let Some(f) = &project.field {
                rest.push(sanitize(f).into_owned());
            }
            rest.push(years);
            rest.push(t.status(project.status).to_string());
            spans.push(Span::raw(format!(" — {}", rest.join(" · "))));
            spans.push(Span::styled(format!(" ({})", tm.enter_opens), theme.dim()));
            spans
        }
        (None, Some(m)) => {
            let member = model.member(m);
            let n = mx
                .grid
                .column_of(m)
                .and_then(|c| mx.grid.column_totals.get(c).copied())
                .unwrap_or(0);
            vec![
                Span::styled("▼ ", theme.key()),
                Span::styled(sanitize(&member.name).into_owned(), theme.heading()),
                Span::raw(format!(
                    " ({}) — {} {n} {}",
                    sanitize(&member.code),
                    tm.named_in_n.0,
                    tm.named_in_n.1
                )),
                Span::styled(format!(" ({})", tm.enter_opens), theme.dim()),
            ]
        }
        (None, None) => vec![Span::styled(t.legend, theme.dim())],
    };
    frame.render_widget(Paragraph::new(Line::from(cut_to(spans, width))), g.info);
}

/// Spans cut to `width` columns, with "…" where text was cut: a line that ends
/// mid-word must say so.
fn cut_to(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|s| s.content.width()).sum();
    if total <= width {
        return spans;
    }
    let mut left = width.saturating_sub(1);
    let mut out = Vec::new();
    for span in spans {
        let w = span.content.width();
        if w <= left {
            left -= w;
            out.push(span);
            continue;
        }
        let part = truncate(&span.content, left + 1);
        out.push(Span::styled(part, span.style));
        return out;
    }
    out
}

/// Writes `text` at (x, y), cut to `width` columns.
fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16, style: Style) {
    if width > 0 {
        buf.set_stringn(x, y, text, usize::from(width), style);
    }
}

/// `text` centred in a field of `width` columns.
fn centred(text: &str, width: u16) -> (u16, String) {
    let text = truncate(text, usize::from(width));
    let pad = width.saturating_sub(u16::try_from(text.width()).unwrap_or(width)) / 2;
    (pad, text)
}

/// The x of a visible member column, if it is on screen.
fn column_x(g: &MatrixLayout, mx: &MatrixState, col: usize) -> Option<u16> {
    let i = col.checked_sub(mx.cols.offset)?;
    (i < g.visible_columns)
        .then(|| g.cells_x + u16::try_from(i).unwrap_or(0).saturating_mul(g.cell_width))
}

fn visible_columns(g: &MatrixLayout, mx: &MatrixState) -> std::ops::Range<usize> {
    let from = mx.cols.offset;
    from..(from + g.visible_columns).min(mx.grid.columns.len())
}

fn header(buf: &mut Buffer, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    let tm = &app.options.lang.texts().matrix;
    let y = g.head.y;
    let on_header = mx.row.is_none();
    if on_header {
        put(buf, g.head.x, y, "▶", 1, theme.key());
    }
    let project_style = if mx.col.is_none() {
        theme.heading().add_modifier(Modifier::UNDERLINED)
    } else {
        theme.heading()
    };
    put(buf, g.title_x, y, tm.project, g.title_width, project_style);
    // Over the participation column: its notation, which the legend explains.
    let head = format!("n/{}", app.data.model.members.len());
    let head_width = u16::try_from(head.width()).unwrap_or(u16::MAX);
    let head_x = g.total_x + g.total_width.saturating_sub(head_width);
    put(
        buf,
        head_x,
        y,
        &head,
        g.total_width.min(head_width),
        theme.heading(),
    );
    put(buf, g.rule_x, y, "│", 1, theme.dim());
    for col in visible_columns(g, mx) {
        let Some(x) = column_x(g, mx, col) else {
            continue;
        };
        let Some(&m) = mx.grid.columns.get(col) else {
            continue;
        };
        let code = sanitize(&app.data.model.member(m).code).into_owned();
        let here = mx.col == Some(col);
        let style = if here && on_header {
            theme.heading().add_modifier(Modifier::REVERSED)
        } else if here {
            theme.heading().add_modifier(Modifier::UNDERLINED)
        } else {
            theme.heading()
        };
        let (pad, plain) = centred(&code, g.cell_width);
        if !here {
            put(buf, x + pad, y, &plain, g.cell_width - pad, style);
            continue;
        }
        // The cursor's column in brackets, which do not rely on style (NO_COLOR). Where
        // the cell is too narrow for them, they take the space before the code and the
        // one after it, between the columns.
        let text = format!("[{code}]");
        let (x, width) = if code.width() + 2 <= usize::from(g.cell_width) {
            let (pad, _) = centred(&text, g.cell_width);
            (x + pad, g.cell_width - pad)
        } else {
            (
                (x + pad).saturating_sub(1).max(g.cells_x.saturating_sub(1)),
                g.cell_width + 1,
            )
        };
        put(buf, x, y, &text, width, style);
    }
}

fn body(buf: &mut Buffer, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    let grid = &mx.grid;
    let filter = grid.spec.filter.trim();
    let columns = visible_columns(g, mx);
    let match_style = theme.key().add_modifier(Modifier::UNDERLINED);
    let marks = mx.marks_now(app);
    for (i, row) in grid
        .rows
        .iter()
        .enumerate()
        .skip(mx.rows.offset)
        .take(usize::from(g.body.height))
    {
        let y = g.body.y + u16::try_from(i - mx.rows.offset).unwrap_or(0);
        let here = mx.row == Some(i);
        let seat = app.data.model.project(row.project).seat_member();
        if here {
            put(buf, g.body.x, y, "▶", 1, theme.key());
        }
        let base = if here && mx.col.is_none() {
            theme.selected(true)
        } else if here {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        // The title; with a filter, the letters it matched are marked.
        let title = &app.data.model.project(row.project).title;
        let width = usize::from(g.title_width);
        if filter.is_empty() {
            let shown = truncate(&sanitize(title), width);
            buf.set_stringn(g.title_x, y, &shown, width, base);
        } else {
            let positions = mx.title_matches(&app.data.grid_keys, row.project);
            let line =
                Line::from(highlighted(title, &positions, 0, width, match_style)).style(base);
            buf.set_line(g.title_x, y, &line, g.title_width);
        }
        let total = row.total();
        let tw = u16::try_from(total.width()).unwrap_or(g.total_width);
        let total_style = if here { base } else { theme.dim() };
        put(
            buf,
            g.total_x + g.total_width.saturating_sub(tw),
            y,
            &total,
            g.total_width,
            total_style,
        );
        put(buf, g.rule_x, y, "│", 1, theme.dim());
        // The crosshair: the cursor's row, in colour a faint band.
        if here {
            let cells = Rect::new(g.cells_x, y, g.body.right().saturating_sub(g.cells_x), 1);
            buf.set_style(cells.intersection(g.body), theme.crosshair());
        }
        for col in columns.clone() {
            let Some(x) = column_x(g, mx, col) else {
                continue;
            };
            let Some(&m) = grid.columns.get(col) else {
                continue;
            };
            let cell = row.part.cell(m);
            // The member the office sits with, where it takes part.
            let mark = if cell == Cell::Yes && seat == Some(m) {
                SEAT_MARK
            } else {
                mark(cell)
            };
            if here && mx.col == Some(col) {
                let style = theme
                    .cell(cell)
                    .add_modifier(Modifier::REVERSED | Modifier::BOLD);
                let x = x + g.cell_width.saturating_sub(3) / 2;
                buf.set_stringn(x, y, format!("[{mark}]"), 3, style);
                continue;
            }
            let mut style = theme.cell(cell);
            // Marked to be recorded together: inverted, which needs no colour.
            if marks.is_some_and(|marks| marks.contains(&(row.project, m))) {
                style = style.add_modifier(Modifier::REVERSED);
            }
            if mx.col == Some(col) {
                // The cursor's column: the band spans the whole cell.
                let band = Rect::new(x, y, g.cell_width, 1).intersection(g.body);
                buf.set_style(band, theme.crosshair());
                style = style.patch(theme.crosshair());
            } else if here {
                style = style.patch(theme.crosshair());
            }
            // Every mark is one column wide.
            buf.set_stringn(x + g.cell_width.saturating_sub(1) / 2, y, mark, 1, style);
        }
    }
}

/// The row of column totals: how many of the shown projects name each member.
fn footer(buf: &mut Buffer, g: &MatrixLayout, app: &App, mx: &MatrixState, theme: Theme) {
    let tm = &app.options.lang.texts().matrix;
    let style = theme.heading();
    // Two rows: the projects that name each member (✓), and those that may include it
    // (?) because their sources give no names or not all.
    let rows: [(&str, &[usize], &str); 2] = [
        (tm.named_in, &mx.grid.column_totals, ""),
        (tm.may_be_in, &mx.grid.column_open, "+"),
    ];
    for (i, (label, counts, sign)) in rows.into_iter().enumerate() {
        let y = g.foot.y.saturating_add(u16::try_from(i).unwrap_or(0));
        if y >= g.foot.bottom() {
            break;
        }
        // The label may use the total's column too (it is empty here), and says where
        // it had to be cut.
        let room = g.rule_x.saturating_sub(g.title_x + 1);
        put(
            buf,
            g.title_x,
            y,
            &truncate(label, usize::from(room)),
            room,
            style,
        );
        put(buf, g.rule_x, y, "│", 1, theme.dim());
        for col in visible_columns(g, mx) {
            let Some(x) = column_x(g, mx, col) else {
                continue;
            };
            let Some(&n) = counts.get(col) else {
                continue;
            };
            let n = if sign.is_empty() {
                n.to_string()
            } else if n == 0 {
                String::new()
            } else {
                format!("{sign}{n}")
            };
            let (pad, text) = centred(&n, g.cell_width);
            let s = if mx.col == Some(col) {
                style.add_modifier(Modifier::UNDERLINED)
            } else {
                style
            };
            put(buf, x + pad, y, &text, g.cell_width - pad, s);
        }
    }
}

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod tests;
