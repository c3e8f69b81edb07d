//! The words of `ikz set`: what an edit was taken to mean, what it wrote, and why it
//! wrote nothing.

use super::Lang;
use crate::data::edit::State;
use crate::data::edit::add::AddRefused;
use crate::data::edit::commit::{Failed, Holder};
use crate::data::edit::plan::Why;

pub use crate::data::edit::Thing;

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
    pub screen: super::record::RecordWords,
}

/// A time of seconds since 1970 as "2026-12-07 14:05 UTC".
fn utc(secs: u64) -> String {
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    let (y, mo, d) = super::civil_date(secs);
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
    screen: super::record::RECORD_EN,
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
    screen: super::record::RECORD_DE,
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

/// Why a new source or project is not added, as the commands say it.
pub fn add_refused(w: &EditWords, r: &AddRefused) -> String {
    match r {
        AddRefused::NotWeb(url) => (w.not_web)(url),
        AddRefused::EmptyTitle => w.empty_title.to_string(),
        AddRefused::NoOne => w.screen.no_one.to_string(),
        AddRefused::SourceThere(id) => (w.source_there)(id),
        AddRefused::TitleTaken(title, id) => (w.title_taken)(title, id),
        AddRefused::NoSource(given, near) => (w.not_whole)(Thing::Source, given, near),
        AddRefused::BadId(given, like) => (w.bad_id)(given, like),
        AddRefused::Taken(thing, id) => (w.taken)(*thing, id),
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

#[cfg(test)]
mod tests {
    #[test]
    fn times_as_dates() {
        assert_eq!(super::utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::utc(1_796_649_900), "2026-12-07 13:25 UTC");
        assert_eq!(super::utc(951_782_400), "2000-02-29 00:00 UTC");
    }
}
