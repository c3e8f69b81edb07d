//! New things in a data folder (`ikz add`): a source at the end of `sources.toml`, in
//! the layout of the others; a project in a file of its own, named after its title so
//! that the name is valid and unique on Windows and Linux alike.

use std::path::{Path, PathBuf};

use super::Thing;
use super::plan::{self, Change, On, Plan, Why};
use super::splice::Doc;
use super::{list, quote};
use crate::data::{self, Origin};
use crate::text::same_name;

/// A new source as asked for: the title, and either a web address or who said it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceAsked {
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    /// Internal: the office or the role that said it.
    pub by: Option<String>,
    /// The id asked for; else one is made of the title.
    pub id: Option<String>,
}

/// A new project as asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectAsked {
    pub title: String,
    pub field: Option<String>,
    pub start: u16,
    /// planned, running, completed or unknown.
    pub status: &'static str,
    /// The source that tells of it (an id).
    pub source: String,
    pub id: Option<String>,
}

/// Why a new source or project is not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddRefused {
    /// The address is not an http or https address.
    NotWeb(String),
    EmptyTitle,
    /// An internal source without the office or role that said it.
    NoOne,
    /// The same source is there: its id.
    SourceThere(String),
    /// A project of the title is there: its title, its id.
    TitleTaken(String, String),
    /// No source has the id: as given, the nearest ids.
    NoSource(String, Vec<String>),
    /// An id as given that is not one, and what it would be.
    BadId(String, String),
    /// The id is taken.
    Taken(Thing, String),
}

/// What an addition comes to: the plan, the new id, and the file it goes into.
#[derive(Debug)]
pub struct Added {
    pub plan: Plan,
    pub id: String,
    pub path: PathBuf,
}

/// Why an addition is not planned: it is refused as asked, the folder cannot be
/// read, or the folder with it would be wrong (the id and file it would have had).
#[derive(Debug)]
pub enum NotAdded {
    Refused(AddRefused),
    Why(Why),
    Checked { id: String, path: PathBuf, why: Why },
}

impl From<AddRefused> for NotAdded {
    fn from(r: AddRefused) -> NotAdded {
        NotAdded::Refused(r)
    }
}

