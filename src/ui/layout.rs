//! Where each pane goes, computed from the terminal size alone. Both drawing and the
//! update function (for mouse clicks and scrolling) use it, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

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
