//! `ikz config`: where the settings file is and each setting with where it came from;
//! `ikz config set KEY VALUE`: one setting written into the file, whole or not at all.

use super::settings::Settings;
use super::*;
use crate::data::settings::{KEYS, Switch};

/// `ikz config`: the file, then a line per setting, then the file's mistakes.
pub(super) fn show(lang: Lang, settings: &Settings) -> Outcome {
    let sw = &lang.texts().settings;
    let mut out = match &settings.file.path {
        Some(path) => (sw.file)(&path.display().to_string(), settings.file.exists),
        None => sw.no_place.to_string(),
    };
    out.push_str("\n\n");
    let path = |p: &Option<PathBuf>, default: &str| {
        p.as_ref()
            .map_or_else(|| default.to_string(), |p| p.display().to_string())
    };
    // As `--lang` and the file write it.
    let lang_name = clap::ValueEnum::to_possible_value(&settings.lang.value)
        .map_or_else(String::new, |v| v.get_name().to_string());
    let editor = settings
        .editor
        .value
        .as_deref()
        .unwrap_or(sw.editor_default);
    let colors: Switch = settings.colors.value;
    let rows: Vec<Vec<String>> = KEYS
        .iter()
        .map(|&key| {
            let (value, from) = match key {
                "data" => match &settings.unreachable {
                    Some(dir) => (
                        format!("{} ({})", dir.display(), sw.away),
                        &settings.data.from,
                    ),
                    None => (path(&settings.data.value, sw.built_in), &settings.data.from),
                },
                "lang" => (lang_name.clone(), &settings.lang.from),
                "exports" => {
                    let mut value = path(&settings.exports.value, sw.exports_default);
                    if settings.exports.value.as_ref().is_some_and(|d| !d.is_dir()) {
                        value = format!("{value} ({})", sw.missing);
                    }
                    (value, &settings.exports.from)
                }
                "editor" => (editor.to_string(), &settings.editor.from),
                "poll" => (settings.poll.value.name().to_string(), &settings.poll.from),
                _ => (colors.name().to_string(), &settings.colors.from),
            };
            vec![key.to_string(), value, (sw.from)(from)]
        })
        .collect();
    out.push_str(&crate::present::table::aligned(&sw.head, &rows));
    let notes = notes(lang, settings);
    if !notes.is_empty() {
        out.push('\n');
        out.push_str(&notes);
    }
    Outcome::ok(out)
}

/// What the settings say before any command: the settings file's mistakes, a data
/// folder away. Empty where all is well.
pub fn notes(lang: Lang, settings: &Settings) -> String {
    let sw = &lang.texts().settings;
    let mut out = String::new();
    let problems = &settings.file.problems;
    if !problems.is_empty() {
        let said = if unread(settings) {
            sw.unread.to_string()
        } else {
            (sw.mistakes)(problems.len())
        };
        let _ = writeln!(out, "{said}");
        for d in problems {
            let _ = writeln!(out, "{}", crate::present::words::problems::line(d, lang));
        }
    }
    if let Some(dir) = &settings.unreachable {
        let _ = writeln!(out, "{}", (sw.unreachable)(&dir.display().to_string()));
    }
    out
}

/// The same, in one line for the browser's status line.
pub fn note(lang: Lang, settings: &Settings) -> Option<String> {
    let sw = &lang.texts().settings;
    if let Some(dir) = &settings.unreachable {
        return Some((sw.unreachable)(&dir.display().to_string()));
    }
    let n = settings.file.problems.len();
    (n > 0).then(|| {
        if unread(settings) {
            return format!("{} {}", sw.unread, sw.shown_by);
        }
        let said = (sw.mistakes)(n);
        format!("{}. {}", said.trim_end_matches(':'), sw.shown_by)
    })
}

/// Whether the settings file has problems and could not be read at all (it is not
/// TOML, or not text): then none of its settings count, not only those the problems
/// concern.
fn unread(settings: &Settings) -> bool {
    !settings.file.problems.is_empty() && !settings.file.settings.parsed
}

/// `ikz config set KEY VALUE` (`Some(VALUE)`) and `ikz config unset KEY` (`None`): the
/// settings file with that one setting changed or taken out, written whole or not at
/// all; a folder is written as a whole path.
pub(super) fn change(lang: Lang, settings: &Settings, key: &str, value: Option<&str>) -> Outcome {
    let sw = &lang.texts().settings;
    let Some(path) = &settings.file.path else {
        return Outcome::usage(sw.no_place);
    };
    let shown = path.display().to_string();
    let value = value.map(|value| match key {
        // A folder relative to where the command was typed means nothing later.
        "data" | "exports" => match std::env::current_dir() {
            Ok(here) if !value.trim().is_empty() => here.join(value.trim()).display().to_string(),
            _ => value.to_string(),
        },
        _ => value.to_string(),
    });
    match write_setting(path, key, value.as_deref()) {
        Ok(()) => {}
        Err(NotWritten::Problems(problems)) => {
            let mut err = String::new();
            for d in &problems {
                let _ = writeln!(err, "{}", crate::present::words::problems::line(d, lang));
            }
            return Outcome {
                stderr: err,
                code: EXIT_USAGE,
                ..Outcome::default()
            };
        }
        Err(NotWritten::Refused(refused)) => return Outcome::usage((sw.refused)(&refused)),
        Err(NotWritten::Io(e)) => return cannot(lang, &shown, &e),
    }
    let said = match value {
        Some(value) => {
            // As the file holds it: lower case where the key allows only some values.
            let value = value.trim();
            let value = if crate::data::settings::allowed(key).is_empty() {
                value.to_string()
            } else {
                value.to_lowercase()
            };
            (sw.wrote)(key, &value, &shown)
        }
        None => (sw.removed)(key, &shown),
    };
    Outcome::ok(format!("{said}\n"))
}

/// Why a setting was not written.
#[derive(Debug)]
pub enum NotWritten {
    /// The file there cannot be read as settings (another encoding): its problems.
    Problems(Vec<crate::diag::Diagnostic>),
    Refused(crate::data::settings::SetRefused),
    Io(std::io::Error),
}

/// The settings file at `path` with `key` set to `value` (`None`: taken out), everything
/// else as it was, written whole or not at all. The file is read as the settings are
/// read: one saved in another encoding is refused, never rewritten with its letters lost.
pub fn write_setting(
    path: &std::path::Path,
    key: &str,
    value: Option<&str>,
) -> Result<(), NotWritten> {
    let shown = path.display().to_string();
    let text = match std::fs::read(path) {
        Ok(bytes) => crate::data::settings::text_of(&shown, bytes).map_err(NotWritten::Problems)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(NotWritten::Io(e)),
    };
    let written = match value {
        Some(value) => crate::data::settings::set(&text, key, value),
        None => crate::data::settings::unset(&text, key),
    }
    .map_err(NotWritten::Refused)?;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)
        .and_then(|()| crate::staged::Staged::write(dir, |out| out.write_all(written.as_bytes())))
        .and_then(|mut staged| staged.replace(path))
        .map_err(NotWritten::Io)
}

/// The settings file could not be read or written: where, and the system's reason
/// (exit 3, as for any file ikz cannot write).
fn cannot(lang: Lang, shown: &str, e: &std::io::Error) -> Outcome {
    let reason = (lang.texts().problems.io_reason)(&e.into());
    Outcome {
        stderr: format!(
            "ikz: {}\n",
            (lang.texts().settings.cannot_write)(shown, &reason)
        ),
        code: EXIT_OUTPUT,
        ..Outcome::default()
    }
}
