//! Live reload, the terminal side: watches the data folder (never the built-in data) and
//! reads it again in the background once changes have settled, or when `r` asks. The
//! event loop polls it; [`crate::app::App::reload`] decides what to show.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::data::{Loaded, Origin, load};

/// Changes closer together than this are read as one: an editor's save is often
/// several events (write a temporary file, rename it over the old one).
pub const SETTLE: Duration = Duration::from_millis(200);

pub struct Reloader {
    origin: Origin,
    /// Kept alive while watching; `None` if watching failed.
    _watcher: Option<RecommendedWatcher>,
    changes: Receiver<()>,
    loads: Receiver<Loaded>,
    loads_tx: Sender<Loaded>,
    /// When the last change came in, while a reload is due.
    due: Option<Instant>,
    loading: bool,
}

/// Whether a file event can change the data (reading the files, as the loader does,
/// must not trigger another reload).
fn changes_data(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
    }
}

impl Reloader {
    /// A reloader for a data folder: `Err` says why the folder cannot be watched (`r`
    /// still reloads by hand). The built-in data has none.
    pub fn new(origin: &Origin) -> Option<(Reloader, Option<String>)> {
        let Origin::Folder(dir) = origin else {
            return None;
        };
        let (changes_tx, changes) = channel();
        let (loads_tx, loads) = channel();
        let (watcher, problem) = match watch(dir, changes_tx) {
            Ok(w) => (Some(w), None),
            Err(e) => (None, Some(format!("{}: {e}", dir.display()))),
        };
        Some((
            Reloader {
                origin: origin.clone(),
                _watcher: watcher,
                changes,
                loads,
                loads_tx,
                due: None,
                loading: false,
            },
            problem,
        ))
    }

    /// Reload now (for `r`).
    pub fn request(&mut self) {
        self.due = Some(
            Instant::now()
                .checked_sub(SETTLE)
                .unwrap_or_else(Instant::now),
        );
    }

    /// Takes in file events, starts a reload once they have settled, and returns the
    /// data of a finished one.
    pub fn poll(&mut self) -> Option<Loaded> {
        while self.changes.try_recv().is_ok() {
            self.due = Some(Instant::now());
        }
        if !self.loading && self.due.is_some_and(|t| t.elapsed() >= SETTLE) {
            self.due = None;
            self.loading = true;
            let origin = self.origin.clone();
            let tx = self.loads_tx.clone();
            std::thread::spawn(move || {
                let _ = tx.send(load(&origin));
            });
        }
        let loaded = self.loads.try_recv().ok()?;
        self.loading = false;
        Some(loaded)
    }
}

fn watch(dir: &Path, tx: Sender<()>) -> notify::Result<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| changes_data(&e.kind)) {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for_load(r: &mut Reloader) -> Option<Loaded> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(l) = r.poll() {
                return Some(l);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    #[test]
    fn the_built_in_data_is_never_watched() {
        assert!(Reloader::new(&Origin::BuiltIn).is_none());
    }

    #[test]
    fn a_changed_file_is_read_again_and_reading_alone_is_no_change() {
        let dir = tempfile::tempdir().unwrap();
        crate::data::generate::write(
            dir.path(),
            crate::data::generate::Size {
                members: 3,
                projects: 2,
                years: 2,
                seed: 1,
            },
        )
        .unwrap();
        let origin = Origin::Folder(dir.path().to_path_buf());
        let (mut r, problem) = Reloader::new(&origin).unwrap();
        assert_eq!(problem, None);
        r.request();
        let first = wait_for_load(&mut r).unwrap();
        assert_eq!(first.errors(), 0);
        // The loader's own reading caused no reload.
        std::thread::sleep(SETTLE * 2);
        assert!(r.poll().is_none());
        std::fs::write(dir.path().join("projects/extra.toml"), "id = \"broken").unwrap();
        let second = wait_for_load(&mut r).unwrap();
        assert!(second.errors() > 0);
    }

    #[test]
    fn a_folder_that_cannot_be_watched_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let origin = Origin::Folder(dir.path().join("missing"));
        let (mut r, problem) = Reloader::new(&origin).unwrap();
        assert!(problem.is_some());
        r.request();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }
}
