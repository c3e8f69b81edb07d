//! The terminal side of the browser: start the terminal, read events, draw, and restore
//! the terminal on every way out — normal exit, error, panic or signal — mouse capture and
//! bracketed paste included. Ctrl-z pauses the program as in other terminal programs.

pub mod clipboard;
mod colors;
mod editor;
pub mod mount;
pub mod reloader;
#[cfg(unix)]
mod signals;

use std::io::{self, Write};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError};

/// The terminal the browser draws on: standard output, its colours as the terminal
/// understands them (see [`colors`]). A frame is written as one piece: crossterm writes
/// it in thousands of small ones, which the buffer gathers until ratatui's flush at the
/// frame's end.
type Screen = Terminal<CrosstermBackend<io::BufWriter<colors::BasicColors<io::Stdout>>>>;

fn screen() -> io::Result<Screen> {
    let sixteen = colors::sixteen(std::env::var("TERM").ok().as_deref());
    Terminal::new(CrosstermBackend::new(io::BufWriter::with_capacity(
        1 << 15,
        colors::BasicColors::new(io::stdout(), sixteen),
    )))
}

use crate::app::edits::Request;
use crate::app::{App, Effect, Input, Options};
use crate::data::Origin;
use crate::model::Model;
use crate::present::export::{self, Exported, Failed, Progress};
use crate::present::words::Lang;
use crate::query::grid::{Grid, Keys};
use crate::query::search::Index;
use crate::tui::reloader::Reloader;
use crate::ui;

/// The modes the browser switches the terminal into, and out of again.
#[derive(Debug, Clone, Copy)]
struct Modes {
    mouse: bool,
}

impl Modes {
    fn enter(self) -> io::Result<()> {
        enable_raw_mode()?;
        let mut out = io::stdout();
        execute!(out, EnterAlternateScreen, EnableBracketedPaste)?;
        if self.mouse {
            execute!(out, EnableMouseCapture)?;
        }
        Ok(())
    }

