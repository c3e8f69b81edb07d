//! The search prompt: a line of text edited as in a shell, the ranked results, and
//! which result is selected. Searching itself is deferred (`dirty`) so that the typed
//! character is drawn before the results are computed.

use super::App;
use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Transition};
use super::scroll::{Scroll, step};
use crate::model::Model;
use crate::present::layout;
use crate::query::search::{Hit, Index, Searcher};

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub line: LineEdit,
    /// Selected result.
    pub selected: usize,
    /// The results shown.
    pub scroll: Scroll,
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
    pub fn search_now(&mut self, index: &Index) {
        if self.dirty {
            self.searcher.update(index, &self.line.text);
            self.selected = 0;
            self.scroll = Scroll::default();
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

    /// Inserts pasted text at the cursor (and says so where it had to be cut).
    pub fn paste(&mut self, app: &mut App, text: &str) {
        if self.line.paste(text) {
            app.message = Some(app.options.lang.texts().paste_cut.to_string());
        }
        self.dirty = true;
    }

    /// Moves the selected result, keeping it within the `visible` rows.
    pub fn move_by(&mut self, delta: isize, visible: usize) {
        let n = self.hits().len();
        if let Some(i) = step(self.selected, delta, n) {
            self.selected = i;
            self.scroll.show(Some(i), n, visible);
        }
    }
}

impl Behavior for SearchState {
    fn context(&self) -> Context {
        Context::Search
    }

    fn is_popup(&self) -> bool {
        true
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let visible = layout::search_rows(app.size);
        if self.edit(action) {
            return Transition::Stay;
        }
        match action {
            Action::Down => self.move_by(1, visible),
            Action::Up => self.move_by(-1, visible),
            Action::PageDown => self.move_by(visible as isize, visible),
            Action::PageUp => self.move_by(-(visible as isize), visible),
            Action::Back => return Transition::Pop,
            // Before the index is built, there is nothing to jump to yet.
            Action::Follow if !app.index_ready() => {}
            Action::Follow => {
                self.search_now(&app.data.index);
                let target = self
                    .hits()
                    .get(self.selected)
                    .map(|h| app.data.index.target(h.item));
                if let Some(target) = target {
                    return Transition::Jump(target);
                }
            }
            _ => {}
        }
        Transition::Stay
    }

    fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        self.paste(app, text);
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let n = self.hits().len();
        self.scroll
            .show(Some(self.selected), n, layout::search_rows(app.size));
    }

    fn needs_settle(&self) -> bool {
        self.dirty
    }

    fn settle(&mut self, app: &App) {
        self.search_now(&app.data.index);
    }

    /// The prompt keeps its text and searches the new data.
    fn reload(&mut self, _app: &App, _old: &Model) {
        *self = SearchState::with_line(std::mem::take(&mut self.line));
    }

    fn shown(&self, _app: &App) -> Option<super::Shown> {
        None
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
        st.search_now(&index);
        assert!(!st.dirty);
        assert_eq!(st.hits().len(), 1);
        assert_eq!(st.searched(), "20");
        st.move_by(5, 3);
        assert_eq!(st.selected, 0);
    }
}
