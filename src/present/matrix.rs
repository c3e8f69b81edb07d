//! A [`Grid`] written out whole: aligned text, CSV, Markdown and JSON. `ikz matrix` prints
//! these and the matrix view's export writes the CSV and Markdown ones, so both give the
//! same content for the same year, filter and orders.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use crate::model::{Cell, Model};
use crate::present::table::{CsvWriter, Dialect, md_row, md_text, truncate, write_aligned};
use crate::present::theme::{SEAT_MARK, mark};
use crate::present::words::{ExportWords, Lang, of_members};
use crate::query::grid::{ColumnOrder, Grid, RowOrder};
use crate::text::sanitize;

/// Widest project title in the text matrix (display columns); longer ones are cut.
const TITLE_WIDTH: usize = 40;

fn words(lang: Lang) -> &'static ExportWords {
    &lang.texts().export
}

/// "Projects × members, 2024".
pub fn title(grid: &Grid, lang: Lang) -> String {
    let w = words(lang);
    match grid.spec.year {
        Some(y) => format!("{}, {y}", w.title),
        None => format!("{}, {}", w.title, w.all_years),
    }
}

/// What the rows are and how they are sorted: "20 projects · rows by title · columns as
/// in the data", with the filter where there is one.
pub fn description(grid: &Grid, lang: Lang) -> String {
    let w = words(lang);
    let mut s = String::new();
    if grid.spec.filter.trim().is_empty() {
        let _ = write!(s, "{} {}", grid.rows.len(), w.projects);
    } else {
        let _ = write!(
            s,
            "{} {} {} {} \"{}\"",
            grid.rows.len(),
            w.match_filter.0,
            grid.unfiltered,
            w.match_filter.1,
            grid.spec.filter.trim()
        );
    }
    let at = |all: &[&'static str], i: Option<usize>| i.and_then(|i| all.get(i)).copied();
    let rows = at(
        &w.rows,
        RowOrder::ALL.iter().position(|&o| o == grid.spec.rows),
    )
    .unwrap_or_default();
    let columns = at(
        &w.columns,
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
    members: Members<'a>,
    projects: Rows<'a>,
}

/// The member heads, serialised as they are made.
struct Members<'a>(&'a Model, &'a Grid);

impl Serialize for Members<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Members(model, grid) = *self;
        s.collect_seq(
            grid.columns
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
                }),
        )
    }
}

/// The rows, serialised one at a time: a matrix of any size streams.
struct Rows<'a>(&'a Model, &'a Grid);

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Rows(model, grid) = *self;
        s.collect_seq(grid.rows.iter().map(|row| RowJson {
            id: &model.project(row.project).id,
            title: &model.project(row.project).title,
            cells: grid.columns.iter().map(|&m| row.part.cell(m)).collect(),
            listed: row.part.listed.len(),
            reported: row.part.reported,
        }))
    }
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

/// The matrix as JSON, written as it is made.
pub fn write_json(out: &mut dyn Write, model: &Model, grid: &Grid) -> io::Result<()> {
    let json = MatrixJson {
        year: grid.spec.year,
        filter: grid.spec.filter.trim(),
        rows: grid.spec.rows,
        columns: grid.spec.columns,
        members: Members(model, grid),
        projects: Rows(model, grid),
    };
    // JSON escapes for what a terminal must not see, so the JSON stays valid.
    let mut safe = crate::text::Sanitizing::json(&mut *out);
    serde_json::to_writer_pretty(&mut safe, &json).map_err(io::Error::from)?;
    safe.flush()?;
    out.write_all(b"\n")
}

/// CSV: a header (`year`, `id`, `title`, the members' codes, `listed`, `reported`), then
/// one row per project with `yes`, `no` or `unknown` per member. For Excel in the
/// output's language: in German `Jahr`, `ID`, `Titel`, …, `Genannt`, `Gemeldet` and
/// `ja`, `nein`, `nicht bekannt`, as on the screens (see `present::csv`).
pub fn write_csv(
    out: &mut dyn Write,
    model: &Model,
    grid: &Grid,
    lang: Lang,
    dialect: Dialect,
) -> io::Result<()> {
    let c = crate::present::csv::Csv::new(dialect, lang);
    let (h, t) = (c.heads(), c.texts());
    let the_year = c.year(grid.spec.year);
    let mut w = CsvWriter::of(out, dialect)?;
    let mut head = vec![
        c.word("year", h.year),
        c.word("id", h.id),
        c.word("title", h.title),
    ];
    head.extend(grid.columns.iter().map(|&m| model.member(m).code.clone()));
    head.extend([c.word("listed", h.named), c.word("reported", h.reported)]);
    w.row(&head)?;
    // The three answers, worked out once: the file has one per member and project.
    let answer = [Cell::Yes, Cell::No, Cell::Unknown].map(|a| c.value(&a, t.answer(a)));
    let answer = |cell: Cell| match cell {
        Cell::Yes => answer[0].as_str(),
        Cell::No => answer[1].as_str(),
        Cell::Unknown => answer[2].as_str(),
    };
    let mut cells: Vec<Cow<'_, str>> = Vec::with_capacity(grid.columns.len() + 5);
    for row in &grid.rows {
        let project = model.project(row.project);
        cells.clear();
        cells.push(Cow::Borrowed(&the_year));
        cells.push(Cow::Borrowed(&project.id));
        cells.push(Cow::Borrowed(&project.title));
        cells.extend(
            grid.columns
                .iter()
                .map(|&m| Cow::Borrowed(answer(row.part.cell(m)))),
        );
        cells.push(Cow::Owned(row.part.listed.len().to_string()));
        cells.push(
            row.part
                .reported
                .map_or(Cow::Borrowed(""), |r| Cow::Owned(r.to_string())),
        );
        w.row(&cells)?;
    }
    w.finish()?.flush()
}

