//! One table of keys: (keys, action, description, where). The dispatcher, the status-bar
//! hints and the help overlay all read it, so they can never disagree.
//!
//! No action needs a key that German keyboards reach only with AltGr.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::present::words::{KeyWords, Lang};

/// What a key asks for; [`super::App::update`] carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Scroll the detail pane from any pane: a line, or a page.
    DetailDown,
    DetailUp,
    DetailPageDown,
    DetailPageUp,
    NextPane,
    PrevPane,
    PaneLeft,
    PaneRight,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Follow,
    Back,
    Help,
    Problems,
    Close,
    Quit,
    OpenSearch,
    /// A character typed into the search prompt.
    Insert(char),
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteWord,
    ClearLine,
    /// Open the matrix view (from the browser) or close it.
    ToggleMatrix,
    ColumnLeft,
    ColumnRight,
    FirstColumn,
    LastColumn,
    SortRows,
    SortColumns,
    PrevYear,
    NextYear,
    AllYears,
    Export,
    Reload,
    /// Give the terminal back to the shell until `fg` (Ctrl-z).
    Suspend,
    /// Copy what is shown as text to the clipboard.
    Copy,
    /// Open a source's web address (the next one each time).
    OpenSource,
    /// Open the timeline, the selected member's profile, the comparison with another
    /// member, the gaps in the data.
    OpenTimeline,
    OpenProfile,
    /// Compare with another member (also: choose another one to compare with).
    Compare,
    OpenGaps,
    /// Mark the projects of the member selected in the browser.
    Mark,
    /// Open the file at the line in the user's editor.
    Edit,
    /// Record what a source says of the marked cells, or the cell under the cursor.
    Record,
    /// Record a project's count; add a new project.
    RecordCount,
    NewProject,
    /// Mark the cell under the cursor, its row, its column (to record them together).
    MarkCell,
    MarkRow,
    MarkColumn,
    /// In the form: change the year's count to fit the edit.
    AdjustCount,
    /// Undo the last edit written; redo the one undone last.
    Undo,
    Redo,
}

/// Where a binding works: a screen's own keys, or a layer of keys that work in several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Keys that work on every screen (quit, help).
    Global,
    /// Keys that work on the two views, the browser and the matrix, but not in a prompt
    /// or a popup (where `q` and `?` are text or close).
    Views,
    /// The panes.
    Browser,
    /// A popup over the panes (help, warnings).
    Overlay,
    /// The help popup: the popup's keys and its search.
    Help,
    /// The screen that lists the errors of the data.
    Errors,
    /// The search prompt: every printable key is text there.
    Search,
    /// The matrix view.
    Matrix,
    /// The matrix's and the timeline's filter prompt: every printable key is text there.
    Filter,
    /// The timeline.
    Timeline,
    /// A member's profile.
    Profile,
    /// Two members compared.
    Compare,
    /// The list to choose the second member of a comparison from.
    Choose,
    /// The gaps in the data.
    Gaps,
    /// The form that records a fact: every printable key filters its sources.
    Record,
    /// The change a recorded fact makes, before it is written.
    Preview,
    /// The files `e` writes, to tick.
    Export,
}

/// One key: a key code and whether Ctrl is held. For characters, Shift is part of the
/// character (`G`, `?`), so it is not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn c(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: false,
    }
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: true,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    /// The short word of the status bar, for the few bindings it shows.
    pub bar: Option<fn(&KeyWords) -> &'static str>,
    /// What the binding does, as the help says it.
    pub words: fn(&KeyWords) -> &'static str,
}

