//! Live reload, the terminal side: watches the data folder (never the built-in data) and
//! reads it again in the background once changes have settled, or when `r` asks. The
//! event loop polls it; [`crate::app::App::reload`] decides what to show.
//!
//! It follows the folder by its path, not by what the path led to when watching began:
//! a folder swapped for a new copy (as some editors and sync tools save), deleted and
//! made again, or a link to it pointed elsewhere is noticed within [`LOOK_AGAIN`] and
//! watched anew. Only the folder and `projects/` are watched, not what lies below them,
//! and only changes that concern the data count (see [`crate::data::concerns_data`]):
//! notes, exports and `.git` do not. A data file that is a link out of the folder is
//! watched where it leads.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::data::settings::Switch;
use crate::data::{Loaded, Origin, PROJECTS_DIR, concerns_data, load};

/// Changes closer together than this are read as one: an editor's save is often
/// several events (write a temporary file, rename it over the old one).
pub const SETTLE: Duration = Duration::from_millis(200);

/// How often the reloader checks that the folder's path still leads where it did.
pub const LOOK_AGAIN: Duration = Duration::from_millis(500);

/// How often a polled folder is read to compare its contents with the last reading.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

pub struct Reloader {
    origin: Origin,
    /// The folder, as an absolute path: the watcher reports absolute paths.
    dir: PathBuf,
    /// Where the path led when last looked at.
    place: Place,
    /// What is watched now; `None` while the folder cannot be watched.
    watching: Option<Watching>,
    changes: Receiver<()>,
    changes_tx: Sender<()>,
    loads: Receiver<Option<Loaded>>,
    loads_tx: Sender<Option<Loaded>>,
    /// When the last change came in, while a reload is due.
    due: Option<Instant>,
    loading: bool,
    looked: Instant,
    /// Where the folder is also read every [`POLL_EVERY`]: why (a network drive's file
    /// system, or `--poll`), and the readings.
    polling: Option<Polling>,
}

/// The contents of a polled folder, read in the background.
struct Polling {
    why: String,
    /// The last reading's sum of the data files' names and bytes.
    sum: Option<u64>,
    last: Instant,
    reading: bool,
    sums: Receiver<u64>,
    sums_tx: Sender<u64>,
}

struct Watching {
    /// Kept alive while watching.
    _watcher: RecommendedWatcher,
}

/// Where the folder's path leads: the real path and the identity of the folder and of
/// its `projects/` (on Unix, device and inode; elsewhere the real paths).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    real: Option<PathBuf>,
    dir: Option<(u64, u64)>,
    projects: Option<(u64, u64)>,
}

