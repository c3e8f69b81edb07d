//! The words of the command line.

use super::*;

/// The words of the command line. (The commands speak English for now; the German words
/// stand ready beside them.)
#[derive(Debug)]
pub struct CliWords {
    /// The command line's definition with its help in this language (the doc comments
    /// of `cli::Cli` are the English).
    pub command: fn(clap::Command) -> clap::Command,
    pub error: Counted,
    pub warning: Counted,
    pub file: Counted,
    pub member: Counted,
    pub project: Counted,
    pub report: Counted,
    /// "{origin} has {n errors}; fix them first (…)".
    pub has: &'static str,
    pub fix_first: &'static str,
    /// After the first errors a command shows: how many more `ikz check` lists.
    pub more_errors: fn(usize) -> String,
    /// "the data has no year {y}; it covers {a}–{b}".
    pub no_year: &'static str,
    pub covers: &'static str,
    /// "{n warnings} in the data (…)".
    pub in_the_data: &'static str,
    pub not_empty: &'static str,
    pub wrote: (&'static str, &'static str),
    pub years: &'static str,
    pub cannot_write: &'static str,
    /// Before the window of a double-clicked ikz.exe closes on an error.
    pub press_enter: &'static str,
    /// `ikz matrix --format xlsx` without a file; where `--output` wrote.
    pub xlsx_needs_output: &'static str,
    /// The built-in data, as `ikz check` names it; "year" in a search result.
    pub builtin_data: &'static str,
    pub year_word: &'static str,
    pub wrote_to: &'static str,
    /// After `ikz init`: how many files, the folder.
    pub init_wrote: fn(usize, &str) -> String,
    /// `ikz check` of a folder that began as other built-in data: the folder, and the
    /// release and commit it began as.
    pub began_as_other: fn(&str, &str, &str) -> String,
    /// `-o m.xlsx` of text: the path, the format its name asks for, the one written.
    pub name_asks: fn(&str, &str, &str) -> String,
    /// `-o m.json --csv-excel`: the path, the format its name asks for.
    pub name_asks_csv_excel: fn(&str, &str) -> String,
    /// `--csv-excel` on a command that writes no table; beside another `--format`.
    pub csv_excel_no_table: &'static str,
    pub csv_excel_not_with: fn(&str) -> String,
    /// Why `-o PATH` writes nothing there (the path).
    pub output_refused: fn(crate::staged::Refused, &str) -> String,
    pub note_that: &'static str,
    pub in_word: &'static str,
    /// Before a year: "in 2024", "im Jahr 2024".
    pub in_year: &'static str,
    pub ok: &'static str,
    pub not_a_terminal: &'static str,
    pub cannot_write_json: &'static str,
    pub cannot_write_output: &'static str,
    pub year_digits: &'static str,
    pub no_full_screen: &'static str,
    /// "ikz: the terminal failed: …": the browser could not go on drawing.
    pub terminal_failed: &'static str,
    pub use_commands: &'static str,
    pub count_digits: &'static str,
    /// `--years` that are not FIRST-LAST; `--count` that is not a number.
    pub years_span: &'static str,
    pub set_count_value: &'static str,
    /// Column headings of the lists.
    pub members_head: [&'static str; 5],
    pub projects_head: [&'static str; 5],
    pub this_member: &'static str,
    /// `ikz projects --funded`: the column of the sums, the line of the total.
    pub funded_head: &'static str,
    pub funded_total: (&'static str, &'static str),
    /// `ikz projects --form` with a form that is none.
    pub no_form: &'static str,
    pub forms_are: &'static str,
    pub years_head: [&'static str; 10],
    /// Under `ikz years`: what its columns of who is named count.
    pub years_legend: &'static str,
    pub participants_head: [&'static str; 4],
    pub projects_of: &'static str,
    /// Above `ikz projects` without a member: the year, or all years.
    pub projects_in: fn(Option<u16>) -> String,
    pub no_projects: &'static str,
    /// "no member fits `x` (`ikz members` lists them)"; "`x` fits 2 projects:".
    pub no: &'static str,
    pub fits: &'static str,
    /// Before a number of items ("passt auf 2 Mitglieder": no dative needed).
    pub fits_many: &'static str,
    pub lists_them: &'static str,
    pub name_one: &'static str,
    pub did_not_run: (&'static str, &'static str),
    pub taking_part: &'static str,
    pub sources: &'static str,
    pub none_named: &'static str,
    /// `participants`: the project's first year (if known) and its status now.
    pub start_status: fn(Option<u16>, &str) -> String,
    pub unnamed_unknown: &'static str,
    pub named_in: &'static str,
    pub until: &'static str,
    pub nothing_fits: &'static str,
    pub empty_query: &'static str,
    /// "… and 7 projects may include it: …"
    pub and: &'static str,
    pub may_include: &'static str,
    /// What the participation column says.
    pub notation: &'static str,
}

pub const CLI_EN: CliWords = CliWords {
    command: |cmd| cmd,
    error: Counted {
        one: "error",
        many: "errors",
    },
    warning: Counted {
        one: "warning",
        many: "warnings",
    },
    file: Counted {
        one: "file",
        many: "files",
    },
    member: Counted {
        one: "member",
        many: "members",
    },
    project: Counted {
        one: "project",
        many: "projects",
    },
    report: Counted {
        one: "report",
        many: "reports",
    },
    has: "has",
    fix_first: "fix them first (`ikz check` lists every problem)",
    more_errors: |n| match n {
        1 => "… and 1 more error (`ikz check` lists them all)".to_string(),
        n => format!("… and {n} more errors (`ikz check` lists them all)"),
    },
    no_year: "the data has no year",
    covers: "it covers",
    in_the_data: "in the data (`ikz check` shows them)",
    not_empty: "is not empty; give a new or empty folder",
    wrote: ("wrote", "to"),
    years: "years",
    cannot_write: "cannot write",
    press_enter: "Press Enter to close this window.",
    xlsx_needs_output: "a workbook is written into a file: add --output FILE.xlsx",
    builtin_data: "built-in data",
    year_word: "year",
    wrote_to: "ikz: wrote",
    init_wrote: |n, dir| {
        format!(
            "Wrote the built-in data ({n} files) to {dir}. To use it from now on: ikz config set data {dir}"
        )
    },
    began_as_other: |dir, release, commit| {
        format!(
            "ikz: {dir} began as the built-in data of ikz {release} (commit {commit}); this ikz brings other built-in data: `ikz init` into a new folder shows it, to compare"
        )
    },
    name_asks_csv_excel: |path, asked| {
        format!(
            "{path}: the name asks for {asked}, --csv-excel writes CSV: name the file .csv, or leave out --csv-excel (and give --format {asked})"
        )
    },
    csv_excel_no_table: "--csv-excel is for the commands that write a table (members, projects, years, participants, member, compare, timeline, gaps, search, matrix)",
    csv_excel_not_with: |format| {
        format!("--csv-excel writes CSV, not {format}: leave out --format {format}")
    },
    name_asks: |path, asked, is| {
        format!(
            "{path}: the name asks for {asked}, the output is {is}: add --format {asked}, or name the file for {is}"
        )
    },
    output_refused: |why, path| match why {
        crate::staged::Refused::Link => format!(
            "{path} is a link: writing would replace it by a file; give the file it points to"
        ),
        crate::staged::Refused::DataFile => {
            format!("{path} is a file of the data folder being read: choose another name")
        }
        crate::staged::Refused::WorkbookToTerminal => format!(
            "{path}: a workbook is not shown in a terminal; give a file name ending in .xlsx"
        ),
        crate::staged::Refused::NoReader => {
            format!("{path} is a pipe nobody reads: start its reader first")
        }
        crate::staged::Refused::Folder => {
            format!("{path} is a folder: give a file name in it")
        }
    },
    note_that: "note that",
    in_word: "in",
    in_year: "in",
    ok: "ok",
    not_a_terminal: "standard output is not a terminal, so the browser does not start.\nFor scripts, use a command: ikz check | members | projects | years | participants | member |\ncompare | timeline | gaps | search | matrix | config | init | set | add (ikz --help describes them)",
    cannot_write_json: "cannot write JSON",
    cannot_write_output: "cannot write the output",
    year_digits: "a year is written with four digits, such as 2024",
    no_full_screen: "this terminal cannot show the browser",
    terminal_failed: "the terminal failed",
    use_commands: "The commands work here: ikz projects, ikz participants PROJECT, ikz matrix, ikz search QUERY (ikz --help lists them all).",
    count_digits: "give a number of 1 or more, such as 20",
    years_span: "give the years as FIRST-LAST in four digits each, the first not after the last, such as 2023-2025",
    set_count_value: "give a number, such as 14, or unknown",
    members_head: ["CODE", "NAME", "KIND", "ID", "ALIASES"],
    projects_head: ["ID", "TITLE", "STATUS", "YEARS", "TAKING PART"],
    this_member: "THIS MEMBER",
    funded_head: "FUNDING",
    funded_total: ("Funding in all:", "for"),
    no_form: "no form matches",
    forms_are: "the forms are",
    years_head: [
        "YEAR", "PROJECTS", "NAMED", "PART", "NO COUNT", "COUNT", "NONE", "REPORT", "PAGES",
        "EVENTS",
    ],
    years_legend: "PROJECTS: the projects a source shows in the year; of them, by what the sources say of who takes part: NAMED every participant named, PART a count and fewer names, NO COUNT names without a count, COUNT a count without names, NONE neither. REPORT: the number of the year's annual report, PAGES its pages; EVENTS: the milestones of the cooperation as a whole in the year (not those of its projects).",
    participants_head: ["CODE", "MEMBER", "TAKES PART", "YEARS"],
    projects_of: "Projects of",
    projects_in: |year| match year {
        Some(y) => format!("Projects in {y}"),
        None => "Projects of all years".to_string(),
    },
    no_projects: "No projects",
    no: "no",
    fits: "fits",
    fits_many: "fits",
    lists_them: "lists them",
    name_one: "name one of them by its id",
    did_not_run: ("did not run in", "years"),
    taking_part: "Taking part",
    sources: "Sources",
    none_named: "They name none of the participants: who takes part is not known.",
    start_status: |start, status| match start {
        Some(y) => format!("Started {y} · status: {status}"),
        None => format!("Start not known · status: {status}"),
    },
    unnamed_unknown: "Members they do not name are shown as \"not known\".",
    named_in: "named in",
    until: "until",
    nothing_fits: "nothing fits",
    empty_query: "give something to look for, such as: ikz search klima",
    and: "And",
    may_include: "may include it: their sources give no names, or not all (--all lists them).",
    notation: "TAKING PART: the members a source names, of all; (14) the count a source reports, where not everyone is named (over all years: a year's largest); (?) no count is known.",
};

pub const CLI_DE: CliWords = CliWords {
    command: crate::present::help_de::translate,
    error: Counted {
        one: "Fehler",
        many: "Fehler",
    },
    warning: Counted {
        one: "Warnung",
        many: "Warnungen",
    },
    file: Counted {
        one: "Datei",
        many: "Dateien",
    },
    member: Counted {
        one: "Mitglied",
        many: "Mitglieder",
    },
    project: Counted {
        one: "Projekt",
        many: "Projekte",
    },
    report: Counted {
        one: "Bericht",
        many: "Berichte",
    },
    has: "hat",
    fix_first: "bitte zuerst beheben (`ikz check` zeigt jedes Problem)",
    more_errors: |n| match n {
        1 => "… und 1 weiterer Fehler (`ikz check` zeigt alle)".to_string(),
        n => format!("… und {n} weitere Fehler (`ikz check` zeigt alle)"),
    },
    no_year: "die Daten haben kein Jahr",
    covers: "sie umfassen",
    in_the_data: "in den Daten (`ikz check` zeigt sie)",
    not_empty: "ist nicht leer; bitte einen neuen oder leeren Ordner angeben",
    wrote: ("geschrieben:", "nach"),
    years: "Jahre",
    cannot_write: "kann nicht schreiben:",
    press_enter: "Eingabetaste drücken, um dieses Fenster zu schließen.",
    xlsx_needs_output: "eine Arbeitsmappe wird in eine Datei geschrieben: --output DATEI.xlsx angeben",
    builtin_data: "mitgelieferte Daten",
    year_word: "Jahr",
    wrote_to: "ikz: geschrieben:",
    init_wrote: |n, dir| {
        format!(
            "Die mitgelieferten Daten ({n} Dateien) nach {dir} geschrieben. Um sie von nun an zu nutzen: ikz config set data {dir}"
        )
    },
    began_as_other: |dir, release, commit| {
        format!(
            "ikz: {dir} begann als die mitgelieferten Daten von ikz {release} (Commit {commit}); dieses ikz bringt andere mit: `ikz init` in einen neuen Ordner zeigt sie, zum Vergleich"
        )
    },
    name_asks_csv_excel: |path, asked| {
        format!(
            "{path}: der Name verlangt {asked}, --csv-excel schreibt CSV: die Datei .csv nennen oder --csv-excel weglassen (und --format {asked} angeben)"
        )
    },
    csv_excel_no_table: "--csv-excel gilt für die Befehle, die eine Tabelle schreiben (members, projects, years, participants, member, compare, timeline, gaps, search, matrix)",
    csv_excel_not_with: |format| {
        format!("--csv-excel schreibt CSV, nicht {format}: --format {format} weglassen")
    },
    name_asks: |path, asked, is| {
        format!(
            "{path}: der Name verlangt {asked}, die Ausgabe ist {is}: --format {asked} angeben oder die Datei passend zu {is} benennen"
        )
    },
    output_refused: |why, path| match why {
        crate::staged::Refused::Link => format!(
            "{path} ist eine Verknüpfung: Schreiben würde sie durch eine Datei ersetzen; die Datei angeben, auf die sie zeigt"
        ),
        crate::staged::Refused::DataFile => {
            format!("{path} ist eine Datei des gelesenen Datenordners: einen anderen Namen wählen")
        }
        crate::staged::Refused::WorkbookToTerminal => format!(
            "{path}: eine Arbeitsmappe lässt sich im Terminal nicht zeigen; einen Dateinamen auf .xlsx angeben"
        ),
        crate::staged::Refused::NoReader => {
            format!("{path} ist eine Pipe, aus der niemand liest: zuerst den Leser starten")
        }
        crate::staged::Refused::Folder => {
            format!("{path} ist ein Ordner: einen Dateinamen darin angeben")
        }
    },
    note_that: "Hinweis:",
    in_word: "in",
    in_year: "im Jahr",
    ok: "in Ordnung",
    not_a_terminal: "Die Standardausgabe ist kein Terminal, daher startet die Übersicht nicht.\nFür Skripte gibt es Befehle: ikz check | members | projects | years | participants | member |\ncompare | timeline | gaps | search | matrix | config | init | set | add (ikz --help beschreibt sie)",
    cannot_write_json: "JSON kann nicht geschrieben werden",
    cannot_write_output: "die Ausgabe kann nicht geschrieben werden",
    year_digits: "ein Jahr wird mit vier Ziffern geschrieben, etwa 2024",
    no_full_screen: "dieses Terminal kann die Übersicht nicht zeigen",
    terminal_failed: "das Terminal versagte",
    use_commands: "Die Befehle gehen hier: ikz projects, ikz participants PROJEKT, ikz matrix, ikz search SUCHE (ikz --help nennt alle).",
    count_digits: "eine Zahl ab 1 angeben, etwa 20",
    years_span: "die Jahre als ERSTES-LETZTES mit je vier Ziffern angeben, das erste nicht nach dem letzten, etwa 2023-2025",
    set_count_value: "eine Zahl angeben, etwa 14, oder unbekannt",
    members_head: ["KÜRZEL", "NAME", "ART", "ID", "AUCH"],
    projects_head: ["ID", "TITEL", "STAND", "JAHRE", "BETEILIGUNG"],
    funded_head: "FÖRDERUNG",
    funded_total: ("Förderung insgesamt:", "für"),
    no_form: "keine Form passt zu",
    forms_are: "die Formen sind",
    this_member: "DIESES MITGLIED",
    years_head: [
        "JAHR",
        "PROJEKTE",
        "GENANNT",
        "TEILS",
        "OHNE ANZAHL",
        "ANZAHL",
        "NICHTS",
        "BERICHT",
        "SEITEN",
        "EREIGNISSE",
    ],
    years_legend: "PROJEKTE: die Projekte, die eine Quelle im Jahr zeigt; davon nach dem, was die Quellen über die Teilnahme sagen: GENANNT alle Teilnehmenden genannt, TEILS eine Anzahl und weniger Namen, OHNE ANZAHL Namen ohne Anzahl, ANZAHL eine Anzahl ohne Namen, NICHTS keins von beiden. BERICHT: die Nummer des Jahresberichts des Jahres, SEITEN seine Seiten; EREIGNISSE: die Meilensteine der Kooperation als Ganzes im Jahr (nicht die ihrer Projekte).",
    participants_head: ["KÜRZEL", "MITGLIED", "NIMMT TEIL", "JAHRE"],
    projects_of: "Projekte von",
    projects_in: |year| match year {
        Some(y) => format!("Projekte im Jahr {y}"),
        None => "Projekte aller Jahre".to_string(),
    },
    no_projects: "Keine Projekte",
    no: "kein",
    fits: "passt zu",
    fits_many: "passt auf",
    lists_them: "listet sie",
    name_one: "bitte einen davon mit seiner ID nennen",
    did_not_run: ("lief nicht im Jahr", "Jahre"),
    taking_part: "Beteiligung",
    sources: "Quellen",
    none_named: "Sie nennen keine Beteiligten: wer teilnimmt, ist nicht bekannt.",
    start_status: |start, status| match start {
        Some(y) => format!("Beginn {y} · Stand: {status}"),
        None => format!("Beginn nicht bekannt · Stand: {status}"),
    },
    unnamed_unknown: "Mitglieder, die sie nicht nennen, erscheinen als „nicht bekannt“.",
    named_in: "genannt",
    until: "bis",
    nothing_fits: "nichts passt zu",
    empty_query: "etwas zum Suchen angeben, etwa: ikz search klima",
    and: "Und",
    may_include: "schließen es vielleicht ein: ihre Quellen nennen keine oder nicht alle Namen (--all listet sie).",
    notation: "BETEILIGUNG: die Mitglieder, die eine Quelle nennt, von allen; (14) die Anzahl, die eine Quelle meldet, wo nicht alle genannt sind (über alle Jahre: die größte eines Jahres); (?) keine Anzahl bekannt.",
};
