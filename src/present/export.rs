//! The export of the matrix view: the files the user chooses (an Excel workbook, a CSV
//! for Excel, a CSV for scripts, Markdown) of exactly what it shows, in the language of the screen, named after the year ("ikz-matrix-2024.csv"), never overwriting a file that exists,
//! and written whole (see [`crate::staged`]), so a half-written file never appears
//! under the final name.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::model::Model;
use crate::present::matrix as format;
use crate::present::table::Dialect;
use crate::present::words::Lang;
use crate::present::workbook;
use crate::query::grid::Grid;
use crate::staged::Staged;

/// The files an export wrote, in the order of [`Kind::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub files: Vec<PathBuf>,
}

/// A file an export can write: the workbook to open by double-click, the CSV for
/// German Excel (semicolons, a byte-order mark), the plain CSV for scripts, Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Workbook,
    CsvExcel,
    Csv,
    Markdown,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Workbook, Kind::CsvExcel, Kind::Csv, Kind::Markdown];

    /// What follows the name's stem: the CSV for Excel is told apart by its name.
    pub fn tail(self) -> &'static str {
        match self {
            Kind::Workbook => ".xlsx",
            Kind::CsvExcel => "-excel.csv",
            Kind::Csv => ".csv",
            Kind::Markdown => ".md",
        }
    }
}

/// An export that failed: the file or folder it could not write, and why.
#[derive(Debug)]
pub struct Failed {
    pub path: PathBuf,
    pub error: io::Error,
}

impl Failed {
    fn at(path: &Path) -> impl FnOnce(io::Error) -> Failed + '_ {
        move |error| {
            // "No such file" for a folder that is there: it takes no new files (/proc).
            let error = if error.kind() == io::ErrorKind::NotFound && path.is_dir() {
                io::Error::new(io::ErrorKind::Unsupported, error)
            } else {
                error
            };
            Failed {
                path: path.to_path_buf(),
                error,
            }
        }
    }

    /// Whether the export was cancelled (not a failure to report; for the tests).
    #[cfg(test)]
    pub fn cancelled(&self) -> bool {
        self.error.to_string() == CANCELLED
    }
}

/// Tries this many names ("…-2", "…-3", …) before giving up.
const MAX_TRIES: usize = 1000;

/// "ikz-matrix-2024" or "ikz-matrix-all-years".
pub fn base_name(grid: &Grid) -> String {
    match grid.spec.year {
        Some(y) => format!("ikz-matrix-{y}"),
        None => "ikz-matrix-all-years".to_string(),
    }
}

/// About how many lines an export of `grid` writes: a line per project in each file,
/// and a few more.
pub fn lines_of(grid: &Grid) -> usize {
    2 * grid.rows.len() + 16
}

/// The error of a cancelled export.
pub const CANCELLED: &str = "export cancelled";

/// How far an export is, and whether it is to stop: shared with the thread that shows it.
#[derive(Debug, Default)]
pub struct Progress {
    /// Lines written so far, of the text files.
    pub lines: AtomicUsize,
    pub cancel: AtomicBool,
}

/// A writer that counts the lines passing through it, and stops when cancelled.
struct Counting<'a> {
    inner: &'a mut dyn Write,
    progress: &'a Progress,
}

impl Write for Counting<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.progress.cancel.load(Ordering::Relaxed) {
            // Not `Interrupted`: `write_all` would try again, forever.
            return Err(io::Error::other(CANCELLED));
        }
        let n = self.inner.write(buf)?;
        let ends = buf
            .get(..n)
            .map_or(0, |b| memchr::memchr_iter(b'\n', b).count());
        self.progress.lines.fetch_add(ends, Ordering::Relaxed);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes the files of `kinds` of `grid` into `dir`, all under the same name: the
