//! The one scroll position every list, popup, detail and the error screen use: the first
//! row shown of `len` rows in a window of `height` rows. It keeps a selection in view,
//! pages, and clamps after a resize, so that every text can be scrolled to its last line
//! and never past it.

/// The first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    pub offset: usize,
}

impl Scroll {
    /// The largest useful offset: the last row at the bottom of the window.
    pub fn max(len: usize, height: usize) -> usize {
        len.saturating_sub(height.max(1))
    }

    /// Back within the rows (after the text or the window changed).
    pub fn clamp(&mut self, len: usize, height: usize) {
        self.offset = self.offset.min(Scroll::max(len, height));
    }

    /// Scrolls so that row `selected` is in the window, then clamps.
    pub fn show(&mut self, selected: Option<usize>, len: usize, height: usize) {
        let height = height.max(1);
        if let Some(sel) = selected.filter(|&s| s < len) {
            if sel < self.offset {
                self.offset = sel;
            } else if sel >= self.offset.saturating_add(height) {
                self.offset = sel + 1 - height;
            }
        }
        self.clamp(len, height);
    }

    /// Scrolls the window by `delta` rows (a page is `height`), within the rows.
    pub fn by(&mut self, delta: isize, len: usize, height: usize) {
        self.offset = self
            .offset
            .saturating_add_signed(delta)
            .min(Scroll::max(len, height));
    }

    /// The rows shown: `offset..end`.
    pub fn visible(&self, len: usize, height: usize) -> std::ops::Range<usize> {
        let start = self.offset.min(len);
        start..start.saturating_add(height).min(len)
    }
}

impl Scroll {}

/// How many rows a key moves in a window of `height` rows: a row, a page, to an end
/// (`None`: the key does not move).
fn movement(action: super::keymap::Action, height: usize) -> Option<isize> {
    use super::keymap::Action;
    let page = page(height) as isize;
    Some(match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

/// A selected row of a list and the list's window: the lists of the timeline, profile,
/// compare and gaps screens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub at: usize,
    pub scroll: Scroll,
}

impl Cursor {
    /// The keys that move a selection: a row, a page, the ends. Whether `action` was one
    /// of them.
    pub fn key(&mut self, action: super::keymap::Action, len: usize, height: usize) -> bool {
        let Some(by) = movement(action, height) else {
            return false;
        };
        self.at = step(self.at, by, len).unwrap_or(0);
        self.scroll.show(Some(self.at), len, height);
        true
    }

    /// Puts the selection on row `at` (clamped) and keeps it in view.
    pub fn select(&mut self, at: usize, len: usize, height: usize) {
        self.at = at.min(len.saturating_sub(1));
        self.scroll.show(Some(self.at), len, height);
    }

    /// A click on the `row`-th row of the window: whether it hit a row.
    pub fn click(&mut self, row: usize, len: usize, height: usize) -> bool {
        let at = self.scroll.offset + row;
        if row >= height || at >= len {
            return false;
        }
        self.select(at, len, height);
        true
    }

    /// The mouse over a list drawn in `area`: the wheel scrolls, a click selects a row.
    pub fn mouse(
        &mut self,
        m: &ratatui::crossterm::event::MouseEvent,
        area: ratatui::layout::Rect,
        len: usize,
    ) {
        use ratatui::crossterm::event::MouseEventKind as K;
        let height = usize::from(area.height);
        match m.kind {
            K::ScrollDown => self.wheel(3, len, height),
            K::ScrollUp => self.wheel(-3, len, height),
            K::Down(_) if area.contains((m.column, m.row).into()) => {
                self.click(usize::from(m.row - area.y), len, height);
            }
            _ => {}
        }
    }

    /// The wheel scrolls the window, and the selection stays within it.
    pub fn wheel(&mut self, delta: isize, len: usize, height: usize) {
        self.scroll.by(delta, len, height);
        let shown = self.scroll.visible(len, height.max(1));
        if !shown.is_empty() {
            self.at = self.at.clamp(shown.start, shown.end - 1);
        }
    }
}

/// A selection moved by `delta` within `len` rows: the first or last row at the ends;
/// `None` when there are no rows.
pub fn step(at: usize, delta: isize, len: usize) -> Option<usize> {
    len.checked_sub(1)
        .map(|last| at.saturating_add_signed(delta).min(last))
}

/// Rows to move on PgUp and PgDn in a window of `height` rows: one less, so that a row
/// stays in view for orientation.
pub fn page(height: usize) -> usize {
    height.saturating_sub(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        By(isize),
        Show(usize),
        Resize(usize),
        Grow(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (-200isize..200).prop_map(Op::By),
            (0usize..300).prop_map(Op::Show),
            (0usize..120).prop_map(Op::Resize),
            (0usize..300).prop_map(Op::Grow),
        ]
    }

    proptest! {
        /// Whatever happens, the offset stays within the rows, a shown selection is in
        /// the window, and scrolling down far enough reaches the last row.
        #[test]
        fn stays_within_the_rows_and_reaches_the_last(
            len in 0usize..300,
            height in 0usize..120,
            ops in proptest::collection::vec(op(), 0..40),
        ) {
            let (mut len, mut height) = (len, height);
            let mut s = Scroll::default();
            for op in ops {
                match op {
                    Op::By(d) => s.by(d, len, height),
                    Op::Show(sel) => {
                        s.show(Some(sel), len, height);
                        if sel < len {
                            prop_assert!(s.visible(len, height.max(1)).contains(&sel));
                        }
                    }
                    Op::Resize(h) => {
                        height = h;
                        s.clamp(len, height);
                    }
                    Op::Grow(n) => {
                        len = n;
                        s.clamp(len, height);
                    }
                }
                prop_assert!(s.offset <= Scroll::max(len, height));
            }
            s.by(isize::MAX / 2, len, height);
            if len > 0 {
                prop_assert_eq!(s.visible(len, height.max(1)).end, len, "the last row is shown");
            }
        }

        #[test]
        fn a_step_stays_in_the_list(at in 0usize..500, delta in -600isize..600, len in 0usize..300) {
            match step(at, delta, len) {
                Some(i) => prop_assert!(i < len),
                None => prop_assert_eq!(len, 0),
            }
        }
    }

    #[test]
    fn ends_and_pages() {
        let mut s = Scroll::default();
        s.show(Some(19), 20, 5);
        assert_eq!(s.offset, 15);
        assert_eq!(s.visible(20, 5), 15..20);
        s.show(Some(3), 20, 5);
        assert_eq!(s.offset, 3);
        s.clamp(6, 5);
        assert_eq!(s.offset, 1);
        assert_eq!(step(0, -1, 3), Some(0));
        assert_eq!(step(1, isize::MAX / 2, 3), Some(2));
        assert_eq!(page(10), 9);
        assert_eq!(page(0), 1);
    }
}
