//! The words of `ikz set`: what an edit was taken to mean, what it wrote, and why it
//! wrote nothing.

use super::Lang;
use crate::data::edit::State;
use crate::data::edit::commit::{Failed, Holder};
use crate::data::edit::plan::Why;

/// What `ikz set` looks for by what the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Project,
    Member,
    Source,
}

/// The words of `ikz set`.
#[derive(Debug)]
pub struct EditWords {
    /// The built-in data cannot be changed.
    pub built_in: &'static str,
    /// Not found whole: what, as typed, and the nearest ones (their ids).
    pub not_whole: fn(Thing, &str, &[String]) -> String,
    /// The arguments do not fit together.
    pub member_and_state: &'static str,
    pub count_alone: &'static str,
    pub year_needed: &'static str,
    pub count_one_year: &'static str,
    pub source_needed: &'static str,
    pub no_source_for_unknown: &'static str,
    /// What the edit was taken to say: the project, the member, the years, the state.
    pub takes: fn(&str, &str, &str, State) -> String,
    /// The project, the year, the count (`None`: not known).
    pub counts: fn(&str, u16, Option<u32>) -> String,
    /// The source's id and title.
    pub source: fn(&str, &str) -> String,
    pub already: &'static str,
    pub dry_run: &'static str,
    /// A file written (its path).
    pub wrote: fn(&str) -> String,
    /// `ikz.toml` is set to format 2 with the edit.
    pub format_2: &'static str,
    /// The edit would make errors (listed after it): nothing written.
    pub would_err: &'static str,
    /// The year, the count reported, how many the edit leaves named as taking part, and
    /// how many it leaves not said not to.
    pub count_conflict: fn(u16, u32, usize, usize) -> String,
    /// The year, the old count, the new.
    pub adjusted: fn(u16, u32, u32) -> String,
    /// The lock file, who holds it.
    pub locked: fn(&str, Option<&Holder>) -> String,
    /// A file changed since it was read.
    pub changed: fn(&str) -> String,
    /// A file's array (the key) is laid out so that the edit would move a comment.
    pub layout: fn(&str, &str) -> String,
    pub not_toml: fn(&str) -> String,
    /// A file could not be read or written: the path, why.
    pub cannot: fn(&str, &str) -> String,
    /// `ikz add source`: its id and title, and who said it where it is internal.
    pub new_source: fn(&str, &str, Option<&str>) -> String,
    /// `ikz add project`: its id, title and file.
    pub new_project: fn(&str, &str, &str) -> String,
    /// `--url` that is not an http or https address.
    pub not_web: fn(&str) -> String,
    /// Before what a refused edit was taken to say.
    pub not_recorded: &'static str,
    /// Several have the name typed, whole: what, as typed, their ids.
    pub several: fn(Thing, &str, &[String]) -> String,
    pub empty_title: &'static str,
    /// An id as typed that is not one, and what it would be.
    pub bad_id: fn(&str, &str) -> String,
    /// An id that is taken.
    pub taken: fn(Thing, &str) -> String,
    /// A project of that title exists: the title, its id.
    pub title_taken: fn(&str, &str) -> String,
    /// The same source is there: its id.
    pub source_there: fn(&str) -> String,
    /// The form on the screen.
    pub screen: RecordWords,
}

/// A time of seconds since 1970 as "2026-12-07 14:05 UTC".
fn utc(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Days to a civil date (proleptic Gregorian), after Howard Hinnant.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y}-{mo:02}-{d:02} {h:02}:{m:02} UTC")
}

