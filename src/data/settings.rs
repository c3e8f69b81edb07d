//! The settings file, `config.toml` at the platform's place for settings: read as the
//! data files are (decoded as editors write them, every mistake at its file, line and
//! column, with "did you mean"), and one setting written into it with the rest kept
//! as it was, comments too.

use super::reader::{At, Ctx, Fields};
use crate::diag::{Diagnostic, Diagnostics, SettingProblem, SourceText, Table};
use crate::lang::Lang;
use crate::text::closest;

/// The keys of the settings file, in the order `ikz config` shows them.
pub const KEYS: [&str; 6] = ["data", "lang", "exports", "editor", "colors", "poll"];

/// The values `lang` allows.
pub const LANGS: [&str; 2] = ["de", "en"];

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum From {
    /// A command-line option, such as `--lang`.
    Option(&'static str),
    /// An environment variable, such as `LANG`.
    Variable(&'static str),
    /// The settings file.
    File,
    /// The system's language, as the system names it (`de-DE`).
    System(String),
    Default,
}

/// A setting's value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen<T> {
    pub value: T,
    pub from: From,
}

/// A setting that is on, off, or as ikz judges: `colors` (whether the screens use
/// colours; `NO_COLOR`, set and not empty, wins over it: `auto` is colours unless the
/// terminal names itself monochrome, `TERM` ending in `-mono` or `-m`) and `poll`
/// (whether the browser reads the data folder every 2 s to see colleagues' changes:
/// `auto` where it is on a network drive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Switch {
    #[default]
    Auto,
    Always,
    Never,
}

impl Switch {
    pub const NAMES: [&'static str; 3] = ["auto", "always", "never"];

    pub fn name(self) -> &'static str {
        match self {
            Switch::Auto => "auto",
            Switch::Always => "always",
            Switch::Never => "never",
        }
    }

    fn of(name: &str) -> Option<Switch> {
        match name {
            "auto" => Some(Switch::Auto),
            "always" => Some(Switch::Always),
            "never" => Some(Switch::Never),
            _ => None,
        }
    }
}

/// What the settings file says; `None` where it says nothing or something wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSettings {
    /// The data folder, as written.
    pub data: Option<String>,
    pub lang: Option<Lang>,
    /// The folder exports go into, as written.
    pub exports: Option<String>,
    /// The editor's command, as written.
    pub editor: Option<String>,
    pub colors: Option<Switch>,
    pub poll: Option<Switch>,
    /// Whether the file was read as TOML at all (else none of it counts).
    pub parsed: bool,
}

/// Reads the settings file's bytes; `path` names it in messages. Every mistake comes
/// back located; the settings it concerns are left out (their defaults apply).
pub fn read(path: &str, bytes: Vec<u8>) -> (FileSettings, Vec<Diagnostic>) {
    let mut diags = Diagnostics::default();
    let mut settings = FileSettings::default();
    if let Some(input) = super::files::decode_one(path, bytes, &mut diags) {
        let src = SourceText::new(&input.path, &input.text);
        let mut cx = Ctx {
            src: &src,
            diags: &mut diags,
        };
        if let Some(doc) = super::parse(&mut cx, &input.text) {
            let f = Fields::new(&mut cx, doc.get_ref(), doc.span(), Table::Settings, &KEYS);
            let text = |cx: &mut Ctx<'_>, key| f.opt_str(cx, key, false);
            settings = FileSettings {
                data: text(&mut cx, "data").map(|a| a.value),
                lang: text(&mut cx, "lang").and_then(|a| one_of(&mut cx, "lang", &a, lang)),
                exports: text(&mut cx, "exports").map(|a| a.value),
                editor: text(&mut cx, "editor").map(|a| a.value),
                colors: text(&mut cx, "colors").and_then(|a| one_of(&mut cx, "colors", &a, colors)),
                poll: text(&mut cx, "poll").and_then(|a| one_of(&mut cx, "poll", &a, colors)),
                parsed: true,
            };
        }
    }
    (settings, diags.into_sorted())
}

