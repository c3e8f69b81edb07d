//! The state of the terminal app and the one function that changes it: [`App::handle`]
//! turns an input (key, mouse, resize) into an [`Action`] through the key table, and the
//! screen on top of the stack carries it out. No I/O and no terminal here, so every
//! behaviour is tested by feeding inputs.
//!
//! The app holds what every screen shares — the data, the selection (year, project,
//! member), the status message and the work for the terminal side — and a stack of
//! [`Screen`]s: what Enter (or a key such as `m`, `/`, `?`) opens is pushed, Esc pops.

pub mod browser;
pub mod compare;
mod data;
pub mod edits;
pub mod errors;
pub mod export;
pub mod gaps;
pub mod items;
pub mod keymap;
pub mod line;
pub mod matrix;
pub mod popup;
pub mod profile;
pub mod record;
mod reload;
pub mod screen;
pub mod scroll;
pub mod search;
pub mod timeline;

use std::sync::Arc;

use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::Rect;

use crate::data::Loaded;
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::theme::Theme;
use crate::present::words::Lang;
use crate::query::grid::{Keys, Spec};
use crate::query::search::Index;
pub use browser::{BrowserState, Pane};
pub use compare::CompareState;
pub use data::Data;
pub use errors::{ErrorItems, ErrorsState};
pub use gaps::GapsState;
pub use items::{ItemScroll, Items};
pub use keymap::{Action, Context};
pub use matrix::MatrixState;
pub use popup::Popup;
pub use profile::ProfileState;
pub use record::RecordState;
pub use screen::{Screen, Transition};
pub use search::SearchState;
pub use timeline::TimelineState;

/// The two views: the linked panes, or the matrix of projects × members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Browser,
    Matrix,
}

/// The item `y` and `o` act on: a project in a year (`None`: all years), or a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Project(ProjectIdx, Option<u16>),
    Member(MemberIdx),
}

/// Work the update function asks the terminal side to do, since it does no I/O itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the matrix as shown into these files in the export folder.
    Export(Vec<export::Kind>),
    /// Read the data folder again.
    Reload,
    /// Give the terminal back to the shell until the user continues the program.
    Suspend,
    /// Put this text on the clipboard (the system's, tmux's or the terminal's); the
    /// answer goes to [`App::copied`].
    Copy(String),
    /// Open this web address in the browser.
    Open(crate::web::WebAddress),
    /// Open a data file at a line in the user's editor, and come back after it closed.
    Edit {
        path: std::path::PathBuf,
        line: usize,
    },
    /// Plan an edit of the data folder as `ikz set` does; the answer goes to
    /// [`App::planned`].
    Plan(edits::Request),
    /// Write planned changes (an edit, an undo, a redo) under the folder's lock; the
    /// answer goes to [`App::written`].
    Write(edits::Write),
    /// Make a data folder of the built-in data there (`ikz init`), remember it in the
    /// settings file and open it; the answer goes to [`App::folder_made`].
    Init(std::path::PathBuf),
}

pub use crate::present::copy::Copied;

/// The popups over a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Problems,
}

/// An input from the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// Text pasted into the terminal (bracketed paste): text, never keys.
    Paste(String),
}

/// How the app was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub mouse: bool,
    pub color: bool,
    /// The characters the terminal can show (plain ASCII where the locale is not
    /// UTF-8; the old Windows console's fonts).
    pub glyphs: crate::text::Glyphs,
    /// The view to open with.
    pub view: View,
}

#[derive(Debug)]
pub struct App {
    /// What was loaded, and what is built from it once per load.
    pub data: Data,
    /// How the matrix was last shown (its orders and filter), kept while it is closed.
    pub matrix_spec: Spec,
    /// How the timeline was last shown (its order, filter, and whether it marked the
    /// member), kept while it is closed.
    pub timeline_kept: timeline::Kept,
    /// Work for the terminal side (see [`App::take_effect`]).
    effect: Option<Effect>,
    /// The sources `o` went through last, and which of them it opened.
    opened_last: Option<(Vec<String>, usize)>,
    /// `r` asked for the reload under way: it says so even when nothing changed.
    reload_asked: bool,
    pub options: Options,
    /// Selected row of the years pane: 0 is "all years", then each year of the data.
    pub year: usize,
    pub project: Option<ProjectIdx>,
    pub member: Option<MemberIdx>,
    /// A short note for the status bar (for example why Enter did nothing).
    pub message: Option<String>,
    /// How far an export running in the background is, in percent.
    pub exporting: Option<u8>,
    pub size: Rect,
    pub quit: bool,
    /// The screens, the one on top last. Never empty.
    pub stack: Vec<Screen>,
    /// The sources recorded with last, the last first: the form offers them first.
    pub last_sources: Vec<String>,
    /// The state recorded last: the form offers it first.
    pub last_state: Option<record::State>,
    /// The edits written since the start, for undo and redo.
    pub history: edits::History,
    /// Where a data folder is offered to be made, on the built-in data.
    pub new_folder: std::path::PathBuf,
    /// What `y` is copying, and how many lines, until it is said where it went.
    copying: Option<(String, usize)>,
    /// The files `e` wrote last, ticked first the next time.
    pub export_kinds: Vec<export::Kind>,
    /// The folder exports go into, as the choice of files names it.
    pub export_folder: std::path::PathBuf,
}

