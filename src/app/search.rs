//! The search prompt: a line of text edited as in a shell, the ranked results, and
//! which result is selected. Searching itself is deferred (`dirty`) so that the typed
//! character is drawn before the results are computed.

use super::keymap::Action;
use super::line::{Edited, LineEdit};
use crate::query::search::{Hit, Index, Searcher};

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub line: LineEdit,
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

    /// A prompt holding `line`, to be searched anew (after a reload).
    pub fn with_line(line: LineEdit) -> SearchState {
        SearchState {
            line,
            dirty: true,
            ..SearchState::default()
        }
    }

    /// Runs the search for the current input, if it changed.
    pub fn settle(&mut self, index: &Index) {
        if self.dirty {
            self.searcher.update(index, &self.line.text);
            self.selected = 0;
            self.offset = 0;
            self.dirty = false;
        }
    }

    /// Carries out an editing action; `false` if it is none.
    pub fn edit(&mut self, action: Action) -> bool {
        match self.line.apply(action) {
            Edited::Text => {
                self.dirty = true;
                true
            }
            Edited::Cursor => true,
            Edited::No => false,
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
            assert!(st.edit(Action::Insert(c)));
        }
        st
    }

    #[test]
    fn the_search_runs_when_settled() {
        let index = Index::from_items(vec![(
            crate::query::search::Target::Year(2024),
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
