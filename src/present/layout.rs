//! Where each pane goes, computed from the terminal size alone. Both drawing and the
//! update function (for mouse clicks and scrolling) use it, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::query::grid::Grid;

/// The smallest window the browser draws in; below it, it says how large it must be.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width on, the detail pane stands beside the lists instead of below them.
const WIDE: u16 = 150;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub years: Rect,
    pub projects: Rect,
    pub members: Rect,
    pub detail: Rect,
    pub status: Rect,
}

/// The panes of a window of this size, or `None` when it is too small.
pub fn areas(size: Rect) -> Option<Areas> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return None;
    }
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(size);
    let lists = |area: Rect| -> [Rect; 3] {
        Layout::horizontal([
            Constraint::Length(17),
            Constraint::Min(20),
            Constraint::Length(26),
        ])
        .areas(area)
    };
    let (top, detail) = if size.width >= WIDE {
        let [top, detail] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(body);
        (top, detail)
    } else {
        let [top, detail] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
        (top, detail)
    };
    let [years, projects, members] = lists(top);
    Some(Areas {
        years,
        projects,
        members,
        detail,
        status,
    })
}

/// Where the parts of the matrix view go: a bordered block with a line about the cursor,
/// the header row, the body and the row of column totals; inside them the frozen
/// columns (cursor mark, project title, total, a rule) and then the member columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixLayout {
    pub block: Rect,
    pub info: Rect,
    pub head: Rect,
    pub body: Rect,
    pub foot: Rect,
    pub status: Rect,
    pub title_x: u16,
    pub title_width: u16,
    pub total_x: u16,
    pub total_width: u16,
    /// The rule between the frozen columns and the member columns.
    pub rule_x: u16,
    pub cells_x: u16,
    pub cell_width: u16,
    pub visible_columns: usize,
}

/// The narrowest project column.
const MIN_TITLE: u16 = 12;

/// The matrix view of a window of this size, or `None` when it is too small.
pub fn matrix(size: Rect, grid: &Grid) -> Option<MatrixLayout> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return None;
    }
    let [block, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(size);
    let inside = inner(block);
    // The totals follow the last row when all rows fit, as in a spreadsheet.
    let room = inside.height.saturating_sub(3).max(1);
    let rows = u16::try_from(grid.rows.len())
        .unwrap_or(u16::MAX)
        .clamp(1, room);
    let [info, head, body, foot, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inside);
    let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let cell_width = clamp(grid.code_width.max(3)).saturating_add(2);
    let total_width = clamp(grid.total_width).clamp(1, 24);
    // Mark and space, title, space, total, space, rule.
    let fixed = total_width + 5;
    let all_cells = clamp(grid.columns.len()).saturating_mul(cell_width);
    let wanted = clamp(grid.title_width).max(MIN_TITLE);
    let room = inside.width.saturating_sub(fixed);
    // Every member on screen if the titles keep 20 columns; otherwise a third each.
    let title_width = if room.saturating_sub(all_cells) >= 20 {
        wanted.min(room - all_cells)
    } else {
        wanted.min((inside.width / 3).max(MIN_TITLE))
    }
    .min(room);
    let title_x = inside.x.saturating_add(2);
    let total_x = title_x.saturating_add(title_width + 1);
    let rule_x = total_x.saturating_add(total_width + 1);
    let cells_x = rule_x.saturating_add(1);
    let visible_columns = usize::from(inside.right().saturating_sub(cells_x) / cell_width.max(1));
    Some(MatrixLayout {
        block,
        info,
        head,
        body,
        foot,
        status,
        title_x,
        title_width,
        total_x,
        total_width,
        rule_x,
        cells_x,
        cell_width,
        visible_columns,
    })
}

/// The help and warnings popup: 76 wide at most, the window's height less a line above
/// and below.
pub fn popup(size: Rect) -> Rect {
    centered(size, 76, size.height.saturating_sub(2))
}

/// Where the text of that popup goes: inside its frame and a column of padding.
pub fn popup_text(size: Rect) -> Rect {
    let area = inner(popup(size));
    Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    }
}

/// The search popup: most of the window.
pub fn search_popup(size: Rect) -> Rect {
    centered(size, 100, size.height.saturating_sub(2))
}

/// How many results the search popup shows (its inside, less the prompt line and the
/// line under it).
pub fn search_rows(size: Rect) -> usize {
    usize::from(inner(search_popup(size)).height.saturating_sub(2))
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fill_the_window_without_overlap() {
        for (w, h) in [(60, 15), (80, 24), (120, 40), (200, 60), (300, 100)] {
            let a = areas(Rect::new(0, 0, w, h)).unwrap();
            let panes = [a.years, a.projects, a.members, a.detail, a.status];
            let total: u32 = panes.iter().map(|r| r.area()).sum();
            assert_eq!(total, u32::from(w) * u32::from(h), "{w}×{h}");
            for (i, p) in panes.iter().enumerate() {
                for q in &panes[i + 1..] {
                    assert!(!p.intersects(*q), "{w}×{h}: {p:?} {q:?}");
                }
            }
        }
    }

    #[test]
    fn too_small_is_none_and_never_panics() {
        assert_eq!(areas(Rect::new(0, 0, 59, 40)), None);
        assert_eq!(areas(Rect::new(0, 0, 1, 1)), None);
        assert_eq!(areas(Rect::new(0, 0, 0, 0)), None);
        assert_eq!(inner(Rect::new(0, 0, 1, 1)).area(), 0);
        assert_eq!(
            centered(Rect::new(0, 0, 10, 4), 40, 10),
            Rect::new(0, 0, 10, 4)
        );
    }
}