impl App {
    /// `y`'s text went where `copied` says (or could not be written to the terminal).
    pub fn copied(&mut self, copied: Option<Copied>) {
        let t = self.options.lang.texts();
        let (what, lines) = self.copying.take().unwrap_or_default();
        self.message = Some(match copied {
            Some(to) => (t.copied)(to, &what, lines),
            None => t.not_copied.to_string(),
        });
    }

    /// The app with everything built: the search index and the matrix keys too.
    pub fn new(loaded: Loaded, options: Options, size: Rect) -> App {
        let mut app = App::without_index(loaded, options, size);
        app.data.index = Index::new(&app.data.model);
        app.data.index_ready = true;
        app.ensure_keys();
        app
    }

    /// The app without the search index and (unless it opens with the matrix) the
    /// matrix keys, which the first frame does not need: the terminal side builds them
    /// in the background and hands them over with [`App::install`], so the first frame
    /// comes sooner. Until then a typed search waits for the index.
    pub fn without_index(loaded: Loaded, options: Options, size: Rect) -> App {
        let data = Data::new(loaded);
        let mut app = App {
            reload_asked: false,
            member: (!data.model.members.is_empty()).then_some(MemberIdx(0)),
            matrix_spec: Spec::default(),
            timeline_kept: timeline::Kept::default(),
            effect: None,
            opened_last: None,
            data,
            options,
            year: 0,
            project: None,
            message: None,
            exporting: None,
            size,
            quit: false,
            stack: Vec::new(),
            last_sources: Vec::new(),
            last_state: None,
            history: edits::History::default(),
            new_folder: std::path::PathBuf::from("ikz-daten"),
            copying: None,
            export_kinds: vec![export::Kind::Workbook],
            export_folder: std::path::PathBuf::from("."),
        };
        app.select_start();
        if options.view == View::Matrix {
            app.ensure_keys();
        }
        app.stack = app.first_screens();
        app
    }

    /// Takes a search index and matrix keys built for `model`, if that is still the
    /// model shown (a reload may have replaced it meanwhile).
    pub fn install(&mut self, model: &Arc<Model>, index: Index, keys: Keys) {
        if !Arc::ptr_eq(model, &self.data.model) {
            return;
        }
        if !self.data.index_ready {
            self.data.index = index;
            self.data.index_ready = true;
        }
        if !self.data.keys_ready {
            self.data.grid_keys = keys;
            self.data.keys_ready = true;
        }
    }

    /// Whether the search index is built.
    pub fn index_ready(&self) -> bool {
        self.data.index_ready
    }

    /// Builds the matrix keys now if the background has not yet (the matrix needs them).
    pub fn ensure_keys(&mut self) {
        if !self.data.keys_ready {
            self.data.grid_keys = Keys::new(&self.data.model);
            self.data.keys_ready = true;
        }
    }

    /// Start on the year of the latest annual report, the latest year the sources
    /// describe in full; without reports, on the last year.
    fn select_start(&mut self) {
        let model = &self.data.model;
        let row = usize::from(model.opening_year().saturating_sub(*model.years.start())) + 1;
        self.year = row.min(self.year_count().saturating_sub(1));
        self.project = self.projects().first().copied();
    }

    /// The screens the app opens with: the errors, or the browser (and the matrix over
    /// it, if asked for).
    fn first_screens(&mut self) -> Vec<Screen> {
        if !self.data.errors.is_empty() {
            return vec![Screen::Errors(ErrorsState::default())];
        }
        let mut browser = BrowserState::default();
        browser.keep_all_visible(self);
        let mut stack = vec![Screen::Browser(browser)];
        if self.options.view == View::Matrix {
            stack.push(Screen::Matrix(MatrixState::open(self)));
        }
        stack
    }