impl Place {
    fn of(dir: &Path) -> Place {
        Place {
            real: std::fs::canonicalize(dir).ok(),
            dir: identity(dir),
            projects: identity(&dir.join(PROJECTS_DIR)),
        }
    }
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|_| (0, 0))
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
    /// A reloader for a data folder, and why the folder cannot be watched if it cannot
    /// (`r` still reloads by hand, and watching starts once it can). The built-in data
    /// has none.
    /// `poll`: whether the folder is also read every [`POLL_EVERY`] (`Auto`: where it
    /// lies on a network or user-space file system, see [`super::mount`]).
    pub fn new(origin: &Origin, poll: Switch) -> Option<(Reloader, Option<String>)> {
        let Origin::Folder(dir) = origin else {
            return None;
        };
        let why = match poll {
            Switch::Always => Some("--poll".to_string()),
            Switch::Auto => super::mount::remote(dir),
            Switch::Never => None,
        };
        let polling = why.map(|why| {
            let (sums_tx, sums) = channel();
            Polling {
                why,
                sum: None,
                last: Instant::now(),
                reading: false,
                sums,
                sums_tx,
            }
        });
        let (changes_tx, changes) = channel();
        let (loads_tx, loads) = channel();
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
        let mut r = Reloader {
            origin: origin.clone(),
            place: Place::of(&dir),
            dir,
            watching: None,
            changes,
            changes_tx,
            loads,
            loads_tx,
            due: None,
            loading: false,
            looked: Instant::now(),
            polling,
        };
        let problem = r.watch().err().map(|e| format!("{}: {e}", r.dir.display()));
        Some((r, problem))
    }

    /// Watches the folder where its path leads now.
    fn watch(&mut self) -> notify::Result<()> {
        self.watching = None;
        // Where the path leads now is what is watched (or found unwatchable) from now on.
        self.place = Place::of(&self.dir);
        let dir = self.dir.clone();
        let tx = self.changes_tx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                let concerns = event.paths.iter().any(|p| match p.strip_prefix(&dir) {
                    Ok(rel) => concerns_data(rel),
                    // A file watched where a link out of the folder leads.
                    Err(_) => true,
                });
                if changes_data(&event.kind) && concerns {
                    let _ = tx.send(());
                }
            })?;
        watcher.watch(&self.dir, RecursiveMode::NonRecursive)?;
        let projects = self.dir.join(PROJECTS_DIR);
        if projects.is_dir() {
            watcher.watch(&projects, RecursiveMode::NonRecursive)?;
        }
        // Data files that are links: watched where they lead (a watch follows the link).
        for folder in [self.dir.clone(), projects] {
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
                if linked && entry.path().is_file() {
                    let _ = watcher.watch(&entry.path(), RecursiveMode::NonRecursive);
                }
            }
        }
        self.watching = Some(Watching { _watcher: watcher });
        Ok(())
    }

    /// Why the folder is polled, where it is: the network drive's file system
    /// (`cifs`, `nfs`, …), or `--poll`.
    pub fn polled(&self) -> Option<&str> {
        self.polling.as_ref().map(|p| p.why.as_str())
    }

    /// Reads the folder's data files in the background every [`POLL_EVERY`]; a reading
    /// that differs from the last makes a reload due.
    fn poll_contents(&mut self) {
        let Some(p) = &mut self.polling else {
            return;
        };
        while let Ok(sum) = p.sums.try_recv() {
            p.reading = false;
            if p.sum.is_some_and(|s| s != sum) {
                self.due = Some(Instant::now());
            }
            p.sum = Some(sum);
        }
        if !p.reading && p.last.elapsed() >= POLL_EVERY {
            p.last = Instant::now();
            p.reading = true;
            let dir = self.dir.clone();
            let tx = p.sums_tx.clone();
            std::thread::spawn(move || {
                let _ = tx.send(contents(&dir));
            });
        }
    }

    /// Whether a reload is on its way (changes settling, a load or a reading running):
    /// the loop then looks again soon.
    pub fn busy(&self) -> bool {
        self.due.is_some() || self.loading || self.polling.as_ref().is_some_and(|p| p.reading)
    }

    /// Reload now (for `r`).
    pub fn request(&mut self) {
        self.due = Some(
            Instant::now()
                .checked_sub(SETTLE)
                .unwrap_or_else(Instant::now),
        );
    }

    /// Takes in file events, follows a moved folder, starts a reload once changes have
    /// settled, and returns the data of a finished one.
    pub fn poll(&mut self) -> Option<Loaded> {
        while self.changes.try_recv().is_ok() {
            self.due = Some(Instant::now());
        }
        self.poll_contents();
        if self.looked.elapsed() >= LOOK_AGAIN {
            self.looked = Instant::now();
            let now = Place::of(&self.dir);
            if now != self.place {
                // Swapped, made again or pointed elsewhere (or gone): watch anew, read anew.
                let _ = self.watch();
                self.due = Some(Instant::now());
            } else if self.watching.is_none() && self.watch().is_ok() {
                // It could not be watched before (too many watches, say): now it is, and
                // what changed meanwhile is read.
                self.due = Some(Instant::now());
            }
        }
        if !self.loading && self.due.is_some_and(|t| t.elapsed() >= SETTLE) {
            self.due = None;
            self.loading = true;
            // Links may have been added or re-pointed: watch what the data is now.
            let _ = self.watch();
            let origin = self.origin.clone();
            let tx = self.loads_tx.clone();
            std::thread::spawn(move || {
                let loaded = std::panic::catch_unwind(|| load(&origin)).ok();
                let _ = tx.send(loaded);
            });
        }
        let loaded = self.loads.try_recv().ok()?;
        self.loading = false;
        // `None`: the load panicked; the next change tries again.
        loaded
    }
}