fn lang(s: &str) -> Option<Lang> {
    match s {
        "de" => Some(Lang::De),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn colors(s: &str) -> Option<Switch> {
    Switch::of(s)
}

/// The value of `key` that `of` reads (written in any case), or a located mistake.
fn one_of<T>(
    cx: &mut Ctx<'_>,
    key: &'static str,
    at: &At<String>,
    of: fn(&str) -> Option<T>,
) -> Option<T> {
    let written = at.value.trim().to_lowercase();
    if let Some(v) = of(&written) {
        return Some(v);
    }
    let allowed = allowed(key);
    cx.error(
        at.span.clone(),
        SettingProblem::NotOneOf {
            key,
            value: at.value.clone(),
            allowed,
            nearest: closest(&written, allowed.iter().copied()),
        },
    );
    None
}

/// The values a key allows, where it allows only some.
pub fn allowed(key: &str) -> &'static [&'static str] {
    match key {
        "lang" => &LANGS,
        "colors" | "poll" => &Switch::NAMES,
        _ => &[],
    }
}

/// The settings file's text, decoded as the data files are (UTF-8, with or without a
/// byte-order mark, Windows line ends); its problems where it cannot be (UTF-16, Latin-1).
pub fn text_of(path: &str, bytes: Vec<u8>) -> Result<String, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    match super::files::decode_one(path, bytes, &mut diags) {
        Some(input) => Ok(input.text),
        None => Err(diags.into_sorted()),
    }
}

/// The settings file's text without `key` (its default then applies); everything else
/// stays. A key not there is no mistake.
pub fn unset(text: &str, key: &str) -> Result<String, SetRefused> {
    let Some(&key) = KEYS.iter().find(|k| **k == key) else {
        return Err(SetRefused::UnknownKey {
            key: key.to_string(),
            nearest: closest(key, KEYS.iter().copied()),
        });
    };
    let mut doc = document(text)?;
    doc.remove(key);
    Ok(doc.to_string())
}

fn document(text: &str) -> Result<toml_edit::DocumentMut, SetRefused> {
    text.parse().map_err(|e: toml_edit::TomlError| {
        let at = e.span().map_or(0, |s| s.start);
        let (line, col) = SourceText::new("", text).line_col(at);
        SetRefused::NotToml {
            line,
            col,
            message: e.message().trim().to_string(),
        }
    })
}

/// Why a setting cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetRefused {
    /// No such key; the nearest there is.
    UnknownKey {
        key: String,
        nearest: Option<&'static str>,
    },
    /// A value the key does not allow.
    NotOneOf {
        key: &'static str,
        allowed: &'static [&'static str],
        nearest: Option<&'static str>,
    },
    /// An empty value.
    Empty,
    /// The file there is not TOML: its line and column, and the parser's message.
    NotToml {
        line: usize,
        col: usize,
        message: String,
    },
}

