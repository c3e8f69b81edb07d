//! The problems of a data folder in German, each sentence whole.

use super::toml_de;
use super::{Sentence, formats};
use crate::data::{FORMATS, PROJECTS_DIR, TOP_FILES};
use crate::diag::{
    Entry, FileProblem, FolderProblem, IdOf, Problem as P, ProjectProblem, SettingProblem, Table,
    TakingPartProblem, TextProblem, Unique, ValueKind, ValueProblem,
};
use crate::text::{Invisible, is_direction_control};
use crate::web::NotWeb;

pub(super) fn said(p: &P) -> Sentence {
    match p {
        P::File(p) => file(p),
        P::Text(p) => text(p),
        P::Value(p) => values(p),
        P::Folder(p) => folder(p),
        P::Project(p) => project(p),
        P::TakingPart(p) => taking_part(p),
        P::Setting(p) => setting(p),
    }
}

fn file(p: &FileProblem) -> Sentence {
    use FileProblem as P;
    match p {
        P::NoFolder { exists } => Sentence::new(
            if *exists {
                "ist kein Ordner".into()
            } else {
                "diesen Ordner gibt es nicht".into()
            },
            "einen Datenordner mit ikz.toml, members.toml und projects/ angeben",
        ),
        P::UnknownTopFile { nearest } => Sentence::new(
            "nicht gelesen: keine Datei, die ikz kennt".into(),
            match nearest {
                Some(f) => format!("meinten Sie {f}? Projekte gehören nach {PROJECTS_DIR}/"),
                None => {
                    let files = TOP_FILES.join(", ");
                    format!("ikz liest {files} und {PROJECTS_DIR}/*.toml")
                }
            },
        ),
        P::FileMissing => Sentence::new(
            "die Datei fehlt".into(),
            "jeder Datenordner hat ikz.toml und members.toml; siehe docs/data-format.md",
        ),
        P::ProjectsNotFolder { is } => Sentence::new(
            format!("{PROJECTS_DIR} ist {}, kein Ordner", entry(is)),
            format!(
                "{PROJECTS_DIR}/ muss ein Ordner mit einer Datei je Projekt sein (er darf leer sein)"
            ),
        ),
        P::ProjectsMissing { nearest } => Sentence::new(
            format!("der Ordner {PROJECTS_DIR}/ fehlt"),
            match nearest {
                Some(f) => format!("meinten Sie {f}/? Der Ordner heißt {PROJECTS_DIR}/"),
                None => format!(
                    "den Ordner {PROJECTS_DIR}/ mit einer Datei je Projekt anlegen; er darf leer sein"
                ),
            },
        ),
        P::CannotReadFolder(e) => {
            Sentence::bare(format!("Ordner nicht lesbar: {}", super::io_reason_de(e)))
        }
        P::CannotRead(e) => Sentence::bare(format!("nicht lesbar: {}", super::io_reason_de(e))),
        P::NameNotUtf8 => Sentence::new(
            "nicht gelesen: der Name ist kein UTF-8".into(),
            "die Datei umbenennen; Datendateien heißen etwa klimaschutz.toml",
        ),
        P::NotToml { stem, copy } => Sentence::new(
            "nicht gelesen: Datendateien enden auf .toml, kleingeschrieben".into(),
            if *copy {
                format!(
                    "ikz liest {stem}.toml; dies sieht nach einer Kopie davon aus: entfernen oder ihr einen eigenen Namen auf .toml geben"
                )
            } else {
                format!("in {stem}.toml umbenennen, wenn sie Daten enthält")
            },
        ),
        P::NotAFile {
            is,
            required,
            in_projects,
        } => Sentence::new(
            if *required {
                format!("dies ist {}, keine Datei", entry(is))
            } else {
                format!("nicht gelesen: dies ist {}, keine Datei", entry(is))
            },
            if *in_projects && *is == Entry::Folder {
                "Ordner in projects/ werden nicht gelesen: ihre Dateien nach projects/ verschieben"
            } else {
                "eine Datendatei muss eine gewöhnliche Datei sein; durch eine ersetzen oder entfernen"
            },
        ),
        P::TooLarge { mib } => Sentence::new(
            format!("die Datei ist größer als {mib} MiB"),
            "eine so große Datei ist keine unserer Datendateien; prüfen, ob die richtige Datei hier liegt",
        ),
        P::Utf16 { big_endian, file } => Sentence::new(
            format!(
                "die Datei ist UTF-16 {} (im Windows-Editor „Unicode“), nicht UTF-8",
                if *big_endian { "BE" } else { "LE" }
            ),
            format!(
                "{file} im Editor öffnen und als UTF-8 speichern; im Windows-Editor: Speichern unter, Codierung „UTF-8“"
            ),
        ),
        P::TwoBoms { file } => Sentence::new(
            "die Datei beginnt mit zwei Byte-Order-Marks".into(),
            format!("{file} noch einmal als UTF-8 speichern, mit einer Byte-Order-Mark oder ohne"),
        ),
        P::NotUtf8 { byte, file } => Sentence::new(
            format!("die Datei ist kein UTF-8: Byte 0x{byte:02X} hier"),
            format!(
                "{file} im Editor als UTF-8 speichern; aus Windows-Programmen kopierter Text ist oft Latin-1"
            ),
        ),
    }
}