/// Plans a new source at the end of the folder's `sources.toml`, checked with the whole
/// folder (an internal source sets the folder's format to 2).
pub fn plan_source(on: On<'_>, asked: &SourceAsked) -> Result<Added, NotAdded> {
    let dir = folder(on.origin)?;
    let model = on.model;
    let url = asked
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    if let Some(u) = url
        && crate::web::WebAddress::parse(u).is_err()
    {
        return Err(AddRefused::NotWeb(u.to_string()).into());
    }
    let title = asked.title.trim();
    if title.is_empty() {
        return Err(AddRefused::EmptyTitle.into());
    }
    let by = asked.by.as_deref().map(str::trim);
    if by == Some("") {
        return Err(AddRefused::NoOne.into());
    }
    let internal = by.is_some();
    // The same source again: by its title and its address (or both internal).
    if let Some(there) = model.sources.iter().find(|s| {
        same_name(&s.title, title) && s.url.as_deref() == url && s.internal.is_some() == internal
    }) {
        return Err(AddRefused::SourceThere(there.id.clone()).into());
    }
    let taken: Vec<String> = model.sources.iter().map(|s| s.id.clone()).collect();
    own_id(Thing::Source, asked.id.as_deref(), &taken)?;
    let id = asked
        .id
        .clone()
        .unwrap_or_else(|| new_id(title, "quelle", &taken));
    let trimmed = |o: &Option<String>| {
        o.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let new = NewSource {
        id: id.clone(),
        title: title.to_string(),
        url: url.map(str::to_string),
        publisher: trimmed(&asked.publisher),
        date: trimmed(&asked.date),
        by: by.map(str::to_string),
    };
    let path = dir.join("sources.toml");
    let before = read_if_there(&path)?;
    let after = source(before.clone(), &new);
    let mut changes = vec![Change {
        rel: "sources.toml".to_string(),
        path: path.clone(),
        before,
        after,
    }];
    // An internal source is of format 2.
    if internal && model.format < 2 {
        changes.insert(0, index_change(dir)?);
    }
    checked(on.origin, changes, id, path)
}

/// Plans a new project in a file of its own, named as its id is made (valid on Windows
/// and Linux, and no file's there already whatever the case of its letters), checked
/// with the whole folder.
pub fn plan_project(on: On<'_>, asked: &ProjectAsked) -> Result<Added, NotAdded> {
    let dir = folder(on.origin)?;
    let model = on.model;
    let title = asked.title.trim();
    if title.is_empty() {
        return Err(AddRefused::EmptyTitle.into());
    }
    if let Some(there) = model.projects.iter().find(|p| same_name(&p.title, title)) {
        return Err(AddRefused::TitleTaken(there.title.clone(), there.id.clone()).into());
    }
    let source = asked.source.trim();
    if model.source_by_id(source).is_none() {
        let ids = model.sources.iter().map(|s| s.id.as_str());
        let near = crate::text::closest(source, ids)
            .map(str::to_string)
            .into_iter()
            .collect();
        return Err(AddRefused::NoSource(source.to_string(), near).into());
    }
    let taken: Vec<String> = model.projects.iter().map(|p| p.id.clone()).collect();
    own_id(Thing::Project, asked.id.as_deref(), &taken)?;
    let id = asked
        .id
        .clone()
        .unwrap_or_else(|| new_id(title, "projekt", &taken));
    let files: Vec<String> = std::fs::read_dir(dir.join(data::PROJECTS_DIR))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(".toml").map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    let name = new_id(&id, "projekt", &files);
    let new = NewProject {
        id: id.clone(),
        title: title.to_string(),
        field: asked
            .field
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string),
        status: asked.status,
        start: asked.start,
        sources: vec![source.to_string()],
    };
    let path = dir.join(data::PROJECTS_DIR).join(format!("{name}.toml"));
    let changes = vec![Change {
        rel: format!("{}/{name}.toml", data::PROJECTS_DIR),
        path: path.clone(),
        before: None,
        after: project(&new),
    }];
    checked(on.origin, changes, id, path)
}

fn checked(
    origin: &Origin,
    changes: Vec<Change>,
    id: String,
    path: PathBuf,
) -> Result<Added, NotAdded> {
    match plan::plan_changes(origin, changes) {
        Ok(plan) => Ok(Added { plan, id, path }),
        Err(why) => Err(NotAdded::Checked { id, path, why }),
    }
}

fn folder(origin: &Origin) -> Result<&Path, NotAdded> {
    match origin {
        Origin::Folder(dir) => Ok(dir),
        Origin::BuiltIn => Err(NotAdded::Why(Why::BuiltIn)),
    }
}

/// An id the user gave: of lower-case letters, digits and dashes, and not taken.
fn own_id(thing: Thing, id: Option<&str>, taken: &[String]) -> Result<(), AddRefused> {
    let Some(id) = id else {
        return Ok(());
    };
    if crate::text::slug(id) != id {
        return Err(AddRefused::BadId(id.to_string(), new_id(id, "id", &[])));
    }
    if taken.iter().any(|t| t == id) {
        return Err(AddRefused::Taken(thing, id.to_string()));
    }
    Ok(())
}

/// `ikz.toml` saying format 2.
fn index_change(dir: &Path) -> Result<Change, NotAdded> {
    let path = dir.join("ikz.toml");
    let before = read_if_there(&path)?;
    let after = before
        .clone()
        .and_then(super::format_2)
        .or_else(|| before.clone())
        .unwrap_or_default();
    Ok(Change {
        rel: "ikz.toml".to_string(),
        path,
        before,
        after,
    })
}

fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>, NotAdded> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(NotAdded::Why(Why::Read(
            path.display().to_string(),
            e.to_string(),
        ))),
    }
}

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
