//! Signals while the browser runs (Unix). SIGTERM, SIGHUP, SIGINT and SIGQUIT end it:
//! the event loop sees them within a tick, restores the terminal and exits with
//! 128 + the signal's number, as a shell reports a program a signal ended. Should the
//! loop be busy for longer than [`GRACE`] (or a second such signal come), this thread
//! restores the terminal and ends the program itself. SIGTSTP (`kill -TSTP`; in raw mode
//! Ctrl-z arrives as a key instead) asks the loop to pause, as Ctrl-z does. While the
//! terminal is lent to the user's editor, a signal that ends ikz goes to the editor
//! first: the terminal is the editor's until it has ended and put it back, and ikz ends
//! after it without touching the screen.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};

/// `lent` while the editor is being started, its process number not yet known.
const LENDING: i32 = -1;

/// How long the event loop has to end by itself after a signal asked it to.
pub const GRACE: Duration = Duration::from_secs(1);

#[derive(Default)]
struct State {
    /// The signal that asks the program to end (0: none).
    end: AtomicI32,
    /// A SIGTSTP waits for the loop.
    pause: AtomicBool,
    /// The loop has ended; the terminal is the caller's again.
    done: AtomicBool,
    /// The process the terminal is lent to (the editor), 0 for none, [`LENDING`] while
    /// it is being started.
    lent: AtomicI32,
}

/// The signal thread, while the browser runs.
pub struct Watch {
    state: Arc<State>,
    handle: Handle,
}

impl Watch {
    /// Starts taking the signals. `restore` puts the terminal back; it runs on this
    /// thread only when the loop does not end in time.
    pub fn start(restore: impl Fn() + Send + 'static) -> io::Result<Watch> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP])?;
        let handle = signals.handle();
        let state = Arc::new(State::default());
        let shared = Arc::clone(&state);
        std::thread::Builder::new()
            .name("ikz-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    let lent = shared.lent.load(Ordering::SeqCst) != 0;
                    match signal {
                        // The editor stops with its job (Ctrl-z in it): so does ikz, and
                        // `fg` continues both.
                        SIGTSTP if lent => {
                            let _ = stop_self();
                            continue;
                        }
                        SIGTSTP => {
                            shared.pause.store(true, Ordering::SeqCst);
                            continue;
                        }
                        // Ctrl-c or Ctrl-\ in the editor: the terminal sent it to the
                        // editor too, which decides what it means.
                        SIGINT | SIGQUIT if lent => continue,
                        _ => {}
                    }
                    let second = shared.end.swap(signal, Ordering::SeqCst) != 0;
                    // The editor has the terminal: it gets the signal; ikz waits until it
                    // has ended, then the loop ends.
                    if lent {
                        let mut pid = shared.lent.load(Ordering::SeqCst);
                        // Lent, and the editor not started yet: wait for its number.
                        while pid == LENDING && !shared.done.load(Ordering::SeqCst) {
                            std::thread::sleep(Duration::from_millis(5));
                            pid = shared.lent.load(Ordering::SeqCst);
                        }
                        if pid > 0 {
                            // SAFETY: `kill` only sends a signal; a process already gone
                            // makes it fail, which changes nothing here.
                            unsafe { libc::kill(pid, signal) };
                        }
                        while shared.lent.load(Ordering::SeqCst) != 0
                            && !shared.done.load(Ordering::SeqCst)
                        {
                            std::thread::sleep(Duration::from_millis(10));
                        }
                    }
                    let deadline = Instant::now() + GRACE;
                    while !second && Instant::now() < deadline {
                        if shared.done.load(Ordering::SeqCst) {
                            return;
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    if shared.done.load(Ordering::SeqCst) {
                        return;
                    }
                    restore();
                    crate::staged::remove_pending();
                    std::process::exit(128 + signal);
                }
            })?;
        Ok(Watch { state, handle })
    }

    /// The signal that asks the program to end, if one came.
    pub fn end(&self) -> Option<i32> {
        Some(self.state.end.load(Ordering::SeqCst)).filter(|&s| s != 0)
    }

    /// The terminal is about to be lent to the editor: from now on a signal that ends
    /// ikz waits for it (see [`Watch::lend`]).
    pub fn lending(&self) {
        self.state.lent.store(LENDING, Ordering::SeqCst);
    }

    /// Lends the terminal to process `pid` (the editor) until [`Watch::take_back`]: a
    /// signal that ends ikz goes to it first.
    pub fn lend(&self, pid: u32) {
        let pid = i32::try_from(pid).unwrap_or(LENDING);
        self.state.lent.store(pid, Ordering::SeqCst);
    }

    /// The editor has ended: the terminal is ikz's again.
    pub fn take_back(&self) {
        self.state.lent.store(0, Ordering::SeqCst);
    }

    /// Whether a SIGTSTP came since the last call.
    pub fn take_pause(&self) -> bool {
        self.state.pause.swap(false, Ordering::SeqCst)
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.state.done.store(true, Ordering::SeqCst);
        self.handle.close();
    }
}

/// Stops the program until the shell continues it (`fg`). SIGTSTP is taken by the watch,
/// so the stop is SIGSTOP, which nothing can catch.
pub fn stop_self() -> io::Result<()> {
    signal_hook::low_level::raise(SIGSTOP)
}