fn text(p: &TextProblem) -> Sentence {
    use TextProblem as P;
    match p {
        P::ForbiddenInToml { c } => Sentence::new(
            format!("{} ist hier nicht erlaubt", forbidden(*c)),
            forbidden_help(*c),
        ),
        P::TomlSyntax { message, first } => Sentence::new(
            format!("TOML-Syntax: {}", toml_de::german(message)),
            match first {
                Some((line, col)) => format!("zuerst festgelegt in Zeile {line}, Spalte {col}"),
                None => "Beispiele stehen in docs/data-format.md".into(),
            },
        ),
        P::NotANumber { written } => Sentence::new(
            format!("TOML-Syntax: `{written}` ist keine Zahl"),
            "in Ziffern schreiben, etwa `2024`",
        ),
        P::Invisible { key, c, kind } => Sentence::new(
            format!(
                "`{key}` enthält das unsichtbare Zeichen U+{:04X} ({})",
                u32::from(*c),
                invisible(*c, *kind)
            ),
            "löschen: es ist nicht zu sehen, macht den Text aber zu einem anderen; aus Webseiten oder PDFs kopierter Text bringt es oft mit",
        ),
        P::LookAlike { key, c, greek } => Sentence::new(
            format!(
                "`{key}` mischt lateinische Buchstaben mit dem ähnlich aussehenden {} Buchstaben `{c}` (U+{:04X})",
                if *greek {
                    "griechischen"
                } else {
                    "kyrillischen"
                },
                u32::from(*c)
            ),
            "den Buchstaben auf einer deutschen Tastatur neu tippen",
        ),
        P::LineBreak { key } => Sentence::new(
            format!("`{key}` enthält einen Zeilenumbruch"),
            "dieses Feld ist einzeilig: den Text in eine Zeile schreiben",
        ),
        P::ForbiddenInText { key, c } => Sentence::new(
            format!("`{key}` enthält {}", forbidden(*c)),
            forbidden_help(*c),
        ),
        P::UnknownKey {
            table: t,
            key,
            nearest,
            known,
        } => Sentence::new(
            format!("{}: unbekannter Schlüssel `{key}`", table(*t)),
            match nearest {
                Some(k) => format!("meinten Sie `{k}`?"),
                None => format!("erlaubt sind: {}", known.join(", ")),
            },
        ),
        P::MissingKey { table: t, key } => Sentence::new(
            format!("{}: `{key}` fehlt", table(*t)),
            format!("`{key} = …` hier ergänzen"),
        ),
        P::WrongType { key, want, is } => Sentence::bare(format!(
            "`{key}` muss {} sein; hier steht {}",
            value(*want),
            value(*is)
        )),
        P::ItemsNotStrings { key, is } => Sentence::bare(format!(
            "die Einträge von `{key}` müssen Texte sein; hier steht {}",
            value(*is)
        )),
        P::ItemsNotTables { key, is } => Sentence::bare(format!(
            "die Einträge von `{key}` müssen Tabellen sein; hier steht {}",
            value(*is)
        )),
    }
}

