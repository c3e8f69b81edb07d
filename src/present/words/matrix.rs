//! The words of the matrix.

use super::*;

/// The words of the matrix view.
#[derive(Debug)]
pub struct MatrixTexts {
    pub title: &'static str,
    /// Heading of the project column.
    pub project: &'static str,
    /// Labels of the two rows of column totals: named in; may take part in more.
    pub named_in: &'static str,
    pub may_be_in: &'static str,
    pub filter: &'static str,
    /// How the projects and the members are sorted: "projects by", "members".
    pub rows_by: &'static str,
    pub columns_by: &'static str,
    pub by_title: &'static str,
    pub by_start: &'static str,
    pub by_count: &'static str,
    pub as_in_data: &'static str,
    pub by_name: &'static str,
    pub by_projects: &'static str,
    pub no_projects: &'static str,
    pub nothing_matches: &'static str,
    /// How to clear a kept filter.
    pub filter_clear: &'static str,
    pub first_year: &'static str,
    pub last_year: &'static str,
    pub exported: &'static str,
    /// Before the folder the files went into.
    pub export_in: &'static str,
    pub export_failed: &'static str,
    /// Why a file could not be written, in words: the folder does not exist, no
    /// permission, the disk is full, the disk is read-only, not a folder.
    pub write_reasons: [&'static str; 6],
    pub exporting: &'static str,
    pub export_running: &'static str,
    /// The choice of files: its title (the folder), the four kinds, Enter with none.
    pub export_title: fn(&str) -> String,
    pub export_kinds: [&'static str; 4],
    pub export_none: &'static str,
    /// "named in 3 projects" (before and after the number).
    pub named_in_n: (&'static str, &'static str),
    /// What the total column means.
    pub total_legend: &'static str,
    /// What the brackets around a cell and a member's code mean, for the help.
    pub cursor_help: &'static str,
    /// What the two rows of totals count, for the help.
    pub totals_help: &'static str,
    pub enter_opens: &'static str,
}

impl MatrixTexts {
    /// Why writing failed, in words: for the common reasons this language's own; else
    /// the system's text without its error number.
    pub fn write_reason(&self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let [none, denied, full, read_only, not_folder, no_files] = self.write_reasons;
        match e.kind() {
            K::NotFound => none.to_string(),
            K::PermissionDenied => denied.to_string(),
            K::StorageFull => full.to_string(),
            K::ReadOnlyFilesystem => read_only.to_string(),
            K::NotADirectory => not_folder.to_string(),
            K::Unsupported => no_files.to_string(),
            _ => {
                let text = e.to_string();
                match text.find(" (os error") {
                    Some(i) => text.get(..i).unwrap_or(&text).to_string(),
                    None => text,
                }
            }
        }
    }

    pub fn rows(&self, o: RowOrder) -> &'static str {
        match o {
            RowOrder::Title => self.by_title,
            RowOrder::Start => self.by_start,
            RowOrder::Count => self.by_count,
        }
    }

    pub fn columns(&self, o: ColumnOrder) -> &'static str {
        match o {
            ColumnOrder::Data => self.as_in_data,
            ColumnOrder::Name => self.by_name,
            ColumnOrder::Count => self.by_projects,
        }
    }
}

