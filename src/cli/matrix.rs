//! `ikz matrix`: projects × members, as text, CSV, Markdown or JSON — the same content as
//! the matrix view shows and exports for the same year, filter and orders.

use std::io::{self, Write};

use super::{MatrixFormat, Outcome};
use crate::model::Model;
use crate::present::matrix as format;
use crate::query::grid::{Grid, Keys, Spec};

/// Writes the matrix to `out` row by row: memory stays one row plus the model and grid,
/// at any size.
pub fn matrix(
    out: &mut dyn Write,
    model: &Model,
    spec: Spec,
    format: MatrixFormat,
) -> io::Result<Outcome> {
    let grid = Grid::build(model, &Keys::new(model), spec);
    match format {
        MatrixFormat::Json => format::write_json(out, model, &grid)?,
        MatrixFormat::Csv => format::write_csv(out, model, &grid)?,
        MatrixFormat::Markdown => format::write_markdown(out, model, &grid)?,
        MatrixFormat::Text => format::write_text(out, model, &grid)?,
    }
    Ok(Outcome::default())
}
