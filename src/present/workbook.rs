//! The matrix as an Excel workbook, for the staff who open exports by double-click: the
//! first sheet holds the same cells as the CSV (ids, titles, a column per member, how
//! many are named, the count reported), with the marks of the screen instead of words,
//! a frozen header row and project columns, an autofilter and widths that fit; the second
//! sheet explains the marks and lists the members and the sources.

use rust_xlsxwriter::{Format, FormatAlign, Url, Workbook, XlsxError};
use unicode_width::UnicodeWidthStr;

use crate::model::{Cell, Model};
use crate::present::theme::{SEAT_MARK, mark};
use crate::present::words::{Lang, of_members};
use crate::query::grid::Grid;

/// Above this many members the columns are headed by their codes, not their names.
const NAMES_UP_TO: usize = 20;
/// Widest columns, in characters: titles, and members' names.
const TITLE_WIDTH: usize = 60;
const NAME_WIDTH: usize = 24;

/// The workbook's bytes.
pub fn bytes(model: &Model, grid: &Grid, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let w = &lang.texts().export;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let centred = Format::new().set_align(FormatAlign::Center);
    let head_centred = Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_text_wrap();

    let sheet = book.add_worksheet();
    sheet.set_name(w.sheets[0])?;
    let [id, title, listed, reported] = w.sheet_keys;
    let names = grid.columns.len() <= NAMES_UP_TO;
    let last_col = col(grid.columns.len() + 3);
    // The header row.
    sheet.write_string_with_format(0, 0, id, &bold)?;
    sheet.write_string_with_format(0, 1, title, &bold)?;
    for (i, &m) in grid.columns.iter().enumerate() {
        let member = model.member(m);
        let head = if names { &member.name } else { &member.code };
        sheet.write_string_with_format(0, col(i + 2), head, &head_centred)?;
        let width = if names {
            head.width().min(NAME_WIDTH)
        } else {
            4
        };
        sheet.set_column_width(col(i + 2), width.max(4) as f64 + 1.0)?;
    }
    sheet.write_string_with_format(0, last_col - 1, listed, &bold)?;
    sheet.write_string_with_format(0, last_col, reported, &bold)?;
    // A row per project.
    let (mut id_width, mut title_width) = (id.width(), title.width());
    for (r, row) in grid.rows.iter().enumerate() {
        let y = u32::try_from(r + 1).unwrap_or(u32::MAX);
        let project = model.project(row.project);
        let seat = project.seat_member();
        sheet.write_string(y, 0, &project.id)?;
        sheet.write_string(y, 1, &project.title)?;
        id_width = id_width.max(project.id.width());
        title_width = title_width.max(project.title.width());
        for (i, &m) in grid.columns.iter().enumerate() {
            let cell = row.part.cell(m);
            let shown = if cell == Cell::Yes && seat == Some(m) {
                SEAT_MARK
            } else {
                mark(cell)
            };
            sheet.write_string_with_format(y, col(i + 2), shown, &centred)?;
        }
        sheet.write_number(y, last_col - 1, row.part.listed.len() as f64)?;
        if let Some(n) = row.part.reported {
            sheet.write_number(y, last_col, f64::from(n))?;
        }
    }
    sheet.set_column_width(0, id_width.min(TITLE_WIDTH) as f64 + 1.0)?;
    sheet.set_column_width(1, title_width.min(TITLE_WIDTH) as f64 + 1.0)?;
    sheet.set_column_width(last_col - 1, listed.width().max(6) as f64 + 2.0)?;
    sheet.set_column_width(last_col, reported.width().max(6) as f64 + 2.0)?;
    sheet.set_freeze_panes(1, 2)?;
    let last_row = u32::try_from(grid.rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, last_col)?;

    // The legend, the members and the sources.
    let key = book.add_worksheet();
    key.set_name(w.sheets[1])?;
    let mut y = 0;
    line(key, &mut y, &super::matrix::title(grid, lang), Some(&bold))?;
    line(key, &mut y, &super::matrix::description(grid, lang), None)?;
    y += 1;
    for text in of_members(w.legend, model.members.len()).lines() {
        line(key, &mut y, text, None)?;
    }
    y += 1;
    line(key, &mut y, w.members, Some(&bold))?;
    for &m in &grid.columns {
        let member = model.member(m);
        key.write_string(y, 0, &member.code)?;
        key.write_string(y, 1, &member.name)?;
        y += 1;
    }
    y += 1;
    line(key, &mut y, w.sources, Some(&bold))?;
    let mut cited: Vec<&str> = Vec::new();
    for row in &grid.rows {
        for s in model.project(row.project).cited() {
            if !cited.contains(&s) {
                cited.push(s);
            }
        }
    }
    for id in cited {
        let Some(source) = model.source_by_id(id) else {
            continue;
        };
        key.write_string(y, 0, &source.id)?;
        let title = match lang.texts().source_note(source) {
            Some(note) => format!("{} ({note})", source.title),
            None => source.title.clone(),
        };
        key.write_string(y, 1, &title)?;
        if let Some(url) = &source.url {
            key.write_url(y, 2, Url::new(url.as_str()))?;
        }
        y += 1;
    }
    key.set_column_width(0, 30.0)?;
    key.set_column_width(1, 60.0)?;
    key.set_column_width(2, 80.0)?;
    book.save_to_buffer()
}

/// Writes a line of text into the first column at row `y`, and moves `y` on.
fn line(
    sheet: &mut rust_xlsxwriter::Worksheet,
    y: &mut u32,
    text: &str,
    format: Option<&Format>,
) -> Result<(), XlsxError> {
    match format {
        Some(f) => sheet.write_string_with_format(*y, 0, text, f)?,
        None => sheet.write_string(*y, 0, text)?,
    };
    *y += 1;
    Ok(())
}

/// A column number as the workbook counts them (at most 16,384 columns).
fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}
