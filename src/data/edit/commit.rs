//! Writing edits into a data folder that colleagues share: under the folder's lock, and
//! only over files as they were when the edit was made.
//!
//! The lock is a file, `.ikz-lock`, created only where it is absent (which holds on a
//! network drive, where `flock` on a Linux CIFS mount is local to one client). It says
//! which host and process hold it, and since when. It is held only while the files are
//! compared and written — a moment — so one older than [`STALE`] was left by a run that
//! was killed, as is one of a process of this host that is gone; those are removed.
//! Under the lock each file is read again and compared with the bytes the edit was
//! made from: where a colleague saved in between, nothing is written (no clock or mtime
//! is trusted for that: a NAS keeps mtimes in 2 s steps, and clocks differ).

use std::io;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::staged::{Staged, alive, host};

/// The lock file in the data folder (hidden: the loader passes it by).
pub const LOCK_FILE: &str = ".ikz-lock";

/// How old a lock must be to be taken for one a killed run left.
pub const STALE: Duration = Duration::from_secs(10 * 60);

/// How old a lock that cannot be read must be to be taken for one a killed run left.
const UNREADABLE: Duration = Duration::from_secs(30);

/// How long a lock held by a colleague is waited for.
const WAIT: Duration = Duration::from_secs(5);

/// One file to write: where, the bytes the edit was made from (`None`: the file is
/// new), and the new bytes.
#[derive(Debug, Clone)]
pub struct Write {
    pub path: PathBuf,
    pub before: Option<Vec<u8>>,
    pub after: Vec<u8>,
}

/// Who holds a lock, as its file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    /// Seconds since 1970, by the holder's clock.
    pub since: u64,
}

/// Why nothing was written.
#[derive(Debug)]
pub enum Failed {
    /// A colleague's ikz holds the lock (the lock file's path).
    Locked(PathBuf, Option<Holder>),
    /// The file changed since the edit was made from it.
    Changed(PathBuf),
    /// The file could not be read or written.
    Io(PathBuf, io::Error),
}

/// Writes every file, first to last, under the lock of `dir`, where each is as the
/// edit found it; else writes none.
pub fn commit(dir: &Path, writes: &[Write]) -> Result<(), Failed> {
    commit_waiting(dir, writes, WAIT)
}

/// [`commit`], waiting for a colleague's lock as long as `wait`.
fn commit_waiting(dir: &Path, writes: &[Write], wait: Duration) -> Result<(), Failed> {
    let _lock = Lock::take(dir, wait)?;
    let mut targets = Vec::with_capacity(writes.len());
    for w in writes {
        // A data file that is a link: its target is replaced, the link stays.
        let target = std::fs::canonicalize(&w.path).unwrap_or_else(|_| w.path.clone());
        let now = match std::fs::read(&target) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(Failed::Io(w.path.clone(), e)),
        };
        if now != w.before {
            return Err(Failed::Changed(w.path.clone()));
        }
        targets.push(target);
    }
    for (w, target) in writes.iter().zip(&targets) {
        let folder = target.parent().unwrap_or(dir);
        let io = |e| Failed::Io(w.path.clone(), e);
        let mut staged = Staged::write(folder, |out| out.write_all(&w.after)).map_err(io)?;
        if w.before.is_some() {
            staged.keep_owner_of(target).map_err(io)?;
            staged.replace(target).map_err(io)?;
        } else if !staged.place(target).map_err(io)? {
            return Err(Failed::Changed(w.path.clone()));
        }
    }
    Ok(())
}

/// The folder's lock, while it is held; removed when dropped (and by a signal that
/// ends the program, as the temporary files are).
struct Lock {
    path: PathBuf,
}