fn values(p: &ValueProblem) -> Sentence {
    use ValueProblem as P;
    match p {
        P::Empty { key } => Sentence::new(
            format!("`{key}` ist leer"),
            "den Text schreiben oder den Schlüssel entfernen",
        ),
        P::NotACount { key, n } => Sentence::bare(format!(
            "`{key}` muss eine Anzahl sein (0 oder mehr), nicht {n}"
        )),
        P::OddYear { key, written, n } => Sentence::new(
            format!("`{key}` = {written} ist keine übliche Schreibweise eines Jahres"),
            format!("mit vier Ziffern schreiben: {n}"),
        ),
        P::NotAYear { key, n } => Sentence::new(
            format!("`{key}` = {n} ist kein Jahr"),
            "das Jahr mit vier Ziffern schreiben, etwa 2024",
        ),
        P::NotAMonth { key, n } => Sentence::new(
            format!("`{key}` = {n} ist kein Monat"),
            "den Monat als Zahl von 1 (Januar) bis 12 (Dezember) schreiben",
        ),
        P::NumberInQuotes { key, written } => Sentence::new(
            format!("`{key}` muss eine Zahl sein, kein Text"),
            format!("{key} = {written} ohne Anführungszeichen schreiben"),
        ),
        P::NumberTooLarge { key } => Sentence::bare(format!("`{key}` ist zu groß")),
        P::NotAnAmount { key, n } => Sentence::new(
            format!(
                "`{key}` muss ein Betrag in Euro sein (mehr als 0, höchstens eine Milliarde), nicht {n}"
            ),
            "ganze Euro ohne Trennzeichen schreiben: 100000 für 100.000 €",
        ),
        P::HighlightNotString => {
            Sentence::bare("die Einträge von `highlights` müssen Texte sein".into())
        }
        P::SeatEitherOr => Sentence::new(
            "ein Sitz hat entweder `member` oder `place`".into(),
            "`member = \"raunheim\"` für ein Mitglied, `place = \"…\"` für einen Ort außerhalb der Mitglieder",
        ),
        P::AbsentNoYears => Sentence::new(
            "ein Eintrag in `not_participating` nennt kein Jahr".into(),
            "`years = [2024]` mit den Jahren schreiben, in denen das Mitglied laut der Quelle nicht teilnimmt",
        ),
        P::YearsEmpty => Sentence::new(
            "`years` ist leer".into(),
            "die Jahre aufzählen, in denen eine Quelle das Mitglied nennt, oder `years` entfernen",
        ),
        P::ParticipantShape => Sentence::bare(
            "ein Teilnehmer ist eine Mitglieds-ID wie \"raunheim\" oder eine Tabelle wie { member = \"raunheim\", joined = 2021 }".into(),
        ),
    }
}