    /// Takes the work the last input asked of the terminal side, if any.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// What `y` copies and `o` opens the sources of: what the view under the popups
    /// shows (on the matrix the project of the cursor's row, in the browser the member
    /// when the members pane leads, else the project shown).
    pub fn shown(&self) -> Option<Shown> {
        self.stack.iter().rev().find(|s| !s.is_popup())?.shown(self)
    }

    /// The addresses of the sources of what is shown (the detail lists them).
    pub fn shown_addresses(&self) -> Vec<&str> {
        self.shown_sources()
            .into_iter()
            .filter(|s| s.web.is_some())
            .filter_map(|s| s.url.as_deref())
            .collect()
    }

    /// The sources of what is shown, the ones with an address.
    fn shown_sources(&self) -> Vec<&crate::model::Source> {
        let model = &self.data.model;
        let ids: Vec<&str> = match self.shown() {
            Some(Shown::Project(p, _)) => model.project(p).cited(),
            Some(Shown::Member(m)) => model.member(m).sources.iter().map(String::as_str).collect(),
            None => Vec::new(),
        };
        ids.into_iter()
            .filter_map(|id| model.source_by_id(id))
            .filter(|s| s.url.is_some())
            .collect()
    }

    /// `o`: the next source with an address of what is shown, in the web browser; the
    /// first again after the last, and the first for something else shown.
    fn open_next_source(&mut self) {
        let t = self.options.lang.texts();
        let sources = self.shown_sources();
        let ids: Vec<String> = sources.iter().map(|s| s.id.clone()).collect();
        let next = match &self.opened_last {
            Some((shown, i)) if *shown == ids => (i + 1) % ids.len().max(1),
            _ => 0,
        };
        let Some(source) = sources.get(next) else {
            self.message = Some(t.no_address.to_string());
            return;
        };
        let written = source.url.as_deref().unwrap_or_default();
        // Parsed at load; only an address that is not a web address is parsed again, for
        // why.
        let parsed = match &source.web {
            Some(address) => Ok(address.clone()),
            None => crate::web::WebAddress::parse(written),
        };
        let (message, effect) = match parsed {
            Ok(address) => (
                (t.opening)(next + 1, sources.len(), &source.title),
                Some(Effect::Open(address)),
            ),
            Err(why) => {
                let shown = crate::text::sanitize(written);
                ((t.not_web)(next + 1, sources.len(), &shown, &why), None)
            }
        };
        self.opened_last = Some((ids, next));
        self.message = Some(message);
        if effect.is_some() {
            self.effect = effect;
        }
    }

    /// Says in the status bar that no browser could be started, how to copy the address
    /// (a long one does not fit the status bar), and the address.
    pub fn open_failed(&mut self, url: &str) {
        let t = self.options.lang.texts();
        self.message = Some((t.no_browser)(url));
    }

    /// What `y` copies, named.
    fn copy_text(&self) -> Option<(String, String)> {
        let (model, lang) = (&self.data.model, self.options.lang);
        Some(match self.shown()? {
            Shown::Project(p, year) => (
                model.project(p).title.clone(),
                crate::present::copy::project(model, p, year, lang),
            ),
            Shown::Member(m) => (
                model.member(m).name.clone(),
                crate::present::copy::member(model, m, lang),
            ),
        })
    }

    /// Asks the terminal side for some work.
    pub fn request(&mut self, effect: Effect) {
        self.effect = Some(effect);
    }

    /// Says in the status bar what the export did.
    /// The paths are shown whole, so that a user who started ikz from a launcher finds
    /// the files; a failure names the file or folder and the reason in words.
    pub fn exported(
        &mut self,
        result: Result<crate::present::export::Exported, crate::present::export::Failed>,
    ) {
        let t = &self.options.lang.texts().matrix;
        self.message = Some(match result {
            // The files' names first, then their folder: a narrow status line cuts the
            // folder, which the choice of files named already.
            Ok(exported) => {
                let names: Vec<String> = exported
                    .files
                    .iter()
                    .map(|f| {
                        f.file_name().map_or_else(
                            || f.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        )
                    })
                    .collect();
                let folder = exported
                    .files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                format!(
                    "{} {} ({} {folder})",
                    t.exported,
                    names.join(" · "),
                    t.export_in
                )
            }
            Err(f) => format!(
                "{}: {}: {}",
                t.export_failed,
                f.path.display(),
                t.write_reason(&f.error)
            ),
        });
    }

    pub fn is_builtin(&self) -> bool {
        self.data.origin == crate::data::Origin::BuiltIn.describe()
    }

    /// Where the browser's panes go at the current size (`None`: the window is too small).
    pub fn areas(&self) -> Option<crate::present::layout::Areas> {
        crate::present::layout::areas_for(self.size, self.data.pane_wants)
    }