impl Binding {
    /// The status bar's word for this binding, if the bar shows it.
    pub fn bar_word(&self, lang: Lang) -> Option<&'static str> {
        self.bar.map(|word| word(&lang.texts().keys))
    }

    pub fn describe(&self, lang: Lang) -> &'static str {
        (self.words)(&lang.texts().keys)
    }

    /// "j, ↓", "Tab", "/, Ctrl-f" (a slash would not do: `/` is a key), with the key
    /// names of the language ("Strg-f"); `plain`: the arrows in words ("j, Runter").
    pub fn keys_label(&self, lang: Lang, plain: bool) -> String {
        self.keys
            .iter()
            .map(|k| key_label(*k, lang, plain))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

use Action as A;
use Context::{
    Browser, Choose, Compare, Errors, Export, Filter, Gaps, Global, Help, Matrix, Overlay, Preview,
    Profile, Record, Search, Timeline, Views,
};
use KeyCode as K;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { keys: &[c('w')], action: A::Problems, context: Views, bar: None, words: |w| w.warnings },
    Binding { keys: &[c('r')], action: A::Reload, context: Views, bar: None, words: |w| w.read_again_watched },
    Binding { keys: &[c('y')], action: A::Copy, context: Views, bar: None, words: |w| w.copy },
    Binding { keys: &[c('o')], action: A::OpenSource, context: Views, bar: None, words: |w| w.open_source },
    Binding { keys: &[c('?')], action: A::Help, context: Views, bar: Some(|w| w.bar_help), words: |w| w.help },
    Binding { keys: &[c('q')], action: A::Quit, context: Views, bar: Some(|w| w.bar_quit), words: |w| w.quit },
    Binding { keys: &[k(K::F(1))], action: A::Help, context: Global, bar: None, words: |w| w.help },
    Binding { keys: &[ctrl('c')], action: A::Quit, context: Global, bar: None, words: |w| w.quit },
    Binding { keys: &[ctrl('z')], action: A::Suspend, context: Global, bar: None, words: |w| w.suspend },
    Binding { keys: &[k(K::Tab)], action: A::NextPane, context: Browser, bar: None, words: |w| w.next_pane },
    Binding { keys: &[k(K::BackTab)], action: A::PrevPane, context: Browser, bar: None, words: |w| w.previous_pane },
    Binding { keys: &[c('h'), k(K::Left)], action: A::PaneLeft, context: Browser, bar: None, words: |w| w.pane_to_the_left },
    Binding { keys: &[c('l'), k(K::Right)], action: A::PaneRight, context: Browser, bar: None, words: |w| w.pane_to_the_right },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Browser, bar: None, words: |w| w.down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Browser, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Browser, bar: None, words: |w| w.first_item },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Browser, bar: None, words: |w| w.last_item },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Browser, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Browser, bar: None, words: |w| w.page_down },
    Binding { keys: &[c('J')], action: A::DetailDown, context: Browser, bar: None, words: |w| w.detail_down },
    Binding { keys: &[c('K')], action: A::DetailUp, context: Browser, bar: None, words: |w| w.detail_up },
    Binding { keys: &[ctrl('d')], action: A::DetailPageDown, context: Browser, bar: None, words: |w| w.detail_page_down },
    Binding { keys: &[ctrl('u')], action: A::DetailPageUp, context: Browser, bar: None, words: |w| w.detail_page_up },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Browser, bar: None, words: |w| w.follow_the_link },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Browser, bar: None, words: |w| w.back },
    Binding { keys: &[c('/'), ctrl('f')], action: A::OpenSearch, context: Browser, bar: Some(|w| w.bar_search), words: |w| w.search },
    Binding { keys: &[c('m')], action: A::ToggleMatrix, context: Browser, bar: Some(|w| w.bar_matrix), words: |w| w.matrix },
    Binding { keys: &[c('<')], action: A::PrevYear, context: Browser, bar: None, words: |w| w.previous_year },
    Binding { keys: &[c('>')], action: A::NextYear, context: Browser, bar: None, words: |w| w.next_year },
    Binding { keys: &[c('0')], action: A::AllYears, context: Browser, bar: None, words: |w| w.all_years },
    Binding { keys: &[c('t')], action: A::OpenTimeline, context: Browser, bar: Some(|w| w.views.bar_timeline), words: |w| w.views.timeline },
    Binding { keys: &[c('p')], action: A::OpenProfile, context: Browser, bar: Some(|w| w.views.bar_profile), words: |w| w.views.profile },
    Binding { keys: &[c('c')], action: A::Compare, context: Browser, bar: None, words: |w| w.views.compare },
    Binding { keys: &[c('!')], action: A::OpenGaps, context: Browser, bar: Some(|w| w.views.bar_gaps), words: |w| w.views.gaps },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Overlay, bar: Some(|w| w.bar_scroll), words: |w| w.scroll_down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Overlay, bar: None, words: |w| w.scroll_up },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Overlay, bar: None, words: |w| w.page_up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Overlay, bar: None, words: |w| w.first_item },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Overlay, bar: None, words: |w| w.last_item },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Overlay, bar: None, words: |w| w.page_down },
    Binding { keys: &[c('/'), ctrl('f')], action: A::OpenSearch, context: Help, bar: Some(|w| w.bar_search), words: |w| w.search_the_help },
    Binding { keys: &[k(K::Esc), c('q'), c('?'), k(K::F(1)), c('w')], action: A::Close, context: Overlay, bar: Some(|w| w.bar_close), words: |w| w.close },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Errors, bar: Some(|w| w.bar_scroll), words: |w| w.scroll_down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Errors, bar: None, words: |w| w.scroll_up },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Errors, bar: None, words: |w| w.page_up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Errors, bar: None, words: |w| w.first_item },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Errors, bar: None, words: |w| w.last_item },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Errors, bar: None, words: |w| w.page_down },
    Binding { keys: &[c('r')], action: A::Reload, context: Errors, bar: Some(|w| w.bar_reload), words: |w| w.read_again },
    Binding { keys: &[c('q'), k(K::Esc)], action: A::Quit, context: Errors, bar: Some(|w| w.bar_quit), words: |w| w.quit },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Search, bar: Some(|w| w.bar_jump), words: |w| w.jump_to_the_result },
    Binding { keys: &[k(K::Down), ctrl('n')], action: A::Down, context: Search, bar: Some(|w| w.bar_next), words: |w| w.next_result },
    Binding { keys: &[k(K::Up), ctrl('p')], action: A::Up, context: Search, bar: None, words: |w| w.previous_result },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Search, bar: None, words: |w| w.results_page_down },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Search, bar: None, words: |w| w.results_page_up },
    Binding { keys: &[k(K::Left)], action: A::CursorLeft, context: Search, bar: None, words: |w| w.cursor_left },
    Binding { keys: &[k(K::Right)], action: A::CursorRight, context: Search, bar: None, words: |w| w.cursor_right },
    Binding { keys: &[k(K::Home)], action: A::LineStart, context: Search, bar: None, words: |w| w.start_of_the_line },
    Binding { keys: &[k(K::End)], action: A::LineEnd, context: Search, bar: None, words: |w| w.end_of_the_line },
    Binding { keys: &[k(K::Backspace)], action: A::DeleteBack, context: Search, bar: None, words: |w| w.delete_a_character },
    Binding { keys: &[ctrl('w')], action: A::DeleteWord, context: Search, bar: None, words: |w| w.delete_a_word },
    Binding { keys: &[ctrl('u')], action: A::ClearLine, context: Search, bar: None, words: |w| w.clear_the_line },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Search, bar: Some(|w| w.bar_close), words: |w| w.close_the_search },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Matrix, bar: None, words: |w| w.next_project },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Matrix, bar: None, words: |w| w.previous_project_or_members },
    Binding { keys: &[c('l'), k(K::Right)], action: A::ColumnRight, context: Matrix, bar: None, words: |w| w.next_member },
    Binding { keys: &[c('h'), k(K::Left)], action: A::ColumnLeft, context: Matrix, bar: None, words: |w| w.previous_member },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Matrix, bar: None, words: |w| w.first_project },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Matrix, bar: None, words: |w| w.last_project },
    Binding { keys: &[c('H')], action: A::FirstColumn, context: Matrix, bar: None, words: |w| w.project_column },
    Binding { keys: &[c('L')], action: A::LastColumn, context: Matrix, bar: None, words: |w| w.last_member },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Matrix, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Matrix, bar: None, words: |w| w.page_down },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Matrix, bar: Some(|w| w.bar_open), words: |w| w.open_in_browser },
    Binding { keys: &[c('e')], action: A::Export, context: Matrix, bar: Some(|w| w.bar_export), words: |w| w.export },
    // The filter before the orders: on a narrow status bar it is the last to give way.
    Binding { keys: &[c('/'), c('f'), ctrl('f')], action: A::OpenSearch, context: Matrix, bar: Some(|w| w.bar_filter), words: |w| w.filter_the_projects },
    Binding { keys: &[c('s')], action: A::SortRows, context: Matrix, bar: Some(|w| w.bar_sort), words: |w| w.sort_projects },
    Binding { keys: &[c('S')], action: A::SortColumns, context: Matrix, bar: Some(|w| w.bar_columns), words: |w| w.sort_members },
    Binding { keys: &[c('c')], action: A::Compare, context: Matrix, bar: None, words: |w| w.views.compare },
    Binding { keys: &[c('<')], action: A::PrevYear, context: Matrix, bar: Some(|w| w.bar_year), words: |w| w.previous_year },
    Binding { keys: &[c('>')], action: A::NextYear, context: Matrix, bar: Some(|w| w.bar_year), words: |w| w.next_year },
    Binding { keys: &[c('0')], action: A::AllYears, context: Matrix, bar: None, words: |w| w.all_years },
    Binding { keys: &[c('m'), k(K::Esc)], action: A::ToggleMatrix, context: Matrix, bar: Some(|w| w.bar_browser), words: |w| w.back_to_the_browser },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Timeline, bar: None, words: |w| w.next_project },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Timeline, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Timeline, bar: None, words: |w| w.first_project },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Timeline, bar: None, words: |w| w.last_project },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Timeline, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Timeline, bar: None, words: |w| w.page_down },
    Binding { keys: &[c('h'), k(K::Left)], action: A::ColumnLeft, context: Timeline, bar: None, words: |w| w.views.earlier_years },
    Binding { keys: &[c('l'), k(K::Right)], action: A::ColumnRight, context: Timeline, bar: None, words: |w| w.views.later_years },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Timeline, bar: Some(|w| w.bar_open), words: |w| w.views.open_project },
    Binding { keys: &[c('/'), c('f'), ctrl('f')], action: A::OpenSearch, context: Timeline, bar: Some(|w| w.bar_filter), words: |w| w.filter_the_projects },
    Binding { keys: &[c('s')], action: A::SortRows, context: Timeline, bar: Some(|w| w.bar_sort), words: |w| w.views.sort_timeline },
    Binding { keys: &[c('M')], action: A::Mark, context: Timeline, bar: Some(|w| w.views.bar_mark), words: |w| w.views.mark_member },
    Binding { keys: &[k(K::Esc), c('t')], action: A::Back, context: Timeline, bar: Some(|w| w.views.bar_back), words: |w| w.back },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Profile, bar: None, words: |w| w.next_project },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Profile, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Profile, bar: None, words: |w| w.first_project },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Profile, bar: None, words: |w| w.last_project },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Profile, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Profile, bar: None, words: |w| w.page_down },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Profile, bar: Some(|w| w.bar_open), words: |w| w.views.open_project },
    Binding { keys: &[c('c')], action: A::Compare, context: Profile, bar: Some(|w| w.views.bar_compare), words: |w| w.views.compare },
    Binding { keys: &[k(K::Esc), c('p')], action: A::Back, context: Profile, bar: Some(|w| w.views.bar_back), words: |w| w.back },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Compare, bar: None, words: |w| w.next_project },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Compare, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Compare, bar: None, words: |w| w.first_project },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Compare, bar: None, words: |w| w.last_project },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Compare, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Compare, bar: None, words: |w| w.page_down },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Compare, bar: Some(|w| w.bar_open), words: |w| w.views.open_project },
    Binding { keys: &[c('<')], action: A::PrevYear, context: Compare, bar: Some(|w| w.bar_year), words: |w| w.views.compare_years.0 },
    Binding { keys: &[c('>')], action: A::NextYear, context: Compare, bar: Some(|w| w.bar_year), words: |w| w.views.compare_years.1 },
    Binding { keys: &[c('0')], action: A::AllYears, context: Compare, bar: None, words: |w| w.views.compare_years.2 },
    Binding { keys: &[c('c')], action: A::Compare, context: Compare, bar: Some(|w| w.views.bar_choose), words: |w| w.views.other_member },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Compare, bar: Some(|w| w.views.bar_back), words: |w| w.back },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Choose, bar: None, words: |w| w.down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Choose, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Choose, bar: None, words: |w| w.first_item },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Choose, bar: None, words: |w| w.last_item },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Choose, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Choose, bar: None, words: |w| w.page_down },
    Binding { keys: &[c('/'), c('f'), ctrl('f')], action: A::OpenSearch, context: Choose, bar: Some(|w| w.bar_filter), words: |w| w.views.find_member },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Choose, bar: Some(|w| w.views.bar_choose), words: |w| w.views.choose_member },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Choose, bar: Some(|w| w.views.bar_back), words: |w| w.back },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Gaps, bar: None, words: |w| w.down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Gaps, bar: None, words: |w| w.up },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Gaps, bar: None, words: |w| w.first_item },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Gaps, bar: None, words: |w| w.last_item },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Gaps, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Gaps, bar: None, words: |w| w.page_down },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Gaps, bar: Some(|w| w.bar_open), words: |w| w.views.open_gap },
    Binding { keys: &[c('e')], action: A::Edit, context: Gaps, bar: Some(|w| w.views.bar_edit), words: |w| w.views.edit },
    Binding { keys: &[k(K::Esc), c('!')], action: A::Back, context: Gaps, bar: Some(|w| w.views.bar_back), words: |w| w.back },
    Binding { keys: &[c('a')], action: A::Record, context: Matrix, bar: Some(|w| w.record.bar_record), words: |w| w.record.record },
    Binding { keys: &[c('a')], action: A::Record, context: Browser, bar: None, words: |w| w.record.record_selected },
    Binding { keys: &[c('A')], action: A::RecordCount, context: Matrix, bar: None, words: |w| w.record.count },
    Binding { keys: &[c('A')], action: A::RecordCount, context: Browser, bar: None, words: |w| w.record.count },
    Binding { keys: &[c('N')], action: A::NewProject, context: Matrix, bar: None, words: |w| w.record.new_project },
    Binding { keys: &[c('N')], action: A::NewProject, context: Browser, bar: None, words: |w| w.record.new_project },
    Binding { keys: &[c('t')], action: A::OpenTimeline, context: Matrix, bar: None, words: |w| w.views.timeline },
    Binding { keys: &[c('p')], action: A::OpenProfile, context: Matrix, bar: None, words: |w| w.views.profile },
    Binding { keys: &[c('!')], action: A::OpenGaps, context: Matrix, bar: None, words: |w| w.views.gaps },
    Binding { keys: &[c(' ')], action: A::MarkCell, context: Matrix, bar: None, words: |w| w.record.mark_cell },
    Binding { keys: &[c('*')], action: A::MarkRow, context: Matrix, bar: None, words: |w| w.record.mark_row },
    Binding { keys: &[c('#')], action: A::MarkColumn, context: Matrix, bar: None, words: |w| w.record.mark_column },
    Binding { keys: &[c('u')], action: A::Undo, context: Views, bar: None, words: |w| w.record.undo },
    Binding { keys: &[ctrl('r')], action: A::Redo, context: Views, bar: None, words: |w| w.record.redo },
    Binding { keys: &[k(K::Tab)], action: A::NextPane, context: Record, bar: Some(|w| w.record.bar_field), words: |w| w.record.next_field },
    Binding { keys: &[k(K::BackTab)], action: A::PrevPane, context: Record, bar: None, words: |w| w.record.previous_field },
    Binding { keys: &[k(K::Down), ctrl('n')], action: A::Down, context: Record, bar: Some(|w| w.record.bar_source), words: |w| w.record.next_source },
    Binding { keys: &[k(K::Up), ctrl('p')], action: A::Up, context: Record, bar: None, words: |w| w.record.previous_source },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Record, bar: Some(|w| w.record.bar_preview), words: |w| w.record.preview },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Record, bar: Some(|w| w.bar_close), words: |w| w.record.cancel },
    Binding { keys: &[k(K::F(1))], action: A::Help, context: Record, bar: Some(|w| w.bar_help), words: |w| w.help },
    Binding { keys: &[ctrl('a')], action: A::AdjustCount, context: Record, bar: None, words: |w| w.record.adjust_count },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Record, bar: None, words: |w| w.page_down },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Record, bar: None, words: |w| w.page_up },
    Binding { keys: &[k(K::Right)], action: A::CursorRight, context: Record, bar: None, words: |w| w.record.choose },
    Binding { keys: &[k(K::Left)], action: A::CursorLeft, context: Record, bar: None, words: |w| w.cursor_left },
    Binding { keys: &[k(K::Home)], action: A::LineStart, context: Record, bar: None, words: |w| w.start_of_the_line },
    Binding { keys: &[k(K::End)], action: A::LineEnd, context: Record, bar: None, words: |w| w.end_of_the_line },
    Binding { keys: &[k(K::Backspace)], action: A::DeleteBack, context: Record, bar: None, words: |w| w.delete_a_character },
    Binding { keys: &[ctrl('w')], action: A::DeleteWord, context: Record, bar: None, words: |w| w.delete_a_word },
    Binding { keys: &[ctrl('u')], action: A::ClearLine, context: Record, bar: None, words: |w| w.clear_the_line },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Export, bar: None, words: |w| w.down },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Export, bar: None, words: |w| w.up },
    Binding { keys: &[c(' ')], action: A::MarkCell, context: Export, bar: Some(|w| w.export_files.bar_tick), words: |w| w.export_files.tick },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Export, bar: Some(|w| w.bar_export), words: |w| w.export_files.write },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Export, bar: Some(|w| w.bar_close), words: |w| w.export_files.cancel },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Preview, bar: Some(|w| w.record.bar_write), words: |w| w.record.write },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Preview, bar: Some(|w| w.views.bar_back), words: |w| w.record.back_to_the_form },
    Binding { keys: &[k(K::Down), c('j')], action: A::Down, context: Preview, bar: None, words: |w| w.record.scroll },
    Binding { keys: &[k(K::Up), c('k')], action: A::Up, context: Preview, bar: None, words: |w| w.record.scroll },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Preview, bar: None, words: |w| w.record.scroll },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Preview, bar: None, words: |w| w.record.scroll },
    Binding { keys: &[k(K::Enter)], action: A::Close, context: Filter, bar: Some(|w| w.bar_keep), words: |w| w.keep_the_filter },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Filter, bar: Some(|w| w.bar_clear), words: |w| w.drop_the_filter },
    Binding { keys: &[k(K::Down), ctrl('n')], action: A::Down, context: Filter, bar: None, words: |w| w.down },
    Binding { keys: &[k(K::Up), ctrl('p')], action: A::Up, context: Filter, bar: None, words: |w| w.up },
    Binding { keys: &[k(K::Left)], action: A::CursorLeft, context: Filter, bar: None, words: |w| w.cursor_left },
    Binding { keys: &[k(K::Right)], action: A::CursorRight, context: Filter, bar: None, words: |w| w.cursor_right },
    Binding { keys: &[k(K::Home)], action: A::LineStart, context: Filter, bar: None, words: |w| w.start_of_the_line },
    Binding { keys: &[k(K::End)], action: A::LineEnd, context: Filter, bar: None, words: |w| w.end_of_the_line },
    Binding { keys: &[k(K::Backspace)], action: A::DeleteBack, context: Filter, bar: None, words: |w| w.delete_a_character },
    Binding { keys: &[ctrl('w')], action: A::DeleteWord, context: Filter, bar: None, words: |w| w.delete_a_word },
    Binding { keys: &[ctrl('u')], action: A::ClearLine, context: Filter, bar: None, words: |w| w.clear_the_line },
];

