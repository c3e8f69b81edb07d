//! The screens of the app and what each must answer. A screen is a module with its own
//! state that implements [`Behavior`] (its key context, update, mouse, resize, and its
//! reaction to a reload) and a drawing in `ui` — plus one variant of [`Screen`]. The two
//! `match`es below and the one in `ui::draw` are the only places that list the screens,
//! and the compiler names each of them when a variant is added.

use ratatui::crossterm::event::MouseEvent;

use super::keymap::{Action, Context};
use super::{
    App, BrowserState, CompareState, ErrorsState, GapsState, MatrixState, Popup, ProfileState,
    SearchState, Shown, TimelineState,
};
use crate::model::Model;
use crate::query::search::Target;

/// One screen on the stack.
#[derive(Debug)]
pub enum Screen {
    /// The linked panes: years, projects, members, detail.
    Browser(BrowserState),
    /// Projects × members.
    Matrix(MatrixState),
    /// The search popup over the browser.
    Search(SearchState),
    /// Every key of the screen below.
    Help(Popup),
    /// The warnings of the data and the errors of the last reload.
    Problems(Popup),
    /// The errors of the data, instead of everything else.
    Errors(ErrorsState),
    /// The projects over the years.
    Timeline(TimelineState),
    /// A member's projects by year, and all projects with where it stands.
    Profile(ProfileState),
    /// Two members side by side.
    Compare(CompareState),
    /// What the data still lacks.
    Gaps(GapsState),
    /// The form that records a fact, over the matrix.
    Record(super::RecordState),
    /// Which files `e` writes, over the matrix.
    Export(super::export::ExportState),
    /// A screen that exists only in the tests, to show what a new screen needs.
    #[cfg(test)]
    Probe(super::screen_tests::Probe),
}

/// What happens to the stack after a screen acted.
#[derive(Debug)]
pub enum Transition {
    /// The screen stays on top.
    Stay,
    /// A new screen opens over it (boxed: a screen is large, the other answers small).
    Push(Box<Screen>),
    /// The screen closes; the one below is on top again.
    Pop,
    /// The screen closes and the browser below shows a search result.
    Jump(Target),
}

/// What every screen answers. No method has a default, so a new screen is told by the
/// compiler what it must decide.
pub trait Behavior {
    /// Which keys work here (see [`super::keymap`]).
    fn context(&self) -> Context;
    /// Whether the screen below shows around it.
    fn is_popup(&self) -> bool {
        false
    }
    fn update(&mut self, app: &mut App, action: Action) -> Transition;
    /// A click or the wheel; most screens ignore the mouse.
    fn mouse(&mut self, _app: &mut App, _mouse: MouseEvent) -> Transition {
        Transition::Stay
    }
    /// Text pasted into the terminal (one line, see [`super::line::LineEdit::paste`]): it
    /// goes into a prompt, never runs as keys. Without a prompt it is dropped.
    fn paste(&mut self, _app: &mut App, _text: &str) -> Transition {
        Transition::Stay
    }
    /// The window has a new size (`app.size`): keep what is selected in view.
    fn resize(&mut self, _app: &App) {}
    /// The screen is on top again after the one above closed.
    fn resumed(&mut self, _app: &App) {}
    /// The screen closes; it may leave something for the next time.
    fn closed(&self, _app: &mut App) {}
    /// Whether typed text waits to be applied (see [`App::settle`]).
    fn needs_settle(&self) -> bool {
        false
    }
    fn settle(&mut self, _app: &App) {}
    /// New data replaced `old`: find the same items again (by id) in `app.data.model`.
    fn reload(&mut self, _app: &App, _old: &Model) {}
    /// What `y` copies and `o` opens the sources of, when this screen is the view under
    /// any popups (see [`App::shown`]).
    fn shown(&self, _app: &App) -> Option<Shown> {
        None
    }
}

impl Screen {
    fn behavior(&self) -> &dyn Behavior {
        match self {
            Screen::Browser(s) => s,
            Screen::Matrix(s) => s,
            Screen::Search(s) => s,
            Screen::Help(s) | Screen::Problems(s) => s,
            Screen::Errors(s) => s,
            Screen::Timeline(s) => s,
            Screen::Profile(s) => s,
            Screen::Compare(s) => s,
            Screen::Gaps(s) => s,
            Screen::Record(s) => s,
            Screen::Export(s) => s,
            #[cfg(test)]
            Screen::Probe(s) => s,
        }
    }

    fn behavior_mut(&mut self) -> &mut dyn Behavior {
        match self {
            Screen::Browser(s) => s,
            Screen::Matrix(s) => s,
            Screen::Search(s) => s,
            Screen::Help(s) | Screen::Problems(s) => s,
            Screen::Errors(s) => s,
            Screen::Timeline(s) => s,
            Screen::Profile(s) => s,
            Screen::Compare(s) => s,
            Screen::Gaps(s) => s,
            Screen::Record(s) => s,
            Screen::Export(s) => s,
            #[cfg(test)]
            Screen::Probe(s) => s,
        }
    }

    pub fn context(&self) -> Context {
        self.behavior().context()
    }

    pub fn is_popup(&self) -> bool {
        self.behavior().is_popup()
    }

    pub fn update(&mut self, app: &mut App, action: Action) -> Transition {
        self.behavior_mut().update(app, action)
    }

    pub fn mouse(&mut self, app: &mut App, mouse: MouseEvent) -> Transition {
        self.behavior_mut().mouse(app, mouse)
    }

    pub fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        self.behavior_mut().paste(app, text)
    }

    pub fn resize(&mut self, app: &App) {
        self.behavior_mut().resize(app);
    }

    pub fn resumed(&mut self, app: &App) {
        self.behavior_mut().resumed(app);
    }

    pub fn closed(&self, app: &mut App) {
        self.behavior().closed(app);
    }

    pub fn needs_settle(&self) -> bool {
        self.behavior().needs_settle()
    }

    pub fn settle(&mut self, app: &App) {
        self.behavior_mut().settle(app);
    }

    pub fn reload(&mut self, app: &App, old: &Model) {
        self.behavior_mut().reload(app, old);
    }

    pub fn shown(&self, app: &App) -> Option<Shown> {
        self.behavior().shown(app)
    }
}
