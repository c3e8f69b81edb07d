//! `-o FILE`: where a command's output goes, decided by what is at that path. A file (or
//! nothing) is written whole or not at all, keeping the old file's mode and group; a
//! device — a FIFO, a terminal, `/dev/null`, Windows' `NUL` and `CON` — is written into
//! as it is, never replaced; `-` is the standard output. Refused: a link (it would be
//! replaced by a file), a file of the data folder being read, a workbook into a terminal.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::present::words::Lang;
use crate::staged::Refused;

/// What is at the path `-o` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// `-`: the standard output.
    Stdout,
    /// A device or FIFO, written into as it is; `terminal` where it is one.
    Device { terminal: bool },
    /// A file there or not yet: written whole, in place of the old one.
    File,
}

/// What `path` is, for output that is `binary` (a workbook) or text; `data` is the data
/// folder being read, if any.
pub fn place(path: &Path, data: Option<&Path>, binary: bool) -> Result<Place, Refused> {
    if path.as_os_str() == "-" {
        return if binary && io::IsTerminal::is_terminal(&io::stdout()) {
            Err(Refused::WorkbookToTerminal)
        } else {
            Ok(Place::Stdout)
        };
    }
    if windows_device(path) {
        return Ok(Place::Device { terminal: false });
    }
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(Place::File);
    };
    if meta.file_type().is_symlink() {
        return Err(Refused::Link);
    }
    if meta.is_dir() {
        return Err(Refused::Folder);
    }
    if !meta.is_file() && !meta.is_dir() {
        // Only a character device can be a terminal (opening a FIFO to ask would wait
        // for its reader).
        let terminal = char_device(&meta)
            && std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .is_ok_and(|f| io::IsTerminal::is_terminal(&f));
        if binary && terminal {
            return Err(Refused::WorkbookToTerminal);
        }
        return Ok(Place::Device { terminal });
    }
    if data.is_some_and(|d| is_data_file(path, d)) {
        return Err(Refused::DataFile);
    }
    Ok(Place::File)
}

fn char_device(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileTypeExt::is_char_device(&meta.file_type())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// The format a file's name asks for (`.xlsx`, `.json`, `.csv`, `.md`), where it differs
/// from the one the command writes in (`format`): a workbook named `m.xlsx` that is text
/// would not open.
pub fn name_asks(path: &Path, format: Option<&str>) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let asked = match ext.as_str() {
        "xlsx" => "xlsx",
        "json" => "json",
        "csv" => "csv",
        "md" => "markdown",
        _ => return None,
    };
    (format? != asked).then_some(asked)
}

/// Windows' device names (`NUL`, `CON`, `nul.txt`, …), which name no file in any folder.
fn windows_device(path: &Path) -> bool {
    if !cfg!(windows) {
        return false;
    }
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    matches!(stem.as_str(), "NUL" | "CON" | "PRN" | "AUX")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem
                .as_bytes()
                .get(3)
                .is_some_and(|b| (b'1'..=b'9').contains(b)))
}

/// Whether `path` is one of the files the loader reads in the folder `data`: a `.toml`
/// at its top or in its `projects/`.
fn is_data_file(path: &Path, data: &Path) -> bool {
    let whole = |p: &Path| std::fs::canonicalize(p).ok();
    let (Some(file), Some(data)) = (whole(path), whole(data)) else {
        return false;
    };
    let toml = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let folder = file.parent().map(Path::to_path_buf);
    toml && (folder.as_deref() == Some(data.as_path())
        || folder == Some(data.join(crate::data::PROJECTS_DIR)))
}

