//! The words of the settings: `ikz config`, `ikz config set`, and the notes at the
//! start when the settings file has mistakes or the data folder is away.

use crate::data::settings::{From, SetRefused};

/// The words of the settings.
#[derive(Debug)]
pub struct SettingsWords {
    /// "Settings file: PATH", and whether it is there.
    pub file: fn(&str, bool) -> String,
    /// The system has no place for settings.
    pub no_place: &'static str,
    /// The headings: setting, value, from where.
    pub head: [&'static str; 3],
    /// Where a value came from.
    pub from: fn(&From) -> String,
    /// The values of the defaults: the built-in data; exports into the current folder
    /// (Documents after a double-click); the system's editor.
    pub built_in: &'static str,
    /// Beside a data folder that cannot be reached.
    pub away: &'static str,
    /// Beside an export folder that is not there.
    pub missing: &'static str,
    /// The settings file cannot be read as a whole: none of its settings count.
    pub unread: &'static str,
    pub exports_default: &'static str,
    pub editor_default: &'static str,
    /// "The settings file has 2 mistakes; ikz uses the defaults for them:".
    pub mistakes: fn(usize) -> String,
    /// Where the mistakes are listed (on the browser's status line).
    pub shown_by: &'static str,
    /// The data folder of the settings cannot be reached: the built-in data, read-only.
    pub unreachable: fn(&str) -> String,
    /// After `ikz config set`: the key, the value, the file.
    pub wrote: fn(&str, &str, &str) -> String,
    /// After `ikz config unset`: the key, the file.
    pub removed: fn(&str, &str) -> String,
    /// Why `ikz config set` wrote nothing.
    pub refused: fn(&SetRefused) -> String,
    /// The file could not be read or written: the path and the system's reason.
    pub cannot_write: fn(&str, &str) -> String,
}

pub const SETTINGS_EN: SettingsWords = SettingsWords {
    file: |path, there| {
        if there {
            format!("Settings file: {path}")
        } else {
            format!("Settings file: {path} (not there yet; `ikz config set KEY VALUE` creates it)")
        }
    },
    no_place: "Settings file: none (this system has no folder for settings; set IKZ_CONFIG)",
    head: ["SETTING", "VALUE", "FROM"],
    from: |from| match from {
        From::Option(o) => format!("option {o}"),
        From::Variable(v) => format!("variable {v}"),
        From::File => "settings file".into(),
        From::System(name) => format!("system ({name})"),
        From::Default => "default".into(),
    },
    built_in: "the built-in data",
    away: "not reachable: built-in data",
    missing: "no such folder",
    exports_default: "current folder; Documents after a double-click",
    editor_default: "Notepad (Windows), else nano or vi",
    mistakes: |n| {
        let (m, those) = if n == 1 {
            ("mistake", "that setting")
        } else {
            ("mistakes", "those settings")
        };
        format!("The settings file has {n} {m}; for {those}, what holds without the file applies:")
    },
    shown_by: "`ikz config` lists them.",
    unread: "The settings file cannot be read: ikz uses none of its settings.",
    unreachable: |dir| {
        format!(
            "Built-in data, read-only: the data folder {dir} cannot be reached (network drive not connected?)."
        )
    },
    wrote: |key, value, path| format!("{key} = \"{value}\" written to {path}"),
    removed: |key, path| format!("{key} taken out of {path}: ikz goes by the other sources again"),
    refused: |r| match r {
        SetRefused::UnknownKey { key, nearest } => match nearest {
            Some(n) => format!("there is no setting `{key}`; did you mean `{n}`?"),
            None => format!(
                "there is no setting `{key}`; the settings are: {}",
                crate::data::settings::KEYS.join(", ")
            ),
        },
        SetRefused::NotOneOf {
            key,
            allowed,
            nearest,
        } => match nearest {
            Some(n) => format!(
                "`{key}` allows: {}; did you mean \"{n}\"?",
                allowed.join(", ")
            ),
            None => format!("`{key}` allows: {}", allowed.join(", ")),
        },
        SetRefused::Empty => "the value is empty; give one".into(),
        SetRefused::NotToml { line, col, message } => format!(
            "the settings file is not valid TOML at line {line}, column {col} ({message}); correct it first (`ikz config` shows where it is)"
        ),
    },
    cannot_write: |path, why| format!("cannot read or write {path}: {why}"),
};

pub const SETTINGS_DE: SettingsWords = SettingsWords {
    file: |path, there| {
        if there {
            format!("Einstellungsdatei: {path}")
        } else {
            format!(
                "Einstellungsdatei: {path} (noch nicht angelegt; `ikz config set SCHLÜSSEL WERT` legt sie an)"
            )
        }
    },
    no_place: "Einstellungsdatei: keine (dieses System hat keinen Ordner für Einstellungen; IKZ_CONFIG setzen)",
    head: ["EINSTELLUNG", "WERT", "HERKUNFT"],
    from: |from| match from {
        From::Option(o) => format!("Option {o}"),
        From::Variable(v) => format!("Variable {v}"),
        From::File => "Einstellungsdatei".into(),
        From::System(name) => format!("System ({name})"),
        From::Default => "Vorgabe".into(),
    },
    built_in: "die mitgelieferten Daten",
    away: "nicht erreichbar: mitgelieferte Daten",
    missing: "gibt es nicht",
    exports_default: "aktueller Ordner; nach Doppelklick Dokumente",
    editor_default: "Editor (Windows), sonst nano oder vi",
    mistakes: |n| {
        let (m, diese) = if n == 1 {
            ("einen Fehler".to_string(), "diese Einstellung")
        } else {
            (format!("{n} Fehler"), "diese Einstellungen")
        };
        format!("Die Einstellungsdatei hat {m}; für {diese} gilt, was ohne die Datei gälte:")
    },
    shown_by: "`ikz config` zeigt sie.",
    unread: "Die Einstellungsdatei ist nicht lesbar: ikz verwendet keine ihrer Einstellungen.",
    unreachable: |dir| {
        format!(
            "Mitgelieferte Daten, schreibgeschützt: der Datenordner {dir} ist nicht erreichbar (Netzlaufwerk nicht verbunden?)."
        )
    },
    wrote: |key, value, path| format!("{key} = „{value}“ in {path} geschrieben"),
    removed: |key, path| {
        format!("{key} aus {path} entfernt: es gilt, was ohne die Einstellung gilt")
    },
    refused: |r| match r {
        SetRefused::UnknownKey { key, nearest } => match nearest {
            Some(n) => format!("es gibt keine Einstellung `{key}`; meinten Sie `{n}`?"),
            None => format!(
                "es gibt keine Einstellung `{key}`; die Einstellungen sind: {}",
                crate::data::settings::KEYS.join(", ")
            ),
        },
        SetRefused::NotOneOf {
            key,
            allowed,
            nearest,
        } => match nearest {
            Some(n) => format!(
                "für `{key}` erlaubt sind: {}; meinten Sie „{n}“?",
                allowed.join(", ")
            ),
            None => format!("für `{key}` erlaubt sind: {}", allowed.join(", ")),
        },
        SetRefused::Empty => "der Wert ist leer; bitte einen angeben".into(),
        SetRefused::NotToml { line, col, message } => format!(
            "die Einstellungsdatei ist in Zeile {line}, Spalte {col} kein gültiges TOML ({}); bitte zuerst berichtigen (`ikz config` zeigt, wo sie liegt)",
            super::problems::toml_de::german(message)
        ),
    },
    cannot_write: |path, why| format!("{path} kann nicht gelesen oder geschrieben werden: {why}"),
};