impl Lock {
    fn take(dir: &Path, wait: Duration) -> Result<Lock, Failed> {
        let path = dir.join(LOCK_FILE);
        let waited_from = std::time::Instant::now();
        loop {
            let me = Holder {
                host: host(),
                pid: std::process::id(),
                since: now_secs(),
            };
            match place(dir, &path, &me) {
                Ok(()) => {
                    crate::staged::hold(&path);
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    let holder = Holder::read(&text);
                    let age = std::fs::metadata(&path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok());
                    if is_stale(holder.as_ref(), age) {
                        // Only the lock judged stale is removed, not one taken since; one
                        // that cannot be removed (no right to) is waited for like a live one.
                        let same = std::fs::read_to_string(&path).is_ok_and(|t| t == text);
                        if !same || std::fs::remove_file(&path).is_ok() {
                            continue;
                        }
                    }
                    if waited_from.elapsed() > wait {
                        return Err(Failed::Locked(path, holder));
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e) => return Err(Failed::Io(path, e)),
            }
        }
    }
}

/// Puts the lock file in place, never over one that is there: written whole first and
/// then given its name, so that nobody ever reads an empty lock (one killed between the
/// two leaves a temporary file that the next write cleans). Where the file system cannot
/// give a name without replacing (a link or rename that it refuses), the file is created
/// only where absent and then written.
fn place(dir: &Path, path: &Path, me: &Holder) -> io::Result<()> {
    let text = me.text();
    let mut staged = Staged::write(dir, |out| out.write_all(text.as_bytes()))?;
    match staged.place(path) {
        Ok(true) => Ok(()),
        Ok(false) => Err(io::ErrorKind::AlreadyExists.into()),
        Err(_) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        crate::staged::release(&self.path);
    }
}

/// Whether a lock was left by a run that ended without removing it: older than
/// [`STALE`] by its file's time and by what it says, or of a process of this host that
/// is gone. One that cannot be read is stale once its file is [`UNREADABLE`] old.
fn is_stale(holder: Option<&Holder>, file_age: Option<Duration>) -> bool {
    let old_file = file_age.is_some_and(|a| a > STALE);
    match holder {
        Some(h) if h.host == host() && h.pid != std::process::id() && !alive(h.pid) => true,
        Some(h) => old_file && now_secs().saturating_sub(h.since) > STALE.as_secs(),
        // Written whole before it gets its name, a lock that cannot be read is no
        // ikz's being written: left by a run killed while it wrote by the other way.
        None => file_age.is_some_and(|a| a > UNREADABLE),
    }
}

impl Holder {
    fn text(&self) -> String {
        format!(
            "# ikz is writing to this data folder; removed when it is done.\nhost = \"{}\"\npid = {}\nsince = {}\n",
            self.host.replace(['"', '\\', '\n'], "_"),
            self.pid,
            self.since
        )
    }

    fn read(text: &str) -> Option<Holder> {
        let table: toml::Table = text.parse().ok()?;
        Some(Holder {
            host: table.get("host")?.as_str()?.to_string(),
            pid: u32::try_from(table.get("pid")?.as_integer()?).ok()?,
            since: u64::try_from(table.get("since")?.as_integer()?).ok()?,
        })
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, before: Option<&str>, after: &str) -> Write {
        Write {
            path: path.to_path_buf(),
            before: before.map(|b| b.as_bytes().to_vec()),
            after: after.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_file_changed_since_is_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.toml");
        std::fs::write(&file, "a = 1\n").unwrap();
        // A colleague saves between the read and the write.
        std::fs::write(&file, "a = 2\n").unwrap();
        let r = commit(dir.path(), &[write(&file, Some("a = 1\n"), "a = 3\n")]);
        assert!(matches!(r, Err(Failed::Changed(_))), "{r:?}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "a = 2\n");
        assert!(!dir.path().join(LOCK_FILE).exists(), "the lock is let go");
        // As it was: written.
        commit(dir.path(), &[write(&file, Some("a = 2\n"), "a = 3\n")]).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "a = 3\n");
    }

    #[test]
    fn several_files_all_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
        std::fs::write(&a, "1").unwrap();
        std::fs::write(&b, "changed").unwrap();
        let r = commit(
            dir.path(),
            &[write(&a, Some("1"), "2"), write(&b, Some("1"), "2")],
        );
        assert!(matches!(r, Err(Failed::Changed(p)) if p == b));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "1");
    }

    #[test]
    fn a_colleagues_live_lock_is_waited_for_a_stale_one_removed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.toml");
        std::fs::write(&file, "a").unwrap();
        let lock = dir.path().join(LOCK_FILE);
        let other = Holder {
            host: "rathaus-pc-17".into(),
            pid: 4242,
            since: now_secs(),
        };
        std::fs::write(&lock, other.text()).unwrap();
        let wait = Duration::from_millis(300);
        let r = commit_waiting(dir.path(), &[write(&file, Some("a"), "b")], wait);
        match r {
            Err(Failed::Locked(_, Some(h))) => assert_eq!(h, other),
            r => panic!("{r:?}"),
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "a");
        // A process of this host that is gone left it: taken over at once.
        let gone = Holder {
            host: host(),
            pid: 999_999_999,
            since: now_secs(),
        };
        std::fs::write(&lock, gone.text()).unwrap();
        commit(dir.path(), &[write(&file, Some("a"), "b")]).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "b");
        assert!(!lock.exists());
        // Old by the file's time and by its own: stale.
        let old = Holder {
            since: now_secs() - 3600,
            ..other
        };
        assert!(is_stale(Some(&old), Some(Duration::from_secs(3600))));
        assert!(!is_stale(Some(&old), Some(Duration::from_secs(5))));
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_link_stays_a_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        std::fs::write(&real, "a").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o664)).unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        commit(dir.path(), &[write(&link, Some("a"), "b")]).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "b");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o664);
    }
}