    /// The colours and marks of the screens.
    pub fn theme(&self) -> Theme {
        Theme {
            color: self.options.color,
        }
    }

    /// The year of the years pane's selection (`None`: all years).
    pub fn selected_year(&self) -> Option<u16> {
        self.year_at(self.year)
    }

    /// The year of a row of the years pane.
    pub fn year_at(&self, row: usize) -> Option<u16> {
        let offset = u16::try_from(row.checked_sub(1)?).ok()?;
        let year = self.data.model.years.start().checked_add(offset)?;
        self.data.model.years.contains(&year).then_some(year)
    }

    /// Rows of the years pane: "all years" and each year.
    pub fn year_count(&self) -> usize {
        1 + self.data.model.years.clone().count()
    }

    /// The projects of the selected year, in data order: those that ran, then (format 2)
    /// those whose status is not known that year, apart.
    pub fn projects(&self) -> Vec<ProjectIdx> {
        let model = &self.data.model;
        let year = self.selected_year();
        let mut list = model.projects_in(year);
        list.extend(model.unknown_in(year));
        list
    }

    /// Selects a row of the years pane; the project selection stays where it can.
    pub fn set_year(&mut self, row: usize) {
        self.year = row.min(self.year_count().saturating_sub(1));
        let list = self.projects();
        if !self.project.is_some_and(|p| list.contains(&p)) {
            self.project = list.first().copied();
        }
    }

    /// `<` and `>` step through the years, `0` shows all years. From "all years", `<`
    /// goes to the latest year and `>` to the first.
    pub fn step_year(&mut self, action: Action) {
        let row = self.stepped_year(action, self.year);
        self.set_year(row);
    }

    /// The years pane's row `<`, `>` or `0` lead to from `row` (0 is all years); at the
    /// first or last year the status line says so. For a view with a year of its own.
    pub fn stepped_year(&mut self, action: Action, row: usize) -> usize {
        let t = self.options.lang.texts();
        let last = self.year_count().saturating_sub(1);
        match (action, row) {
            (Action::AllYears, _) => 0,
            (Action::PrevYear, 0) => last,
            (Action::PrevYear, 1) => {
                self.message = Some(t.matrix.first_year.to_string());
                1
            }
            (Action::PrevYear, y) => y - 1,
            (Action::NextYear, 0) => 1.min(last),
            (Action::NextYear, y) if y >= last => {
                self.message = Some(t.matrix.last_year.to_string());
                y
            }
            (Action::NextYear, y) => y + 1,
            (_, y) => y,
        }
    }

    /// `r`: reload by hand (the terminal side does the reading).
    pub fn request_reload(&mut self) {
        if self.is_builtin() {
            self.message = Some(self.options.lang.texts().reload_builtin.to_string());
        } else {
            self.effect = Some(Effect::Reload);
            self.reload_asked = true;
        }
    }

    /// The screen on top.
    pub fn top(&self) -> Option<&Screen> {
        self.stack.last()
    }

    /// The key context of the screen on top.
    pub fn context(&self) -> Context {
        self.top().map_or(Context::Errors, Screen::context)
    }

    /// The view under the popups: the matrix or the browser (the property tests ask it).
    pub fn view(&self) -> View {
        match self.stack.iter().rev().find(|s| !s.is_popup()) {
            Some(Screen::Matrix(_)) => View::Matrix,
            _ => View::Browser,
        }
    }

    /// The popup on top, if it is the help or the problems list (the property tests ask
    /// it).
    pub fn overlay(&self) -> Option<Overlay> {
        match self.top() {
            Some(Screen::Help(_)) => Some(Overlay::Help),
            Some(Screen::Problems(_)) => Some(Overlay::Problems),
            _ => None,
        }
    }

    /// The browser nearest the top, if one is open.
    pub fn browser(&self) -> Option<&BrowserState> {
        self.stack.iter().rev().find_map(|s| match s {
            Screen::Browser(b) => Some(b),
            _ => None,
        })
    }

    /// The matrix nearest the top, if one is open.
    pub fn matrix(&self) -> Option<&MatrixState> {
        self.stack.iter().rev().find_map(|s| match s {
            Screen::Matrix(m) => Some(m),
            _ => None,
        })
    }

    /// The search prompt, if it is on top.
    pub fn search(&self) -> Option<&SearchState> {
        match self.top() {
            Some(Screen::Search(s)) => Some(s),
            _ => None,
        }
    }