/// The action of a key in a context, if any. Only presses act: terminals that also
/// report releases (Windows) would otherwise act twice.
pub fn action(context: Context, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let pressed = Key {
        code: key.code,
        ctrl,
    };
    // The screen's own keys first, then the layers under them.
    let bound = layers(context).iter().find_map(|&layer| {
        BINDINGS
            .iter()
            .filter(|b| b.context == layer)
            .find(|b| b.keys.contains(&pressed))
            .map(|b| b.action)
    });
    // In a prompt every other printable key is text: `q` types a q.
    match (bound, context, key.code) {
        (None, Context::Search | Context::Filter | Context::Record, KeyCode::Char(c))
            if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) && !c.is_control() =>
        {
            Some(Action::Insert(c))
        }
        _ => bound,
    }
}

/// The layers of keys that work in a context, its own first.
pub fn layers(context: Context) -> &'static [Context] {
    match context {
        Browser => &[Browser, Views, Global],
        Matrix => &[Matrix, Views, Global],
        Search => &[Search, Global],
        Filter => &[Filter, Global],
        Timeline => &[Timeline, Views, Global],
        Profile => &[Profile, Views, Global],
        Compare => &[Compare, Views, Global],
        Choose => &[Choose, Views, Global],
        Gaps => &[Gaps, Views, Global],
        Record => &[Record, Global],
        Export => &[Export, Global],
        Preview => &[Preview, Global],
        Overlay => &[Overlay, Global],
        Help => &[Help, Overlay, Global],
        Errors => &[Errors, Global],
        Views => &[Views, Global],
        Global => &[Global],
    }
}

