//! `ikz matrix`: projects × members, as text, CSV, Markdown, JSON or an Excel workbook —
//! the same content as the matrix view shows and exports for the same year, filter and
//! orders.

use std::io::{self, Write};
use std::path::Path;

use super::{MatrixFormat, Outcome};
use crate::model::Model;
use crate::present::matrix as format;
use crate::present::table::Dialect;
use crate::present::words::Lang;
use crate::query::grid::{Grid, Keys, Spec};

/// How the matrix is written.
#[derive(Debug, Clone, Copy)]
pub struct How {
    pub format: MatrixFormat,
    /// The CSV's: for scripts, or for Excel (see `present::csv`).
    pub dialect: Dialect,
    pub lang: Lang,
}

/// Writes the matrix to `out` row by row: memory stays one row plus the model and grid,
/// at any size.
pub fn matrix(out: &mut dyn Write, model: &Model, spec: Spec, how: How) -> io::Result<Outcome> {
    let w = &how.lang.texts().cli;
    if how.format == MatrixFormat::Xlsx {
        return Ok(Outcome::usage(w.xlsx_needs_output));
    }
    let grid = Grid::build(model, &Keys::new(model), spec);
    write(out, model, &grid, how)?;
    Ok(Outcome::default())
}

fn write(out: &mut dyn Write, model: &Model, grid: &Grid, how: How) -> io::Result<()> {
    let dialect = how.dialect;
    match how.format {
        MatrixFormat::Json => format::write_json(out, model, grid),
        MatrixFormat::Csv => format::write_csv(out, model, grid, how.lang, dialect),
        MatrixFormat::Markdown => format::write_markdown(out, model, grid, how.lang),
        MatrixFormat::Text => format::write_text(out, model, grid, how.lang),
        MatrixFormat::Xlsx => {
            let bytes = crate::present::workbook::bytes(
                model,
                grid,
                how.lang,
                crate::present::workbook::today(),
            )
            .map_err(io::Error::other)?;
            out.write_all(&bytes)
        }
    }
}

/// Writes the whole matrix into `out` (for `-o`, see `cli::output`).
pub fn write_all(out: &mut dyn Write, model: &Model, spec: Spec, how: How) -> io::Result<()> {
    let grid = Grid::build(model, &Keys::new(model), spec);
    write(out, model, &grid, how)
}

/// A file that could not be written: where, and why in words (exit 3).
pub(super) fn cannot_write(path: &Path, e: &io::Error, lang: Lang) -> Outcome {
    let (w, t) = (&lang.texts().cli, &lang.texts().matrix);
    Outcome {
        code: super::EXIT_OUTPUT,
        stderr: format!(
            "ikz: {} {}: {}\n",
            w.cannot_write,
            path.display(),
            t.write_reason(e)
        ),
        ..Outcome::default()
    }
}