fn folder(p: &FolderProblem) -> Sentence {
    use FolderProblem as P;
    match p {
        P::Format { theirs } => {
            let newest = FORMATS.end();
            let formats = formats(" und ");
            if theirs > newest {
                Sentence::new(
                    format!(
                        "dieser Ordner braucht ein neueres ikz: er ist im Datenformat {theirs} geschrieben, dieses ikz liest die Formate {formats}"
                    ),
                    "ikz aktualisieren; sonst wurde nichts im Ordner geprüft",
                )
            } else {
                Sentence::new(
                    format!(
                        "ein Datenformat {theirs} gibt es nicht: dieses ikz liest die Formate {formats}"
                    ),
                    "`format = 2` schreiben (oder 1 für einen Ordner des ersten Formats); siehe docs/data-format.md",
                )
            }
        }
        P::UndatedComposition => Sentence::new(
            "die Besetzung der Lenkungsgruppe nennt kein Datum".into(),
            "`as_of = \"…\"` mit dem Datum schreiben, für das ihre Quelle sie zeigt, oder `from` und `until`: ohne Datum läse sie sich als heutige",
        ),
        P::UntilBeforeFrom { from, until } => {
            Sentence::bare(format!("until {until} liegt vor from {from}"))
        }
        P::InternalNeeds { id, key } => Sentence::new(
            format!("der internen Quelle `{id}` fehlt `{key}`"),
            if *key == "by" {
                "die Stelle oder die Funktion angeben, die es gesagt hat, keinen Namen einer Person: `by = \"Ordnungsamt Raunheim\"`"
            } else {
                "angeben, wann es gesagt wurde: `date = \"März 2025\"`"
            },
        ),
        P::InternalWithUrl { id } => Sentence::new(
            format!("die interne Quelle `{id}` hat eine Webadresse"),
            "eine Webseite ist eine öffentliche Quelle: `internal` und `by` entfernen oder die Adresse",
        ),
        P::ByWithoutInternal { id } => Sentence::new(
            format!("die Quelle `{id}` hat `by`, ist aber nicht intern"),
            "`internal = true` für die Auskunft einer Stelle schreiben oder `by` entfernen",
        ),
        P::NeedsFormat2 { key, more } => Sentence::new(
            match more {
                0 => format!(
                    "`{key}` ist ein Schlüssel des Datenformats 2, dieser Ordner ist im Format 1 geschrieben"
                ),
                n => format!(
                    "`{key}` ist ein Schlüssel des Datenformats 2, dieser Ordner ist im Format 1 geschrieben; ebenso Schlüssel an {n} weiteren Stellen"
                ),
            },
            "`format = 2` in ikz.toml schreiben (Format 2 liest jeden Ordner des Formats 1) oder den Schlüssel entfernen",
        ),
        P::LastBeforeFirst { first, last } => {
            Sentence::bare(format!("last_year {last} liegt vor first_year {first}"))
        }
        P::CompositionNoSource { year } => Sentence::new(
            format!("die Besetzung von {year} nennt keine Quelle"),
            "`sources = [\"…\"]` mit dem Text ergänzen, der diese Personen nennt",
        ),
        P::MonthWithoutYear => Sentence::new(
            "`month` ohne `year`".into(),
            "das Jahr des Meilensteins ergänzen oder den Monat entfernen",
        ),
        P::Duplicate { what, shown, first } => Sentence::new(
            format!("{} `{shown}` doppelt", unique(*what)),
            format!(
                "zuerst verwendet in {}",
                super::place(first, crate::diag::Lang::De)
            ),
        ),
        P::YearOutsideData { year, first, last } => Sentence::new(
            format!("das Jahr {year} liegt außerhalb der Jahre der Daten, {first}–{last}"),
            "das Jahr berichtigen oder [coverage] in ikz.toml erweitern",
        ),
        P::NotASlug { what, id, such_as } => Sentence::new(
            format!(
                "{}-ID `{id}`: nur Kleinbuchstaben, Ziffern und Bindestriche",
                match what {
                    IdOf::Project => "Projekt",
                    IdOf::Member => "Mitglieds",
                    IdOf::Source => "Quellen",
                }
            ),
            if such_as.is_empty() {
                "Kleinbuchstaben verwenden, etwa `klimaschutz`: unter der ID nennen andere Dateien es"
                    .into()
            } else {
                format!("etwa `{such_as}`")
            },
        ),
        P::UnknownSource { id, nearest } => Sentence::new(
            format!("unbekannte Quelle `{id}`"),
            match nearest {
                Some(c) => format!("meinten Sie `{c}`?"),
                None => "in sources.toml ergänzen".into(),
            },
        ),
        P::NotWeb { id, not } => Sentence::new(
            match not {
                NotWeb::NotAnAddress => {
                    format!("die Adresse der Quelle `{id}` ist keine Webadresse")
                }
                NotWeb::Scheme(scheme) => format!(
                    "die Adresse der Quelle `{id}` ist eine `{scheme}:`-Adresse, keine Webadresse"
                ),
            },
            "die Adresse der Seite mit https:// oder http:// schreiben; `o` öffnet keine andere",
        ),
        P::ReportNoSource { number } => Sentence::new(
            format!("Bericht {number} nennt keine Quelle"),
            "`sources = [\"…\"]` mit dem Text ergänzen, aus dem er stammt",
        ),
        P::NeverCited { id } => Sentence::new(
            format!("die Quelle `{id}` wird nirgends zitiert"),
            "dort zitieren, wo ihre Angaben stehen, oder entfernen",
        ),
        P::NoMembers => Sentence::new(
            "members.toml nennt kein Mitglied".into(),
            "Abschnitte [[member]] ergänzen",
        ),
        P::BadCode { code } => Sentence::new(
            format!("das Kürzel `{code}` muss aus 2 bis 4 Großbuchstaben bestehen"),
            "etwa \"GG\" oder \"RÜS\"; es steht über der Spalte des Mitglieds",
        ),
        P::UnknownKind { kind, nearest } => Sentence::new(
            format!("unbekannte Art \"{kind}\""),
            suggest(
                *nearest,
                &crate::model::Kind::ALL.map(crate::model::Kind::name),
            ),
        ),
        P::NotAMember { id, nearest } => Sentence::new(
            format!("`{id}` ist kein Mitglied"),
            match nearest {
                Some(s) => format!("meinten Sie `{s}`?"),
                None => "eine ID aus members.toml verwenden".into(),
            },
        ),
    }
}

