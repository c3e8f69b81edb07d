//! The matrix as an Excel workbook, for the staff who open exports by double-click and
//! pass them on: the first sheet holds the cells of the CSV with the marks of the screen
//! (see [`bytes`]); the second explains the marks and lists the members and the sources.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Note, Url, Workbook, XlsxError, cell_range};
use unicode_width::UnicodeWidthStr;

use crate::model::{Cell, Model};
use crate::present::theme::{SEAT_MARK, mark};
use crate::present::words::Lang;
use crate::query::grid::Grid;

/// Widest title column, in characters.
const TITLE_WIDTH: usize = 60;
/// The rows above the table: the title, the date line, a blank row.
const HEAD: u32 = 3;

/// A day: year, month, day.
pub type Day = (i64, u32, u32);

/// Today, by the system's clock (UTC).
pub fn today() -> Day {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    crate::present::words::civil_date(secs)
}

/// The workbook's bytes, made on `today`: the first sheet is the matrix as a colleague
/// opens it — a title with the year, a line with the export's date and the newest
/// source's, the projects' titles in the one frozen column, a narrow column per member
/// headed by its code (the full name in the heading's note and on the legend sheet),
/// how many are named and reported, the id last; below the filtered rows the totals of
/// all rows, labelled; printed landscape, one page wide, with a header and a footer.
pub fn bytes(model: &Model, grid: &Grid, lang: Lang, today: Day) -> Result<Vec<u8>, XlsxError> {
    let w = &lang.texts().export;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let big = Format::new().set_bold().set_font_size(14);
    let centred = Format::new().set_align(FormatAlign::Center);
    let head_centred = Format::new().set_bold().set_align(FormatAlign::Center);

    let sheet = book.add_worksheet();
    let year = match grid.spec.year {
        Some(y) => y.to_string(),
        None => w.all_years.to_string(),
    };
    // Sheet names: at most 31 characters, none of []:*?/\.
    let name: String = format!("{} {year}", w.sheets[0])
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    sheet.set_name(&name)?;
    let title = super::matrix::title(grid, lang);
    let day = (w.day)(today.0, today.1, today.2);
    let stand = (w.stand)(&day, newest_source(model, grid).as_deref());
    sheet.write_string_with_format(0, 0, &title, &big)?;
    sheet.write_string(1, 0, &stand)?;

    let [id, title_key, listed, reported] = w.sheet_keys;
    let members = grid.columns.len();
    let (listed_col, reported_col, id_col) = (col(members + 1), col(members + 2), col(members + 3));
    sheet.write_string_with_format(HEAD, 0, title_key, &bold)?;
    for (i, &m) in grid.columns.iter().enumerate() {
        let member = model.member(m);
        let c = col(i + 1);
        sheet.write_string_with_format(HEAD, c, cell(&member.code), &head_centred)?;
        sheet.insert_note(
            HEAD,
            c,
            &Note::new(cell(&member.name)).add_author_prefix(false),
        )?;
        sheet.set_column_width(c, member.code.width().max(3) as f64 + 2.0)?;
    }
    sheet.write_string_with_format(HEAD, listed_col, listed, &bold)?;
    sheet.write_string_with_format(HEAD, reported_col, reported, &bold)?;
    sheet.write_string_with_format(HEAD, id_col, id, &bold)?;
    // A row per project.
    let (mut id_width, mut title_width) = (id.width(), title_key.width());
    for (r, row) in grid.rows.iter().enumerate() {
        let y = HEAD + u32::try_from(r + 1).unwrap_or(u32::MAX - HEAD);
        let project = model.project(row.project);
        let seat = project.seat_member();
        sheet.write_string(y, 0, cell(&project.title))?;
        title_width = title_width.max(project.title.width());
        for (i, &m) in grid.columns.iter().enumerate() {
            let cell = row.part.cell(m);
            let shown = if cell == Cell::Yes && seat == Some(m) {
                SEAT_MARK
            } else {
                mark(cell)
            };
            sheet.write_string_with_format(y, col(i + 1), shown, &centred)?;
        }
        sheet.write_number(y, listed_col, row.part.listed.len() as f64)?;
        if let Some(n) = row.part.reported {
            sheet.write_number(y, reported_col, f64::from(n))?;
        }
        sheet.write_string(y, id_col, cell(&project.id))?;
        id_width = id_width.max(project.id.width());
    }
    let rows = u32::try_from(grid.rows.len()).unwrap_or(u32::MAX - HEAD - 2);
    let last_row = HEAD + rows;
    // The totals, below the filter's range and a blank row: of all rows, so labelled;
    // formulas, so that they stay right when a colleague corrects a cell.
    let totals = last_row + 2;
    sheet.write_string_with_format(totals, 0, (w.totals)(grid.rows.len()), &bold)?;
    for (i, &m) in grid.columns.iter().enumerate() {
        let c = col(i + 1);
        let range = cell_range(HEAD + 1, c, last_row, c);
        let n = grid
            .rows
            .iter()
            .filter(|row| row.part.cell(m) == Cell::Yes)
            .count();
        let formula = Formula::new(format!(
            "=COUNTIF({range},\"{}\")+COUNTIF({range},\"{SEAT_MARK}\")",
            mark(Cell::Yes)
        ))
        .set_result(n.to_string());
        sheet.write_formula_with_format(totals, c, formula, &head_centred)?;
    }
    // The named: how many names the rows give in all (the reported counts are not
    // added up: a sum of counts of different projects means nothing).
    let range = cell_range(HEAD + 1, listed_col, last_row, listed_col);
    let named: f64 = grid.rows.iter().map(|r| r.part.listed.len() as f64).sum();
    let formula = Formula::new(format!("=SUM({range})")).set_result(named.to_string());
    sheet.write_formula_with_format(totals, listed_col, formula, &bold)?;
    sheet.set_column_width(0, title_width.min(TITLE_WIDTH) as f64 + 1.0)?;
    sheet.set_column_width(listed_col, listed.width().max(6) as f64 + 2.0)?;
    sheet.set_column_width(reported_col, reported.width().max(6) as f64 + 2.0)?;
    sheet.set_column_width(id_col, id_width.min(TITLE_WIDTH) as f64 + 1.0)?;
    // Only the titles stay in view beside the members; the heading row above them.
    sheet.set_freeze_panes(HEAD + 1, 1)?;
    sheet.autofilter(HEAD, 0, last_row, id_col)?;
    // Printed as it is read: landscape, one page wide, the heading row on every page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEAD, HEAD)?;
    sheet.set_header(format!("&L{}&R{}", escape(&title), escape(&stand)));
    sheet.set_footer(format!("&C{}", w.page_of));

    // The legend, the members and the sources.
    let key = book.add_worksheet();
    key.set_name(w.sheets[1])?;
    let mut y = 0;
    line(key, &mut y, &super::matrix::title(grid, lang), Some(&bold))?;
    line(key, &mut y, &super::matrix::description(grid, lang), None)?;
    y += 1;
    for text in super::matrix::legend(model, grid, w).lines() {
        line(key, &mut y, text, None)?;
    }
    y += 1;
    line(key, &mut y, w.members, Some(&bold))?;
    for &m in &grid.columns {
        let member = model.member(m);
        key.write_string(y, 0, cell(&member.code))?;
        key.write_string(y, 1, cell(&member.name))?;
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
        key.write_string(y, 0, cell(&source.id))?;
        let title = match lang.texts().source_note(source) {
            Some(note) => format!("{} ({note})", source.title),
            None => source.title.clone(),
        };
        key.write_string(y, 1, cell(&title))?;
        if let Some(url) = &source.url {
            // Excel takes a link of at most 2,079 characters; a longer one stays text.
            if url.as_str().len() <= 2079 {
                key.write_url(y, 2, Url::new(url.as_str()))?;
            } else {
                key.write_string(y, 2, cell(url.as_str()))?;
            }
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
        Some(f) => sheet.write_string_with_format(*y, 0, cell(text), f)?,
        None => sheet.write_string(*y, 0, cell(text))?,
    };
    *y += 1;
    Ok(())
}

/// The newest date of the sources the rows cite, as the source writes it: dates read
/// as `29.11.2024`, `2024-11-29`, `2024-11`, `November 2024` or `2024`; others (`ohne
/// Datum`) are left out.
fn newest_source(model: &Model, grid: &Grid) -> Option<String> {
    grid.rows
        .iter()
        .flat_map(|row| model.project(row.project).cited())
        .filter_map(|id| model.source_by_id(id)?.date.as_deref())
        .filter_map(|d| Some((date_key(d)?, d)))
        .max_by_key(|(k, _)| *k)
        .map(|(_, d)| d.to_string())
}

/// A source's date as (year, month, day) to compare by; 0 where the date does not say.
pub fn date_key(date: &str) -> Option<(u16, u8, u8)> {
    const MONTHS: [[&str; 2]; 12] = [
        ["januar", "january"],
        ["februar", "february"],
        ["märz", "march"],
        ["april", "april"],
        ["mai", "may"],
        ["juni", "june"],
        ["juli", "july"],
        ["august", "august"],
        ["september", "september"],
        ["oktober", "october"],
        ["november", "november"],
        ["dezember", "december"],
    ];
    let d = date.trim();
    let num = |s: &str| s.parse::<u16>().ok();
    let year = |s: &str| num(s).filter(|y| (1900..=2999).contains(y) && s.len() == 4);
    let small = |s: &str, max: u16| {
        num(s)
            .filter(|n| (1..=max).contains(n))
            .and_then(|n| u8::try_from(n).ok())
    };
    let parts: Vec<&str> = d.split(['.', '-', ' ']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [y] => Some((year(y)?, 0, 0)),
        [day, month, y] if d.contains('.') => Some((year(y)?, small(month, 12)?, small(day, 31)?)),
        [y, month, day] if d.contains('-') => Some((year(y)?, small(month, 12)?, small(day, 31)?)),
        [y, month] if d.contains('-') => Some((year(y)?, small(month, 12)?, 0)),
        [month, y] => {
            let m = month.to_lowercase();
            let at = MONTHS
                .iter()
                .position(|names| names.contains(&m.as_str()))?;
            Some((year(y)?, u8::try_from(at + 1).ok()?, 0))
        }
        _ => None,
    }
}

/// Excel's limit of characters in a cell.
const CELL_CHARS: usize = 32_767;

/// A text as a cell holds it: one longer than Excel allows is cut, with "…" (a whole
/// export failing over one long title would help no one).
fn cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= CELL_CHARS {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut cut: String = text.chars().take(CELL_CHARS - 1).collect();
    cut.push('…');
    std::borrow::Cow::Owned(cut)
}

/// Text for a page header or footer: `&` is its code sign.
fn escape(text: &str) -> String {
    text.replace('&', "&&")
}

/// A column number as the workbook counts them (at most 16,384 columns).
fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sources_dates_as_they_are_written() {
        use super::date_key;
        assert_eq!(date_key("29.11.2024"), Some((2024, 11, 29)));
        assert_eq!(date_key("2025-03-12"), Some((2025, 3, 12)));
        assert_eq!(date_key("2025-03"), Some((2025, 3, 0)));
        assert_eq!(date_key("März 2022"), Some((2022, 3, 0)));
        assert_eq!(date_key("2019"), Some((2019, 0, 0)));
        assert_eq!(date_key("ohne Datum (2025 oder später)"), None);
        assert_eq!(date_key("32.01.2020"), None);
        assert!(date_key("Juli 2025") > date_key("29.11.2024"));
        let long = "x".repeat(40_000);
        assert_eq!(super::cell(&long).chars().count(), super::CELL_CHARS);
        assert!(super::cell(&long).ends_with('…'));
        assert_eq!(super::cell("Klima"), "Klima");
    }
}
