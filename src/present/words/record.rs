//! The words of the forms that record from the screen (`a`, `A`, `N`, a new source,
//! a data folder made of the built-in data), their keys, and what they wrote.

use super::edit::EditWords;
use crate::data::edit::State;
use crate::data::edit::add::AddRefused;

/// The keys of recording a fact from the screen, as the help and the status bar say
/// them.
#[derive(Debug)]
pub struct RecordKeys {
    pub record: &'static str,
    pub record_selected: &'static str,
    pub mark_cell: &'static str,
    pub mark_row: &'static str,
    pub mark_column: &'static str,
    pub bar_record: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub count: &'static str,
    pub new_project: &'static str,
    pub next_field: &'static str,
    pub previous_field: &'static str,
    pub bar_field: &'static str,
    pub choose: &'static str,
    pub scroll: &'static str,
    pub next_source: &'static str,
    pub bar_source: &'static str,
    pub previous_source: &'static str,
    pub preview: &'static str,
    pub bar_preview: &'static str,
    pub cancel: &'static str,
    pub adjust_count: &'static str,
    pub write: &'static str,
    pub bar_write: &'static str,
    pub back_to_the_form: &'static str,
}

pub const RECORD_KEYS_EN: RecordKeys = RecordKeys {
    record: "record a fact of the marked cells (or this one)",
    record_selected: "record a fact of the selected project and member",
    mark_cell: "mark this cell (shown inverted), to record several at once",
    mark_row: "mark the row: all members of this project",
    mark_column: "mark the column: this member in all projects shown",
    bar_record: "record",
    undo: "undo the last edit written",
    redo: "redo the edit undone last",
    count: "record the project's count",
    new_project: "add a new project",
    next_field: "next field",
    previous_field: "previous field",
    bar_field: "field",
    choose: "next choice (space too; ← back)",
    scroll: "scroll the change shown",
    next_source: "next source; next field",
    bar_source: "source",
    previous_source: "previous source; field",
    preview: "show the change before it is written",
    bar_preview: "preview",
    cancel: "cancel",
    adjust_count: "where a count refused the edit: change the count to fit, from the same source",
    write: "write the change",
    bar_write: "write",
    back_to_the_form: "back to the form",
};

pub const RECORD_KEYS_DE: RecordKeys = RecordKeys {
    record: "Angabe zu den markierten Zellen (oder dieser) festhalten",
    record_selected: "Angabe zum gewählten Projekt und Mitglied festhalten",
    mark_cell: "Zelle markieren (invers), um mehrere zusammen festzuhalten",
    mark_row: "Zeile markieren: alle Mitglieder dieses Projekts",
    mark_column: "Spalte markieren: dieses Mitglied in allen gezeigten Projekten",
    bar_record: "festhalten",
    undo: "die letzte geschriebene Änderung rückgängig machen",
    redo: "die zuletzt rückgängig gemachte Änderung wiederherstellen",
    count: "Anzahl des Projekts festhalten",
    new_project: "neues Projekt anlegen",
    next_field: "nächstes Feld",
    previous_field: "vorheriges Feld",
    bar_field: "Feld",
    choose: "nächste Wahl (auch Leertaste; ← zurück)",
    scroll: "die gezeigte Änderung blättern",
    next_source: "nächste Quelle; nächstes Feld",
    bar_source: "Quelle",
    previous_source: "vorige Quelle; voriges Feld",
    preview: "die Änderung zeigen, bevor sie geschrieben wird",
    bar_preview: "Vorschau",
    cancel: "abbrechen",
    adjust_count: "wo eine Anzahl die Änderung ablehnte: die Anzahl passend ändern, aus derselben Quelle",
    write: "die Änderung schreiben",
    bar_write: "schreiben",
    back_to_the_form: "zurück zum Formular",
};