pub const EDIT_EN: EditWords = EditWords {
    built_in: "ikz set writes into a data folder; the built-in data cannot be changed. `ikz init DIR` makes a folder of it, `ikz config set data DIR` points ikz at it",
    not_whole: |thing, given, near| {
        let what = match thing {
            Thing::Project => "no project has the id or the whole title",
            Thing::Member => "no member has the id, code, name or other name",
            Thing::Source => "sources.toml has no source with the id",
        };
        let near = if near.is_empty() {
            String::new()
        } else {
            format!(" (did you mean {}?)", near.join(", "))
        };
        format!("{what} `{given}`{near}; ikz set takes them only whole")
    },
    member_and_state: "give the member and yes, no or unknown (or --count N for the project's count)",
    count_alone: "--count is the project's: give no member or yes/no/unknown with it",
    year_needed: "give the year: --year YEAR or --years FIRST-LAST",
    count_one_year: "a count is for one year: --year YEAR",
    source_needed: "yes, no and a count need --source ID: the source that says it (the ids are in sources.toml)",
    no_source_for_unknown: "unknown takes out what the data says; it needs no --source",
    takes: |project, member, years, state| {
        let says = match state {
            State::Yes => "takes part",
            State::No => "does not take part",
            State::Unknown => "not known",
        };
        format!("{project}, {member}, {years}: {says}")
    },
    counts: |project, year, count| match count {
        Some(n) => format!("{project}, {year}: {n} take part"),
        None => format!("{project}, {year}: count not known"),
    },
    source: |id, title| format!("  source: {id} – {title}"),
    already: "The data says so already: nothing to write.",
    dry_run: "Nothing written (--dry-run).",
    wrote: |path| format!("Wrote {path}."),
    format_2: "ikz.toml says format = 2: an entry with its own source is of format 2",
    would_err: "The edit would make the data wrong (the places are those of the files as it would write them); nothing written:",
    count_conflict: |year, reported, named, room| {
        if named > reported as usize {
            format!(
                "{year}: a source reports {reported} taking part, and with this edit {named} are named as taking part. Nothing written: add --adjust-count to make the count {named}, from this edit's source, or correct the count first (ikz set … --count)"
            )
        } else {
            format!(
                "{year}: a source reports {reported} taking part, and with this edit only {room} members are not said to stay out. Nothing written: add --adjust-count to make the count {room}, from this edit's source, or correct the count first (ikz set … --count)"
            )
        }
    },
    adjusted: |year, old, new| {
        format!("{year}: the count goes from {old} to {new} (--adjust-count)")
    },
    locked: |lock, holder| match holder {
        Some(h) => format!(
            "the data folder is being written by ikz on {} (process {}, since {} by its clock): nothing written; try again in a moment. If no ikz runs there, delete {lock}",
            h.host,
            h.pid,
            utc(h.since)
        ),
        None => format!(
            "the data folder is locked ({lock}): nothing written; try again in a moment, or delete the file if no ikz is writing"
        ),
    },
    changed: |path| {
        format!(
            "{path} changed on disk since ikz read it (a colleague saved it?): nothing written over it. Run the command again to make the edit on what is there now"
        )
    },
    layout: |path, key| {
        format!(
            "{path}: the entries of `{key}` share lines with comments, so the edit would move one: nothing written. Put each entry on a line of its own and run the command again"
        )
    },
    not_toml: |path| {
        format!("{path} cannot be read as TOML: nothing written (`ikz check` says why)")
    },
    cannot: |path, why| format!("{path}: {why}; nothing written"),
    new_source: |id, title, by| match by {
        Some(by) => format!(
            "New internal source `{id}`: {title} (said by {by}); facts cite it with --source {id}"
        ),
        None => format!("New source `{id}`: {title}; facts cite it with --source {id}"),
    },
    new_project: |id, title, file| {
        format!("New project `{id}`: {title}, in {file}; ikz set {id} … records who takes part")
    },
    not_web: |url| {
        format!(
            "`{url}` is not a web address: a source's --url is an http or https address (what an office said is --internal)"
        )
    },
    not_recorded: "Not recorded",
    several: |thing, given, ids| {
        let what = match thing {
            Thing::Project => "projects have the title",
            Thing::Member => "members have the name",
            Thing::Source => "sources have the id",
        };
        format!("several {what} `{given}`: {}; give the id", ids.join(", "))
    },
    empty_title: "the title is empty",
    bad_id: |id, like| {
        format!(
            "`{id}` is not an id: ids are lower-case letters, digits and dashes, such as `{like}`"
        )
    },
    taken: |thing, id| match thing {
        Thing::Project => format!("there is a project with the id `{id}` already"),
        Thing::Member => format!("there is a member with the id `{id}` already"),
        Thing::Source => format!("there is a source with the id `{id}` already"),
    },
    title_taken: |title, id| {
        format!(
            "there is a project titled `{title}` already: `{id}` (ikz set {id} … records in it)"
        )
    },
    source_there: |id| {
        format!("this source is there already, as `{id}`: cite it with --source {id}")
    },
    screen: RECORD_EN,
};

