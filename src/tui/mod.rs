//! The terminal side of the browser: start the terminal, read events, draw, and restore
//! the terminal on every way out — normal exit, error or panic — mouse capture included.

pub mod reloader;

use std::io::{self, Write};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

use crate::app::{App, Effect, Input, Options};
use crate::data::Loaded;
use crate::tui::reloader::Reloader;
use crate::ui;

/// Switches mouse capture off again when dropped (on return and on error).
struct MouseCapture(bool);

impl Drop for MouseCapture {
    fn drop(&mut self) {
        if self.0 {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            let _ = io::stdout().flush();
        }
    }
}

/// Runs the browser until the user quits. Returns the exit code: 0, or 1 when the data
/// had errors (the browser then showed them and nothing else).
pub fn run(loaded: Loaded, options: Options) -> io::Result<u8> {
    if options.mouse {
        // Installed before ratatui's own hook, which restores the screen and then calls
        // this one: a panic leaves no mouse capture behind either.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            previous(info);
        }));
    }
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e);
        }
    };
    let result = (|| {
        let _capture = MouseCapture(options.mouse);
        if options.mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        let size = terminal.size()?;
        let reloader = Reloader::new(&loaded.origin);
        let mut app = App::new(loaded, options, Rect::new(0, 0, size.width, size.height));
        let reloader = reloader.map(|(r, problem)| {
            if let Some(p) = problem {
                app.message = Some(format!("{}: {p}", options.lang.texts().not_watched));
            }
            r
        });
        event_loop(&mut terminal, &mut app, reloader)?;
        Ok(if app.errors.is_empty() {
            crate::cli::EXIT_OK
        } else {
            crate::cli::EXIT_DATA
        })
    })();
    ratatui::restore();
    result
}

/// How long the loop waits for a key before it looks at the data folder again.
const TICK: Duration = Duration::from_millis(100);

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    mut reloader: Option<Reloader>,
) -> io::Result<()> {
    // Debug builds only: the end-to-end tests make the browser panic on the first key,
    // to check that the terminal is restored all the same.
    let panic_for_test = cfg!(debug_assertions) && std::env::var_os("IKZ_TEST_PANIC").is_some();
    let mut redraw = true;
    while !app.quit {
        if redraw {
            terminal.draw(|frame| ui::draw(frame, app))?;
            redraw = false;
        }
        // The typed character is on screen; now search, unless more keys are waiting
        // (then they are taken first, and the search runs once they are done).
        if app.needs_settle() && !event::poll(Duration::ZERO)? {
            app.settle();
            redraw = true;
            continue;
        }
        if let Some(loaded) = reloader.as_mut().and_then(Reloader::poll) {
            app.reload(loaded);
            redraw = true;
            continue;
        }
        let wait = if reloader.is_some() {
            TICK
        } else {
            Duration::from_secs(3600)
        };
        if !event::poll(wait)? {
            continue;
        }
        let input = match event::read()? {
            #[allow(
                clippy::panic,
                reason = "on purpose, in debug builds for the tests only"
            )]
            Event::Key(_) if panic_for_test => panic!("IKZ_TEST_PANIC: a panic for the tests"),
            Event::Key(key) => Input::Key(key),
            Event::Mouse(mouse) => Input::Mouse(mouse),
            Event::Resize(w, h) => Input::Resize(w, h),
            _ => continue,
        };
        app.handle(input);
        redraw = true;
        if let Some(effect) = app.take_effect() {
            run_effect(app, effect, reloader.as_mut());
        }
    }
    Ok(())
}

/// Does the I/O the update function asked for and tells the app how it went.
fn run_effect(app: &mut App, effect: Effect, reloader: Option<&mut Reloader>) {
    match effect {
        Effect::Export => {
            let Some(grid) = app.matrix().map(|m| &m.grid) else {
                return;
            };
            let result = std::env::current_dir()
                .and_then(|dir| crate::present::export::write(&dir, &app.model, grid));
            app.exported(result);
        }
        Effect::Reload => {
            if let Some(r) = reloader {
                r.request();
            }
        }
    }
}