/// The words of the form that records a fact, and of what it wrote.
#[derive(Debug)]
pub struct RecordWords {
    /// The form's title: the project, the member, the year.
    pub title: fn(&str, &str, u16) -> String,
    pub filter: &'static str,
    /// The state now: what the data says of the cell.
    pub now: &'static str,
    pub internal: &'static str,
    pub no_source: &'static str,
    pub planning: &'static str,
    pub preview: &'static str,
    pub writing: &'static str,
    /// After a write, an undo, a redo: what was said.
    pub written: fn(&str) -> String,
    pub undone: fn(&str) -> String,
    pub redone: fn(&str) -> String,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    /// Why a write, undo or redo wrote nothing: the reason.
    pub not_written: fn(&str) -> String,
    /// `a` where no year is chosen, or not on a cell.
    pub choose_year: &'static str,
    pub choose_cell: &'static str,
    /// How many cells are marked now.
    pub marked: fn(usize) -> String,
    /// How many cells are marked, in the matrix's title while they are.
    pub marks: fn(usize) -> String,
    /// A count changed to fit (Ctrl-a): the year, the old count, the new.
    pub adjusted: fn(u16, u32, u32) -> String,
    /// The form's title for several cells: how many, the year.
    pub title_many: fn(usize, u16) -> String,
    /// What an edit of several cells says: how many, the years, the state.
    pub cells_said: fn(usize, &str, State) -> String,
    /// The three states as the matrix's legend says them, with its marks.
    pub states: [&'static str; 3],
    /// "Not known" where the cell reads "does not take part" only because everyone
    /// taking part is named: what to change instead.
    pub inferred: &'static str,
    /// An undo or redo that can no longer be made: the file (its path) changed after
    /// it; it is taken off the list.
    pub undo_gone: fn(&str) -> String,
    pub nothing_more_to_undo: &'static str,
    /// A write from the screen found the file changed since the preview.
    pub changed: fn(&str) -> String,
    /// The year's count contradicts the edit (the year, the count, named, room).
    pub count_conflict: fn(u16, u32, usize, usize) -> String,
    /// The source chosen, of how many the filter lets through.
    pub of_sources: fn(usize, usize) -> String,
    /// The titles of the other forms: a count (the project's title), a new source, a
    /// new project, the data folder.
    pub title_count: fn(&str) -> String,
    pub title_source: &'static str,
    pub title_project: &'static str,
    pub title_folder: &'static str,
    /// The fields' labels, and what an empty field is for.
    pub labels: Labels,
    pub hints: Labels,
    /// A new source's kinds, and a new project's statuses as `STATUSES` orders them.
    pub kinds: [&'static str; 2],
    pub statuses: [&'static str; 4],
    /// Why an internal source names an office or a role, not a person.
    pub not_a_person: &'static str,
    /// The last entry of every source list.
    pub new_source_entry: &'static str,
    /// What the data folder form says.
    pub folder_explain: &'static str,
    /// A field that does not say what it must.
    pub choose_source: &'static str,
    pub bad_years: &'static str,
    pub count_one_year: &'static str,
    pub bad_count: fn(&str) -> String,
    pub bad_start: fn(&str) -> String,
    pub address_needed: &'static str,
    pub date_needed: &'static str,
    pub folder_needed: &'static str,
    pub no_one: &'static str,
    pub choose_project: &'static str,
    /// A new source (its id, title, who said it), a new project (id, title), as said.
    pub new_source: fn(&str, &str, Option<&str>) -> String,
    pub new_project: fn(&str, &str) -> String,
    /// Refusals of a new source or project, as the form says them.
    pub not_web: fn(&str) -> String,
    pub source_there: fn(&str) -> String,
    pub title_taken: fn(&str, &str) -> String,
    /// The data folder made (its path), or why not.
    pub folder_made: fn(&str) -> String,
    pub folder_not_empty: fn(&str) -> String,
    pub folder_failed: fn(&str, &str) -> String,
    /// The folder made (its path) could not be remembered in the settings file (its
    /// path, empty where the system has no place for one).
    pub not_remembered: fn(&str, &str) -> String,
    /// Undo of an edit that made a file (its path).
    pub undo_new_file: fn(&str) -> String,
    /// Lines of the form or preview that the window has no room for.
    pub more_lines: fn(usize) -> String,
}

pub const RECORD_EN: RecordWords = RecordWords {
    title: |project, member, year| format!("Record: {project} · {member} · {year}"),
    filter: "type to filter",
    now: "now",
    internal: "internal",
    no_source: "No source fits the filter (Backspace widens it); “+ New source …” adds one.",
    planning: "Checking the change with the whole folder …",
    preview: "The change, as it will be written:",
    writing: "Writing …",
    written: |said| format!("Written (u undoes it): {said}."),
    undone: |said| format!("Undone (Ctrl-r does it again): {said}."),
    redone: |said| format!("Done again: {said}."),
    nothing_to_undo: "Nothing to undo: no edit was written since ikz started.",
    nothing_to_redo: "Nothing to redo.",
    not_written: |why| format!("Not written: {why}"),
    choose_year: "Choose a year to record in (< and >): all years is no year.",
    choose_cell: "Put the cursor on a cell (a project's row, a member's column).",
    marked: |n| match n {
        0 => "No cell marked.".to_string(),
        1 => "1 cell marked (inverted): a records it; space takes a mark off.".to_string(),
        n => {
            format!("{n} cells marked (inverted): a records them together; space takes a mark off.")
        }
    },
    title_many: |n, year| format!("Record: {n} cells · {year}"),
    marks: |n| match n {
        1 => "1 cell marked".to_string(),
        n => format!("{n} cells marked"),
    },
    adjusted: |year, old, new| format!("{year}: the count goes from {old} to {new} (Ctrl-a)"),
    cells_said: |n, year, state| {
        let says = match state {
            State::Yes => "take part",
            State::No => "do not take part",
            State::Unknown => "not known",
        };
        format!("{n} cells, {year}: {says}")
    },
    states: ["✓ takes part", "· does not", "? not known"],
    inferred: "This cell reads “does not take part” only because everyone the count reports is named; no source says it of this member. To change it, record another member or change the year's count (on the command line: ikz set PROJECT --year YEAR --count N --source ID).",
    undo_gone: |why| {
        format!(
            "Cannot be undone any more: {why} It is taken off the undo list; record anew with a."
        )
    },
    nothing_more_to_undo: "Nothing more to undo.",
    changed: |path| {
        format!(
            "{path} was changed by someone else after the preview: nothing written. Enter checks the edit again on what is there now."
        )
    },
    count_conflict: |year, reported, named, room| {
        let (said, fits) = if named > reported as usize {
            (
                format!("this edit would name {named} as taking part"),
                named,
            )
        } else {
            (
                format!(
                    "with this edit at most {room} can take part (the others are recorded as not taking part)"
                ),
                room,
            )
        };
        format!(
            "{year}: a source reports {reported} taking part, but {said}. Ctrl-a makes the count {fits}, from this edit's source; or choose another state."
        )
    },
    of_sources: |i, n| format!("source {i} of {n}"),
    title_count: |project| format!("Record the count: {project}"),
    title_source: "New source",
    title_project: "New project",
    title_folder: "A data folder to record in",
    labels: Labels {
        state: "Takes part",
        years: "Years",
        count: "Count",
        source: "Source",
        kind: "Kind",
        by: "Said by",
        address: "Address",
        title: "Title",
        date: "Date",
        area: "Field",
        start: "Start",
        status: "Status",
        folder: "Folder",
    },
    hints: Labels {
        state: "",
        years: "a year, or a range such as 2022-2024",
        count: "how many take part; empty: not known",
        source: "type to filter",
        kind: "",
        by: "the office or role, such as Ordnungsamt Raunheim",
        address: "https://…",
        title: "such as: Letter of 12 March 2025 on the sewage sludge cooperation",
        date: "such as 2025-03-12",
        area: "optional, such as Ordnung und Sicherheit",
        start: "the first year",
        status: "",
        folder: "a folder that is new or empty",
    },
    kinds: ["internal (an office or a role said it)", "web address"],
    statuses: ["running", "planned", "completed", "not known"],
    not_a_person: "An office or a role, not a person's name: the data is shared and copied, and people change jobs; the office stays findable.",
    new_source_entry: "+ New source …",
    folder_explain: "The built-in data can only be read. Recording needs a data folder: ikz copies the built-in data into it (ikz init) and opens it from now on (the settings file's data). On a shared drive, the whole team points at one folder. Enter makes it, Esc cancels.",
    choose_source: "Choose a source (or add a new one: the last entry of the list).",
    bad_years: "Years: a year such as 2024, or a range such as 2022-2024.",
    count_one_year: "A count is for one year.",
    bad_count: |typed| format!("`{typed}` is not a count: a whole number, or empty for not known."),
    bad_start: |typed| format!("`{typed}` is not a year: the first year, such as 2025."),
    address_needed: "A web source needs its address (http or https).",
    date_needed: "An internal source says when it was said: the date.",
    folder_needed: "Type the folder to make.",
    no_one: "Say which office or role said it.",
    choose_project: "Put the cursor on a project.",
    new_source: |id, title, by| match by {
        Some(by) => format!("new internal source {id}: {title} (said by {by})"),
        None => format!("new source {id}: {title}"),
    },
    new_project: |id, title| format!("new project {id}: {title}"),
    not_web: |url| {
        format!("`{url}` is not a web address (http or https); what an office said is internal.")
    },
    source_there: |id| format!("This source is there already, as {id}: choose it in the list."),
    title_taken: |title, id| format!("There is a project titled `{title}` already ({id})."),
    folder_made: |path| {
        format!("Data folder made and opened: {path} (the settings remember it). a records now.")
    },
    folder_not_empty: |path| {
        format!("{path} is not empty: a data folder is made in a new or empty folder.")
    },
    folder_failed: |path, why| format!("Could not make {path}: {why}"),
    not_remembered: |folder, settings| {
        if settings.is_empty() {
            format!(
                "Not remembered (this system has no place for settings): start ikz with --data {folder}."
            )
        } else {
            format!(
                "Not remembered: {settings} could not be written; ikz config set data {folder} does it."
            )
        }
    },
    undo_new_file: |path| {
        format!(
            "A new file is not taken away by undo: delete {path} if it should go. The edits before it can be undone."
        )
    },
    more_lines: |n| format!("… {n} more lines below (↓ and PgDn show them); Enter writes all"),
};

pub const RECORD_DE: RecordWords = RecordWords {
    title: |project, member, year| format!("Festhalten: {project} · {member} · {year}"),
    filter: "tippen zum Filtern",
    now: "jetzt",
    internal: "intern",
    no_source: "Keine Quelle passt zum Filter (die Rücktaste weitet ihn); „+ Neue Quelle …“ legt eine an.",
    planning: "Die Änderung wird mit dem ganzen Ordner geprüft …",
    preview: "Die Änderung, wie sie geschrieben wird:",
    writing: "Wird geschrieben …",
    written: |said| format!("Geschrieben (u macht es rückgängig): {said}."),
    undone: |said| format!("Rückgängig gemacht (Strg-r stellt es wieder her): {said}."),
    redone: |said| format!("Wiederhergestellt: {said}."),
    nothing_to_undo: "Nichts rückgängig zu machen: seit dem Start wurde keine Änderung geschrieben.",
    nothing_to_redo: "Nichts wiederherzustellen.",
    not_written: |why| format!("Nicht geschrieben: {why}"),
    choose_year: "Ein Jahr wählen, um festzuhalten (< und >): alle Jahre sind kein Jahr.",
    choose_cell: "Den Cursor auf eine Zelle setzen (die Zeile eines Projekts, die Spalte eines Mitglieds).",
    marked: |n| match n {
        0 => "Keine Zelle markiert.".to_string(),
        1 => "1 Zelle markiert (invers): a hält sie fest; die Leertaste nimmt eine Markierung weg."
            .to_string(),
        n => format!(
            "{n} Zellen markiert (invers): a hält sie zusammen fest; die Leertaste nimmt eine Markierung weg."
        ),
    },
    title_many: |n, year| format!("Festhalten: {n} Zellen · {year}"),
    marks: |n| match n {
        1 => "1 Zelle markiert".to_string(),
        n => format!("{n} Zellen markiert"),
    },
    adjusted: |year, old, new| format!("{year}: die Anzahl geht von {old} auf {new} (Strg-a)"),
    cells_said: |n, year, state| {
        let says = match state {
            State::Yes => "nehmen teil",
            State::No => "nehmen nicht teil",
            State::Unknown => "nicht bekannt",
        };
        format!("{n} Zellen, {year}: {says}")
    },
    states: ["✓ beteiligt", "· nicht beteiligt", "? nicht bekannt"],
    inferred: "Diese Zelle heißt „nicht beteiligt“ nur, weil alle gemeldeten Teilnehmenden genannt sind; keine Quelle sagt es von diesem Mitglied. Um das zu ändern, ein anderes Mitglied festhalten oder die Anzahl des Jahres ändern (auf der Kommandozeile: ikz set PROJEKT --year JAHR --count N --source ID).",
    undo_gone: |why| {
        format!(
            "Nicht mehr rückgängig zu machen: {why} Es ist von der Liste genommen; mit a neu festhalten."
        )
    },
    nothing_more_to_undo: "Nichts mehr rückgängig zu machen.",
    changed: |path| {
        format!(
            "{path} wurde nach der Vorschau von jemand anderem geändert: nichts geschrieben. Enter prüft die Änderung noch einmal auf dem jetzigen Stand."
        )
    },
    count_conflict: |year, reported, named, room| {
        let (said, fits) = if named > reported as usize {
            (
                format!("mit dieser Änderung wären {named} als teilnehmend genannt"),
                named,
            )
        } else {
            (
                format!(
                    "mit dieser Änderung können höchstens {room} teilnehmen (die übrigen sind als nicht beteiligt festgehalten)"
                ),
                room,
            )
        };
        format!(
            "{year}: eine Quelle meldet {reported} Teilnehmende, aber {said}. Strg-a setzt die Anzahl auf {fits}, aus der Quelle dieser Änderung; oder einen anderen Stand wählen."
        )
    },
    of_sources: |i, n| format!("Quelle {i} von {n}"),
    title_count: |project| format!("Anzahl festhalten: {project}"),
    title_source: "Neue Quelle",
    title_project: "Neues Projekt",
    title_folder: "Ein Datenordner zum Festhalten",
    labels: Labels {
        state: "Beteiligung",
        years: "Jahre",
        count: "Anzahl",
        source: "Quelle",
        kind: "Art",
        by: "Auskunft von",
        address: "Adresse",
        title: "Titel",
        date: "Datum",
        area: "Bereich",
        start: "Beginn",
        status: "Status",
        folder: "Ordner",
    },
    hints: Labels {
        state: "",
        years: "ein Jahr oder eine Spanne wie 2022-2024",
        count: "wie viele teilnehmen; leer: nicht bekannt",
        source: "tippen zum Filtern",
        kind: "",
        by: "die Stelle oder Rolle, etwa Ordnungsamt Raunheim",
        address: "https://…",
        title: "etwa: Schreiben vom 12. März 2025 zur Klärschlamm-Kooperation",
        date: "etwa 2025-03-12",
        area: "freiwillig, etwa Ordnung und Sicherheit",
        start: "das erste Jahr",
        status: "",
        folder: "ein neuer oder leerer Ordner",
    },
    kinds: ["intern (Auskunft einer Stelle oder Rolle)", "Webadresse"],
    statuses: ["läuft", "geplant", "abgeschlossen", "nicht bekannt"],
    not_a_person: "Eine Stelle oder Rolle, kein Personenname: die Daten werden geteilt und kopiert, und Personen wechseln; die Stelle bleibt auffindbar.",
    new_source_entry: "+ Neue Quelle …",
    folder_explain: "Die mitgelieferten Daten lassen sich nur lesen. Zum Festhalten braucht es einen Datenordner: ikz kopiert die mitgelieferten Daten hinein (ikz init) und öffnet ihn von nun an (Einstellung data). Auf einem geteilten Laufwerk richten alle im Team ikz auf denselben Ordner. Enter legt ihn an, Esc bricht ab.",
    choose_source: "Eine Quelle wählen (oder eine neue anlegen: der letzte Eintrag der Liste).",
    bad_years: "Jahre: ein Jahr wie 2024 oder eine Spanne wie 2022-2024.",
    count_one_year: "Eine Anzahl gilt für ein Jahr.",
    bad_count: |typed| {
        format!("„{typed}“ ist keine Anzahl: eine ganze Zahl, oder leer für nicht bekannt.")
    },
    bad_start: |typed| format!("„{typed}“ ist kein Jahr: das erste Jahr, etwa 2025."),
    address_needed: "Eine Webquelle braucht ihre Adresse (http oder https).",
    date_needed: "Eine interne Quelle sagt, wann es gesagt wurde: das Datum.",
    folder_needed: "Den Ordner eingeben, der angelegt werden soll.",
    no_one: "Angeben, welche Stelle oder Rolle es gesagt hat.",
    choose_project: "Den Cursor auf ein Projekt setzen.",
    new_source: |id, title, by| match by {
        Some(by) => format!("neue interne Quelle {id}: {title} (Auskunft: {by})"),
        None => format!("neue Quelle {id}: {title}"),
    },
    new_project: |id, title| format!("neues Projekt {id}: {title}"),
    not_web: |url| {
        format!(
            "„{url}“ ist keine Webadresse (http oder https); was eine Stelle sagte, ist intern."
        )
    },
    source_there: |id| format!("Diese Quelle gibt es schon, als {id}: in der Liste wählen."),
    title_taken: |title, id| format!("Es gibt schon ein Projekt mit dem Titel „{title}“ ({id})."),
    folder_made: |path| {
        format!(
            "Datenordner angelegt und geöffnet: {path} (die Einstellungen merken ihn). a hält jetzt fest."
        )
    },
    folder_not_empty: |path| {
        format!(
            "{path} ist nicht leer: ein Datenordner entsteht in einem neuen oder leeren Ordner."
        )
    },
    folder_failed: |path, why| format!("{path} ließ sich nicht anlegen: {why}"),
    not_remembered: |folder, settings| {
        if settings.is_empty() {
            format!(
                "Nicht gemerkt (dieses System hat keinen Ort für Einstellungen): ikz mit --data {folder} starten."
            )
        } else {
            format!(
                "Nicht gemerkt: {settings} ließ sich nicht schreiben; ikz config set data {folder} holt es nach."
            )
        }
    },
    undo_new_file: |path| {
        format!(
            "Eine neue Datei nimmt u nicht weg: {path} löschen, wenn sie weg soll. Die Änderungen davor lassen sich rückgängig machen."
        )
    },
    more_lines: |n| {
        format!("… {n} weitere Zeilen darunter (↓ und Bild↓ zeigen sie); Enter schreibt alle")
    },
};

/// A word for each field of the forms.
#[derive(Debug)]
pub struct Labels {
    pub state: &'static str,
    pub years: &'static str,
    pub count: &'static str,
    pub source: &'static str,
    pub kind: &'static str,
    pub by: &'static str,
    pub address: &'static str,
    pub title: &'static str,
    pub date: &'static str,
    pub area: &'static str,
    pub start: &'static str,
    pub status: &'static str,
    pub folder: &'static str,
}

/// Why a new source or project is not added, as a form says it (the commands' words
/// name their options).
pub fn add_refused_here(w: &EditWords, r: &AddRefused) -> String {
    let s = &w.screen;
    match r {
        AddRefused::NotWeb(url) => (s.not_web)(url),
        AddRefused::SourceThere(id) => (s.source_there)(id),
        AddRefused::TitleTaken(title, id) => (s.title_taken)(title, id),
        other => super::edit::add_refused(w, other),
    }
}