pub const EDIT_DE: EditWords = EditWords {
    built_in: "ikz set schreibt in einen Datenordner; die mitgelieferten Daten lassen sich nicht ändern. `ikz init ORDNER` macht einen Ordner daraus, `ikz config set data ORDNER` richtet ikz darauf",
    not_whole: |thing, given, near| {
        let what = match thing {
            Thing::Project => "kein Projekt hat die ID oder den ganzen Titel",
            Thing::Member => "kein Mitglied hat die ID, das Kürzel, den Namen oder anderen Namen",
            Thing::Source => "sources.toml hat keine Quelle mit der ID",
        };
        let near = if near.is_empty() {
            String::new()
        } else {
            format!(" (gemeint: {}?)", near.join(", "))
        };
        format!("{what} „{given}“{near}; ikz set nimmt sie nur ganz")
    },
    member_and_state: "das Mitglied und ja, nein oder unbekannt angeben (oder --count N für die Anzahl des Projekts)",
    count_alone: "--count gilt dem Projekt: kein Mitglied und kein ja/nein/unbekannt dazu angeben",
    year_needed: "das Jahr angeben: --year JAHR oder --years ERSTES-LETZTES",
    count_one_year: "eine Anzahl gilt einem Jahr: --year JAHR",
    source_needed: "ja, nein und eine Anzahl brauchen --source ID: die Quelle, die es sagt (die IDs stehen in sources.toml)",
    no_source_for_unknown: "unbekannt nimmt heraus, was die Daten sagen; es braucht kein --source",
    takes: |project, member, years, state| {
        let says = match state {
            State::Yes => "nimmt teil",
            State::No => "nimmt nicht teil",
            State::Unknown => "nicht bekannt",
        };
        format!("{project}, {member}, {years}: {says}")
    },
    counts: |project, year, count| match count {
        Some(n) => format!("{project}, {year}: {n} nehmen teil"),
        None => format!("{project}, {year}: Anzahl nicht bekannt"),
    },
    source: |id, title| format!("  Quelle: {id} – {title}"),
    already: "Die Daten sagen das schon: nichts zu schreiben.",
    dry_run: "Nichts geschrieben (--dry-run).",
    wrote: |path| format!("{path} geschrieben."),
    format_2: "ikz.toml sagt format = 2: ein Eintrag mit eigener Quelle gehört zu Format 2",
    would_err: "Die Änderung würde die Daten fehlerhaft machen (die Stellen sind die der Dateien, wie sie sie schreiben würde); nichts geschrieben:",
    count_conflict: |year, reported, named, room| {
        if named > reported as usize {
            format!(
                "{year}: eine Quelle meldet {reported} Teilnehmende, und mit dieser Änderung sind {named} als teilnehmend genannt. Nichts geschrieben: mit --adjust-count wird die Anzahl auf {named} gesetzt, aus der Quelle dieser Änderung; oder zuerst die Anzahl berichtigen (ikz set … --count)"
            )
        } else {
            format!(
                "{year}: eine Quelle meldet {reported} Teilnehmende, und mit dieser Änderung bleiben nur {room} Mitglieder, von denen es nicht heißt, dass sie nicht teilnehmen. Nichts geschrieben: mit --adjust-count wird die Anzahl auf {room} gesetzt, aus der Quelle dieser Änderung; oder zuerst die Anzahl berichtigen (ikz set … --count)"
            )
        }
    },
    adjusted: |year, old, new| {
        format!("{year}: die Anzahl geht von {old} auf {new} (--adjust-count)")
    },
    locked: |lock, holder| match holder {
        Some(h) => format!(
            "ikz auf dem Rechner {} schreibt gerade in den Datenordner (Prozess {}, seit {} nach dessen Uhr): nichts geschrieben; gleich noch einmal versuchen. Läuft dort kein ikz, {lock} löschen",
            h.host,
            h.pid,
            utc(h.since)
        ),
        None => format!(
            "der Datenordner ist gesperrt ({lock}): nichts geschrieben; gleich noch einmal versuchen, oder die Datei löschen, wenn kein ikz schreibt"
        ),
    },
    changed: |path| {
        format!(
            "{path} wurde geändert, seit ikz die Datei las (von jemand anderem gespeichert?): nichts darüber geschrieben. Den Befehl noch einmal ausführen, um die Änderung auf dem jetzigen Stand zu machen"
        )
    },
    layout: |path, key| {
        format!(
            "{path}: die Einträge von `{key}` teilen Zeilen mit Kommentaren, die Änderung würde einen verschieben: nichts geschrieben. Jeden Eintrag in eine eigene Zeile setzen und den Befehl noch einmal ausführen"
        )
    },
    not_toml: |path| {
        format!(
            "{path} lässt sich nicht als TOML lesen: nichts geschrieben (`ikz check` sagt, warum)"
        )
    },
    cannot: |path, why| format!("{path}: {why}; nichts geschrieben"),
    new_source: |id, title, by| match by {
        Some(by) => format!(
            "Neue interne Quelle `{id}`: {title} (Auskunft: {by}); Angaben nennen sie mit --source {id}"
        ),
        None => format!("Neue Quelle `{id}`: {title}; Angaben nennen sie mit --source {id}"),
    },
    new_project: |id, title, file| {
        format!("Neues Projekt `{id}`: {title}, in {file}; ikz set {id} … hält fest, wer teilnimmt")
    },
    not_web: |url| {
        format!(
            "„{url}“ ist keine Webadresse: --url einer Quelle ist eine http- oder https-Adresse (was ein Amt sagte, ist --internal)"
        )
    },
    not_recorded: "Nicht festgehalten",
    several: |thing, given, ids| {
        let what = match thing {
            Thing::Project => "Projekte haben den Titel",
            Thing::Member => "Mitglieder haben den Namen",
            Thing::Source => "Quellen haben die ID",
        };
        format!(
            "mehrere {what} „{given}“: {}; die ID angeben",
            ids.join(", ")
        )
    },
    empty_title: "der Titel ist leer",
    bad_id: |id, like| {
        format!(
            "„{id}“ ist keine ID: IDs bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa „{like}“"
        )
    },
    taken: |thing, id| match thing {
        Thing::Project => format!("es gibt schon ein Projekt mit der ID „{id}“"),
        Thing::Member => format!("es gibt schon ein Mitglied mit der ID „{id}“"),
        Thing::Source => format!("es gibt schon eine Quelle mit der ID „{id}“"),
    },
    title_taken: |title, id| {
        format!(
            "es gibt schon ein Projekt mit dem Titel „{title}“: „{id}“ (ikz set {id} … hält darin fest)"
        )
    },
    source_there: |id| format!("diese Quelle gibt es schon, als „{id}“: mit --source {id} nennen"),
    screen: RECORD_DE,
};