/// first of "ikz-matrix-2024", "ikz-matrix-2024-2", … that none of them has yet. All are written in full before any appears, and where one cannot be
/// placed the others are taken back: an export leaves all its files or none.
///
/// `progress` counts the lines written as it goes, for a progress line (see
/// [`lines_of`]); once cancelled, the export stops at its next write and leaves nothing.
pub fn write(
    dir: &Path,
    model: &Model,
    grid: &Grid,
    lang: Lang,
    kinds: &[Kind],
    progress: &Progress,
) -> Result<Exported, Failed> {
    let kinds: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| kinds.contains(k))
        .collect();
    let stage = |kind: Kind| -> Result<Staged, Failed> {
        Staged::write(dir, |w| {
            let mut out = Counting { inner: w, progress };
            match kind {
                Kind::Csv => format::write_csv(&mut out, model, grid, lang, Dialect::Standard),
                Kind::CsvExcel => format::write_csv(&mut out, model, grid, lang, Dialect::Excel),
                Kind::Markdown => format::write_markdown(&mut out, model, grid, lang),
                // Made in memory, then written at once: not counted as lines.
                Kind::Workbook => {
                    let bytes = workbook::bytes(model, grid, lang, workbook::today())
                        .map_err(io::Error::other)?;
                    if progress.cancel.load(Ordering::Relaxed) {
                        return Err(io::Error::other(CANCELLED));
                    }
                    out.inner.write_all(&bytes)
                }
            }
        })
        .map_err(Failed::at(dir))
    };
    let mut staged: Vec<Staged> = kinds
        .iter()
        .map(|&kind| stage(kind))
        .collect::<Result<_, _>>()?;
    let base = base_name(grid);
    'names: for n in 1..=MAX_TRIES {
        let stem = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let paths: Vec<PathBuf> = kinds
            .iter()
            .map(|kind| dir.join(format!("{stem}{}", kind.tail())))
            .collect();
        if paths.iter().any(|p| p.exists()) {
            continue;
        }
        for (i, (file, path)) in staged.iter_mut().zip(&paths).enumerate() {
            match file.place(path) {
                Ok(true) => {}
                // Someone took the name in between: the files placed so far are taken
                // back and written anew, and the set moves on to the next name together.
                Ok(false) => {
                    for placed in paths.iter().take(i) {
                        std::fs::remove_file(placed).map_err(Failed::at(placed))?;
                    }
                    staged = kinds
                        .iter()
                        .map(|&kind| stage(kind))
                        .collect::<Result<_, _>>()?;
                    continue 'names;
                }
                Err(e) => {
                    for placed in paths.iter().take(i) {
                        let _ = std::fs::remove_file(placed);
                    }
                    return Err(Failed::at(path)(e));
                }
            }
        }
        return Ok(Exported { files: paths });
    }
    Err(Failed::at(dir)(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{MAX_TRIES} files named {base}… exist already"),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::grid::{Keys, Spec};

    #[test]
    fn a_cancelled_export_leaves_nothing() {
        let model = crate::data::load(&crate::data::Origin::BuiltIn).model;
        let grid = Grid::build(&model, &Keys::new(&model), Spec::default());
        let dir = tempfile::tempdir().unwrap();
        let progress = Progress::default();
        progress.cancel.store(true, Ordering::Relaxed);
        let result = write(dir.path(), &model, &grid, Lang::En, &Kind::ALL, &progress);
        assert!(result.is_err_and(|f| f.cancelled()));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    /// A folder that is there but takes no files (/proc) is said so, not "does not exist".
    #[cfg(target_os = "linux")]
    #[test]
    fn a_folder_that_takes_no_files_is_said_so() {
        let model = crate::data::load(&crate::data::Origin::BuiltIn).model;
        let grid = Grid::build(&model, &Keys::new(&model), Spec::default());
        let Err(failed) = write(
            Path::new("/proc"),
            &model,
            &grid,
            Lang::En,
            &[Kind::Csv],
            &Progress::default(),
        ) else {
            panic!("written into /proc")
        };
        let reason = Lang::En.texts().matrix.write_reason(&failed.error);
        assert!(
            reason.starts_with("the folder takes no new files"),
            "{reason}"
        );
    }
}
