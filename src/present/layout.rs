//! Where each pane goes, computed from the terminal size alone. Both drawing and the
//! update function (for mouse clicks and scrolling) use it, so they always agree.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

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

/// How wide the list panes would like to be, frame included, from what they show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wants {
    pub years: u16,
    pub members: u16,
}

impl Default for Wants {
    fn default() -> Wants {
        Wants {
            years: 17,
            members: 26,
        }
    }
}

impl Wants {
    /// The widths the panes want for this model: the members pane the longest "✓ CODE
    /// name", the years pane its longest row.
    pub fn of(model: &crate::model::Model) -> Wants {
        use unicode_width::UnicodeWidthStr;
        let widest = |it: &mut dyn Iterator<Item = usize>| it.max().unwrap_or(0);
        let code = widest(&mut model.members.iter().map(|m| m.code.width())).max(4);
        let name = widest(&mut model.members.iter().map(|m| m.name.width()));
        // Frame 2, selection mark 2, participation mark 2, code, a space, the name.
        let members = 2 + 2 + 2 + code + 1 + name;
        let reports = widest(&mut model.reports.iter().map(|r| r.number.to_string().len()));
        let projects = model.projects.len().to_string().len();
        // Frame 2, mark 2, "2024 #11", two spaces, the count.
        let years = 2 + 2 + 4 + 2 + reports + 2 + projects;
        let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        Wants {
            years: clamp(years).max(17),
            members: clamp(members).clamp(20, 60),
        }
    }
}

/// The narrowest the years and members panes become before the projects pane gives way.
const MIN_YEARS: u16 = 15;
const MIN_MEMBERS: u16 = 18;

/// The panes of a window of this size, or `None` when it is too small; default widths.
pub fn areas(size: Rect) -> Option<Areas> {
    areas_for(size, Wants::default())
}

/// The panes of a window of this size: the years and members panes as wide as they
/// want where there is room (member names are never cut from 100 columns on), the
/// projects pane gets the rest; where it is narrow the years pane gives way first.
pub fn areas_for(size: Rect, wants: Wants) -> Option<Areas> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return None;
    }
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(size);
    let lists = |area: Rect| -> [Rect; 3] {
        // The projects pane keeps at least half the width for its titles and numbers.
        let room = area.width / 2;
        let mut years = wants.years;
        let mut members = wants.members;
        if years + members > room {
            years = years.saturating_sub(years + members - room).max(MIN_YEARS);
        }
        if years + members > room {
            members = members
                .saturating_sub(years + members - room)
                .max(MIN_MEMBERS);
        }
        Layout::horizontal([
            Constraint::Length(years),
            Constraint::Min(20),
            Constraint::Length(members),
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
    // Info line, header, two rows of totals (named; may take part).
    let room = inside.height.saturating_sub(4).max(1);
    let rows = u16::try_from(grid.rows.len())
        .unwrap_or(u16::MAX)
        .clamp(1, room);
    let [info, head, body, foot, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(rows),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(inside);
    let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    // As narrow as the codes allow: the longest code and a space.
    let cell_width = clamp(grid.code_width.max(3)).saturating_add(1);
    let total_width = clamp(grid.total_width).clamp(1, 24);
    // Mark and space, title, space, total, space, rule.
    let fixed = total_width + 5;
    let all_cells = clamp(grid.columns.len()).saturating_mul(cell_width);
    let wanted = clamp(grid.title_width).max(MIN_TITLE);
    let room = inside.width.saturating_sub(fixed);
    // Every member on screen if the titles keep 20 columns; otherwise a quarter of the
    // width for the titles (the line above names the project in full).
    let title_width = if room.saturating_sub(all_cells) >= 20 {
        wanted.min(room - all_cells)
    } else {
        wanted.min((inside.width / 4).max(MIN_TITLE))
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
    text_of(popup(size))
}

/// The popup for a text of `lines` lines: no taller than the text needs.
pub fn popup_for(size: Rect, lines: usize) -> Rect {
    let tall = u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
    centered(size, 76, tall.min(size.height.saturating_sub(2)))
}

/// The text area of a popup or the detail pane: inside its frame and a column of
/// padding on each side.
pub fn text_of(popup: Rect) -> Rect {
    popup.inner(Margin::new(2, 1))
}

/// Where the parts of the search popup go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchAreas {
    pub popup: Rect,
    /// The prompt line (the line under it separates it from the results).
    pub prompt: Rect,
    pub results: Rect,
    /// The first lines of the selected result's detail, under a line, where there is
    /// room for them.
    pub preview: Option<Rect>,
}

/// The search popup for `hits` results: as tall as the results need (one line for "no
/// results"), at most the window less a line above and below; with a preview of the
/// selected result below them when the window has room for one.
pub fn search_areas(size: Rect) -> SearchAreas {
    // Inside the border: the prompt, its line, the results; perhaps a line and a preview.
    // The same size however many results there are, so that the popup stands still
    // while the user types.
    let most = usize::from(size.height.saturating_sub(4)).saturating_sub(2);
    let preview = if most >= 12 { (most / 3).min(10) } else { 0 };
    let list = most
        .saturating_sub(if preview > 0 { preview + 1 } else { 0 })
        .max(1);
    let inside = 2 + list + if preview > 0 { preview + 1 } else { 0 };
    let popup = centered(size, 100, u16::try_from(inside + 2).unwrap_or(u16::MAX));
    let body = inner(popup);
    let row = |y: usize, h: usize| Rect {
        y: body.y.saturating_add(u16::try_from(y).unwrap_or(u16::MAX)),
        height: u16::try_from(h).unwrap_or(0),
        ..body
    };
    SearchAreas {
        popup,
        prompt: row(0, 1),
        results: row(2, list),
        preview: (preview > 0).then(|| row(2 + list + 1, preview)),
    }
}

/// How many results the search popup shows at once.
pub fn search_rows(size: Rect) -> usize {
    usize::from(search_areas(size).results.height)
}

/// Where the parts of the timeline, profile, compare and gaps screens go: one frame over
/// the window and the status bar under it; inside, the lines above the list (a chart, a
/// summary), the list with its heading row, and lines under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewAreas {
    pub frame: Rect,
    pub head: Rect,
    /// The list's heading row.
    pub heading: Rect,
    pub list: Rect,
    pub foot: Rect,
    pub status: Rect,
}

/// The list keeps at least this many rows; the lines above it give way first.
const VIEW_LIST_MIN: u16 = 3;

/// The areas of such a screen with `head` lines above its list and `foot` under it, or
/// `None` below the smallest usable size.
pub fn view(size: Rect, head: usize, foot: usize) -> Option<ViewAreas> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return None;
    }
    let frame = Rect {
        height: size.height - 1,
        ..size
    };
    let body = inner(frame);
    let foot = u16::try_from(foot).unwrap_or(u16::MAX).min(body.height / 4);
    let room = body.height.saturating_sub(foot + 1 + VIEW_LIST_MIN);
    let head = u16::try_from(head).unwrap_or(u16::MAX).min(room);
    let row = |y: u16, h: u16| Rect {
        y: body.y + y,
        height: h,
        ..body
    };
    let list_y = head + 1;
    Some(ViewAreas {
        frame,
        head: row(0, head),
        heading: row(head, 1),
        list: row(list_y, body.height - list_y - foot),
        foot: row(body.height - foot, foot),
        status: Rect {
            y: size.y + size.height - 1,
            height: 1,
            ..size
        },
    })
}