    /// Puts the terminal back as it was. Every step is tried, whatever the one before
    /// did: this runs on the way out, where nothing can be done about a failure.
    fn leave(self) {
        let mut out = io::stdout();
        if self.mouse {
            let _ = execute!(out, DisableMouseCapture);
        }
        let _ = execute!(out, DisableBracketedPaste, LeaveAlternateScreen, Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// The terminal in the browser's modes; dropped (on return, error or unwinding), it is
/// put back.
struct Entered(Modes);

impl Entered {
    fn new(modes: Modes) -> io::Result<Entered> {
        // Made first, so that a failure half-way is undone too.
        let entered = Entered(modes);
        modes.enter()?;
        Ok(entered)
    }
}

impl Drop for Entered {
    fn drop(&mut self) {
        self.0.leave();
    }
}

/// How the event loop ended.
#[cfg_attr(
    not(unix),
    allow(dead_code, reason = "signals end the loop on Unix only")
)]
enum Ending {
    Quit,
    /// A signal asked the program to end.
    Signal(i32),
}

/// What the browser starts with, from the settings.
#[derive(Debug)]
pub struct Start {
    pub origin: Origin,
    pub options: Options,
    /// The folder exports go into.
    pub exports: PathBuf,
    /// Said on the status line at the start (a settings file's mistakes, a data folder
    /// away).
    pub note: Option<String>,
    /// The `editor` setting (or `VISUAL`, `EDITOR`); `None`: the system's plain one.
    pub editor: Option<String>,
    /// Whether the data folder is also read every 2 s (`poll`, `--poll`).
    pub poll: crate::data::settings::Switch,
    /// The settings file, where a data folder made from the screen is remembered.
    pub settings_file: Option<PathBuf>,
    /// Where a data folder is offered to be made, on the built-in data.
    pub new_folder: PathBuf,
}

/// Runs the browser until the user quits. Returns the exit code: 0, 1 when the data had errors (the browser then
/// showed them and nothing else), or 128 + a signal's number when a signal ended it.
///
/// The data is loaded on a thread of its own while the terminal is made ready (0.3 ms
/// on its own), so that on two cores the one waits only for the other's end
/// (BENCHMARKS.md, "Start-up", where a virtual machine's slow wake of a second core
/// takes as long).
pub fn run(start: Start) -> io::Result<u8> {
    let Start {
        origin,
        options,
        exports,
        note,
        editor,
        poll,
        settings_file,
        new_folder,
    } = start;
    let loading = std::thread::spawn(move || crate::data::load(&origin));
    let modes = Modes {
        mouse: options.mouse,
    };
    // A panic puts the terminal back (and removes an export's temporary files) before its
    // message is printed.
    // Only a panic of this thread ends the program; one of a worker (an export, a
    // reload) is reported by its channel, and the screen stays.
    let previous = std::panic::take_hook();
    let main = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == main {
            modes.leave();
            crate::staged::remove_pending();
        }
        previous(info);
    }));
    #[cfg(unix)]
    let signals = signals::Watch::start(move || modes.leave())?;
    let entered = Entered::new(modes)?;
    let mut terminal = screen()?;
    let size = terminal.size()?;
    // A panic of the loading thread is the program's: the hook above restores the
    // terminal as for one of this thread.
    let loaded = loading
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    let reloader = Reloader::new(&loaded.origin, poll);
    // The first frame needs neither the search index nor the matrix keys: they are
    // built once it is drawn (not beside it: on a busy machine of two cores, that thread
    // would take the core the first frame waits for) and handed over when done.
    let mut app = App::without_index(loaded, options, Rect::new(0, 0, size.width, size.height));
    app.message = note;
    app.new_folder = new_folder;
    app.export_folder.clone_from(&exports);
    let reloader = reloader.map(|(r, problem)| {
        let texts = options.lang.texts();
        let said = match (problem, r.polled()) {
            (Some(p), _) => Some(format!("{}: {p}", texts.not_watched)),
            (None, Some(why)) => Some((texts.polled)(why)),
            (None, None) => None,
        };
        if let Some(said) = said {
            // The settings' note first: it says which data this is.
            app.message = Some(match app.message.take() {
                Some(note) => format!("{note} {said}"),
                None => said,
            });
        }
        r
    });
    let mut looping = Loop {
        terminal: &mut terminal,
        app: &mut app,
        reloader,
        export: None,
        exports,
        indexing: Indexing::AfterFirstFrame,
        editor,
        modes,
        poll,
        settings_file,
        clipboard: clipboard::Clipboard::default(),
        links: ui::links::supported(|k| std::env::var(k).ok()),
        #[cfg(unix)]
        signals: &signals,
    };
    let ending = looping.run();
    // An export under way stops and takes its temporary files with it.
    if let Some(export) = looping.export.take() {
        export.stop();
    }
    // The signal thread is told first, so that it never restores the terminal too.
    #[cfg(unix)]
    drop(signals);
    drop(terminal);
    drop(entered);
    crate::staged::remove_pending();
    Ok(match ending? {
        Ending::Signal(signal) => u8::try_from(128 + signal).unwrap_or(u8::MAX),
        Ending::Quit if app.data.errors.is_empty() => crate::cli::EXIT_OK,
        Ending::Quit => crate::cli::EXIT_DATA,
    })
}

