//! The screen shown instead of everything else while the data has errors: the same
//! lines as `ikz check` (errors, then warnings), and what to do. It scrolls to its last
//! line at any size, and only what is on screen is ever built.

use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
use ratatui::text::Line;

use super::App;
use super::items::{ItemScroll, Items};
use super::keymap::{Action, Context};
use super::screen::{Behavior, Transition};
use crate::model::Model;
use crate::text::{sanitize, wrap};

#[derive(Debug, Clone, Default)]
pub struct ErrorsState {
    pub scroll: ItemScroll,
}

/// The screen's text as items: what it is, a gap, every error and warning, a gap, what
/// to do. Only the items on screen are ever wrapped, so a million errors scroll as
/// fast as ten.
pub struct ErrorItems<'a>(pub &'a App);

impl Items for ErrorItems<'_> {
    fn count(&self) -> usize {
        self.0.data.errors.len() + self.0.data.warnings.len() + 4
    }

    /// The messages are counted, as the title counts the errors.
    fn counted(&self, i: usize) -> Option<usize> {
        i.checked_sub(2).filter(|&n| n < self.total())
    }

    fn total(&self) -> usize {
        self.0.data.errors.len() + self.0.data.warnings.len()
    }

    fn lines(&self, i: usize, width: usize) -> Vec<Line<'static>> {
        let app = self.0;
        let (t, theme) = (app.options.lang.texts(), app.theme());
        let problems = app.data.errors.len() + app.data.warnings.len();
        match i {
            0 => wrap(t.errors_intro, width)
                .into_iter()
                .map(Line::raw)
                .collect(),
            1 => vec![Line::default()],
            i if i < problems + 2 => {
                let d = app
                    .data
                    .errors
                    .get(i - 2)
                    .or_else(|| app.data.warnings.get(i - 2 - app.data.errors.len()));
                let Some(d) = d else {
                    return vec![Line::default()];
                };
                let style = if d.is_error() {
                    theme.error()
                } else {
                    theme.warning()
                };
                wrap(
                    &sanitize(&crate::present::words::problems::line(d, app.options.lang)),
                    width,
                )
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect()
            }
            i if i == problems + 2 => vec![Line::default()],
            _ => wrap(t.errors_fix, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim()))
                .collect(),
        }
    }
}

impl ErrorsState {
    /// The rows the text is shown in: the window less its frame.
    pub fn height(app: &App) -> usize {
        usize::from(app.size.height.saturating_sub(2))
    }

    pub fn width(app: &App) -> usize {
        usize::from(app.size.width.saturating_sub(2)).max(1)
    }
}

impl Behavior for ErrorsState {
    fn context(&self) -> Context {
        Context::Errors
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let (width, height) = (ErrorsState::width(app), ErrorsState::height(app));
        self.scroll.key(action, &ErrorItems(app), width, height);
        Transition::Stay
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let (width, height) = (ErrorsState::width(app), ErrorsState::height(app));
        let items = ErrorItems(app);
        match m.kind {
            MouseEventKind::ScrollDown => self.scroll.down(3, &items, width, height),
            MouseEventKind::ScrollUp => self.scroll.up(3, &items, width),
            _ => {}
        }
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let (width, height) = (ErrorsState::width(app), ErrorsState::height(app));
        self.scroll.keep_within(&ErrorItems(app), width, height);
    }

    fn reload(&mut self, app: &App, _old: &Model) {
        self.resize(app);
    }

    fn shown(&self, _app: &App) -> Option<super::Shown> {
        None
    }
}