fn project(p: &ProjectProblem) -> Sentence {
    use ProjectProblem as P;
    match p {
        P::LastSeenWithEnd => Sentence::new(
            "`last_seen` neben `end`".into(),
            "ein beendetes Projekt ist `completed` mit seinem `end`; `last_seen` gilt einem, das noch läuft",
        ),
        P::LastSeenNotRunning => Sentence::new(
            "`last_seen` an einem Projekt, das nicht läuft".into(),
            "`last_seen` sagt, bis wann ein laufendes oder geplantes Projekt belegt ist; entfernen oder den Status setzen",
        ),
        P::LastSeenBeforeStart { start, last_seen } => Sentence::bare(format!(
            "last_seen {last_seen} liegt vor dem Beginn {start}"
        )),
        P::LastSeenWithoutStart => Sentence::new(
            "`last_seen` ohne `start`".into(),
            "das Jahr ergänzen, in dem das Projekt begann",
        ),
        P::ProjectNoSource { id } => Sentence::new(
            format!("das Projekt `{id}` nennt keine Quelle"),
            "`sources = [\"…\"]` mit dem Text ergänzen, aus dem seine Angaben stammen",
        ),
        P::UnknownStatus { status, nearest } => Sentence::new(
            format!("unbekannter Status \"{status}\""),
            suggest(
                *nearest,
                &crate::model::Status::ALL.map(crate::model::Status::name),
            ),
        ),
        P::EndBeforeStart { start, end } => {
            Sentence::bare(format!("das Ende {end} liegt vor dem Beginn {start}"))
        }
        P::EndWithoutStart => Sentence::new(
            "`end` ohne `start`".into(),
            "das Jahr ergänzen, in dem das Projekt begann",
        ),
        P::EndNotCompleted { status } => Sentence::new(
            format!("ein Projekt mit status = \"{status}\" hat kein `end`"),
            "status = \"completed\" setzen oder `end` entfernen",
        ),
        P::MilestoneOutside {
            year,
            project,
            years,
        } => Sentence::new(
            format!(
                "ein Meilenstein von {year} liegt außerhalb der Jahre von `{project}` ({years})"
            ),
            "das Jahr des Meilensteins berichtigen oder `start`, `end` oder `status` des Projekts; was vor oder nach dem Projekt geschah, gehört in seine `note`",
        ),
        P::PlannedButStarted {
            project,
            start,
            newest,
        } => Sentence::new(
            format!(
                "`{project}` ist noch \"planned\", beginnt aber {start}, vor {newest}, dem Jahr des neuesten Berichts"
            ),
            "`status` auf das setzen, was die Quellen jetzt sagen: \"running\", \"completed\" oder \"unknown\"",
        ),
        P::SeatNotParticipant { member } => Sentence::new(
            format!("der Sitz `{member}` ist nicht unter den Teilnehmenden"),
            "in `participants` ergänzen, wo eine Quelle es nennt, oder den Sitz prüfen",
        ),
        P::PlaceIsMember { place, id } => Sentence::new(
            format!("der Ort `{place}` ist ein Mitglied"),
            format!("`member = \"{id}\"` schreiben, damit das Mitglied als Sitz gezeigt wird"),
        ),
        P::UnknownForm { name, nearest } => Sentence::new(
            format!("unbekannte Form \"{name}\""),
            suggest(
                *nearest,
                &crate::model::Form::ALL.map(crate::model::Form::name),
            ),
        ),
    }
}

fn setting(p: &SettingProblem) -> Sentence {
    use SettingProblem as P;
    match p {
        P::NotOneOf {
            key,
            value,
            allowed,
            nearest,
        } => Sentence::new(
            format!(
                "`{key}` kann nicht „{value}“ sein; es entscheiden die übrigen Quellen (`ikz config` zeigt welche)"
            ),
            match nearest {
                Some(n) => format!("meinten Sie „{n}“? Erlaubt sind: {}", allowed.join(", ")),
                None => format!("erlaubt sind: {}", allowed.join(", ")),
            },
        ),
    }
}

