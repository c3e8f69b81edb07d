//! Files written whole or not at all: the content goes into a hidden temporary file in
//! the target's folder, which is then linked into place under its final name (never over
//! a file that exists). Until then the temporary file is on a list, and
//! [`remove_pending`] deletes what is on it when the program is ended by a signal, so no
//! half-written file stays behind on any way out.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tempfile::NamedTempFile;

/// The temporary files being written now.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while the list was held leaves it usable: it is only a list of paths.
    PENDING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Puts a file that is ours only for a while (the data folder's lock) on the list of
/// what a signal removes; [`release`] takes it off.
pub fn hold(path: &Path) {
    pending().push(path.to_path_buf());
}

/// Takes a file put on the list by [`hold`] off it.
pub fn release(path: &Path) {
    pending().retain(|p| p != path);
}

/// Deletes every temporary file still being written (for the way out by a signal).
pub fn remove_pending() {
    remove_where(|_| true);
}

fn remove_where(chosen: impl Fn(&Path) -> bool) {
    pending().retain(|path| {
        if chosen(path) {
            let _ = std::fs::remove_file(path);
            false
        } else {
            true
        }
    });
}

/// Why a path is not written into (see `cli::output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// A symbolic link: renaming over it would replace the link by a file.
    Link,
    /// A file of the data folder ikz reads.
    DataFile,
    /// Binary output (a workbook) into a terminal.
    WorkbookToTerminal,
    /// A FIFO that nobody reads: writing would wait for ever.
    NoReader,
    /// A folder.
    Folder,
}

/// While it lives, a signal that ends the program (Ctrl-C, SIGTERM, SIGHUP) first
/// deletes the temporary files being written, then ends it with 128 + the signal's
/// number. For the commands; the browser has its own signal thread.
pub struct OnSignal {
    #[cfg(unix)]
    handle: Option<signal_hook::iterator::Handle>,
}

/// See [`OnSignal`].
pub fn on_signal() -> OnSignal {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return OnSignal { handle: None };
        };
        let handle = signals.handle();
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                remove_pending();
                std::process::exit(128 + sig);
            }
        });
        OnSignal {
            handle: Some(handle),
        }
    }
    #[cfg(not(unix))]
    {
        OnSignal {}
    }
}

impl Drop for OnSignal {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(h) = &self.handle {
            h.close();
        }
    }
}

/// The prefix of the temporary files: hidden, and known to [`clean_stale`].
const PREFIX: &str = ".ikz-export-";

/// How old a temporary file of ours must be to be taken for one a killed run left: no
/// write takes that long, so a colleague's live one is never removed.
const STALE: std::time::Duration = std::time::Duration::from_secs(3600);

/// The name of this run's temporary files, before the random part: the prefix, the
/// process and the host (`.ikz-export-4242.rathaus-pc-17.`), so that a later run on
/// this host can tell one whose process is gone.
fn own_prefix() -> String {
    let host = host().replace(['.', '/', '\\'], "_");
    format!("{PREFIX}{}.{host}.", std::process::id())
}

/// Removes the temporary files of ours in `dir` that a killed run left: older than
/// [`STALE`], or of a process of this host that is gone. Never a colleague's that is
/// being written.
fn clean_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let host = host().replace(['.', '/', '\\'], "_");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)) else {
            continue;
        };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        let mut parts = rest.split('.');
        let gone = match (parts.next().map(str::parse::<u32>), parts.next()) {
            (Some(Ok(pid)), Some(h)) => h == host && pid != std::process::id() && !alive(pid),
            _ => false,
        };
        if (old || gone) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A complete temporary file waiting to be put in place. Dropped, it is deleted.
#[derive(Debug)]
pub struct Staged {
    file: Option<NamedTempFile>,
    path: PathBuf,
}

impl Staged {
    /// Writes a temporary file in `dir` with what `fill` writes, and syncs it to disk.
    pub fn write(
        dir: &Path,
        fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<Staged> {
        clean_stale(dir);
        let mut builder = tempfile::Builder::new();
        let prefix = own_prefix();
        builder.prefix(&prefix);
        // Readable as any new file is (0644 under the usual umask 022), so that colleagues
        // on a shared drive can open it; the system takes the umask off.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let file = builder.tempfile_in(dir)?;
        let staged = Staged {
            path: file.path().to_path_buf(),
            file: Some(file),
        };
        pending().push(staged.path.clone());
        let Some(file) = &staged.file else {
            return Err(io::Error::other("no temporary file"));
        };
        let mut out = BufWriter::new(file.as_file());
        fill(&mut out)?;
        out.flush()?;
        drop(out);
        file.as_file().sync_all()?;
        Ok(staged)
    }

    /// Puts the file in place under `path`: `Ok(false)` if a file is there already (the
    /// temporary file then stays, for another name).
    pub fn place(&mut self, path: &Path) -> io::Result<bool> {
        let Some(file) = self.file.take() else {
            return Err(io::Error::other("the file was placed already"));
        };
        match file.persist_noclobber(path) {
            Ok(_) => {
                self.forget();
                Ok(true)
            }
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                self.file = Some(e.file);
                Ok(false)
            }
            Err(e) => {
                self.file = Some(e.file);
                Err(e.error)
            }
        }
    }

