//! A long text made of items that each wrap to one or more lines (a message, a
//! paragraph), scrolled without ever being built whole: only the items on screen are
//! wrapped. The position is an item and a line inside it; the end is found by walking
//! back from the last item. So a list of a million messages scrolls and draws as fast as
//! one of ten.

use ratatui::text::Line;

use super::keymap::Action;
use super::scroll::page;

/// The items of a text.
pub trait Items {
    fn count(&self) -> usize;
    /// The lines of item `i` at a width: at least one (an empty line for a gap).
    fn lines(&self, i: usize, width: usize) -> Vec<Line<'static>>;
    /// Which of the things counted for the reader item `i` is (a message, a line of
    /// help), if it is one: headings, gaps and the closing advice are not counted.
    fn counted(&self, i: usize) -> Option<usize> {
        Some(i)
    }
    /// How many things are counted (see [`Items::counted`]).
    fn total(&self) -> usize {
        self.count()
    }
}

/// The first line shown: line `line` of item `item`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct ItemScroll {
    pub item: usize,
    pub line: usize,
}

/// The lines of an item, never none.
fn height_of(items: &dyn Items, i: usize, width: usize) -> usize {
    items.lines(i, width).len().max(1)
}

impl ItemScroll {
    /// The lines shown from this position in a window of `height` rows.
    pub fn visible(&self, items: &dyn Items, width: usize, height: usize) -> Vec<Line<'static>> {
        let mut out = Vec::with_capacity(height);
        let mut skip = self.line;
        for i in self.item..items.count() {
            if out.len() >= height {
                break;
            }
            let lines = items.lines(i, width);
            let left = height - out.len();
            out.extend(lines.into_iter().skip(skip).take(left));
            skip = 0;
        }
        out
    }

    /// Which counted things (see [`Items::counted`]) are on screen from this position:
    /// the first and one past the last, so that a position mark counts what its reader
    /// counts ("messages 3–20 of 300,000"); `None` when none is on screen.
    pub fn shown(&self, items: &dyn Items, width: usize, height: usize) -> Option<(usize, usize)> {
        let mut rows = 0;
        let mut i = self.item;
        let mut range: Option<(usize, usize)> = None;
        while i < items.count() && rows < height {
            rows += height_of(items, i, width).saturating_sub(if i == self.item {
                self.line
            } else {
                0
            });
            if let Some(n) = items.counted(i) {
                range = Some(range.map_or((n, n + 1), |(a, _)| (a, n + 1)));
            }
            i += 1;
        }
        range
    }

    /// The last position: the last line at the bottom of the window (the top when all
    /// fits).
    pub fn last(items: &dyn Items, width: usize, height: usize) -> ItemScroll {
        let height = height.max(1);
        let mut rows = 0;
        for i in (0..items.count()).rev() {
            rows += height_of(items, i, width);
            if rows >= height {
                return ItemScroll {
                    item: i,
                    line: rows - height,
                };
            }
        }
        ItemScroll::default()
    }

    /// Lines of the text up to `limit` (to size a popup to a short text).
    pub fn lines_up_to(items: &dyn Items, width: usize, limit: usize) -> usize {
        let mut rows = 0;
        for i in 0..items.count() {
            if rows >= limit {
                break;
            }
            rows += height_of(items, i, width);
        }
        rows.min(limit)
    }

    /// Back within the text (after it or the window changed).
    pub fn keep_within(&mut self, items: &dyn Items, width: usize, height: usize) {
        // At another width the item may have fewer lines.
        if self.item < items.count() {
            self.line = self
                .line
                .min(height_of(items, self.item, width).saturating_sub(1));
        }
        let last = ItemScroll::last(items, width, height);
        if *self > last {
            *self = last;
        }
    }

    /// Scrolls down by `n` lines, never past the last position.
    pub fn down(&mut self, n: usize, items: &dyn Items, width: usize, height: usize) {
        let last = ItemScroll::last(items, width, height);
        let mut n = n;
        while n > 0 && *self < last {
            let left = height_of(items, self.item, width).saturating_sub(self.line);
            if n < left {
                self.line += n;
                n = 0;
            } else {
                n -= left;
                self.item += 1;
                self.line = 0;
            }
        }
        if *self > last {
            *self = last;
        }
    }

    /// Scrolls up by `n` lines, never before the first.
    pub fn up(&mut self, n: usize, items: &dyn Items, width: usize) {
        let mut n = n;
        while n > 0 {
            if self.line >= n {
                self.line -= n;
                return;
            }
            n -= self.line;
            let Some(before) = self.item.checked_sub(1) else {
                self.line = 0;
                return;
            };
            self.item = before;
            self.line = height_of(items, before, width);
        }
    }

    /// The keys of a text that only scrolls: a line, a page, the ends. Whether `action`
    /// was one of them.
    pub fn key(&mut self, action: Action, items: &dyn Items, width: usize, height: usize) -> bool {
        let page = page(height);
        match action {
            Action::Down => self.down(1, items, width, height),
            Action::Up => self.up(1, items, width),
            Action::PageDown => self.down(page, items, width, height),
            Action::PageUp => self.up(page, items, width),
            Action::Top => *self = ItemScroll::default(),
            Action::Bottom => *self = ItemScroll::last(items, width, height),
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Item i has i % 3 + 1 lines, named "i.j".
    struct Numbered(usize);

    impl Items for Numbered {
        fn count(&self) -> usize {
            self.0
        }
        fn lines(&self, i: usize, _width: usize) -> Vec<Line<'static>> {
            (0..i % 3 + 1)
                .map(|j| Line::raw(format!("{i}.{j}")))
                .collect()
        }
    }

    /// Every line of the text, built whole (what the lazy walk must agree with).
    fn all(items: &Numbered) -> Vec<String> {
        (0..items.count())
            .flat_map(|i| items.lines(i, 10))
            .map(|l| l.to_string())
            .collect()
    }

    fn shown(s: ItemScroll, items: &Numbered, height: usize) -> Vec<String> {
        s.visible(items, 10, height)
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn scrolling_line_by_line_agrees_with_the_whole_text() {
        let items = Numbered(20);
        let whole = all(&items);
        let height = 7;
        let mut s = ItemScroll::default();
        for offset in 0..=whole.len() + 3 {
            let expected_start = offset.min(whole.len() - height);
            let expected: Vec<String> = whole
                .iter()
                .skip(expected_start)
                .take(height)
                .cloned()
                .collect();
            assert_eq!(shown(s, &items, height), expected, "offset {offset}");
            s.down(1, &items, 10, height);
        }
        // And back up to the top.
        for _ in 0..whole.len() {
            s.up(1, &items, 10);
        }
        assert_eq!(s, ItemScroll::default());
    }

    #[test]
    fn pages_and_ends() {
        let items = Numbered(1_000_000);
        let mut s = ItemScroll::default();
        assert!(s.key(Action::Bottom, &items, 10, 5));
        assert_eq!(
            shown(s, &items, 5).last().map(String::as_str),
            Some("999999.0")
        );
        s.key(Action::PageUp, &items, 10, 5);
        s.key(Action::PageDown, &items, 10, 5);
        assert_eq!(s, ItemScroll::last(&items, 10, 5));
        s.key(Action::Top, &items, 10, 5);
        assert_eq!(shown(s, &items, 2), ["0.0", "1.0"]);
        assert!(!s.key(Action::Follow, &items, 10, 5));
        assert_eq!(ItemScroll::lines_up_to(&items, 10, 4), 4);
        assert_eq!(ItemScroll::lines_up_to(&Numbered(2), 10, 40), 3);
    }

    /// Item i has as many lines as the width allows it: fewer when wider.
    struct Wrapping;

    impl Items for Wrapping {
        fn count(&self) -> usize {
            50
        }
        fn lines(&self, _i: usize, width: usize) -> Vec<Line<'static>> {
            (0..(40 / width.max(1)).max(1))
                .map(|_| Line::raw("x"))
                .collect()
        }
    }

    #[test]
    fn a_wider_window_keeps_the_position_on_a_line_that_exists() {
        let mut s = ItemScroll::default();
        s.down(3, &Wrapping, 10, 5);
        assert_eq!(s, ItemScroll { item: 0, line: 3 });
        // At width 20 each item has two lines: the position moves to the item's last.
        s.keep_within(&Wrapping, 20, 5);
        assert_eq!(s, ItemScroll { item: 0, line: 1 });
        assert_eq!(s.visible(&Wrapping, 20, 5).len(), 5);
    }

    #[test]
    fn a_short_text_does_not_scroll() {
        let items = Numbered(2);
        let mut s = ItemScroll::default();
        s.key(Action::PageDown, &items, 10, 10);
        assert_eq!(s, ItemScroll::default());
        assert_eq!(s.shown(&items, 10, 10), Some((0, 2)));
    }
}
