//! New things in a data folder (`ikz add`): a source at the end of `sources.toml`, in
//! the layout of the others; a project in a file of its own, named after its title so
//! that the name is valid and unique on Windows and Linux alike.

use super::splice::Doc;
use super::{list, quote};

/// A new source: a public text with its address, or internal (what an office or a role
/// said, and when).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSource {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    /// Internal: the office or the role that said it.
    pub by: Option<String>,
}

/// A new project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProject {
    pub id: String,
    pub title: String,
    pub field: Option<String>,
    /// planned, running, completed or unknown.
    pub status: &'static str,
    pub start: u16,
    pub sources: Vec<String>,
}

/// `sources.toml` with the source added at its end (a new file where there is none).
pub fn source(bytes: Option<Vec<u8>>, s: &NewSource) -> Vec<u8> {
    let mut table = String::from("[[source]]\n");
    let mut line = |k: &str, v: String| table.push_str(&format!("{k} = {v}\n"));
    line("id", quote(&s.id));
    line("title", quote(&s.title));
    if let Some(by) = &s.by {
        line("internal", "true".into());
        line("by", quote(by));
    }
    if let Some(p) = &s.publisher {
        line("publisher", quote(p));
    }
    if let Some(u) = &s.url {
        line("url", quote(u));
    }
    if let Some(d) = &s.date {
        line("date", quote(d));
    }
    let Some(mut doc) = bytes.and_then(Doc::new) else {
        return table.into_bytes();
    };
    let text = doc.text();
    let end = text.len();
    // A blank line before it, as between the others.
    let before = if text.is_empty() || text.ends_with("\n\n") {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    doc.replace(end..end, format!("{before}{table}"));
    doc.finish()
}

/// A new project's file.
pub fn project(p: &NewProject) -> Vec<u8> {
    let mut text = String::new();
    let mut line = |k: &str, v: String| text.push_str(&format!("{k} = {v}\n"));
    line("id", quote(&p.id));
    line("title", quote(&p.title));
    if let Some(f) = &p.field {
        line("field", quote(f));
    }
    line("status", quote(p.status));
    line("start", p.start.to_string());
    line("sources", list(&p.sources));
    text.into_bytes()
}

/// The longest file name (without `.toml`) made from a title: well inside every
/// system's limit, and short enough to read in a listing.
const MAX_NAME: usize = 60;

/// Names Windows keeps for its devices, whatever follows the dot.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// An id made from a text that no one of `taken` has, ignoring case: lower-case
/// letters, digits and dashes (so also a file name valid on Windows and Linux alike:
/// no reserved name, no trailing dot or space), at most [`MAX_NAME`] long.
pub fn new_id(text: &str, fallback: &str, taken: &[String]) -> String {
    let mut base = crate::text::slug(text);
    if base.len() > MAX_NAME {
        // At a dash, where there is one in the second half.
        let cut = base
            .get(..MAX_NAME)
            .and_then(|b| b.rfind('-'))
            .filter(|&i| i > MAX_NAME / 2)
            .unwrap_or(MAX_NAME);
        base.truncate(cut);
    }
    if base.is_empty() {
        base = fallback.to_string();
    }
    if RESERVED.contains(&base.as_str()) {
        base.push('-');
        base.push_str(fallback);
    }
    let free = |id: &str| !taken.iter().any(|t| t.eq_ignore_ascii_case(id));
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_file_names_valid_everywhere_and_unique_ignoring_case() {
        assert_eq!(
            new_id("Überwachung des Gaststättenrechts", "p", &[]),
            "ueberwachung-des-gaststaettenrechts"
        );
        assert_eq!(new_id("CON", "projekt", &[]), "con-projekt");
        assert_eq!(new_id("nul", "projekt", &[]), "nul-projekt");
        assert_eq!(new_id("…", "projekt", &[]), "projekt");
        assert_eq!(
            new_id("Klimaschutz", "p", &["KLIMASCHUTZ".into()]),
            "klimaschutz-2"
        );
        assert_eq!(
            new_id(
                "Klimaschutz",
                "p",
                &["klimaschutz".into(), "klimaschutz-2".into()]
            ),
            "klimaschutz-3"
        );
        let long = new_id(&"Beschaffung von Feuerwehrbedarf ".repeat(5), "p", &[]);
        assert!(long.len() <= MAX_NAME && !long.ends_with('-'), "{long}");
        for id in [long, new_id("Straße. ", "p", &[])] {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
            assert!(!id.ends_with('.') && !id.ends_with(' '));
        }
    }

    #[test]
    fn a_source_at_the_end_in_the_layout_of_the_others() {
        let before = b"[[source]]\r\nid = \"a\"\r\ntitle = \"A\"\r\n".to_vec();
        let s = NewSource {
            id: "auskunft-2025".into(),
            title: "Auskunft des Ordnungsamts".into(),
            url: None,
            publisher: None,
            date: Some("März 2025".into()),
            by: Some("Ordnungsamt Raunheim".into()),
        };
        let after = String::from_utf8(source(Some(before), &s)).unwrap();
        assert_eq!(
            after,
            "[[source]]\r\nid = \"a\"\r\ntitle = \"A\"\r\n\r\n[[source]]\r\nid = \"auskunft-2025\"\r\ntitle = \"Auskunft des Ordnungsamts\"\r\ninternal = true\r\nby = \"Ordnungsamt Raunheim\"\r\ndate = \"März 2025\"\r\n"
        );
    }
}