    /// Carries out one input.
    pub fn handle(&mut self, input: Input) {
        match input {
            Input::Key(key) => {
                if let Some(action) = keymap::action(self.context(), key) {
                    self.update(action);
                }
            }
            Input::Mouse(mouse) => {
                if let Some(mut top) = self.stack.pop() {
                    let t = top.mouse(self, mouse);
                    self.apply(top, t);
                }
            }
            Input::Paste(text) => {
                self.message = None;
                if let Some(mut top) = self.stack.pop() {
                    let t = top.paste(self, &text);
                    self.apply(top, t);
                }
            }
            Input::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                let mut stack = std::mem::take(&mut self.stack);
                for s in &mut stack {
                    s.resize(self);
                }
                self.stack = stack;
            }
        }
    }

    /// Carries out one action: those of the key layers that work everywhere here, the
    /// others on the screen on top.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => {
                self.quit = true;
                return;
            }
            Action::Help => {
                let help = Screen::Help(Popup::help(self.context()));
                self.stack.push(help);
                return;
            }
            Action::Problems => {
                self.stack
                    .push(Screen::Problems(Popup::new(Overlay::Problems)));
                return;
            }
            Action::Reload => {
                self.request_reload();
                return;
            }
            Action::Suspend => {
                self.effect = Some(Effect::Suspend);
                return;
            }
            Action::OpenSource => {
                self.open_next_source();
                return;
            }
            Action::Undo | Action::Redo => {
                self.undo_or_redo(action == Action::Undo);
                return;
            }
            Action::Copy => {
                if let Some((what, text)) = self.copy_text() {
                    let lines = text.lines().count();
                    self.copying = Some((what, lines));
                    self.effect = Some(Effect::Copy(text));
                }
                return;
            }
            _ => {}
        }
        let Some(mut top) = self.stack.pop() else {
            return;
        };
        let t = top.update(self, action);
        self.apply(top, t);
    }

    /// Puts the screen that acted back on the stack, as its transition says.
    fn apply(&mut self, screen: Screen, t: Transition) {
        match t {
            Transition::Stay => self.stack.push(screen),
            Transition::Push(next) => {
                self.stack.push(screen);
                self.push_view(*next);
            }
            Transition::Pop => {
                if self.stack.is_empty() {
                    // The last screen stays: Esc on the first view does nothing.
                    self.stack.push(screen);
                    return;
                }
                screen.closed(self);
                self.resume();
            }
            Transition::Jump(target) => {
                screen.closed(self);
                if let Some(Screen::Browser(mut b)) = self.stack.pop() {
                    b.jump(self, target);
                    self.stack.push(Screen::Browser(b));
                } else {
                    self.resume();
                }
            }
        }
    }

    /// Opens a screen. A view already open further down (`t` in a browser opened from the
    /// timeline) is not stacked again: the stack goes back to it — the timeline and the
    /// gaps as they were left, a profile or comparison made anew for what was asked.
    fn push_view(&mut self, next: Screen) {
        let same = |s: &Screen| std::mem::discriminant(s) == std::mem::discriminant(&next);
        let reusable = matches!(
            next,
            Screen::Timeline(_) | Screen::Gaps(_) | Screen::Profile(_) | Screen::Compare(_)
        );
        let Some(at) = self.stack.iter().position(same).filter(|_| reusable) else {
            self.stack.push(next);
            return;
        };
        while self.stack.len() > at + 1 {
            if let Some(s) = self.stack.pop() {
                s.closed(self);
            }
        }
        if matches!(next, Screen::Profile(_) | Screen::Compare(_)) {
            self.stack.pop();
            self.stack.push(next);
        } else {
            self.resume();
        }
    }

    /// The screen that is on top again after a pop catches up with the shared selection.
    fn resume(&mut self) {
        if let Some(mut top) = self.stack.pop() {
            top.resumed(self);
            self.stack.push(top);
        }
    }

    /// Whether a search or a filter waits for [`App::settle`].
    pub fn needs_settle(&self) -> bool {
        // A search waits for its index (then it is settled at once).
        self.data.index_ready && self.stack.iter().any(Screen::needs_settle)
    }

    /// Runs a search or filter whose input changed. The terminal loop calls it after
    /// drawing the typed character, so typing never waits for the results.
    pub fn settle(&mut self) {
        if !self.data.index_ready {
            return;
        }
        let mut stack = std::mem::take(&mut self.stack);
        for s in &mut stack {
            s.settle(self);
        }
        self.stack = stack;
    }
}

#[cfg(test)]
pub(crate) mod tests;

#[cfg(test)]
pub(crate) mod screen_tests;

#[cfg(test)]
pub(crate) mod views_tests;

#[cfg(test)]
pub(crate) mod record_tests;