/// Writes what `fill` writes into `path` as [`place`] decides, and says where it went
/// or why not. `fill` returns the command's outcome; a file is put in place only where
/// `keep` says the outcome is an answer.
pub fn write(
    path: &Path,
    data: Option<&Path>,
    binary: bool,
    lang: Lang,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<Outcome>,
    keep: impl Fn(&Outcome) -> bool,
) -> Outcome {
    let w = &lang.texts().cli;
    let place = match place(path, data, binary) {
        Ok(p) => p,
        Err(why) => {
            let said = (w.output_refused)(why, &path.display().to_string());
            return Outcome::usage(said);
        }
    };
    let written = match place {
        Place::Stdout if binary => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            fill(&mut out).and_then(|o| out.flush().map(|()| o))
        }
        // Text to the standard output is made safe for a terminal, as without `-o`.
        Place::Stdout => {
            let stdout = io::stdout();
            let mut out =
                io::BufWriter::with_capacity(1 << 16, crate::text::Sanitizing::new(stdout.lock()));
            fill(&mut out).and_then(|o| out.flush().map(|()| o))
        }
        Place::Device { .. } => match open_device(path) {
            Ok(Some(mut f)) => fill(&mut f).and_then(|o| f.flush().map(|()| o)),
            Ok(None) => {
                let said = (w.output_refused)(Refused::NoReader, &path.display().to_string());
                return Outcome::usage(said);
            }
            Err(e) => Err(e),
        },
        Place::File => into_file(path, fill, &keep),
    };
    match written {
        Ok(mut outcome) => {
            if place == Place::File && keep(&outcome) {
                use std::fmt::Write as _;
                let _ = writeln!(outcome.stderr, "{} {}", w.wrote_to, path.display());
            }
            outcome
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Outcome::default(),
        Err(e) => super::matrix::cannot_write(path, &e, lang),
    }
}

/// A FIFO is opened only where someone reads it (else it would wait for ever: `None`);
/// other devices as they are.
fn open_device(path: &Path) -> io::Result<Option<std::fs::File>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let fifo = std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo());
        if fifo {
            // Opening a FIFO for writing without waiting fails where nobody reads it.
            let probe = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(path);
            if probe.is_err() {
                return Ok(None);
            }
        }
    }
    std::fs::OpenOptions::new().write(true).open(path).map(Some)
}

/// A file written whole: a temporary in its folder, with the old file's mode and group,
/// put in place where `keep` says so.
fn into_file(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<Outcome>,
    keep: &dyn Fn(&Outcome) -> bool,
) -> io::Result<Outcome> {
    let dir: PathBuf = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let _cleanup = crate::staged::on_signal();
    let mut outcome = Outcome::default();
    let mut staged = crate::staged::Staged::write(&dir, |out| {
        outcome = fill(out)?;
        Ok(())
    })?;
    if keep(&outcome) {
        staged.keep_owner_of(path)?;
        staged.replace(path)?;
    }
    Ok(outcome)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_place_is_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.csv");
        assert_eq!(place(&file, None, false), Ok(Place::File));
        std::fs::write(&file, "x").unwrap();
        assert_eq!(place(&file, None, false), Ok(Place::File));
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert_eq!(place(&link, None, false), Err(Refused::Link));
        assert_eq!(
            place(Path::new("/dev/null"), None, false),
            Ok(Place::Device { terminal: false })
        );
        assert_eq!(place(Path::new("-"), None, false), Ok(Place::Stdout));
        assert_eq!(place(dir.path(), None, false), Err(Refused::Folder));
        // A data file of the folder read, by any way of naming it.
        let data = dir.path().join("daten");
        std::fs::create_dir_all(data.join("projects")).unwrap();
        std::fs::write(data.join("members.toml"), "").unwrap();
        std::fs::write(data.join("projects/p.toml"), "").unwrap();
        let by_dots = data.join("projects/../members.toml");
        assert_eq!(place(&by_dots, Some(&data), false), Err(Refused::DataFile));
        assert_eq!(
            place(&data.join("projects/p.toml"), Some(&data), false),
            Err(Refused::DataFile)
        );
        assert_eq!(
            place(&data.join("notes.csv"), Some(&data), false),
            Ok(Place::File)
        );
    }

    #[test]
    fn a_file_name_that_asks_for_another_format_is_told() {
        assert_eq!(name_asks(Path::new("m.xlsx"), Some("text")), Some("xlsx"));
        assert_eq!(name_asks(Path::new("p.JSON"), Some("text")), Some("json"));
        assert_eq!(name_asks(Path::new("m.md"), Some("markdown")), None);
        assert_eq!(name_asks(Path::new("r.txt"), Some("json")), None);
        assert_eq!(name_asks(Path::new("r.csv"), None), None);
    }
}