pub const MATRIX_EN: MatrixTexts = MatrixTexts {
    title: "Matrix",
    project: "Project",
    named_in: "Σ ✓ named in",
    may_be_in: "Σ ? may be in",
    filter: "Filter",
    rows_by: "projects",
    columns_by: "members",
    by_title: "by title",
    by_start: "by start year",
    by_count: "by participation",
    as_in_data: "as in the data",
    by_name: "by name",
    by_projects: "by projects",
    no_projects: "No projects in this year.",
    nothing_matches: "No project matches the filter.",
    filter_clear: "/ then Esc clears it",
    first_year: "This is the first year of the data.",
    last_year: "This is the last year of the data (0 shows all years).",
    exported: "Exported:",
    export_in: "in",
    export_failed: "Export failed",
    write_reasons: [
        "the folder does not exist",
        "no permission to write there",
        "the disk is full",
        "the disk is read-only",
        "this is not a folder",
        "the folder takes no new files (a system folder such as /proc): choose another with --export-dir or the exports setting",
    ],
    exporting: "Exporting…",
    export_running: "An export is still being written; e works again once it is done",
    export_title: |dir| format!("Export into {dir}"),
    export_kinds: [
        "Excel workbook (.xlsx): to open by double-click and pass on",
        "CSV for Excel (-excel.csv): semicolons, opens in German Excel",
        "CSV for scripts (.csv): commas",
        "Markdown (.md): for a wiki or an e-mail",
    ],
    export_none: "No file ticked: space ticks one.",
    named_in_n: ("named in", "of the projects shown"),
    total_legend: "n/15: n of the 15 members named; (14): count reported; (?): no count",
    cursor_help: "[✓] and [BIE]: the cell under the cursor, and its member's code in the header.",
    totals_help: "Σ ✓ named in: how many of the projects shown name the member; Σ ? may be in: in how many more it may take part (their sources give no names, or not all).",
    enter_opens: "Enter opens it in the browser",
};

pub const MATRIX_DE: MatrixTexts = MatrixTexts {
    title: "Matrix",
    project: "Projekt",
    named_in: "Σ ✓ genannt in",
    may_be_in: "Σ ? vielleicht in",
    filter: "Filter",
    rows_by: "Projekte",
    columns_by: "Mitglieder",
    by_title: "nach Titel",
    by_start: "nach Beginn",
    by_count: "nach Beteiligung",
    as_in_data: "wie in den Daten",
    by_name: "nach Name",
    by_projects: "nach Projekten",
    no_projects: "Keine Projekte in diesem Jahr.",
    nothing_matches: "Kein Projekt passt zum Filter.",
    filter_clear: "/ und Esc hebt ihn auf",
    first_year: "Das ist das erste Jahr der Daten.",
    last_year: "Das ist das letzte Jahr der Daten (0 zeigt alle Jahre).",
    exported: "Exportiert:",
    export_in: "in",
    export_failed: "Export fehlgeschlagen",
    write_reasons: [
        "den Ordner gibt es nicht",
        "keine Berechtigung, dort zu schreiben",
        "der Datenträger ist voll",
        "der Datenträger ist schreibgeschützt",
        "das ist kein Ordner",
        "der Ordner nimmt keine neuen Dateien an (ein Systemordner wie /proc): einen anderen mit --export-dir oder der Einstellung exports wählen",
    ],
    exporting: "Exportiere…",
    export_running: "Ein Export wird noch geschrieben; e geht wieder, sobald er fertig ist",
    export_title: |dir| format!("Export nach {dir}"),
    export_kinds: [
        "Excel-Arbeitsmappe (.xlsx): zum Öffnen per Doppelklick und Weitergeben",
        "CSV für Excel (-excel.csv): Semikolons, öffnet im deutschen Excel",
        "CSV für Skripte (.csv): Kommas",
        "Markdown (.md): für ein Wiki oder eine E-Mail",
    ],
    export_none: "Keine Datei gewählt: die Leertaste wählt eine.",
    named_in_n: ("genannt in", "der gezeigten Projekte"),
    total_legend: "n/15: n der 15 Mitglieder genannt; (14): gemeldete Anzahl; (?): keine Anzahl",
    cursor_help: "[✓] und [BIE]: die Zelle unter dem Cursor und das Kürzel ihres Mitglieds im Kopf.",
    totals_help: "Σ ✓ genannt in: in wie vielen der gezeigten Projekte das Mitglied genannt ist; Σ ? vielleicht in: in wie vielen weiteren es beteiligt sein kann (ihre Quellen nennen keine oder nicht alle Namen).",
    enter_opens: "Enter öffnet es in der Übersicht",
};
