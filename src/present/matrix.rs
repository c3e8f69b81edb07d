//! A [`Grid`] written out whole: aligned text, CSV, Markdown and JSON. `ikz matrix` prints
//! these and the matrix view's export writes the CSV and Markdown ones, so both give the
//! same content for the same year, filter and orders.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Cell, Model};
use crate::present::table::{aligned, csv as csv_rows, md_row, truncate};
use crate::present::theme::mark;
use crate::present::words::{EN, ExportWords};
use crate::query::grid::{ColumnOrder, Grid, RowOrder};

/// Widest project title in the text matrix (display columns); longer ones are cut.
const TITLE_WIDTH: usize = 40;

/// The words of the written matrix. English until the commands speak German too.
const WORDS: &ExportWords = &EN.export;

pub const LEGEND: &str = WORDS.legend;

/// "Projects × members, 2024".
pub fn title(grid: &Grid) -> String {
    match grid.spec.year {
        Some(y) => format!("{}, {y}", WORDS.title),
        None => format!("{}, {}", WORDS.title, WORDS.all_years),
    }
}

/// What the rows are and how they are sorted: "20 projects · rows by title · columns as
/// in the data", with the filter where there is one.
pub fn description(grid: &Grid) -> String {
    let mut s = String::new();
    if grid.spec.filter.trim().is_empty() {
        let _ = write!(s, "{} {}", grid.rows.len(), WORDS.projects);
    } else {
        let _ = write!(
            s,
            "{} {} {} {} \"{}\"",
            grid.rows.len(),
            WORDS.match_filter.0,
            grid.unfiltered,
            WORDS.match_filter.1,
            grid.spec.filter.trim()
        );
    }
    let at = |all: &[&'static str], i: Option<usize>| i.and_then(|i| all.get(i)).copied();
    let rows = at(
        &WORDS.rows,
        RowOrder::ALL.iter().position(|&o| o == grid.spec.rows),
    )
    .unwrap_or_default();
    let columns = at(
        &WORDS.columns,
        ColumnOrder::ALL
            .iter()
            .position(|&o| o == grid.spec.columns),
    )
    .unwrap_or_default();
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
    let mut rows = vec![head];
    for row in &grid.rows {
        let project = model.project(row.project);
        let mut cells = vec![project.id.clone(), project.title.clone()];
        cells.extend(
            grid.columns
                .iter()
                .map(|&m| row.part.cell(m).as_str().to_string()),
        );
        cells.push(row.part.listed.len().to_string());
        cells.push(
            row.part
                .reported
                .map_or_else(String::new, |r| r.to_string()),
        );
        rows.push(cells);
    }
    csv_rows(&rows)
}

/// The header and body of the text and Markdown tables, with the column totals last.
fn table(model: &Model, grid: &Grid, cut_titles: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec![WORDS.project.to_string()];
    head.extend(grid.columns.iter().map(|&m| model.member(m).code.clone()));
    head.push(WORDS.total.into());
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
    // Two rows of totals, as on the screen: named in; may be in.
    let mut named = vec![WORDS.named_in.to_string()];
    named.extend(grid.column_totals.iter().map(usize::to_string));
    named.push(String::new());
    body.push(named);
    let mut open = vec![WORDS.may_be_in.to_string()];
    open.extend(grid.column_open.iter().map(|&n| {
        if n == 0 {
            String::new()
        } else {
            format!("+{n}")
        }
    }));
    open.push(String::new());
    body.push(open);
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
    let _ = writeln!(
        out,
        "\n{LEGEND}\n\n{}: {}",
        WORDS.members,
        member_key(model, grid)
    );
    out
}
