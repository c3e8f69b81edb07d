//! The search prompt: a line of text edited as in a shell, the ranked results, and
//! which result is selected. Searching itself is deferred (`dirty`) so that the typed
//! character is drawn before the results are computed.

use crate::search::{Hit, Index, Searcher};

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub input: String,
    /// Cursor position in characters.
    pub cursor: usize,
    /// Selected result.
    pub selected: usize,
    /// First result shown.
    pub offset: usize,
    /// The input changed since the last search.
    pub dirty: bool,
    searcher: Searcher,
}

impl SearchState {
    pub fn hits(&self) -> &[Hit] {
        self.searcher.hits()
    }

    /// The query the shown results belong to.
    pub fn searched(&self) -> &str {
        self.searcher.query()
    }

    /// Runs the search for the current input, if it changed.
    pub fn settle(&mut self, index: &Index) {
        if self.dirty {
            self.searcher.update(index, &self.input);
            self.selected = 0;
            self.offset = 0;
            self.dirty = false;
        }
    }

    fn byte_at(&self, char_pos: usize) -> usize {
        self.input
            .char_indices()
            .nth(char_pos)
            .map_or(self.input.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.input.chars().count()
    }

    fn changed(&mut self) {
        self.dirty = true;
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte_at(self.cursor);
        self.input.insert(at, c);
        self.cursor += 1;
        self.changed();
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.len();
    }

    /// Backspace: deletes the character before the cursor.
    pub fn delete_back(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor - 1), self.byte_at(self.cursor));
        self.input.replace_range(from..to, "");
        self.cursor -= 1;
        self.changed();
    }

    /// Ctrl-w: deletes the word before the cursor (and the spaces after it).
    pub fn delete_word(&mut self) {
        let chars: Vec<char> = self.input.chars().collect();
        let mut start = self.cursor;
        while start > 0 && chars[start - 1] == ' ' {
            start -= 1;
        }
        while start > 0 && chars[start - 1] != ' ' {
            start -= 1;
        }
        if start == self.cursor {
            return;
        }
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.input.replace_range(from..to, "");
        self.cursor = start;
        self.changed();
    }

    /// Ctrl-u: clears the line.
    pub fn clear(&mut self) {
        if !self.input.is_empty() {
            self.input.clear();
            self.cursor = 0;
            self.changed();
        }
    }

    /// Moves the selected result, keeping it within `visible` rows from `offset`.
    pub fn move_by(&mut self, delta: isize, visible: usize) {
        let n = self.hits().len();
        if n == 0 {
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
        let visible = visible.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> SearchState {
        let mut st = SearchState::default();
        for c in s.chars() {
            st.insert(c);
        }
        st
    }

    #[test]
    fn editing_like_a_shell_line() {
        let mut st = typed("mörf");
        assert_eq!((st.input.as_str(), st.cursor), ("mörf", 4));
        st.left();
        st.left();
        st.insert('x');
        assert_eq!(st.input, "möxrf");
        st.delete_back();
        st.delete_back();
        assert_eq!((st.input.as_str(), st.cursor), ("mrf", 1));
        st.home();
        st.delete_back();
        assert_eq!(st.input, "mrf");
        st.end();
        st.right();
        assert_eq!(st.cursor, 3);
        st.clear();
        assert_eq!((st.input.as_str(), st.cursor), ("", 0));
        st.clear();
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor() {
        let mut st = typed("inf sich  ");
        st.delete_word();
        assert_eq!(st.input, "inf ");
        st.delete_word();
        assert_eq!(st.input, "");
        st.delete_word();
        let mut st = typed("klaer verw");
        st.left();
        st.left();
        st.delete_word();
        assert_eq!((st.input.as_str(), st.cursor), ("klaer rw", 6));
    }

    #[test]
    fn the_search_runs_when_settled() {
        let index = Index::from_items(vec![(
            crate::search::Target::Year(2024),
            vec![("2024".into(), 3)],
        )]);
        let mut st = typed("20");
        assert!(st.dirty);
        assert!(st.hits().is_empty());
        st.settle(&index);
        assert!(!st.dirty);
        assert_eq!(st.hits().len(), 1);
        assert_eq!(st.searched(), "20");
        st.move_by(5, 3);
        assert_eq!(st.selected, 0);
    }
}