    /// Gives the temporary file the mode and group of the file at `path`, where there is
    /// one, so that putting it in place changes who may read and write it in nothing (a
    /// group-writable file in a shared folder stays so).
    pub fn keep_owner_of(&self, path: &Path) -> io::Result<()> {
        let (Ok(old), Some(file)) = (std::fs::metadata(path), &self.file) else {
            return Ok(());
        };
        std::fs::set_permissions(file.path(), old.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Another group only where this user may give it; else the folder's default.
            let _ = std::os::unix::fs::chown(file.path(), None, Some(old.gid()));
        }
        Ok(())
    }

    /// Puts the file in place under `path`, replacing a file there (for a file the user
    /// named, such as `ikz matrix --output`).
    pub fn replace(&mut self, path: &Path) -> io::Result<()> {
        // On Windows a virus scanner or the indexer may hold the new file a moment after
        // it was written: the rename is tried again for about a second.
        let tries = if cfg!(windows) { 20 } else { 1 };
        for attempt in 1..=tries {
            let Some(file) = self.file.take() else {
                return Err(io::Error::other("the file was placed already"));
            };
            match file.persist(path) {
                Ok(_) => {
                    self.forget();
                    return Ok(());
                }
                Err(e) => {
                    self.file = Some(e.file);
                    if attempt == tries || e.error.kind() != io::ErrorKind::PermissionDenied {
                        return Err(e.error);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
            }
        }
        Err(io::Error::other("the file was not placed"))
    }

    fn forget(&self) {
        pending().retain(|p| p != &self.path);
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // The temporary file (if not placed) is deleted by its own drop.
        self.forget();
    }
}

/// This computer's name.
pub fn host() -> String {
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is valid for its length; the name ends in a NUL within it
        // (the last byte stays 0 where it was cut).
        let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) } == 0;
        if ok {
            let end = buf.iter().position(|&b| b == 0).unwrap_or(0);
            if let Some(name) = buf.get(..end) {
                return String::from_utf8_lossy(name).into_owned();
            }
        }
        String::new()
    }
    #[cfg(not(unix))]
    {
        std::env::var("COMPUTERNAME").unwrap_or_default()
    }
}

/// Whether a process of this host runs (where that cannot be told: yes).
pub fn alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: signal 0 sends nothing; it asks whether the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_staged_file_appears_whole_and_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Staged::write(dir.path(), |w| w.write_all(b"a,b\n")).unwrap();
        assert_eq!(
            files_in(dir.path()).len(),
            1,
            "only the hidden temporary file"
        );
        std::fs::write(dir.path().join("taken.csv"), "x").unwrap();
        assert!(!s.place(&dir.path().join("taken.csv")).unwrap());
        assert!(s.place(&dir.path().join("new.csv")).unwrap());
        drop(s);
        assert_eq!(files_in(dir.path()), ["new.csv", "taken.csv"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("taken.csv")).unwrap(),
            "x"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("new.csv")).unwrap(),
            "a,b\n"
        );
    }

    #[test]
    fn a_failed_or_dropped_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let failed = Staged::write(dir.path(), |_| Err(io::Error::other("disk full")));
        assert!(failed.is_err());
        drop(Staged::write(dir.path(), |w| w.write_all(b"x")).unwrap());
        assert!(files_in(dir.path()).is_empty());
    }

    #[test]
    fn temporaries_of_a_gone_process_of_this_host_are_cleaned_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let host = host().replace(['.', '/', '\\'], "_");
        let gone = dir.path().join(format!("{PREFIX}999999999.{host}.abc"));
        let colleague = dir
            .path()
            .join(format!("{PREFIX}999999999.rathaus-pc-17.abc"));
        let mine = dir
            .path()
            .join(format!("{PREFIX}{}.{host}.abc", std::process::id()));
        for f in [&gone, &colleague, &mine] {
            std::fs::write(f, "x").unwrap();
        }
        drop(Staged::write(dir.path(), |w| w.write_all(b"x")).unwrap());
        assert!(!gone.exists());
        assert!(colleague.exists(), "another host's, less than an hour old");
        assert!(mine.exists(), "this process's own");
    }

    #[test]
    fn the_files_being_written_are_removed_on_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let s = Staged::write(dir.path(), |w| w.write_all(b"x")).unwrap();
        assert!(s.path.exists());
        // (Only this test's files: the other tests write theirs at the same time.)
        remove_where(|p| p.starts_with(dir.path()));
        assert!(!s.path.exists());
    }
}