/// A sum of the names and bytes of the folder's data files (those of the folder and of
/// `projects/`, as [`concerns_data`] tells them): equal for equal contents, whatever
/// their times say (a NAS keeps them in 2 s steps, and clocks differ).
fn contents(dir: &Path) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x9011).build_hasher();
    for folder in [PathBuf::new(), PathBuf::from(PROJECTS_DIR)] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join(&folder))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| folder.join(e.file_name()))
            .filter(|rel| concerns_data(rel))
            .collect();
        names.sort();
        for rel in names {
            rel.hash(&mut h);
            std::fs::read(dir.join(&rel)).ok().hash(&mut h);
        }
    }
    h.finish()
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
        assert!(Reloader::new(&Origin::BuiltIn, Switch::Always).is_none());
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
        let (mut r, problem) = Reloader::new(&origin, Switch::Never).unwrap();
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

    /// A small generated data folder at `path`.
    fn data_at(path: &std::path::Path, projects: usize) {
        crate::data::generate::write(
            path,
            crate::data::generate::Size {
                members: 3,
                projects,
                years: 2,
                seed: 1,
            },
        )
        .unwrap();
    }

    /// Waits long enough for a change to have been seen, and says whether a load came.
    fn loads_within_a_while(r: &mut Reloader) -> bool {
        let deadline = Instant::now() + LOOK_AGAIN * 2 + SETTLE * 3;
        while Instant::now() < deadline {
            if r.poll().is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn files_that_are_not_data_do_not_reload() {
        let dir = tempfile::tempdir().unwrap();
        data_at(dir.path(), 2);
        let (mut r, _) =
            Reloader::new(&Origin::Folder(dir.path().to_path_buf()), Switch::Never).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        std::fs::write(dir.path().join("ikz-matrix-2024.csv"), "id\n").unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join(".git/index"), "x").unwrap();
        std::fs::write(dir.path().join("projects/.p.toml.swp"), "x").unwrap();
        assert!(!loads_within_a_while(&mut r));
        // A data file does.
        std::fs::write(dir.path().join("projects/extra.toml"), "id = \"broken").unwrap();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }

    #[test]
    fn a_relative_path_filters_as_well() {
        // A folder under target/, named relative to the working folder (the crate's).
        let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
        std::fs::create_dir_all(&target).unwrap();
        let dir = tempfile::tempdir_in(&target).unwrap();
        data_at(dir.path(), 2);
        let cwd = std::env::current_dir().unwrap();
        let relative = dir.path().strip_prefix(&cwd).unwrap().to_path_buf();
        assert!(relative.is_relative());
        let (mut r, _) = Reloader::new(&Origin::Folder(relative), Switch::Never).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        assert!(!loads_within_a_while(&mut r));
        std::fs::write(dir.path().join("projects/extra.toml"), "id = \"broken").unwrap();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }

    #[test]
    fn a_folder_swapped_for_a_new_copy_is_followed() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        data_at(&data, 2);
        let (mut r, _) = Reloader::new(&Origin::Folder(data.clone()), Switch::Never).unwrap();
        // Saved as a new copy, renamed into place; the old one is kept aside.
        let new = root.path().join("data.new");
        data_at(&new, 5);
        std::fs::rename(&data, root.path().join("data.old")).unwrap();
        std::fs::rename(&new, &data).unwrap();
        let loaded = wait_for_load(&mut r).unwrap();
        assert_eq!(loaded.model.projects.len(), 5);
        // Edits to the old copy are not the data's; edits to the new one are.
        std::fs::write(root.path().join("data.old/projects/x.toml"), "id = \"x").unwrap();
        assert!(!loads_within_a_while(&mut r));
        std::fs::write(data.join("projects/x.toml"), "id = \"x").unwrap();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_pointed_elsewhere_and_a_linked_file_are_followed() {
        let root = tempfile::tempdir().unwrap();
        let (a, b) = (root.path().join("a"), root.path().join("b"));
        data_at(&a, 2);
        data_at(&b, 4);
        let link = root.path().join("current");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        let (mut r, _) = Reloader::new(&Origin::Folder(link.clone()), Switch::Never).unwrap();
        // Pointed at b, as `ln -sfn b current` does: a new link renamed over the old.
        let tmp = root.path().join("current.tmp");
        std::os::unix::fs::symlink(&b, &tmp).unwrap();
        std::fs::rename(&tmp, &link).unwrap();
        assert_eq!(wait_for_load(&mut r).unwrap().model.projects.len(), 4);
        // A project file that links out of the folder is watched where it leads.
        let outside = root.path().join("outside.toml");
        let some_project = b
            .join("projects")
            .read_dir()
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        let text = std::fs::read_to_string(some_project.path()).unwrap();
        let id_line = text.lines().find(|l| l.starts_with("id = ")).unwrap();
        std::fs::write(&outside, text.replace(id_line, "id = \"outside\"")).unwrap();
        std::os::unix::fs::symlink(&outside, b.join("projects/linked.toml")).unwrap();
        let linked = wait_for_load(&mut r).unwrap();
        assert_eq!((linked.errors(), linked.model.projects.len()), (0, 5));
        std::fs::write(&outside, "id = \"broken").unwrap();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }

    /// Polled, a change is seen without any file event: the watcher is dropped here,
    /// as events from other machines never come on a network drive.
    #[test]
    fn a_polled_folder_sees_a_change_no_event_told_of() {
        let dir = tempfile::tempdir().unwrap();
        data_at(dir.path(), 2);
        let origin = Origin::Folder(dir.path().to_path_buf());
        let (mut r, _) = Reloader::new(&origin, Switch::Always).unwrap();
        assert_eq!(r.polled(), Some("--poll"));
        r.watching = None;
        // Stop it from watching anew.
        r.looked = Instant::now() + Duration::from_secs(3600);
        let deadline = Instant::now() + POLL_EVERY * 2;
        while Instant::now() < deadline && r.polling.as_ref().is_some_and(|p| p.sum.is_none()) {
            let _ = r.poll();
            std::thread::sleep(Duration::from_millis(20));
        }
        // The same bytes written again, with a new time: no change.
        let some = dir.path().join("members.toml");
        let same = std::fs::read(&some).unwrap();
        std::fs::write(&some, &same).unwrap();
        let quiet = Instant::now() + POLL_EVERY + Duration::from_millis(800);
        while Instant::now() < quiet {
            assert!(r.poll().is_none(), "the same bytes are no change");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::fs::write(dir.path().join("projects/extra.toml"), "id = \"broken").unwrap();
        let deadline = Instant::now() + POLL_EVERY * 3 + SETTLE * 2;
        let mut seen = None;
        while Instant::now() < deadline && seen.is_none() {
            seen = r.poll();
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(seen.unwrap().errors() > 0);
        // Not polled by default on a local disk.
        let (local, _) = Reloader::new(&origin, Switch::Auto).unwrap();
        assert_eq!(
            local.polled(),
            super::super::mount::remote(dir.path()).as_deref()
        );
    }

    #[test]
    fn a_folder_that_cannot_be_watched_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let origin = Origin::Folder(dir.path().join("missing"));
        let (mut r, problem) = Reloader::new(&origin, Switch::Never).unwrap();
        assert!(problem.is_some());
        r.request();
        assert!(wait_for_load(&mut r).unwrap().errors() > 0);
    }
}
