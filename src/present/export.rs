//! The export of the matrix view: a CSV and a Markdown file of exactly what it shows,
//! named after the year ("ikz-matrix-2024.csv"), never overwriting a file that exists,
//! and written atomically (to a temporary file in the same folder, then linked into
//! place), so a half-written file never appears under the final name.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::model::Model;
use crate::present::matrix as format;
use crate::query::grid::Grid;

/// The files an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub csv: PathBuf,
    pub markdown: PathBuf,
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

/// Writes the CSV and the Markdown file of `grid` into `dir`. Both get the same name,
/// the first of "ikz-matrix-2024", "ikz-matrix-2024-2", … that neither file has yet.
pub fn write(dir: &Path, model: &Model, grid: &Grid) -> io::Result<Exported> {
    let csv = format::csv(model, grid);
    let markdown = format::markdown(model, grid);
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
        if csv_path.exists() || md_path.exists() {
            continue;
        }
        if !place(dir, &csv_path, &csv)? {
            continue;
        }
        if !place(dir, &md_path, &markdown)? {
            // Someone took the name in between: keep the pair together under a new name.
            std::fs::remove_file(&csv_path)?;
            continue;
        }
        return Ok(Exported {
            csv: csv_path,
            markdown: md_path,
        });
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{MAX_TRIES} files named {base}… exist already"),
    ))
}

/// Writes `content` to a temporary file in `dir` and moves it to `path` unless a file
/// is there: `Ok(false)` if one is.
fn place(dir: &Path, path: &Path, content: &str) -> io::Result<bool> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".ikz-export-")
        .tempfile_in(dir)?;
    tmp.write_all(content.as_bytes())?;
    tmp.as_file().sync_all()?;
    match tmp.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.error),
    }
}
