//! A throw-away screen that exists only in the tests: it shows what a new view needs —
//! this module (its state, [`Behavior`] and drawing) and one variant of [`Screen`],
//! whose `match`es the compiler lists — and that it then opens, acts, draws and closes
//! like any other.

use ratatui::Frame;
use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::keymap::{Action, Context};
use super::screen::{Behavior, Screen, Transition};
use super::tests::{app, press};
use super::{App, View};
use crate::model::Model;

/// Counts the keys it was given and the clicks.
#[derive(Debug, Default)]
pub struct Probe {
    pub downs: usize,
    pub clicks: usize,
    pub reloads: usize,
}

impl Behavior for Probe {
    fn context(&self) -> Context {
        // The matrix's keys serve: j moves, Esc closes.
        Context::Matrix
    }

    fn update(&mut self, _app: &mut App, action: Action) -> Transition {
        match action {
            Action::Down => self.downs += 1,
            Action::ToggleMatrix | Action::Back => return Transition::Pop,
            _ => {}
        }
        Transition::Stay
    }

    fn mouse(&mut self, _app: &mut App, m: MouseEvent) -> Transition {
        if let MouseEventKind::Down(_) = m.kind {
            self.clicks += 1;
        }
        Transition::Stay
    }

    fn closed(&self, app: &mut App) {
        app.message = Some(format!("probe closed after {} downs", self.downs));
    }

    fn reload(&mut self, _app: &App, _old: &Model) {
        self.reloads += 1;
    }

    fn shown(&self, _app: &App) -> Option<super::Shown> {
        None
    }
}

/// Its drawing, which `ui::draw` calls for its variant.
pub fn draw(frame: &mut Frame<'_>, p: &Probe) {
    let text = format!("Probe: {} downs", p.downs);
    frame.render_widget(
        Paragraph::new(text).block(Block::new().borders(Borders::ALL)),
        frame.area(),
    );
}

#[test]
fn a_new_screen_opens_acts_draws_and_closes_like_the_others() {
    let mut app = app();
    app.stack.push(Screen::Probe(Probe::default()));
    assert_eq!(app.context(), Context::Matrix);
    assert_eq!(
        app.view(),
        View::Browser,
        "not a matrix, so not reported as one"
    );
    press(&mut app, "j j j");
    let Some(Screen::Probe(p)) = app.top() else {
        panic!("the probe is on top");
    };
    assert_eq!(p.downs, 3);
    let screen = crate::ui::tests::screen(&app);
    assert!(screen.contains("Probe: 3 downs"), "{screen}");
    // Keys of the layers under its context work too: ? opens the help over it.
    press(&mut app, "? esc");
    assert!(matches!(app.top(), Some(Screen::Probe(_))));
    press(&mut app, "esc");
    assert!(matches!(app.top(), Some(Screen::Browser(_))));
    assert_eq!(app.message.as_deref(), Some("probe closed after 3 downs"));
}