fn taking_part(p: &TakingPartProblem) -> Sentence {
    use TakingPartProblem as P;
    match p {
        P::Overlap {
            member,
            year,
            first,
        } => Sentence::new(
            format!("ein zweiter Eintrag von `{member}` für {year}"),
            format!(
                "der erste steht in {}; die Jahre der Einträge eines Mitglieds dürfen sich nicht überschneiden",
                super::place(first, crate::diag::Lang::De)
            ),
        ),
        P::YesAndNo {
            member,
            year,
            first,
        } => Sentence::new(
            format!(
                "`{member}` nimmt {year} nicht teil, ist für dieses Jahr aber als teilnehmend genannt"
            ),
            format!(
                "genannt in {}; prüfen, welche Quelle recht hat, und nur diese behalten",
                super::place(first, crate::diag::Lang::De)
            ),
        ),
        P::CountAboveAbsent {
            year,
            count,
            absent,
            members,
        } => Sentence::new(
            format!(
                "eine Anzahl von {count} für {year}, mehr als die {members} Mitglieder abzüglich der dann nicht teilnehmenden ({absent}): {}",
                members.saturating_sub(*absent)
            ),
            "die Anzahl oder die Einträge von `not_participating` berichtigen",
        ),
        P::NoOwnSource(uncited) => Sentence::new(
            match uncited {
                crate::diag::Uncited::Count { year, .. } => {
                    format!("die Anzahl für {year} nennt keine eigene Quelle")
                }
                _ => "dieser Eintrag nennt keine eigene Quelle".into(),
            },
            "`sources = [\"…\"]` mit der Seite ergänzen, die es sagt; bis dahin werden die Quellen des Projekts gezeigt",
        ),
        P::ListedTwice { member, first } => Sentence::new(
            format!("`{member}` ist zweimal aufgeführt"),
            format!(
                "zuerst aufgeführt in {}; ein Eintrag je Mitglied",
                super::place(first, crate::diag::Lang::De)
            ),
        ),
        P::LeftBeforeJoined {
            member,
            joined,
            left,
        } => Sentence::bare(format!(
            "`{member}` schied {left} aus, bevor es {joined} beitrat"
        )),
        P::JoinedBeforeStart { joined, start } => Sentence::bare(format!(
            "beigetreten {joined}, bevor das Projekt {start} begann"
        )),
        P::LeftAfterEnd { left, end } => Sentence::bare(format!(
            "ausgeschieden {left}, nachdem das Projekt {end} endete"
        )),
        P::YearsAndSpan { member } => Sentence::new(
            format!("`{member}` hat sowohl `years` als auch `joined` oder `left`"),
            "`years` für die Jahre, in denen eine Quelle es nennt, oder `joined`/`left` für einen Zeitraum, nicht beides",
        ),
        P::YearTwice { year } => Sentence::bare(format!("{year} steht zweimal in `years`")),
        P::NamedOutsideYears {
            member,
            year,
            start,
            last,
        } => Sentence::new(
            format!(
                "`{member}` ist für {year} genannt, ein Jahr, in dem das Projekt nicht lief ({start}–{last})"
            ),
            FIX_YEAR_OR_SPAN,
        ),
        P::SecondCount { year, first } => Sentence::new(
            format!("eine zweite Anzahl für {year}"),
            format!(
                "die erste in {}",
                super::place(first, crate::diag::Lang::De)
            ),
        ),
        P::CountOutsideYears { year } => Sentence::new(
            format!("eine Anzahl für {year}, ein Jahr, in dem das Projekt nicht lief"),
            FIX_YEAR_OR_SPAN,
        ),
        P::MoreThanMembers { count, members } => Sentence::bare(format!(
            "{count} Teilnehmende, aber die Kooperation hat {members} Mitglieder"
        )),
        P::MoreNamedThanCount { year, named, count } => Sentence::new(
            format!(
                "für {year} sind {named} Teilnehmende aufgeführt, mehr als die gemeldeten {count}"
            ),
            "die Anzahl oder die Liste berichtigen; ist ein Mitglied beigetreten oder ausgeschieden, sein Jahr `joined` oder `left` angeben",
        ),
    }
}

const FIX_YEAR_OR_SPAN: &str = "das Jahr berichtigen oder Beginn und Ende des Projekts";

/// "meinten Sie "x"?", else "erlaubt sind: a, b, c".
fn suggest(nearest: Option<&str>, names: &[&str]) -> String {
    match nearest {
        Some(c) => format!("meinten Sie \"{c}\"?"),
        None => format!("erlaubt sind: {}", names.join(", ")),
    }
}

