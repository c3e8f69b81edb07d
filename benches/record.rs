//! Recording a fact from the screen, from the key to the file written and the frame
//! that shows it: Enter on the form (the edit planned as `ikz set` plans it, the folder
//! checked with it, the preview drawn), then Enter on the preview (the file written
//! under the folder's lock, the folder read anew, the matrix drawn). Each round writes:
//! a member said not to take part in a year, then taken out again. On a folder of the
//! shipped data and on generated data of 10,000 projects; medians.
//!
//!   cargo bench --bench record

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use ikz::app::{App, Effect, Input, Options, View};
use ikz::data::{Origin, load};
use ikz::present::words::Lang;

const OPTIONS: Options = Options {
    lang: Lang::En,
    mouse: false,
    color: true,
    glyphs: ikz::text::Glyphs::All,
    view: View::Matrix,
};

fn key(app: &mut App, code: KeyCode) {
    app.handle(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The terminal side's work, as its loop does it.
fn effects(app: &mut App) {
    while let Some(effect) = app.take_effect() {
        let wrote = matches!(effect, Effect::Write(_));
        ikz::tui::edit_effect(app, effect);
        if wrote {
            let origin = app.data.from.clone();
            app.reload(load(&origin));
        }
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Rounds of: `a` on the cell, the state, Enter (timed: to the preview drawn), Enter
/// (timed: to the file written and the matrix drawn).
fn bench(name: &str, dir: &Path, rounds: usize) {
    let mut app = App::new(
        load(&Origin::Folder(dir.to_path_buf())),
        OPTIONS,
        Rect::new(0, 0, 120, 40),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // A cell of the year shown that the data says nothing of.
    key(&mut app, KeyCode::Char('j'));
    'found: for _ in 0..50 {
        for _ in 0..15 {
            key(&mut app, KeyCode::Char('l'));
            let m = app.matrix().unwrap();
            let (p, mem, year) = (
                m.project().unwrap(),
                m.member().unwrap(),
                app.selected_year(),
            );
            let cell = app.data.model.participation(p, year).cell(mem);
            if cell == ikz::model::Cell::Unknown {
                break 'found;
            }
        }
        key(&mut app, KeyCode::Char('H'));
        key(&mut app, KeyCode::Char('j'));
    }
    let (mut to_preview, mut to_written) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        key(&mut app, KeyCode::Char('a'));
        // Tab to the state; does not take part, then not known again: each round writes.
        key(&mut app, KeyCode::Tab);
        let steps = if round % 2 == 0 { 1 } else { 2 };
        for _ in 0..steps {
            key(&mut app, KeyCode::Right);
        }
        let t = Instant::now();
        key(&mut app, KeyCode::Enter);
        effects(&mut app);
        terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
        to_preview.push(t.elapsed());
        let t = Instant::now();
        key(&mut app, KeyCode::Enter);
        effects(&mut app);
        terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
        to_written.push(t.elapsed());
        let why = match app.top() {
            Some(ikz::app::Screen::Record(f)) => f.why.clone(),
            _ => None,
        };
        assert!(
            app.message.as_deref().unwrap_or("").starts_with("Written"),
            "{name}: {:?} {why:?}",
            app.message
        );
    }
    println!(
        "{name}: Enter to the preview drawn {:.1} ms, Enter to the file written and the matrix drawn {:.1} ms (medians of {rounds})",
        median(to_preview).as_secs_f64() * 1000.0,
        median(to_written).as_secs_f64() * 1000.0,
    );
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let shipped = tmp.path().join("daten");
    ikz::data::init::write(&shipped).unwrap();
    bench("shipped data", &shipped, 41);
    let big = tmp.path().join("big");
    ikz::data::generate::write(
        &big,
        ikz::data::generate::Size {
            members: 15,
            projects: 10_000,
            years: 12,
            seed: 1,
        },
    )
    .unwrap();
    bench("generated, 10,000 projects", &big, 5);
}