/// The bindings of one context or layer (not those under it), for the help overlay.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.context == context)
}

/// Every binding that works in a context, its own first; a key that the context binds
/// itself is not listed again from a layer below (F1 closes the help, say).
pub fn working(context: Context) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for &layer in layers(context) {
        for b in bindings(layer) {
            let shadowed = b
                .keys
                .iter()
                .all(|k| out.iter().any(|o| o.keys.contains(k)));
            if !shadowed {
                out.push(b);
            }
        }
    }
    out
}

pub fn key_label(key: Key, lang: Lang, plain: bool) -> String {
    let n = &lang.texts().key_names;
    let [left, right, up, down] = n.plain_arrows;
    let [page_up, page_down] = n.plain_pages;
    let name = match key.code {
        K::Left if plain => left.into(),
        K::Right if plain => right.into(),
        K::Up if plain => up.into(),
        K::Down if plain => down.into(),
        K::PageUp if plain => page_up.into(),
        K::PageDown if plain => page_down.into(),
        K::Char(' ') => n.space.into(),
        K::Char(ch) => ch.to_string(),
        K::Tab => n.tab.into(),
        K::BackTab => n.shift_tab.into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::Up => "↑".into(),
        K::Down => "↓".into(),
        K::Home => n.home.into(),
        K::End => n.end.into(),
        K::PageUp => n.page_up.into(),
        K::PageDown => n.page_down.into(),
        K::Enter => n.enter.into(),
        K::Backspace => n.backspace.into(),
        K::Esc => n.esc.into(),
        K::F(f) => format!("F{f}"),
        other => format!("{other:?}"),
    };
    if key.ctrl {
        format!("{}-{name}", n.ctrl)
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn presses_act_and_releases_do_not() {
        let mut e = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action(Browser, e), Some(A::Down));
        e.kind = KeyEventKind::Release;
        assert_eq!(action(Browser, e), None);
    }

    #[test]
    fn shift_is_part_of_the_character_and_ctrl_is_not() {
        assert_eq!(
            action(Browser, press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(A::Bottom)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(A::Help)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(A::Quit)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('c'), KeyModifiers::NONE)),
            Some(A::Compare)
        );
        assert_eq!(
            action(Browser, press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(A::PrevPane)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for ctx in [
            Global, Views, Browser, Overlay, Errors, Search, Matrix, Filter, Timeline, Profile,
            Compare, Choose, Gaps,
        ] {
            let keys: Vec<Key> = bindings(ctx).flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} twice in {ctx:?}");
            }
        }
    }

    #[test]
    fn every_action_has_a_key_without_altgr() {
        // On German keyboards these need AltGr.
        let altgr = ['[', ']', '{', '}', '\\', '|', '~', '@'];
        for b in BINDINGS {
            assert!(
                b.keys
                    .iter()
                    .any(|k| !matches!(k.code, KeyCode::Char(c) if altgr.contains(&c))),
                "{} needs AltGr",
                b.describe(Lang::En)
            );
        }
    }

    #[test]
    fn in_the_search_prompt_letters_are_text() {
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(action(Search, key('q')), Some(A::Insert('q')));
        assert_eq!(action(Search, key('?')), Some(A::Insert('?')));
        assert_eq!(
            action(Search, press(KeyCode::Char('Ö'), KeyModifiers::SHIFT)),
            Some(A::Insert('Ö'))
        );
        assert_eq!(
            action(Search, press(KeyCode::Char('w'), KeyModifiers::CONTROL)),
            Some(A::DeleteWord)
        );
        assert_eq!(
            action(Search, press(KeyCode::Char('x'), KeyModifiers::CONTROL)),
            None
        );
        assert_eq!(action(Browser, key('/')), Some(A::OpenSearch));
        assert_eq!(
            action(Browser, press(KeyCode::Char('f'), KeyModifiers::CONTROL)),
            Some(A::OpenSearch)
        );
    }

    #[test]
    fn layers_give_every_screen_quit_and_help() {
        let key = |code| press(code, KeyModifiers::NONE);
        for ctx in [Browser, Overlay, Errors, Search, Matrix, Filter] {
            assert_eq!(
                action(ctx, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
                Some(A::Quit),
                "{ctx:?}"
            );
            let f1 = action(ctx, key(KeyCode::F(1)));
            assert!(matches!(f1, Some(A::Help | A::Close)), "{ctx:?}");
        }
        // q quits the views but is text in a prompt and closes a popup.
        assert_eq!(action(Matrix, key(KeyCode::Char('q'))), Some(A::Quit));
        assert_eq!(
            action(Filter, key(KeyCode::Char('q'))),
            Some(A::Insert('q'))
        );
        assert_eq!(action(Overlay, key(KeyCode::Char('q'))), Some(A::Close));
        // A screen's own list shows F1 once, as its own.
        let f1: Vec<_> = working(Overlay)
            .into_iter()
            .filter(|b| b.keys.contains(&k(KeyCode::F(1))))
            .collect();
        assert_eq!(f1.len(), 1);
        assert_eq!(f1[0].action, A::Close);
    }

    #[test]
    fn labels() {
        let left = BINDINGS.iter().find(|b| b.action == A::PaneLeft).unwrap();
        assert_eq!(left.keys_label(Lang::En, false), "h, ←");
        assert_eq!(key_label(ctrl('c'), Lang::En, false), "Ctrl-c");
        assert_eq!(key_label(ctrl('c'), Lang::De, false), "Strg-c");
        assert_eq!(key_label(k(KeyCode::PageUp), Lang::De, false), "Bild↑");
        assert_eq!(key_label(k(KeyCode::F(1)), Lang::En, false), "F1");
        // On a terminal of ASCII, the arrows in words: never `<`, `>` (the years' keys).
        assert_eq!(key_label(k(KeyCode::Left), Lang::De, true), "Links");
        assert_eq!(key_label(k(KeyCode::PageUp), Lang::De, true), "Bild hoch");
    }
}