fn entry(e: &Entry) -> String {
    match e {
        Entry::Folder => "ein Ordner".into(),
        Entry::File => "eine Datei".into(),
        Entry::DanglingLink { to } => {
            format!("eine symbolische Verknüpfung auf {to}, das es nicht gibt")
        }
        Entry::Fifo => "eine benannte Pipe (FIFO)".into(),
        Entry::Socket => "ein Socket".into(),
        Entry::Device => "ein Gerät".into(),
        Entry::Other => "ein Eintrag anderer Art".into(),
    }
}

fn table(t: Table) -> &'static str {
    match t {
        Table::IkzToml => "ikz.toml",
        Table::Cooperation => "Kooperation",
        Table::Coverage => "Zeitraum",
        Table::SteeringGroup => "Lenkungsgruppe",
        Table::EarlierComposition => "frühere Besetzung",
        Table::Person => "Person",
        Table::Milestone => "Meilenstein",
        Table::SourcesToml => "sources.toml",
        Table::Source => "Quelle",
        Table::MembersToml => "members.toml",
        Table::Member => "Mitglied",
        Table::ReportsToml => "reports.toml",
        Table::Report => "Bericht",
        Table::Project => "Projekt",
        Table::ReportedCount => "gemeldete Anzahl",
        Table::Seat => "Sitz",
        Table::Form => "Form",
        Table::Funding => "Förderung",
        Table::Award => "Auszeichnung",
        Table::NotParticipating => "Eintrag in `not_participating`",
        Table::Settings => "Einstellungsdatei",
        Table::Participant => "Teilnehmer",
    }
}

fn value(v: ValueKind) -> &'static str {
    match v {
        ValueKind::String => "ein Text",
        ValueKind::Integer => "eine ganze Zahl",
        ValueKind::Float => "eine Kommazahl",
        ValueKind::Boolean => "ein Wahrheitswert",
        ValueKind::Date => "ein Datum",
        ValueKind::Array => "eine Liste",
        ValueKind::Table => "eine Tabelle",
        ValueKind::StringOrTable => "ein Text oder eine Tabelle",
    }
}

fn unique(u: Unique) -> &'static str {
    match u {
        Unique::MemberId => "Mitglieds-ID",
        Unique::MemberCode => "Mitgliedskürzel",
        Unique::MemberName => "Mitgliedsname oder anderer Name",
        Unique::SourceId => "Quellen-ID",
        Unique::ReportNumber => "Berichtsnummer",
        Unique::ReportYear => "Bericht für das Jahr",
        Unique::ProjectId => "Projekt-ID",
    }
}

/// An invisible character in words: its name where it is a common one, else its kind.
fn invisible(c: char, kind: Invisible) -> &'static str {
    match c {
        '\u{00AD}' => "weiches Trennzeichen",
        '\u{200B}' => "Leerzeichen ohne Breite",
        '\u{200C}' => "Bindungsverhinderer ohne Breite",
        '\u{200D}' => "Verbinder ohne Breite",
        '\u{2060}' => "Wortverbinder",
        '\u{FEFF}' => "Byte-Order-Mark",
        '\u{FE00}'..='\u{FE0F}' => "Variantenwähler",
        '\u{E0000}'..='\u{E007F}' => "Tag-Zeichen",
        _ => match kind {
            Invisible::Format => "ein Formatzeichen",
            Invisible::Ignorable => "ein Zeichen, das nicht gezeigt wird",
            Invisible::Separator => "ein Zeilen- oder Absatztrenner",
            Invisible::PrivateUse => "ein Zeichen für private Nutzung",
            Invisible::Noncharacter => "kein Zeichen für Text",
        },
    }
}

/// "das Steuerzeichen U+001B", "das unsichtbare Richtungszeichen U+202E".
fn forbidden(c: char) -> String {
    let code = u32::from(c);
    if is_direction_control(c) {
        format!("das unsichtbare Richtungszeichen U+{code:04X}")
    } else {
        format!("das Steuerzeichen U+{code:04X}")
    }
}

fn forbidden_help(c: char) -> &'static str {
    if is_direction_control(c) {
        "entfernen: es ordnet den Text auf dem Bildschirm unbemerkt um; aus PDFs kopierter Text bringt es oft mit"
    } else {
        "entfernen: Steuerzeichen können das Terminal übernehmen, das diesen Text zeigt"
    }
}