#[cfg(test)]
mod tests {
    #[test]
    fn times_as_dates() {
        assert_eq!(super::utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::utc(1_796_649_900), "2026-12-07 13:25 UTC");
        assert_eq!(super::utc(951_782_400), "2000-02-29 00:00 UTC");
    }
}

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
    pub next_state: &'static str,
    pub previous_state: &'static str,
    pub bar_state: &'static str,
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
    next_state: "next state: takes part, does not, not known",
    previous_state: "previous state",
    bar_state: "state",
    next_source: "next source",
    bar_source: "source",
    previous_source: "previous source",
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
    next_state: "nächster Stand: nimmt teil, nimmt nicht teil, nicht bekannt",
    previous_state: "vorheriger Stand",
    bar_state: "Stand",
    next_source: "nächste Quelle",
    bar_source: "Quelle",
    previous_source: "vorherige Quelle",
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
    pub state: &'static str,
    pub source: &'static str,
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
    /// `a` on the built-in data.
    pub built_in: &'static str,
    /// `a` where no year is chosen, or not on a cell.
    pub choose_year: &'static str,
    pub choose_cell: &'static str,
    /// How many cells are marked now.
    pub marked: fn(usize) -> String,
    /// The form's title for several cells: how many, the year.
    pub title_many: fn(usize, u16) -> String,
    /// What an edit of several cells says: how many, the year, the state.
    pub cells_said: fn(usize, u16, State) -> String,
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
    /// Lines of the form or preview that the window has no room for.
    pub more_lines: fn(usize) -> String,
}

