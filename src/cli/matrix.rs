//! `ikz matrix`: projects × members, as text, CSV, Markdown or JSON — the same content as
//! the matrix view shows and exports for the same year, filter and orders.

use super::{MatrixFormat, Outcome};
use crate::model::Model;
use crate::present::matrix as format;
use crate::query::grid::{Grid, Keys, Spec};

pub fn matrix(model: &Model, spec: Spec, out: MatrixFormat) -> Outcome {
    let grid = Grid::build(model, &Keys::new(model), spec);
    let text = match out {
        MatrixFormat::Json => match format::json(model, &grid) {
            Ok(s) => s,
            Err(e) => return Outcome::usage(format!("{}: {e}", super::W.cannot_write_json)),
        },
        MatrixFormat::Csv => format::csv(model, &grid),
        MatrixFormat::Markdown => format::markdown(model, &grid),
        MatrixFormat::Text => format::text(model, &grid),
    };
    Outcome::ok(text)
}