/// The settings file's text with `key` set to `value`; everything else, comments too,
/// stays as it was. `text` is the file as it is (empty where there is none).
pub fn set(text: &str, key: &str, value: &str) -> Result<String, SetRefused> {
    let Some(&key) = KEYS.iter().find(|k| **k == key) else {
        return Err(SetRefused::UnknownKey {
            key: key.to_string(),
            nearest: closest(key, KEYS.iter().copied()),
        });
    };
    let value = value.trim();
    if value.is_empty() {
        return Err(SetRefused::Empty);
    }
    let allowed = allowed(key);
    let value = if allowed.is_empty() {
        value.to_string()
    } else {
        let lower = value.to_lowercase();
        if !allowed.contains(&lower.as_str()) {
            return Err(SetRefused::NotOneOf {
                key,
                allowed,
                nearest: closest(&lower, allowed.iter().copied()),
            });
        }
        lower
    };
    let mut doc = document(text)?;
    // A value there is replaced in its place, with the comments beside it.
    match doc.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = toml_edit::Value::from(value);
            *old.decor_mut() = decor;
        }
        None => {
            doc.insert(key, toml_edit::value(value));
        }
    }
    let mut text = doc.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> (FileSettings, Vec<Diagnostic>) {
        read("config.toml", text.as_bytes().to_vec())
    }

    #[test]
    fn every_setting_is_read() {
        let (s, problems) = read_text(
            "data = 'S:\\IKZ\\Daten'\nlang = \"DE\"\nexports = \"C:/Users/x/Documents\"\neditor = 'C:\\Program Files\\Notepad++\\notepad++.exe'\ncolors = \"never\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.data.as_deref(), Some("S:\\IKZ\\Daten"));
        assert_eq!(s.lang, Some(Lang::De));
        assert_eq!(s.exports.as_deref(), Some("C:/Users/x/Documents"));
        assert_eq!(
            s.editor.as_deref(),
            Some("C:\\Program Files\\Notepad++\\notepad++.exe")
        );
        assert_eq!(s.colors, Some(Switch::Never));
    }

    #[test]
    fn mistakes_are_located_and_leave_only_their_setting_out() {
        let (s, problems) = read_text("lang = \"fr\"\ncolours = \"never\"\ndata = \"D:/ikz\"\n");
        assert_eq!(s.lang, None);
        assert_eq!(s.data.as_deref(), Some("D:/ikz"));
        let places: Vec<(usize, usize)> = problems.iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(places, [(1, 8), (2, 1)]);
        let en: Vec<String> = problems
            .iter()
            .map(|d| crate::present::words::problems::line(d, Lang::En))
            .collect();
        assert!(en[0].contains("`lang` cannot be \"fr\""), "{en:?}");
        assert!(en[1].contains("did you mean `colors`?"), "{en:?}");
        let de = crate::present::words::problems::line(&problems[0], Lang::De);
        assert!(de.contains("`lang` kann nicht „fr“ sein"), "{de}");
    }

    #[test]
    fn a_broken_file_is_one_located_error_and_no_setting() {
        let (s, problems) = read_text("lang = \"de\"\ndata = \n");
        assert_eq!(s, FileSettings::default());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 2);
    }

    #[test]
    fn set_keeps_the_rest_of_the_file() {
        let before = "# Einstellungen der IKZ-Geschäftsstelle\nlang = \"de\" # Deutsch\n";
        let after = set(before, "data", "S:\\IKZ\\Daten").unwrap();
        assert!(after.starts_with(before), "{after}");
        let (s, problems) = read_text(&after);
        assert!(problems.is_empty());
        assert_eq!(s.data.as_deref(), Some("S:\\IKZ\\Daten"));
        let again = set(&after, "lang", "EN").unwrap();
        assert!(again.contains("# Einstellungen"), "{again}");
        assert_eq!(read_text(&again).0.lang, Some(Lang::En));
        let doc = toml::de::DeTable::parse(&again).unwrap();
        let data = doc.get_ref().get("data").map(|v| v.get_ref());
        assert!(matches!(data, Some(toml::de::DeValue::String(_))));
    }

    #[test]
    fn unset_takes_one_setting_out_and_keeps_the_rest() {
        let before = "# IKZ\nlang = \"de\"\ndata = 'S:\\IKZ'\n";
        let after = unset(before, "data").unwrap();
        assert_eq!(after, "# IKZ\nlang = \"de\"\n");
        assert_eq!(unset(&after, "data").unwrap(), after);
        assert!(matches!(
            unset(before, "dta"),
            Err(SetRefused::UnknownKey { .. })
        ));
    }

    #[test]
    fn a_file_in_another_encoding_is_refused_with_its_reason() {
        let latin1 = b"data = 'S:\\Gesch\xe4ftsstelle'\n".to_vec();
        let problems = text_of("config.toml", latin1).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            text_of("c", b"\xef\xbb\xbflang = 'de'\r\n".to_vec()).unwrap(),
            "lang = 'de'\n"
        );
    }

    #[test]
    fn set_refuses_what_the_file_could_not_hold() {
        assert_eq!(
            set("", "langg", "de"),
            Err(SetRefused::UnknownKey {
                key: "langg".into(),
                nearest: Some("lang")
            })
        );
        assert!(matches!(
            set("", "colors", "nevr"),
            Err(SetRefused::NotOneOf {
                nearest: Some("never"),
                ..
            })
        ));
        assert_eq!(set("", "editor", "  "), Err(SetRefused::Empty));
        assert!(matches!(
            set("lang = \n", "data", "x"),
            Err(SetRefused::NotToml { line: 1, .. })
        ));
    }
}
