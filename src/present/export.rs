//! The export of the matrix view: a CSV and a Markdown file of exactly what it shows,
//! named after the year ("ikz-matrix-2024.csv"), never overwriting a file that exists,
//! and written whole (see [`crate::staged`]), so a half-written file never appears
//! under the final name.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::model::Model;
use crate::present::matrix as format;
use crate::query::grid::Grid;
use crate::staged::Staged;

/// The files an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub csv: PathBuf,
    pub markdown: PathBuf,
}

/// An export that failed: the file or folder it could not write, and why.
#[derive(Debug)]
pub struct Failed {
    pub path: PathBuf,
    pub error: io::Error,
}

impl Failed {
    fn at(path: &Path) -> impl FnOnce(io::Error) -> Failed + '_ {
        move |error| Failed {
            path: path.to_path_buf(),
            error,
        }
    }

    /// Whether the export was cancelled (not a failure to report).
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
    /// Lines written so far, of both files.
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

/// Writes the CSV and the Markdown file of `grid` into `dir`. Both get the same name,
/// the first of "ikz-matrix-2024", "ikz-matrix-2024-2", … that neither file has yet.
/// Both files are written in full before either appears, and where the second cannot be
/// placed the first is taken back: an export leaves both files or none.
///
/// `progress` counts the lines written as it goes, for a progress line (see
/// [`lines_of`]); once cancelled, the export stops at its next write and leaves nothing.
pub fn write(
    dir: &Path,
    model: &Model,
    grid: &Grid,
    progress: &Progress,
) -> Result<Exported, Failed> {
    let stage_csv = || {
        Staged::write(dir, |w| {
            format::write_csv(&mut Counting { inner: w, progress }, model, grid)
        })
        .map_err(Failed::at(dir))
    };
    let mut csv = stage_csv()?;
    let mut markdown = Staged::write(dir, |w| {
        format::write_markdown(&mut Counting { inner: w, progress }, model, grid)
    })
    .map_err(Failed::at(dir))?;
    let base = base_name(grid);
    for n in 1..=MAX_TRIES {
        let stem = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let (csv_path, md_path) = (
            dir.join(format!("{stem}.csv")),
            dir.join(format!("{stem}.md")),
        );
        if csv_path.exists()
            || md_path.exists()
            || !csv.place(&csv_path).map_err(Failed::at(&csv_path))?
        {
            continue;
        }
        match markdown.place(&md_path) {
            Ok(true) => {
                return Ok(Exported {
                    csv: csv_path,
                    markdown: md_path,
                });
            }
            // Someone took the name in between: keep the pair together under a new name.
            Ok(false) => {
                std::fs::remove_file(&csv_path).map_err(Failed::at(&csv_path))?;
                csv = stage_csv()?;
            }
            Err(e) => {
                let _ = std::fs::remove_file(&csv_path);
                return Err(Failed::at(&md_path)(e));
            }
        }
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
        let result = write(dir.path(), &model, &grid, &progress);
        assert!(result.is_err_and(|f| f.cancelled()));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