/// Opens a web address in the browser, without waiting for it: with the command in
/// `IKZ_OPEN_WITH` where it is set (a browser of one's choice; the tests' stand-in), else
/// with the system's way (xdg-open, open, start). Its output never reaches the screen.
/// The address is a parsed web address written out again (`http…`), so the opener cannot
/// take it for an option.
fn open_address(address: &crate::web::WebAddress) -> io::Result<()> {
    let url = address.as_str();
    match std::env::var_os("IKZ_OPEN_WITH").filter(|c| !c.is_empty()) {
        Some(command) => std::process::Command::new(command)
            .arg(url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(|mut child| {
                // Waited for aside, so that it leaves no zombie behind.
                std::thread::spawn(move || child.wait());
            }),
        None => open::that_detached(url),
    }
}

/// How long the loop waits for input before it looks at the data folder, an export and
/// the signals again, while one of them has something under way.
const TICK: Duration = Duration::from_millis(100);
/// How long it waits with nothing under way: a file event still shows within a second,
/// and an idle ikz does not wake ten times a second.
const IDLE: Duration = Duration::from_secs(1);

/// How long to wait for input: briefly while the search index is built, a tick while an
/// export, a reload or a reading is under way, else the idle wait.
fn wait_for(indexing: bool, under_way: bool) -> Duration {
    if indexing {
        Duration::from_millis(10)
    } else if under_way {
        TICK
    } else {
        IDLE
    }
}

/// How long a look for waiting input may take. Not zero: crossterm's reader (built with
/// `use-dev-tty`, see Cargo.toml) answers a zero timeout with "nothing" without looking.
const PEEK: Duration = Duration::from_millis(1);

/// The longest the loop takes queued input without drawing: a burst of keys (a held key,
/// a paste into a terminal without bracketed paste) is carried out in one go and drawn
/// once, yet the screen still follows a long one.
const BURST: Duration = Duration::from_millis(100);

/// An export written off the input thread: the screen keeps answering and shows how far
/// it is; its copy of the matrix goes when it is done.
struct Export {
    done: Receiver<Result<Exported, Failed>>,
    progress: Arc<Progress>,
    total: usize,
    thread: std::thread::JoinHandle<()>,
}

impl Export {
    fn start(
        dir: PathBuf,
        model: &Arc<Model>,
        grid: Grid,
        lang: Lang,
        kinds: Vec<export::Kind>,
    ) -> Export {
        let (tx, done) = std::sync::mpsc::channel();
        let progress = Arc::new(Progress::default());
        let total = export::lines_of(&grid);
        let (model, shared) = (Arc::clone(model), Arc::clone(&progress));
        let thread = std::thread::spawn(move || {
            let _ = tx.send(export::write(&dir, &model, &grid, lang, &kinds, &shared));
        });
        Export {
            done,
            progress,
            total,
            thread,
        }
    }

    /// How far it is, in percent (99 until it is done).
    fn percent(&self) -> u8 {
        let written = self.progress.lines.load(Ordering::Relaxed);
        u8::try_from((written * 100 / self.total.max(1)).min(99)).unwrap_or(99)
    }

    /// Stops it and waits until it has (on the way out): it leaves both files or none.
    fn stop(self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
        let _ = self.thread.join();
    }
}

/// A search index and matrix keys, and the model they were built for.
type Indexed = (Arc<Model>, (Index, Keys));

/// The search index and matrix keys of the first data.
enum Indexing {
    /// To be built once the first frame is on screen.
    AfterFirstFrame,
    /// Being built on a thread of its own.
    Building(Receiver<Indexed>),
    Done,
}

/// Builds the search index and matrix keys of `model` on a thread of its own.
fn build_index(model: Arc<Model>) -> Receiver<Indexed> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let built = (Index::new(&model), Keys::new(&model));
        let _ = tx.send((model, built));
    });
    rx
}

struct Loop<'a> {
    terminal: &'a mut Screen,
    app: &'a mut App,
    reloader: Option<Reloader>,
    export: Option<Export>,
    /// The folder exports go into.
    exports: PathBuf,
    /// The search index and matrix keys for the first data.
    indexing: Indexing,
    /// The editor setting for `e` (see [`editor::chosen`]).
    editor: Option<String>,
    #[cfg_attr(not(unix), allow(dead_code, reason = "only Unix can pause (Ctrl-z)"))]
    modes: Modes,
    /// Whether a data folder is polled too (for a folder opened later).
    poll: crate::data::settings::Switch,
    /// The settings file, where a data folder made from the screen is remembered.
    settings_file: Option<PathBuf>,
    /// The system's clipboard, kept while ikz runs (`y`).
    clipboard: clipboard::Clipboard,
    /// Whether the terminal shows the sources' addresses as links (OSC 8).
    links: bool,
    #[cfg(unix)]
    signals: &'a signals::Watch,
}