/// How many list rows such a screen shows (at least one, for paging).
pub fn view_rows(size: Rect, head: usize, foot: usize) -> usize {
    view(size, head, foot).map_or(1, |a| usize::from(a.list.height).max(1))
}

/// The inside of a bordered pane (ratatui's `Rect::inner`).
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// A rectangle of at most `width`×`height` in the middle of `area` (ratatui's
/// `Rect::centered`).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn the_search_popup_stands_still_however_many_results() {
        let size = Rect::new(0, 0, 120, 40);
        let three = search_areas(size);
        // The window but for a line above and below, however many results there are.
        assert_eq!(three.popup.height, 38);
        let preview = three.preview.expect("room for a preview");
        assert!(preview.height >= 5);
        assert_eq!(preview.bottom(), three.popup.bottom() - 1);
        assert_eq!(
            three.popup.height,
            2 + 2 + three.results.height + 1 + preview.height
        );
        // A small window: no preview, the results get the room.
        let small = search_areas(Rect::new(0, 0, 80, 12));
        assert_eq!(small.preview, None);
        assert_eq!(small.results.height, 6);
        assert_eq!(small.popup.height, 10);
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
    fn widths_follow_the_names_and_the_years_pane_gives_way_first() {
        let model = crate::data::load(&crate::data::Origin::BuiltIn).model;
        let wants = Wants::of(&model);
        // "Ginsheim-Gustavsburg" with its code and marks: never cut from 100 columns on.
        for w in [100, 120, 200, 300] {
            let a = areas_for(Rect::new(0, 0, w, 40), wants).unwrap();
            assert_eq!(a.members.width, wants.members, "{w}");
            assert_eq!(a.years.width, wants.years, "{w}");
            assert!(
                a.projects.width > a.members.width,
                "{w}: the titles get the rest"
            );
        }
        // Narrow: the years pane shrinks first, then the members pane.
        let a = areas_for(Rect::new(0, 0, 80, 24), wants).unwrap();
        assert!(a.years.width < wants.years);
        assert!(a.projects.width >= 40);
        let a = areas_for(Rect::new(0, 0, 90, 24), wants).unwrap();
        assert!(a.years.width <= wants.years && a.members.width <= wants.members);
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