fn head(model: &Model, grid: &Grid, w: &ExportWords) -> Vec<String> {
    let mut head = vec![w.project.to_string()];
    head.extend(grid.columns.iter().map(|&m| model.member(m).code.clone()));
    head.push(w.total.into());
    head
}

/// The rows of the text and Markdown tables, one at a time, with the two rows of column
/// totals last, as on the screen: named in; may be in.
fn body<'a>(
    model: &'a Model,
    grid: &'a Grid,
    cut_titles: bool,
    w: &'a ExportWords,
) -> impl Iterator<Item = Vec<Cow<'a, str>>> + 'a {
    let projects = grid.rows.iter().map(move |row| {
        let project = model.project(row.project);
        let title = &project.title;
        let seat = project.seat_member();
        let mut cells = Vec::with_capacity(grid.columns.len() + 2);
        cells.push(if cut_titles {
            Cow::Owned(truncate(title, TITLE_WIDTH))
        } else {
            Cow::Borrowed(title.as_str())
        });
        cells.extend(grid.columns.iter().map(|&m| {
            let cell = row.part.cell(m);
            // As on the screen: ⌂ where the office sits with a member that takes part.
            Cow::Borrowed(if cell == Cell::Yes && seat == Some(m) {
                SEAT_MARK
            } else {
                mark(cell)
            })
        }));
        cells.push(Cow::Owned(row.total()));
        cells
    });
    let mut named = vec![Cow::Borrowed(w.named_in)];
    named.extend(grid.column_totals.iter().map(|n| Cow::Owned(n.to_string())));
    named.push(Cow::Borrowed(""));
    let mut open = vec![Cow::Borrowed(w.may_be_in)];
    open.extend(grid.column_open.iter().map(|&n| {
        if n == 0 {
            Cow::Borrowed("")
        } else {
            Cow::Owned(format!("+{n}"))
        }
    }));
    open.push(Cow::Borrowed(""));
    projects.chain([named, open])
}

/// The members under their codes: "BIE Biebesheim am Rhein · BIS Bischofsheim …".
fn member_key(model: &Model, grid: &Grid) -> String {
    grid.columns
        .iter()
        .map(|&m| format!("{} {}", model.member(m).code, model.member(m).name))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What the marks and numbers of the matrix mean, for the data's number of members; over
/// all years with what its brackets hold there.
pub fn legend(model: &Model, grid: &Grid, w: &ExportWords) -> String {
    let members = model.members.len();
    let legend = of_members(w.legend, members);
    match grid.spec.year {
        Some(_) => legend.into_owned(),
        None => format!("{legend}\n{}", of_members(w.legend_all_years, members)),
    }
}

/// The matrix as an aligned text table, streamed row by row.
pub fn write_text(out: &mut dyn Write, model: &Model, grid: &Grid, lang: Lang) -> io::Result<()> {
    let w = words(lang);
    writeln!(out, "{}\n{}\n", title(grid, lang), description(grid, lang))?;
    let head = head(model, grid, w);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    write_aligned(out, &head, || body(model, grid, true, w))?;
    writeln!(out, "\n{}", legend(model, grid, w))
}

/// The matrix as a Markdown table, streamed row by row.
pub fn write_markdown(
    out: &mut dyn Write,
    model: &Model,
    grid: &Grid,
    lang: Lang,
) -> io::Result<()> {
    let w = words(lang);
    write!(
        out,
        "## {}\n\n{}\n\n",
        md_text(&title(grid, lang)),
        md_text(&description(grid, lang))
    )?;
    out.write_all(md_row(&head(model, grid, w)).as_bytes())?;
    let mut rule = vec![":--".to_string()];
    rule.extend(grid.columns.iter().map(|_| ":-:".to_string()));
    rule.push("--:".into());
    writeln!(out, "| {} |", rule.join(" | "))?;
    for row in body(model, grid, false, w) {
        out.write_all(md_row(&row).as_bytes())?;
    }
    writeln!(
        out,
        "\n{}\n\n{}: {}",
        legend(model, grid, w),
        w.members,
        md_text(&sanitize(&member_key(model, grid)))
    )
}

/// A writer's output as a string (for the tests).
#[cfg(test)]
fn to_string(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(&mut out);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
pub fn csv(model: &Model, grid: &Grid, lang: Lang) -> String {
    to_string(|out| write_csv(out, model, grid, lang, Dialect::Standard))
}

#[cfg(test)]
pub fn text(model: &Model, grid: &Grid, lang: Lang) -> String {
    to_string(|out| write_text(out, model, grid, lang))
}

#[cfg(test)]
pub fn markdown(model: &Model, grid: &Grid, lang: Lang) -> String {
    to_string(|out| write_markdown(out, model, grid, lang))
}

#[cfg(test)]
pub fn json(model: &Model, grid: &Grid) -> String {
    to_string(|out| write_json(out, model, grid))
}