impl Loop<'_> {
    fn run(&mut self) -> io::Result<Ending> {
        // Debug builds only: the end-to-end tests make the browser panic on the first key,
        // to check that the terminal is restored all the same.
        let panic_for_test = cfg!(debug_assertions) && std::env::var_os("IKZ_TEST_PANIC").is_some();
        let mut redraw = true;
        while !self.app.quit {
            #[cfg(unix)]
            {
                if let Some(signal) = self.signals.end() {
                    return Ok(Ending::Signal(signal));
                }
                if self.signals.take_pause() {
                    self.suspend()?;
                    redraw = true;
                }
            }
            if redraw {
                let frame = self.terminal.draw(|frame| ui::draw(frame, self.app))?;
                if self.links {
                    let links = ui::links::find(frame.buffer, &self.app.shown_addresses());
                    if !links.is_empty() {
                        use std::io::Write as _;
                        let backend = self.terminal.backend_mut();
                        backend.write_all(&ui::links::sequences(&links))?;
                        backend.flush()?;
                    }
                }
                redraw = false;
                if let Indexing::AfterFirstFrame = self.indexing {
                    self.indexing =
                        Indexing::Building(build_index(Arc::clone(&self.app.data.model)));
                }
            }
            // The typed character is on screen; now search, unless more keys are waiting
            // (then they are taken first, and the search runs once they are done).
            if self.app.needs_settle() && !event::poll(PEEK)? {
                self.app.settle();
                redraw = true;
                continue;
            }
            if let Indexing::Building(indexing) = &self.indexing {
                match indexing.try_recv() {
                    Ok((model, (index, keys))) => {
                        self.app.install(&model, index, keys);
                        self.indexing = Indexing::Done;
                        redraw = true;
                        continue;
                    }
                    // It panicked: build them here instead.
                    Err(TryRecvError::Disconnected) => {
                        let model = Arc::clone(&self.app.data.model);
                        self.app
                            .install(&model, Index::new(&model), Keys::new(&model));
                        self.indexing = Indexing::Done;
                    }
                    Err(TryRecvError::Empty) => {}
                }
            }
            if let Some(export) = &self.export {
                let finished = match export.done.try_recv() {
                    Ok(result) => Some(result),
                    // The thread ended without a word: it panicked.
                    Err(TryRecvError::Disconnected) => Some(Err(Failed {
                        path: self.exports.clone(),
                        error: io::Error::other("the export stopped unexpectedly"),
                    })),
                    Err(TryRecvError::Empty) => None,
                };
                match finished {
                    Some(result) => {
                        self.export = None;
                        self.app.exporting = None;
                        self.app.exported(result);
                        redraw = true;
                    }
                    None => {
                        let percent = Some(export.percent());
                        redraw |= self.app.exporting != percent;
                        self.app.exporting = percent;
                    }
                }
            }
            if let Some(loaded) = self.reloader.as_mut().and_then(Reloader::poll) {
                self.app.reload(loaded);
                redraw = true;
                continue;
            }
            let under_way =
                self.export.is_some() || self.reloader.as_ref().is_some_and(Reloader::busy);
            let wait = wait_for(matches!(self.indexing, Indexing::Building(_)), under_way);
            if !event::poll(wait)? {
                continue;
            }
            // Everything that is waiting, up to BURST, before the next frame.
            let burst = Instant::now();
            loop {
                let input = match event::read()? {
                    #[allow(
                        clippy::panic,
                        reason = "on purpose, in debug builds for the tests only"
                    )]
                    Event::Key(_) if panic_for_test => {
                        panic!("IKZ_TEST_PANIC: a panic for the tests")
                    }
                    Event::Key(key) => Some(Input::Key(key)),
                    Event::Mouse(mouse) => Some(Input::Mouse(mouse)),
                    Event::Resize(w, h) => Some(Input::Resize(w, h)),
                    Event::Paste(text) => Some(Input::Paste(text)),
                    Event::FocusGained | Event::FocusLost => None,
                };
                if let Some(input) = input {
                    self.app.handle(input);
                    redraw = true;
                    if let Some(effect) = self.app.take_effect() {
                        self.run_effect(effect)?;
                    }
                    // A signal ended the editor it ran: no key after it is taken.
                    #[cfg(unix)]
                    if let Some(signal) = self.signals.end() {
                        return Ok(Ending::Signal(signal));
                    }
                }
                if self.app.quit || burst.elapsed() >= BURST || !event::poll(PEEK)? {
                    break;
                }
            }
        }
        Ok(Ending::Quit)
    }

    /// Ctrl-z: gives the terminal back to the shell and stops; once continued (`fg`),
    /// takes it again and draws the whole screen anew, at the size it has now.
    fn suspend(&mut self) -> io::Result<()> {
        #[cfg(unix)]
        {
            self.modes.leave();
            signals::stop_self()?;
            self.modes.enter()?;
            // A new terminal has no memory of the last frame: the next one is drawn whole.
            *self.terminal = screen()?;
            let size = self.terminal.size()?;
            self.app.handle(Input::Resize(size.width, size.height));
        }
        #[cfg(not(unix))]
        {
            self.app.message = Some(self.app.options.lang.texts().cannot_suspend.to_string());
        }
        Ok(())
    }

    /// `e` on the gaps screen: gives the terminal to the user's editor on the file at the
    /// line, takes it back when the editor ends and draws the whole screen anew. The
    /// watcher then reads the changed file like any other change.
    fn edit(&mut self, path: &std::path::Path, line: usize) -> io::Result<()> {
        let (editor, plain) = editor::chosen(self.editor.as_deref(), std::env::var_os("PATH"));
        let gw = &self.app.options.lang.texts().gaps;
        let Some(mut cmd) = editor::command(&editor, path, line) else {
            return Ok(());
        };
        #[cfg(unix)]
        self.signals.lending();
        self.modes.leave();
        let ran = cmd.spawn().and_then(|mut child| {
            #[cfg(unix)]
            self.signals.lend(child.id());
            child.wait()
        });
        #[cfg(unix)]
        self.signals.take_back();
        // A signal came while the editor ran: the editor got it and has put the
        // terminal back (or never started); ikz ends without taking the screen again.
        #[cfg(unix)]
        if self.signals.end().is_some() {
            return Ok(());
        }
        self.modes.enter()?;
        *self.terminal = screen()?;
        let size = self.terminal.size()?;
        self.app.handle(Input::Resize(size.width, size.height));
        if let Err(e) = ran {
            let reason = match e.kind() {
                io::ErrorKind::NotFound => gw.not_installed.to_string(),
                _ => (self.app.options.lang.texts().problems.io_reason)(&(&e).into()),
            };
            self.app.message = Some(format!(
                "{}: {editor} ({reason}) – {}",
                gw.no_editor.0, gw.no_editor.1
            ));
        } else if plain {
            // No editor was chosen: say which one this was, and how to choose.
            self.app.message = Some((gw.plain_editor)(&editor));
        }
        Ok(())
    }

    /// Does the I/O the update function asked for and tells the app how it went.
    fn run_effect(&mut self, effect: Effect) -> io::Result<()> {
        let app = &mut *self.app;
        match effect {
            Effect::Export(kinds) => {
                if self.export.is_some() {
                    app.message = Some(app.options.lang.texts().matrix.export_running.to_string());
                    return Ok(());
                }
                let Some(grid) = app.matrix().map(|m| m.grid.clone()) else {
                    return Ok(());
                };
                self.export = Some(Export::start(
                    self.exports.clone(),
                    &app.data.model,
                    grid,
                    app.options.lang,
                    kinds,
                ));
                app.exporting = Some(0);
            }
            Effect::Reload => {
                if let Some(r) = self.reloader.as_mut() {
                    r.request();
                }
            }
            Effect::Suspend => self.suspend()?,
            Effect::Open(address) => {
                if open_address(&address).is_err() {
                    app.open_failed(address.as_str());
                }
            }
            Effect::Edit { path, line } => self.edit(&path, line)?,
            effect @ (Effect::Plan(_) | Effect::Write(_)) => {
                let wrote = matches!(effect, Effect::Write(_));
                edit_effect(app, effect);
                // Read anew at once after a write, before the next key: the screen
                // shows what was written (or what the colleague wrote who was faster),
                // and a new source is there to be chosen.
                if wrote {
                    let loaded = crate::data::load(&app.data.from);
                    app.reload(loaded);
                }
            }
            Effect::Init(dir) => {
                let made = make_folder(&dir, self.settings_file.as_deref(), app.options.lang);
                match made {
                    Ok((whole, note)) => {
                        let origin = Origin::Folder(whole.clone());
                        let loaded = crate::data::load(&origin);
                        self.reloader = Reloader::new(&origin, self.poll).map(|(r, _)| r);
                        app.folder_made(Ok((whole.display().to_string(), loaded, note)));
                    }
                    Err(why) => app.folder_made(Err(why)),
                }
            }
            Effect::Copy(text) => {
                let env = |k: &str| std::env::var(k).ok();
                let text = crate::present::copy::clean(&text);
                let copied = self.clipboard.copy(&text, &env).ok();
                app.copied(copied);
            }
        }
        Ok(())
    }
}