pub const RECORD_EN: RecordWords = RecordWords {
    title: |project, member, year| format!("Record: {project} · {member} · {year}"),
    state: "State",
    source: "Source",
    filter: "type to filter",
    now: "now",
    internal: "internal",
    no_source: "No source fits the filter (Backspace widens it). A new source: ikz add source on the command line.",
    planning: "Checking the change with the whole folder …",
    preview: "The change, as it will be written:",
    writing: "Writing …",
    written: |said| format!("Written (u undoes it): {said}."),
    undone: |said| format!("Undone (Ctrl-r does it again): {said}."),
    redone: |said| format!("Done again: {said}."),
    nothing_to_undo: "Nothing to undo: no edit was written since ikz started.",
    nothing_to_redo: "Nothing to redo.",
    not_written: |why| format!("Not written: {why}"),
    built_in: "The built-in data cannot be changed: `ikz init DIR` makes a data folder of it, `ikz config set data DIR` opens it from then on.",
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
        let fits = if named > reported as usize {
            named
        } else {
            room
        };
        format!(
            "{year}: a source reports {reported} taking part; with this edit {named} are named as taking part and {room} are not said to stay out. Ctrl-a makes the count {fits}, from this edit's source; or choose another state."
        )
    },
    of_sources: |i, n| format!("source {i} of {n}"),
    more_lines: |n| {
        format!("… {n} more lines not shown (a larger window shows them); Enter writes all")
    },
};

pub const RECORD_DE: RecordWords = RecordWords {
    title: |project, member, year| format!("Festhalten: {project} · {member} · {year}"),
    state: "Stand",
    source: "Quelle",
    filter: "tippen zum Filtern",
    now: "jetzt",
    internal: "intern",
    no_source: "Keine Quelle passt zum Filter (die Rücktaste weitet ihn). Eine neue Quelle: ikz add source auf der Kommandozeile.",
    planning: "Die Änderung wird mit dem ganzen Ordner geprüft …",
    preview: "Die Änderung, wie sie geschrieben wird:",
    writing: "Wird geschrieben …",
    written: |said| format!("Geschrieben (u macht es rückgängig): {said}."),
    undone: |said| format!("Rückgängig gemacht (Strg-r stellt es wieder her): {said}."),
    redone: |said| format!("Wiederhergestellt: {said}."),
    nothing_to_undo: "Nichts rückgängig zu machen: seit dem Start wurde keine Änderung geschrieben.",
    nothing_to_redo: "Nichts wiederherzustellen.",
    not_written: |why| format!("Nicht geschrieben: {why}"),
    built_in: "Die mitgelieferten Daten lassen sich nicht ändern: `ikz init ORDNER` macht einen Datenordner daraus, `ikz config set data ORDNER` öffnet ihn von da an.",
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
        let fits = if named > reported as usize {
            named
        } else {
            room
        };
        format!(
            "{year}: eine Quelle meldet {reported} Teilnehmende; mit dieser Änderung sind {named} als teilnehmend genannt, und bei {room} heißt es nicht, dass sie fehlen. Strg-a setzt die Anzahl auf {fits}, aus der Quelle dieser Änderung; oder einen anderen Stand wählen."
        )
    },
    of_sources: |i, n| format!("Quelle {i} von {n}"),
    more_lines: |n| {
        format!("… {n} weitere Zeilen nicht gezeigt (größeres Fenster); Enter schreibt alle")
    },
};

/// Why an edit was not planned, in words (the refused file's places and the data's
/// errors with theirs). For the built-in data, the words of `built_in`.
pub fn why_not(lang: Lang, w: &EditWords, why: &Why) -> String {
    match why {
        Why::BuiltIn => w.built_in.to_string(),
        Why::NoFile => (w.cannot)("?", "?"),
        Why::Read(path, e) => (w.cannot)(path, e),
        Why::Refused(path, crate::data::edit::Refused::NotToml) => (w.not_toml)(path),
        Why::Refused(path, crate::data::edit::Refused::Layout(key)) => (w.layout)(path, key),
        Why::Count {
            year,
            reported,
            named,
            room,
        } => (w.count_conflict)(*year, *reported, *named, *room),
        Why::Errors(errors) => {
            let mut text = w.would_err.to_string();
            for d in errors {
                text.push('\n');
                text.push_str(&super::problems::line(d, lang));
            }
            text
        }
    }
}

/// Why a write wrote nothing, in words.
pub fn not_written(w: &EditWords, failed: &Failed) -> String {
    match failed {
        Failed::Locked(lock, holder) => (w.locked)(&lock.display().to_string(), holder.as_ref()),
        Failed::Changed(p) => (w.changed)(&p.display().to_string()),
        Failed::Io(p, e) => (w.cannot)(&p.display().to_string(), &e.to_string()),
    }
}
