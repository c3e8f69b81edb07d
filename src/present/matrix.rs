//! A [`Grid`] written out whole: aligned text, CSV, Markdown and JSON. `ikz matrix` prints
//! these and the matrix view's export writes the CSV and Markdown ones, so both give the
//! same content for the same year, filter and orders.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Cell, Model};
use crate::present::table::{aligned, csv_row, md_row, truncate};
use crate::query::grid::{ColumnOrder, Grid, RowOrder};

/// Widest project title in the text matrix (display columns); longer ones are cut.
const TITLE_WIDTH: usize = 40;

pub const LEGEND: &str =
    "✓ takes part   · does not   ? not known (no source names the participants)";

/// The mark of a cell: never colour alone.
pub fn mark(cell: Cell) -> &'static str {
    match cell {
        Cell::Yes => "✓",
        Cell::No => "·",
        Cell::Unknown => "?",
    }
}

/// The word of a cell in CSV.
pub fn word(cell: Cell) -> &'static str {
    match cell {
        Cell::Yes => "yes",
        Cell::No => "no",
        Cell::Unknown => "unknown",
    }
}

/// "Projects × members, 2024".
pub fn title(grid: &Grid) -> String {
    match grid.spec.year {
        Some(y) => format!("Projects × members, {y}"),
        None => "Projects × members, all years".to_string(),
    }
}

/// What the rows are and how they are sorted: "20 projects · rows by title · columns as
/// in the data", with the filter where there is one.
pub fn description(grid: &Grid) -> String {
    let mut s = String::new();
    if grid.spec.filter.trim().is_empty() {
        let _ = write!(s, "{} projects", grid.rows.len());
    } else {
        let _ = write!(
            s,
            "{} of {} projects match the filter \"{}\"",
            grid.rows.len(),
            grid.unfiltered,
            grid.spec.filter.trim()
        );
    }
    let rows = match grid.spec.rows {
        RowOrder::Title => "rows by title",
        RowOrder::Start => "rows by start year",
        RowOrder::Count => "rows by participation, most first",
    };
    let columns = match grid.spec.columns {
        ColumnOrder::Data => "columns as in the data",
        ColumnOrder::Name => "columns by name",
        ColumnOrder::Count => "columns by projects, most first",
    };
    let _ = write!(s, " · {rows} · {columns}");
    s
}

#[derive(Serialize)]
struct MatrixJson<'a> {
    year: Option<u16>,
    filter: &'a str,
    rows: RowOrder,
    columns: ColumnOrder,
    members: Vec<MemberHead<'a>>,
    projects: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct MemberHead<'a> {
    id: &'a str,
    code: &'a str,
    name: &'a str,
    /// Projects in the matrix that name this member as taking part.
    projects: usize,
}

#[derive(Serialize)]
struct RowJson<'a> {
    id: &'a str,
    title: &'a str,
    /// One cell per member, in the order of `members`.
    cells: Vec<Cell>,
    listed: usize,
    reported: Option<u32>,
}

pub fn json(model: &Model, grid: &Grid) -> Result<String, serde_json::Error> {
    let json = MatrixJson {
        year: grid.spec.year,
        filter: grid.spec.filter.trim(),
        rows: grid.spec.rows,
        columns: grid.spec.columns,
        members: grid
            .columns
            .iter()
            .zip(&grid.column_totals)
            .map(|(&m, &projects)| {
                let member = model.member(m);
                MemberHead {
                    id: &member.id,
                    code: &member.code,
                    name: &member.name,
                    projects,
                }
            })
            .collect(),
        projects: grid
            .rows
            .iter()
            .map(|row| RowJson {
                id: &model.project(row.project).id,
                title: &model.project(row.project).title,
                cells: grid.columns.iter().map(|&m| row.part.cell(m)).collect(),
                listed: row.part.listed.len(),
                reported: row.part.reported,
            })
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&json)? + "\n")
}

/// CSV: a header (`id`, `title`, the members' codes, `listed`, `reported`), then one row
/// per project with `yes`, `no` or `unknown` per member.
pub fn csv(model: &Model, grid: &Grid) -> String {
    let mut head = vec!["id".to_string(), "title".to_string()];
    head.extend(grid.columns.iter().map(|&m| model.member(m).code.clone()));
    head.extend(["listed".into(), "reported".into()]);
    let mut out = csv_row(&head);
    for row in &grid.rows {
        let project = model.project(row.project);
        let mut cells = vec![project.id.clone(), project.title.clone()];
        cells.extend(
            grid.columns
                .iter()
                .map(|&m| word(row.part.cell(m)).to_string()),
        );
        cells.push(row.part.listed.len().to_string());
        cells.push(
            row.part
                .reported
                .map_or_else(String::new, |r| r.to_string()),
        );
        out.push_str(&csv_row(&cells));
    }
    out
}

/// The header and body of the text and Markdown tables, with the column totals last.
fn table(model: &Model, grid: &Grid, cut_titles: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec!["Project".to_string()];
    head.extend(grid.columns.iter().map(|&m| model.member(m).code.clone()));
    head.push("Named (reported)".into());
    let mut body: Vec<Vec<String>> = grid
        .rows
        .iter()
        .map(|row| {
            let title = &model.project(row.project).title;
            let mut cells = vec![if cut_titles {
                truncate(title, TITLE_WIDTH)
            } else {
                title.clone()
            }];
            cells.extend(
                grid.columns
                    .iter()
                    .map(|&m| mark(row.part.cell(m)).to_string()),
            );
            cells.push(row.total());
            cells
        })
        .collect();
    let mut foot = vec!["Named in (projects)".to_string()];
    foot.extend(grid.column_totals.iter().map(usize::to_string));
    foot.push(String::new());
    body.push(foot);
    (head, body)
}

/// The members under their codes: "BIE Biebesheim am Rhein · BIS Bischofsheim …".
fn member_key(model: &Model, grid: &Grid) -> String {
    grid.columns
        .iter()
        .map(|&m| format!("{} {}", model.member(m).code, model.member(m).name))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn text(model: &Model, grid: &Grid) -> String {
    let (head, body) = table(model, grid, true);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    let mut out = format!("{}\n{}\n\n", title(grid), description(grid));
    out.push_str(&aligned(&head, &body));
    let _ = writeln!(out, "\n{LEGEND}");
    out
}

pub fn markdown(model: &Model, grid: &Grid) -> String {
    let (head, body) = table(model, grid, false);
    let mut out = format!("## {}\n\n{}\n\n", title(grid), description(grid));
    out.push_str(&md_row(&head));
    let mut rule = vec![":--".to_string()];
    rule.extend(grid.columns.iter().map(|_| ":-:".to_string()));
    rule.push("--:".into());
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in &body {
        out.push_str(&md_row(row));
    }
    let _ = writeln!(out, "\n{LEGEND}\n\nMembers: {}", member_key(model, grid));
    out
}