/// Plans an edit, or writes one, for the screens ([`Effect::Plan`], [`Effect::Write`]);
/// another effect is left alone. The data is not read anew here: the terminal loop asks
/// its reloader, the tests and benchmarks read it themselves.
pub fn edit_effect(app: &mut App, effect: Effect) {
    use crate::data::edit::{add, plan};
    match effect {
        Effect::Plan(Request::Edits {
            edits,
            adjust_count,
        }) => {
            let planned = plan::plan_ids(app.data.plan_on(), &edits, adjust_count);
            app.planned(planned);
        }
        Effect::Plan(Request::Source(asked)) => {
            let added = add::plan_source(app.data.plan_on(), &asked);
            app.added(added);
        }
        Effect::Plan(Request::Project(asked)) => {
            let added = add::plan_project(app.data.plan_on(), &asked);
            app.added(added);
        }
        Effect::Write(write) => {
            let written = plan::write(&app.data.from, &write.changes);
            app.written(write, written);
        }
        _ => {}
    }
}

/// Makes a data folder of the built-in data at `dir` and remembers it in the settings
/// file (`data`): its whole path, or why not, in words. Made but not remembered, it is
/// still opened, and the words say what to set.
fn make_folder(
    dir: &std::path::Path,
    settings: Option<&std::path::Path>,
    lang: Lang,
) -> Result<(PathBuf, Option<String>), String> {
    use crate::data::init::NotMade;
    let w = &lang.texts().edit.screen;
    let shown = dir.display().to_string();
    let whole = match crate::data::init::make(dir) {
        Ok((whole, _)) => whole,
        Err(NotMade::NotEmpty) => return Err((w.folder_not_empty)(&shown)),
        Err(NotMade::Io(e)) => return Err((w.folder_failed)(&shown, &e.to_string())),
    };
    let value = whole.display().to_string();
    let remembered = settings.map(|path| {
        crate::cli::config::write_setting(path, "data", Some(&value)).map_err(|_| path)
    });
    let note = match remembered {
        Some(Ok(())) => None,
        Some(Err(path)) => Some((w.not_remembered)(&value, &path.display().to_string())),
        None => Some((w.not_remembered)(&value, "")),
    };
    Ok((whole, note))
}

#[cfg(test)]
mod wait_tests {
    use super::*;

    #[test]
    fn idle_waits_long_and_work_under_way_short() {
        assert_eq!(wait_for(false, false), IDLE);
        assert_eq!(wait_for(false, true), TICK);
        assert!(wait_for(true, false) < TICK);
        assert!(IDLE >= Duration::from_secs(1));
    }
}
