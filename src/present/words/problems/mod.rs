//! The problems of a data folder in words: one catalogue per language (`en`, `de`), each
//! an exhaustive match over [`Problem`], so a rule without its sentence does not compile.
//! The data layer finds the problems; they are said here, when shown.

use crate::diag::{BUILT_IN, Diagnostic, IoFailure, Lang, Place, Problem, Severity};
use crate::text::sanitize;

mod de;
mod en;
pub(in crate::present) mod toml_de;

pub use toml_de::known as toml_known;

/// A problem in words: what is wrong, and what to do where there is advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub message: String,
    pub help: Option<String>,
}

impl Sentence {
    fn new(message: String, help: impl Into<String>) -> Sentence {
        Sentence {
            message,
            help: Some(help.into()),
        }
    }

    fn bare(message: String) -> Sentence {
        Sentence {
            message,
            help: None,
        }
    }
}

/// The words of one language for the problems of a data folder.
#[derive(Debug)]
pub struct ProblemWords {
    pub said: fn(&Problem) -> Sentence,
    pub error: &'static str,
    pub warning: &'static str,
    /// The name the built-in files go by.
    pub built_in: &'static str,
    /// Why the system could not read or start something.
    pub io_reason: fn(&IoFailure) -> String,
}

pub const PROBLEMS_EN: ProblemWords = ProblemWords {
    said: en::said,
    error: "error",
    warning: "warning",
    built_in: BUILT_IN,
    io_reason: |e| e.text.clone(),
};

pub const PROBLEMS_DE: ProblemWords = ProblemWords {
    said: de::said,
    error: "Fehler",
    warning: "Warnung",
    built_in: "<mitgeliefert>",
    io_reason: io_reason_de,
};

impl ProblemWords {
    pub fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
        }
    }
}

/// A file's path as the interface shows it: the built-in files' prefix in the words of
/// `lang` (German `<mitgeliefert>`, as the status bar calls the shipped data), any
/// control character escaped.
pub fn shown_path(path: &str, lang: Lang) -> String {
    let path = sanitize(path);
    match path.strip_prefix(BUILT_IN) {
        Some(rest) => format!("{}{rest}", lang.texts().problems.built_in),
        None => path.into_owned(),
    }
}

/// The data formats this program reads: "1 and 2" (`and` the word between the last two).
fn formats(and: &str) -> String {
    let all: Vec<String> = crate::data::FORMATS.map(|f| f.to_string()).collect();
    match all.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

fn place(p: &Place, lang: Lang) -> String {
    format!("{}:{}:{}", shown_path(&p.path, lang), p.line, p.col)
}

/// A problem in the words of `lang`, as `ikz check` and the screens show it:
/// `path:line:col: error: message (advice)`, any control character from a file name or
/// a data file shown escaped, never sent raw.
pub fn line(d: &Diagnostic, lang: Lang) -> String {
    let words = &lang.texts().problems;
    let Sentence { message, help } = (words.said)(&d.problem);
    let mut out = format!(
        "{}:{}:{}: {}: {}",
        shown_path(&d.path, lang),
        d.line,
        d.col,
        words.severity(d.severity),
        sanitize(&message)
    );
    if let Some(help) = help {
        out.push_str(&format!(" ({})", sanitize(&help)));
    }
    out
}

/// Why reading failed, in German: the system's own text is English (or in its own
/// locale), so the common reasons are said in words and the rest passed on.
fn io_reason_de(e: &IoFailure) -> String {
    use std::io::ErrorKind as K;
    match e.kind {
        K::NotFound => "nicht gefunden".into(),
        K::PermissionDenied => "keine Berechtigung".into(),
        K::IsADirectory => "ist ein Ordner".into(),
        K::NotADirectory => "ist kein Ordner".into(),
        K::InvalidData => "ungültige Daten".into(),
        _ => e.text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_compiler_like_and_escapes_control_characters() {
        let d = Diagnostic {
            severity: Severity::Error,
            path: "data/p\u{1b}.toml".into(),
            line: 3,
            col: 7,
            problem: crate::diag::ValueProblem::Empty {
                key: "ti\u{7}tle".into(),
            }
            .into(),
        };
        assert_eq!(
            line(&d, Lang::En),
            "data/p\\u{1b}.toml:3:7: error: `ti\\u{7}tle` is empty (write the text or remove the key)"
        );
        assert_eq!(
            line(&d, Lang::De),
            "data/p\\u{1b}.toml:3:7: Fehler: `ti\\u{7}tle` ist leer (den Text schreiben oder den Schlüssel entfernen)"
        );
    }

    #[test]
    fn the_built_in_files_are_named_in_the_language_shown() {
        let p = format!("{BUILT_IN}/ikz.toml");
        assert_eq!(shown_path(&p, Lang::En), "<built-in>/ikz.toml");
        assert_eq!(shown_path(&p, Lang::De), "<mitgeliefert>/ikz.toml");
    }
}
