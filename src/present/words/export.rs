//! The words of the exports.

/// The words of the matrix written out whole (`ikz matrix`, the export).
#[derive(Debug)]
pub struct ExportWords {
    /// "Projects × members", then the year or `all_years`.
    pub title: &'static str,
    pub all_years: &'static str,
    /// "20 projects"; "3 of 20 projects match the filter".
    pub projects: &'static str,
    pub match_filter: (&'static str, &'static str),
    /// How the rows and the columns are sorted, in the order of `RowOrder::ALL` and
    /// `ColumnOrder::ALL`.
    pub rows: [&'static str; 3],
    pub columns: [&'static str; 3],
    /// The headings of the table and of its row of totals.
    pub project: &'static str,
    pub total: &'static str,
    pub named_in: &'static str,
    pub may_be_in: &'static str,
    pub legend: &'static str,
    /// Added to the legend of a matrix over all years: what its brackets hold there.
    pub legend_all_years: &'static str,
    /// Before the list of the members' codes and names.
    pub members: &'static str,
    /// The workbook's headings of the id, title, named and reported columns.
    pub sheet_keys: [&'static str; 4],
    /// The workbook's sheets: the matrix, the legend; the heading of the sources.
    pub sheets: [&'static str; 2],
    /// The workbook's date line: the export's day, the newest source's date.
    pub stand: fn(&str, Option<&str>) -> String,
    /// The label of the totals row: of how many rows.
    pub totals: fn(usize) -> String,
    /// A day as written in the language: year, month, day.
    pub day: fn(i64, u32, u32) -> String,
    /// The printed page's footer (Excel's codes: `&P` the page, `&N` how many).
    pub page_of: &'static str,
    pub sources: &'static str,
}

pub const EXPORT_EN: ExportWords = ExportWords {
    title: "Projects × members",
    all_years: "all years",
    projects: "projects",
    match_filter: ("of", "projects match the filter"),
    rows: [
        "rows by title",
        "rows by start year",
        "rows by participation, most first",
    ],
    columns: [
        "columns as in the data",
        "columns by name",
        "columns by projects, most first",
    ],
    project: "Project",
    total: "Named (reported)",
    named_in: "Named in (projects)",
    may_be_in: "May be in (projects)",
    legend: "✓ takes part;  · does not;  ? not known (the sources give no names, or not all);  ⌂ takes part, the project's office sits here\nn/15: members named, of all; (14): the count a source reports; (?): no count known",
    legend_all_years: "All years: n/15 named in some year; (14): the largest count a source reports for a year",
    members: "Members",
    sheets: ["Matrix", "Legend"],
    stand: |day, newest| match newest {
        Some(n) => format!("As of: exported {day}; newest source {n}"),
        None => format!("As of: exported {day}"),
    },
    totals: |n| format!("Taking part in the {n} projects (a filter does not change it)"),
    page_of: "Page &P of &N",
    day: |y, m, d| format!("{y}-{m:02}-{d:02}"),
    sheet_keys: ["ID", "Title", "Named", "Reported"],
    sources: "Sources",
};

pub const EXPORT_DE: ExportWords = ExportWords {
    title: "Projekte × Mitglieder",
    all_years: "alle Jahre",
    projects: "Projekte",
    match_filter: ("von", "Projekten passen zum Filter"),
    rows: [
        "Zeilen nach Titel",
        "Zeilen nach Beginn",
        "Zeilen nach Beteiligung, die meisten zuerst",
    ],
    columns: [
        "Spalten wie in den Daten",
        "Spalten nach Name",
        "Spalten nach Projekten, die meisten zuerst",
    ],
    project: "Projekt",
    total: "Genannt (gemeldet)",
    named_in: "Genannt in (Projekten)",
    may_be_in: "Vielleicht in (Projekten)",
    legend: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt (die Quellen nennen keine oder nicht alle Namen);  ⌂ beteiligt, hier sitzt die Stelle des Projekts\nn/15: genannte Mitglieder von allen; (14): die von einer Quelle gemeldete Anzahl; (?): keine Anzahl bekannt",
    legend_all_years: "Alle Jahre: n/15 in einem der Jahre genannt; (14): die größte Anzahl, die eine Quelle für ein Jahr meldet",
    members: "Mitglieder",
    sheets: ["Matrix", "Legende"],
    stand: |day, newest| match newest {
        Some(n) => format!("Stand: exportiert am {day}; neueste Quelle {n}"),
        None => format!("Stand: exportiert am {day}"),
    },
    totals: |n| format!("Beteiligt an den {n} Projekten (ein Filter ändert es nicht)"),
    page_of: "Seite &P von &N",
    day: |y, m, d| format!("{d:02}.{m:02}.{y}"),
    sheet_keys: ["ID", "Titel", "Genannt", "Gemeldet"],
    sources: "Quellen",
};
