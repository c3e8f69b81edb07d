//! The screen shown instead of everything else while the data has errors: the same
//! lines as `ikz check` (errors, then warnings), and what to do. It scrolls to its last
//! line at any size.

use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
use ratatui::text::Line;

use super::App;
use super::keymap::{Action, Context};
use super::screen::{Behavior, Transition};
use super::scroll::Scroll;
use crate::model::Model;
use crate::text::{sanitize, wrap};

#[derive(Debug, Clone, Default)]
pub struct ErrorsState {
    pub scroll: Scroll,
}

impl ErrorsState {
    /// The rows the text is shown in: the window less its frame.
    pub fn height(app: &App) -> usize {
        usize::from(app.size.height.saturating_sub(2))
    }

    pub fn width(app: &App) -> usize {
        usize::from(app.size.width.saturating_sub(2)).max(1)
    }

    /// Every line of the screen at a width.
    pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
        let (t, theme) = (app.options.lang.texts(), app.theme());
        let mut lines: Vec<Line<'static>> = wrap(t.errors_intro, width)
            .into_iter()
            .map(Line::raw)
            .collect();
        lines.push(Line::default());
        for d in app.errors.iter().chain(&app.warnings) {
            let style = if d.is_error() {
                theme.error()
            } else {
                theme.warning()
            };
            for l in wrap(&sanitize(&d.to_string()), width) {
                lines.push(Line::styled(l, style));
            }
        }
        lines.push(Line::default());
        lines.extend(
            wrap(t.errors_fix, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
        lines
    }

    fn extent(app: &App) -> (usize, usize) {
        (
            ErrorsState::lines(app, ErrorsState::width(app)).len(),
            ErrorsState::height(app),
        )
    }
}

impl Behavior for ErrorsState {
    fn context(&self) -> Context {
        Context::Errors
    }

    fn is_popup(&self) -> bool {
        false
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let (lines, height) = ErrorsState::extent(app);
        self.scroll.text_key(action, lines, height);
        Transition::Stay
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let (lines, height) = ErrorsState::extent(app);
        match m.kind {
            MouseEventKind::ScrollDown => self.scroll.by(3, lines, height),
            MouseEventKind::ScrollUp => self.scroll.by(-3, lines, height),
            _ => {}
        }
        Transition::Stay
    }

    /// No prompt here: pasted text is ignored (it never runs as keys).
    fn paste(&mut self, _app: &mut App, _text: &str) -> Transition {
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let (lines, height) = ErrorsState::extent(app);
        self.scroll.clamp(lines, height);
    }

    fn resumed(&mut self, _app: &App) {}

    fn closed(&self, _app: &mut App) {}

    fn needs_settle(&self) -> bool {
        false
    }

    fn settle(&mut self, _app: &App) {}

    fn reload(&mut self, app: &App, _old: &Model) {
        self.resize(app);
    }
}
