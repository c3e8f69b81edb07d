//! The words of the interface in German and English. Data is shown as written.

use crate::model::{Participation, Status};
use crate::query::grid::{ColumnOrder, RowOrder};
use crate::web::NotWeb;

pub use crate::diag::Lang;
pub use views::{CompareWords, GapWords, ProfileWords, TimelineWords, ViewKeys};

mod cli;
pub mod csv;
pub mod edit;
mod export;
mod keys;
mod matrix;
pub mod problems;
pub mod record;
mod settings;
mod views;

pub use cli::CliWords;
pub use export::ExportWords;
pub use keys::{KeyNames, KeyWords};

/// The day of a time of seconds since 1970 (UTC): year, month, day of the proleptic
/// Gregorian calendar, after Howard Hinnant's days-to-civil.
pub fn civil_date(secs: u64) -> (i64, u32, u32) {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    (
        y,
        u32::try_from(mo).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}
pub use matrix::MatrixTexts;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

/// Every fixed text of the interface.
#[derive(Debug)]
pub struct Texts {
    /// The problems of a data folder.
    pub problems: problems::ProblemWords,
    pub years: &'static str,
    /// A project's years in its detail: when it ran, not when its members are named.
    pub project_years: &'static str,
    pub projects: &'static str,
    pub members: &'static str,
    pub detail: &'static str,
    pub all_years: &'static str,
    pub report: &'static str,
    pub field: &'static str,
    pub status: &'static str,
    pub milestones: &'static str,
    pub sources: &'static str,
    /// The projects of a year: those that ran, and those whose status is not known then.
    pub projects_of_year: fn(usize, usize) -> String,
    /// The years of a running project that no source shows after a year (format 2).
    pub then_unknown: fn(u16, u16) -> String,
    /// The label of a year's coverage, and the coverage: how many projects that ran are
    /// fully named, partly named, named without a count, counted only, or neither.
    pub who_is_known: &'static str,
    pub coverage: fn([usize; 5]) -> String,
    /// When a source shows a composition of the steering group, where it says so.
    pub dated: fn(&crate::model::Dated) -> Option<String>,
    /// Beside an internal source: who said it, and when.
    pub internal: fn(&str, Option<&str>) -> String,
    /// Beside a source nobody could read again.
    pub unchecked: &'static str,
    pub note: &'static str,
    pub takes_part: &'static str,
    pub does_not: &'static str,
    pub not_known: &'static str,
    pub participation: &'static str,
    pub kind: &'static str,
    pub kind_unknown: &'static str,
    /// The kinds of member, in the order of `Kind::ALL`.
    pub kinds: [&'static str; 3],
    pub code: &'static str,
    pub aliases: &'static str,
    pub projects_by_year: &'static str,
    pub no_projects_named: &'static str,
    pub may_take_part: &'static str,
    pub pages: &'static str,
    pub period: &'static str,
    pub published: &'static str,
    pub highlights: &'static str,
    pub events: &'static str,
    pub no_report: &'static str,
    pub steering_group: &'static str,
    /// Heading of an earlier composition of the steering group, before its year.
    pub composition_in: &'static str,
    pub website: &'static str,
    pub since: &'static str,
    pub year_unknown: &'static str,
    pub no_items: &'static str,
    /// Enter on a project whose sources name nobody: with a count (how many), without.
    pub none_named_of: fn(u32) -> String,
    pub none_named: &'static str,
    pub built_in: &'static str,
    pub help_title: &'static str,
    pub help_mouse: &'static str,
    pub help_no_mouse: &'static str,
    pub help_close: &'static str,
    /// The help searched: the words, how many lines have them.
    pub help_found: fn(&str, usize) -> String,
    pub help_search: &'static str,
    /// Heading of the keys that work in every view.
    pub help_everywhere: &'static str,
    /// Heading of the keys that work everywhere, on a screen that is no view.
    pub help_also: &'static str,
    pub problems_title: &'static str,
    /// The same list when the files of a reload had errors too.
    pub problems_title_errors: &'static str,
    pub problems_none: &'static str,
    pub problems_close: &'static str,
    pub errors_title: &'static str,
    pub errors_intro: &'static str,
    pub errors_fix: &'static str,
    pub warnings: &'static str,
    pub warning: &'static str,
    pub too_small: &'static str,
    pub planned: &'static str,
    pub running: &'static str,
    pub completed: &'static str,
    pub status_unknown: &'static str,
    pub legend: &'static str,
    /// One line per pane that uses symbols or numbers, shown in the status bar while the
    /// pane has the focus, and in the help.
    /// The order of the projects list: by start year (then title), or marked first.
    pub order_start: &'static str,
    pub order_marks: &'static str,
    pub legend_years: &'static str,
    pub legend_projects: &'static str,
    /// The same for all years: what the numbers mean over every year.
    pub legend_projects_all: &'static str,
    pub legend_members: &'static str,
    pub legend_status: &'static str,
    pub legend_selection: &'static str,
    /// "Data": where the data comes from, in the cooperation's detail.
    pub data_origin: &'static str,
    pub reloaded: &'static str,
    pub reload_unchanged: &'static str,
    pub not_watched: &'static str,
    /// The data folder is read every 2 s: why (a network drive's file system, or
    /// `--poll`).
    pub polled: fn(&str) -> String,
    pub paste_cut: &'static str,
    pub cannot_suspend: &'static str,
    /// "… and 12 more (…)", around the number.
    pub more: (&'static str, &'static str),
    pub reload_builtin: &'static str,
    /// A gap in who takes part: the count reported (or none), the members, how many
    /// are named: "13 of 15 reported, 9 named".
    pub gap_said: fn(Option<u32>, usize, usize) -> String,
    /// The same over all years: a year's largest count (or none), how many are named in
    /// some year: "at most 11 reported in a year, 11 named in some year".
    pub gap_said_all: fn(Option<u32>, usize) -> String,
    /// "Reload: 2 errors in the files; the last good data stays (w lists them)".
    pub reload_failed: fn(usize) -> String,
    /// The window's size and the least it needs: "40×10 — ikz needs at least 60×15".
    pub too_small_detail: fn((u16, u16), (u16, u16)) -> String,
    /// The status bar while the files have errors and the last good data is shown.
    pub stale: &'static str,
    pub stale_title: &'static str,
    pub help_matrix: &'static str,
    /// The search popup's title, and the result counted: one, many.
    pub search_title: &'static str,
    pub nothing_found: &'static str,
    pub results: (&'static str, &'static str),
    /// What a search result is.
    pub target_project: &'static str,
    pub target_member: &'static str,
    pub target_year: &'static str,
    /// The status in a few letters, for the projects list.
    pub status_short: [&'static str; 4],
    /// A project's status in a year no source shows it in, though an earlier one does
    /// (format 2): short, and in a table of the commands.
    pub not_shown_short: &'static str,
    pub not_shown: &'static str,
    /// Before a year: "running in 2021", "läuft 2021".
    pub in_year: &'static str,
    /// Whether a member takes part, as a short answer: yes, no, not known.
    pub answers: [&'static str; 3],
    pub help_filter: &'static str,
    pub matrix: MatrixTexts,
    pub keys: KeyWords,
    /// The names of keys as printed on the keyboards of the language.
    pub key_names: KeyNames,
    pub export: ExportWords,
    /// The headings of the commands' CSV for Excel.
    pub csv: csv::CsvWords,
    pub cli: CliWords,
    pub profile: ProfileWords,
    pub compare: CompareWords,
    pub timeline: TimelineWords,
    pub gaps: GapWords,
    pub settings: settings::SettingsWords,
    pub edit: edit::EditWords,
    /// After `y`: where it went, what, and how many lines.
    pub copied: fn(super::copy::Copied, &str, usize) -> String,
    pub not_copied: &'static str,
    /// After `o`: source 1 of 3, titled, opens; none has an address; source 2 of 3 is not
    /// opened, with why first (the title would push it off a narrow status line) and the
    /// address written; no browser could be started (the address).
    pub opening: fn(usize, usize, &str) -> String,
    pub no_address: &'static str,
    pub not_web: fn(usize, usize, &str, &crate::web::NotWeb) -> String,
    pub no_browser: fn(&str) -> String,
    /// A project's seat, form, grants and awards; a member's hosted projects.
    pub seat: &'static str,
    pub form: &'static str,
    pub funding: &'static str,
    /// "in all", after the sum of the grants.
    pub in_all: &'static str,
    pub awards: &'static str,
    pub hosts: &'static str,
    /// Around an amount of euros, and the separator of thousands: "€100,000", "100.000 €".
    pub euros: (&'static str, &'static str),
    pub thousands: char,
    /// English screens name a form in English with the German term beside it.
    pub forms_in_english: bool,
}

/// A noun counted: "1 error", "2 errors".
#[derive(Debug, Clone, Copy)]
pub struct Counted {
    pub one: &'static str,
    pub many: &'static str,
}

impl Counted {
    pub fn count(self, n: usize) -> String {
        format!("{n} {}", if n == 1 { self.one } else { self.many })
    }
}

pub const EN: Texts = Texts {
    problems: problems::PROBLEMS_EN,
    opening: |n, of, title| format!("Opening source {n} of {of} in the web browser: {title}"),
    no_address: "No source of this has a web address.",
    not_web: |n, of, address, why| match why {
        NotWeb::NotAnAddress => format!(
            "Source {n} of {of} not opened: not a web address (only http and https are opened): {address}"
        ),
        NotWeb::Scheme(scheme) => format!(
            "Source {n} of {of} not opened: a “{scheme}:” address, not a web address (only http and https are opened)"
        ),
    },
    no_browser: |url| format!("No web browser could be started – y copies the addresses: {url}"),
    copied: |to, what, lines| {
        use crate::present::copy::Copied;
        let how = match to {
            Copied::System => "Copied",
            Copied::Terminal => "Copied through the terminal (OSC 52)",
            Copied::Tmux => "Copied to tmux and the clipboard",
            Copied::TmuxOnly => "In tmux only (for the clipboard: set -g set-clipboard on)",
        };
        format!("{how}: {what} ({lines} lines)")
    },
    not_copied: "Not copied: the terminal could not be written to.",
    seat: "Seat",
    form: "Form",
    funding: "Funding",
    in_all: "in all",
    awards: "Awards",
    hosts: "Seat of",
    euros: ("€", ""),
    thousands: ',',
    forms_in_english: true,
    years: "Years",
    project_years: "Project years",
    projects: "Projects",
    members: "Members",
    detail: "Detail",
    all_years: "All years",
    report: "Report",
    field: "Field",
    status: "Status",
    milestones: "Milestones",
    sources: "Sources",
    projects_of_year: |ran, unknown| match unknown {
        0 => ran.to_string(),
        _ => format!(
            "{ran} shown by a source in the year, {unknown} more known only from earlier years"
        ),
    },
    then_unknown: |a, b| match a == b {
        true => format!("{a}, then not known"),
        false => format!("{a}–{b}, then not known"),
    },
    who_is_known: "Who takes part",
    coverage: |[full, part, names, count, none]| {
        format!(
            "{full} all named, {part} partly named, {names} named without a count, {count} counted only, {none} neither"
        )
    },
    dated: |d| match (&d.as_of, d.from, d.until) {
        (Some(date), _, _) => Some(format!("As of: {date}")),
        (None, Some(from), Some(until)) => Some(format!("From {from} to {until}")),
        (None, Some(from), None) => Some(format!("Since {from}")),
        (None, None, Some(until)) => Some(format!("Until {until}")),
        (None, None, None) => None,
    },
    internal: |by, date| match date {
        Some(date) => format!("internal: {by}, {date}"),
        None => format!("internal: {by}"),
    },
    unchecked: "not checked again: nobody could read it again",
    note: "Note",
    takes_part: "Takes part",
    does_not: "Does not take part",
    not_known: "Not known",
    participation: "Participation",
    kind: "Kind",
    kind_unknown: "not stated in the sources",
    kinds: [
        "town (Stadt)",
        "municipality (Gemeinde)",
        "district (Landkreis)",
    ],
    code: "Code",
    aliases: "Also called",
    projects_by_year: "Projects by year",
    no_projects_named: "No source names this member in a project.",
    may_take_part: "may take part: the sources give no names, or not all",
    pages: "Pages",
    period: "Period",
    published: "Published",
    highlights: "Highlights",
    events: "Events",
    no_report: "No annual report for this year in the data.",
    steering_group: "Steering group",
    composition_in: "Members in",
    website: "Website",
    since: "since",
    year_unknown: "year not known",
    no_items: "(none)",
    none_named_of: |n| {
        format!(
            "A source reports {n} taking part, but names none of them: who they are is not known."
        )
    },
    none_named: "No source names who takes part: not known.",
    built_in: "built-in data",
    help_title: "Help — keys",
    help_mouse: "Mouse: a click selects, the wheel scrolls the pane under the pointer. To select text while ikz holds the mouse, drag with Shift held (in most terminals), or start ikz --no-mouse.",
    help_no_mouse: "The mouse is left to the terminal (--no-mouse): drag to select text.",
    help_close: "Esc, q or ? closes this help; / searches it.",
    help_found: |words, n| format!("/ {words} — {n} lines (/ then Esc shows all again)"),
    help_search: "In the search (every other key is text):",
    help_everywhere: "In every view:",
    help_also: "Also:",
    problems_title: "Warnings in the data",
    problems_title_errors: "Errors in the files and warnings in the data",
    problems_none: "No warnings and no errors in the data.",
    problems_close: "Esc, q or w closes this list.",
    errors_title: "The data has errors",
    errors_intro: "ikz cannot show this data until these errors are fixed:",
    errors_fix: "Fix each error at the place named at the start of its line (file:line:column) and save the file: ikz reads the folder again by itself (r reads it now; ikz check lists the same). q quits.",
    warnings: "warnings",
    warning: "warning",
    too_small: "Window too small",
    planned: "planned",
    running: "running",
    completed: "completed",
    status_unknown: "unknown",
    legend: "✓ takes part;  · does not;  ? not known;  ⌂ seat of the office (takes part)",
    order_start: "by start",
    order_marks: "✓ first",
    legend_years: "#8: number of the year's annual report (if one is known); last: projects a source shows in that year (not those known only from earlier years)",
    legend_projects: "n/15: n of the 15 members named; (14): count reported; (?): no count",
    legend_projects_all: "all years: n/15 named in some year; (14): a year's largest count; (?): no year has a count",
    legend_members: "✓ takes part;  · does not;  ? not known;  ⌂ seat of the office (takes part)",
    legend_status: "Status in the year shown: planned, running, completed, unknown",
    legend_selection: "▶ the selected row where the keys act; ▷ the selected row of another list",
    data_origin: "Data",
    reloaded: "Data reloaded.",
    reload_unchanged: "Data read again: nothing changed.",
    more: ("… and", "more (the matrix, m, shows them all)"),
    not_watched: "Not watching for changes (r reloads)",
    polled: |why| match why {
        "--poll" => "--poll: the data folder is read every 2 s for changes by others.".to_string(),
        fs => format!(
            "The data folder is on a network drive ({fs}): it is read every 2 s for changes by others."
        ),
    },
    paste_cut: "The pasted text was cut to 1000 characters",
    cannot_suspend: "Ctrl-z: this system cannot pause a program",
    reload_builtin: "The built-in data does not change; start ikz --data DIR to watch a folder.",
    gap_said: |reported, members, listed| match reported {
        Some(r) => format!("{r} of {members} reported, {listed} named"),
        None => format!("no count reported, {listed} named"),
    },
    gap_said_all: |reported, listed| match reported {
        Some(r) => format!("at most {r} reported in a year, {listed} named in some year"),
        None => format!("no year has a count, {listed} named in some year"),
    },
    reload_failed: |n| {
        let s = if n == 1 { "" } else { "s" };
        format!("Reload: {n} error{s} in the files; the last good data stays (w lists them)")
    },
    too_small_detail: |(w, h), (need_w, need_h)| {
        format!("{w}×{h} — ikz needs at least {need_w}×{need_h}")
    },
    stale: "the files have errors: showing the last good data (w)",
    stale_title: "Errors in the files (the last good data is shown)",
    help_matrix: "In the matrix:",
    search_title: "Search",
    nothing_found: "Nothing found.",
    results: ("result", "results"),
    target_project: "project",
    target_member: "member",
    target_year: "year",
    status_short: ["planned", "running", "completed", "unknown"],
    not_shown_short: "no source",
    not_shown: "no source that year",
    in_year: "in ",
    answers: ["yes", "no", "not known"],
    help_filter: "In the filter (every other key is text):",
    matrix: matrix::MATRIX_EN,
    keys: keys::KEYS_EN,
    export: export::EXPORT_EN,
    csv: csv::CSV_EN,
    key_names: keys::KEY_NAMES_EN,
    profile: views::PROFILE_EN,
    compare: views::COMPARE_EN,
    timeline: views::TIMELINE_EN,
    gaps: views::GAPS_EN,
    settings: settings::SETTINGS_EN,
    edit: edit::EDIT_EN,
    cli: cli::CLI_EN,
};

pub const DE: Texts = Texts {
    problems: problems::PROBLEMS_DE,
    opening: |n, of, title| format!("Quelle {n} von {of} wird im Webbrowser geöffnet: {title}"),
    no_address: "Keine Quelle dazu hat eine Webadresse.",
    not_web: |n, of, address, why| match why {
        NotWeb::NotAnAddress => format!(
            "Quelle {n} von {of} nicht geöffnet: keine Webadresse (geöffnet werden nur http- und https-Adressen): {address}"
        ),
        NotWeb::Scheme(scheme) => format!(
            "Quelle {n} von {of} nicht geöffnet: eine „{scheme}:“-Adresse, keine Webadresse (geöffnet werden nur http- und https-Adressen)"
        ),
    },
    no_browser: |url| format!("Kein Webbrowser ließ sich starten – y kopiert die Adressen: {url}"),
    copied: |to, what, lines| {
        use crate::present::copy::Copied;
        let how = match to {
            Copied::System => "Kopiert",
            Copied::Terminal => "Über das Terminal kopiert (OSC 52)",
            Copied::Tmux => "In tmux und die Zwischenablage kopiert",
            Copied::TmuxOnly => "Nur in tmux (für die Zwischenablage: set -g set-clipboard on)",
        };
        format!("{how}: {what} ({lines} Zeilen)")
    },
    not_copied: "Nicht kopiert: ins Terminal ließ sich nicht schreiben.",
    seat: "Sitz",
    form: "Form",
    funding: "Förderung",
    in_all: "insgesamt",
    awards: "Auszeichnungen",
    hosts: "Sitz von",
    euros: ("", " €"),
    thousands: '.',
    forms_in_english: false,
    years: "Jahre",
    project_years: "Laufzeit",
    projects: "Projekte",
    members: "Mitglieder",
    detail: "Details",
    all_years: "Alle Jahre",
    report: "Bericht",
    field: "Bereich",
    status: "Stand",
    milestones: "Meilensteine",
    sources: "Quellen",
    projects_of_year: |ran, unknown| match unknown {
        0 => ran.to_string(),
        _ => format!(
            "{ran} von einer Quelle im Jahr gezeigt, {unknown} weitere nur aus früheren Jahren bekannt"
        ),
    },
    then_unknown: |a, b| match a == b {
        true => format!("{a}, dann unbekannt"),
        false => format!("{a}–{b}, dann unbekannt"),
    },
    who_is_known: "Teilnahme bekannt",
    coverage: |[full, part, names, count, none]| {
        format!(
            "{full} alle genannt, {part} teilweise genannt, {names} genannt ohne Anzahl, {count} nur gezählt, {none} nichts davon"
        )
    },
    dated: |d| match (&d.as_of, d.from, d.until) {
        (Some(date), _, _) => Some(format!("Stand: {date}")),
        (None, Some(from), Some(until)) => Some(format!("Von {from} bis {until}")),
        (None, Some(from), None) => Some(format!("Seit {from}")),
        (None, None, Some(until)) => Some(format!("Bis {until}")),
        (None, None, None) => None,
    },
    internal: |by, date| match date {
        Some(date) => format!("interne Auskunft: {by}, {date}"),
        None => format!("interne Auskunft: {by}"),
    },
    unchecked: "nicht erneut geprüft: niemand konnte sie noch einmal lesen",
    note: "Hinweis",
    takes_part: "Beteiligt",
    does_not: "Nicht beteiligt",
    not_known: "Nicht bekannt",
    participation: "Beteiligung",
    kind: "Art",
    kind_unknown: "in den Quellen nicht angegeben",
    kinds: ["Stadt", "Gemeinde", "Landkreis"],
    code: "Kürzel",
    aliases: "Auch genannt",
    projects_by_year: "Projekte nach Jahr",
    no_projects_named: "Keine Quelle nennt dieses Mitglied in einem Projekt.",
    may_take_part: "vielleicht beteiligt: die Quellen nennen keine oder nicht alle Namen",
    pages: "Seiten",
    period: "Zeitraum",
    published: "Erschienen",
    highlights: "Schwerpunkte",
    events: "Ereignisse",
    no_report: "Für dieses Jahr enthalten die Daten keinen Jahresbericht.",
    steering_group: "Lenkungsgruppe",
    composition_in: "Besetzung",
    website: "Website",
    since: "seit",
    year_unknown: "Jahr nicht bekannt",
    no_items: "(keine)",
    none_named_of: |n| {
        format!(
            "Eine Quelle meldet {n} Teilnehmende, nennt aber keine davon: wer es ist, ist nicht bekannt."
        )
    },
    none_named: "Keine Quelle nennt, wer teilnimmt: nicht bekannt.",
    built_in: "mitgelieferte Daten",
    help_title: "Hilfe – Tasten",
    help_mouse: "Maus: Klick wählt aus, das Rad blättert im Bereich unter dem Zeiger. Um Text zu markieren, während ikz die Maus nutzt, mit gedrückter Umschalttaste ziehen (in den meisten Terminals) oder ikz --no-mouse starten.",
    help_no_mouse: "Die Maus bleibt dem Terminal überlassen (--no-mouse): Text durch Ziehen markieren.",
    help_close: "Esc, q oder ? schließt diese Hilfe; / durchsucht sie.",
    help_found: |words, n| format!("/ {words} — {n} Zeilen (/ dann Esc zeigt wieder alle)"),
    help_search: "In der Suche (alle anderen Tasten sind Text):",
    help_everywhere: "In jeder Ansicht:",
    help_also: "Außerdem:",
    problems_title: "Warnungen in den Daten",
    problems_title_errors: "Fehler in den Dateien und Warnungen in den Daten",
    problems_none: "Keine Warnungen und keine Fehler in den Daten.",
    problems_close: "Esc, q oder w schließt diese Liste.",
    errors_title: "Die Daten enthalten Fehler",
    errors_intro: "ikz kann diese Daten erst zeigen, wenn diese Fehler behoben sind:",
    errors_fix: "Jeden Fehler an der Stelle beheben, die vorn in seiner Zeile steht (Datei:Zeile:Spalte), und die Datei speichern: ikz liest den Ordner von selbst neu (r liest sofort; ikz check zeigt dasselbe). q beendet.",
    warnings: "Warnungen",
    warning: "Warnung",
    too_small: "Fenster zu klein",
    planned: "geplant",
    running: "läuft",
    completed: "abgeschlossen",
    status_unknown: "unbekannt",
    legend: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt;  ⌂ Sitz der Stelle (beteiligt)",
    order_start: "nach Beginn",
    order_marks: "✓ zuerst",
    legend_years: "#8: Nummer des Jahresberichts (wenn einer bekannt ist); zuletzt: Projekte, die eine Quelle im Jahr zeigt (ohne die nur aus früheren Jahren bekannten)",
    legend_projects: "n/15: n der 15 Mitglieder genannt; (14): gemeldete Anzahl; (?): keine Anzahl",
    legend_projects_all: "alle Jahre: n/15 in einem Jahr genannt; (14): größte Anzahl eines Jahres; (?): kein Jahr mit Anzahl",
    legend_members: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt;  ⌂ Sitz der Stelle (beteiligt)",
    legend_status: "Stand im gezeigten Jahr: geplant, läuft, abgeschlossen, unbekannt",
    legend_selection: "▶ die gewählte Zeile, auf die die Tasten wirken; ▷ die gewählte Zeile einer anderen Liste",
    data_origin: "Daten",
    reloaded: "Daten neu gelesen.",
    reload_unchanged: "Daten neu gelesen: nichts geändert.",
    more: ("… und", "weitere (die Matrix, m, zeigt alle)"),
    not_watched: "Änderungen werden nicht beobachtet (r liest neu)",
    polled: |why| match why {
        "--poll" => {
            "--poll: der Datenordner wird alle 2 s auf Änderungen anderer gelesen.".to_string()
        }
        fs => format!(
            "Der Datenordner liegt auf einem Netzlaufwerk ({fs}): er wird alle 2 s auf Änderungen anderer gelesen."
        ),
    },
    paste_cut: "Der eingefügte Text wurde auf 1000 Zeichen gekürzt",
    cannot_suspend: "Strg-z: dieses System kann Programme nicht anhalten",
    reload_builtin: "Die eingebauten Daten ändern sich nicht; ikz --data ORDNER beobachtet einen Ordner.",
    gap_said: |reported, members, listed| match reported {
        Some(r) => format!("{r} von {members} gemeldet, {listed} namentlich genannt"),
        None => format!("keine Anzahl gemeldet, {listed} namentlich genannt"),
    },
    gap_said_all: |reported, listed| match reported {
        Some(r) => format!(
            "höchstens {r} in einem Jahr gemeldet, {listed} in einem der Jahre namentlich genannt"
        ),
        None => format!("kein Jahr mit Anzahl, {listed} in einem der Jahre namentlich genannt"),
    },
    reload_failed: |n| {
        format!(
            "Neu lesen: {n} Fehler in den Dateien; die letzten guten Daten bleiben (w zeigt sie)"
        )
    },
    too_small_detail: |(w, h), (need_w, need_h)| {
        format!("{w}×{h} – ikz braucht mindestens {need_w}×{need_h}")
    },
    stale: "die Dateien haben Fehler: gezeigt werden die letzten guten Daten (w)",
    stale_title: "Fehler in den Dateien (gezeigt werden die letzten guten Daten)",
    help_matrix: "In der Matrix:",
    search_title: "Suche",
    nothing_found: "Nichts gefunden.",
    results: ("Treffer", "Treffer"),
    target_project: "Projekt",
    target_member: "Mitglied",
    target_year: "Jahr",
    status_short: ["geplant", "läuft", "abgeschlossen", "unbekannt"],
    not_shown_short: "ohne Beleg",
    not_shown: "ohne Beleg im Jahr",
    in_year: "",
    answers: ["ja", "nein", "nicht bekannt"],
    help_filter: "Im Filter (alle anderen Tasten sind Text):",
    matrix: matrix::MATRIX_DE,
    keys: keys::KEYS_DE,
    export: export::EXPORT_DE,
    csv: csv::CSV_DE,
    key_names: keys::KEY_NAMES_DE,
    profile: views::PROFILE_DE,
    compare: views::COMPARE_DE,
    timeline: views::TIMELINE_DE,
    gaps: views::GAPS_DE,
    settings: settings::SETTINGS_DE,
    edit: edit::EDIT_DE,
    cli: cli::CLI_DE,
};

impl Texts {
    /// What is said beside a source besides its title: that it is internal (who said it,
    /// and when), that nobody could read it again; `None` for a public source read again.
    pub fn source_note(&self, s: &crate::model::Source) -> Option<String> {
        let mut notes = Vec::new();
        if let Some(by) = &s.internal {
            notes.push((self.internal)(by, s.date.as_deref()));
        }
        if !s.checked {
            notes.push(self.unchecked.to_string());
        }
        (!notes.is_empty()).then(|| notes.join("; "))
    }

    /// The status in a few letters, for lists.
    /// A project's status in `year`, short: "ohne Beleg" in a year of unknown status
    /// after the last one a source shows it in (format 2), apart from a status not known
    /// in a year a source shows.
    pub fn status_short_in(
        &self,
        model: &crate::model::Model,
        p: crate::model::ProjectIdx,
        year: Option<u16>,
    ) -> &'static str {
        match year {
            Some(y) if model.unknown_years(p).is_some_and(|u| u.contains(&y)) => {
                self.not_shown_short
            }
            _ => self.status_short(model.status_in(p, year)),
        }
    }

    pub fn status_short(&self, s: Status) -> &'static str {
        let i = Status::ALL.iter().position(|&x| x == s).unwrap_or(0);
        self.status_short.get(i).copied().unwrap_or_default()
    }

    /// Whether a member takes part, as a short answer.
    pub fn answer(&self, cell: crate::model::Cell) -> &'static str {
        let i = match cell {
            crate::model::Cell::Yes => 0,
            crate::model::Cell::No => 1,
            crate::model::Cell::Unknown => 2,
        };
        self.answers.get(i).copied().unwrap_or_default()
    }

    /// "Search · 1 result", "Suche · 3 Treffer".
    /// A kind of member in this language (English keeps the German term beside it).
    pub fn kind(&self, kind: crate::model::Kind) -> &'static str {
        crate::model::Kind::ALL
            .iter()
            .position(|&k| k == kind)
            .and_then(|i| self.kinds.get(i))
            .copied()
            .unwrap_or_else(|| kind.name())
    }

    /// An amount of euros as this language writes it: "€100,000", "100.000 €".
    pub fn euros(&self, amount: u64) -> String {
        let digits = amount.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(self.thousands);
            }
            grouped.push(c);
        }
        format!("{}{grouped}{}", self.euros.0, self.euros.1)
    }

    /// A legal or organisational form: in German as the data writes it; in English
    /// translated, with the German term beside it.
    pub fn form(&self, form: crate::model::Form) -> String {
        if self.forms_in_english {
            format!("{} ({})", form.english(), form.name())
        } else {
            form.name().to_string()
        }
    }

    pub fn search_count(&self, n: usize) -> String {
        let word = if n == 1 {
            self.results.0
        } else {
            self.results.1
        };
        format!("{} · {n} {word}", self.search_title)
    }

    pub fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Planned => self.planned,
            Status::Running => self.running,
            Status::Completed => self.completed,
            Status::Unknown => self.status_unknown,
        }
    }

    /// "13 of 15 reported, 9 named", if there is a gap; over all years (`year` `None`)
    /// "at most 11 reported in a year, 11 named in some year".
    pub fn gap(&self, p: &Participation, year: Option<u16>) -> Option<String> {
        p.has_gap().then(|| match year {
            Some(_) => (self.gap_said)(p.reported, p.members, p.listed.len()),
            None => (self.gap_said_all)(p.reported, p.listed.len()),
        })
    }

    /// "… and 12 more (the matrix, m, shows them all)".
    pub fn and_more(&self, n: usize) -> String {
        format!("{} {n} {}", self.more.0, self.more.1)
    }
}

/// A legend that writes the participation notation as "n/15" for the data it explains:
/// "n/500" where the data has 500 members.
pub fn of_members(text: &str, members: usize) -> std::borrow::Cow<'_, str> {
    if members == 15 || !text.contains("n/15") {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.replace("n/15", &format!("n/{members}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn language_from_locale() {
        assert_eq!(Lang::from_locale(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        // C and POSIX are no preference: the next variable decides.
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "de_DE")])),
            Lang::De
        );
        assert_eq!(
            Lang::from_variables(env(&[("LC_ALL", "C.UTF-8"), ("LC_MESSAGES", "POSIX")])),
            None
        );
        assert_eq!(
            Lang::from_variables(env(&[("LC_MESSAGES", "de_AT.UTF-8@euro")])),
            Some((Lang::De, "LC_MESSAGES"))
        );
        assert_eq!(Lang::of_locale("de-DE"), Some(Lang::De));
        assert_eq!(Lang::of_locale("dev"), Some(Lang::En));
        assert_eq!(Lang::of_locale("fr_FR"), Some(Lang::En));
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", "de_AT"), ("LANG", "en")])),
            Lang::De
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", ""), ("LANG", "de")])),
            Lang::De
        );
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }
}
