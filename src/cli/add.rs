//! `ikz add source` and `ikz add project`: a new source at the end of `sources.toml`,
//! a new project in a file of its own; checked with the whole folder and written as
//! `ikz set` writes (see [`super::set`]).

use std::path::PathBuf;

use super::args::{AddWhat, NewStatus};
use super::set::{failed, not_planned, whole, write_plan};
use super::{EXIT_OUTPUT, Outcome};
use crate::data::edit::add::{self, NewProject, NewSource};
use crate::data::edit::plan::{self, Change};
use crate::data::{self, Loaded, Origin};
use crate::present::words::Lang;
use crate::present::words::edit::{EditWords, Thing};

pub(super) fn add(lang: Lang, loaded: &Loaded, what: &AddWhat) -> Outcome {
    let w = &lang.texts().edit;
    let Origin::Folder(dir) = &loaded.origin else {
        return Outcome::usage(w.built_in);
    };
    let model = &loaded.model;
    match what {
        AddWhat::Source {
            title,
            url,
            publisher,
            date,
            internal,
            by,
            id,
            dry_run,
        } => {
            if let Some(u) = url
                && crate::web::WebAddress::parse(u).is_err()
            {
                return Outcome::usage((w.not_web)(u));
            }
            let title = title.trim();
            if title.is_empty() {
                return Outcome::usage(w.empty_title);
            }
            // The same source again: by its title and its address (or both internal).
            if let Some(there) = model.sources.iter().find(|s| {
                whole(&s.title, title) && s.url == *url && s.internal.is_some() == *internal
            }) {
                return Outcome::usage((w.source_there)(&there.id));
            }
            let taken: Vec<String> = model.sources.iter().map(|s| s.id.clone()).collect();
            if let Err(message) = own_id(w, Thing::Source, id.as_deref(), &taken) {
                return Outcome::usage(message);
            }
            let id = id
                .clone()
                .unwrap_or_else(|| add::new_id(title, "quelle", &taken));
            let new = NewSource {
                id: id.clone(),
                title: title.to_string(),
                url: url.clone(),
                publisher: publisher.clone(),
                date: date.clone(),
                by: if *internal { by.clone() } else { None },
            };
            let path = dir.join("sources.toml");
            let before = match read_if_there(&path) {
                Ok(b) => b,
                Err(e) => {
                    return failed(
                        EXIT_OUTPUT,
                        (w.cannot)(&path.display().to_string(), &e.to_string()),
                    );
                }
            };
            let after = add::source(before.clone(), &new);
            let mut changes = vec![Change {
                rel: "sources.toml".to_string(),
                path,
                before,
                after,
            }];
            // An internal source is of format 2.
            if *internal && model.format < 2 {
                changes.insert(0, index_change(dir));
            }
            let said = (w.new_source)(&id, title, new.by.as_deref());
            finish(lang, loaded, dir, said, changes, *dry_run)
        }
        AddWhat::Project {
            title,
            field,
            start,
            status,
            source,
            id,
            dry_run,
        } => {
            let title = title.trim();
            if title.is_empty() {
                return Outcome::usage(w.empty_title);
            }
            if let Some(there) = model.projects.iter().find(|p| whole(&p.title, title)) {
                return Outcome::usage((w.title_taken)(&there.title, &there.id));
            }
            if model.source_by_id(source).is_none() {
                let ids = model.sources.iter().map(|s| s.id.as_str());
                let near: Vec<String> = crate::text::closest(source, ids)
                    .map(str::to_string)
                    .into_iter()
                    .collect();
                return Outcome::usage((w.not_whole)(Thing::Source, source, &near));
            }
            let taken: Vec<String> = model.projects.iter().map(|p| p.id.clone()).collect();
            if let Err(message) = own_id(w, Thing::Project, id.as_deref(), &taken) {
                return Outcome::usage(message);
            }
            let id = id
                .clone()
                .unwrap_or_else(|| add::new_id(title, "projekt", &taken));
            // The file is named as the id is made: valid on Windows and Linux, and not
            // one there already, whatever the case of its letters.
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
            let name = add::new_id(&id, "projekt", &files);
            let new = NewProject {
                id: id.clone(),
                title: title.to_string(),
                field: field.clone(),
                status: match status {
                    NewStatus::Planned => "planned",
                    NewStatus::Running => "running",
                    NewStatus::Completed => "completed",
                    NewStatus::Unknown => "unknown",
                },
                start: *start,
                sources: vec![source.clone()],
            };
            let rel = format!("{}/{name}.toml", data::PROJECTS_DIR);
            let path = dir.join(data::PROJECTS_DIR).join(format!("{name}.toml"));
            let shown = path.display().to_string();
            let changes = vec![Change {
                rel,
                path,
                before: None,
                after: add::project(&new),
            }];
            let said = (w.new_project)(&id, title, &shown);
            finish(lang, loaded, dir, said, changes, *dry_run)
        }
    }
}

/// An id the user gave: of lower-case letters, digits and dashes, and not taken.
fn own_id(w: &EditWords, thing: Thing, id: Option<&str>, taken: &[String]) -> Result<(), String> {
    let Some(id) = id else {
        return Ok(());
    };
    if crate::text::slug(id) != id {
        return Err((w.bad_id)(id, &add::new_id(id, "id", &[])));
    }
    if taken.iter().any(|t| t == id) {
        return Err((w.taken)(thing, id));
    }
    Ok(())
}

fn finish(
    lang: Lang,
    loaded: &Loaded,
    dir: &std::path::Path,
    said: String,
    changes: Vec<Change>,
    dry_run: bool,
) -> Outcome {
    match plan::plan_changes(&loaded.origin, changes) {
        Ok(plan) => write_plan(lang, dir, said, &plan, dry_run),
        Err(why) => not_planned(lang, &said, why),
    }
}

/// `ikz.toml` saying format 2.
fn index_change(dir: &std::path::Path) -> Change {
    let path = dir.join("ikz.toml");
    let before = std::fs::read(&path).ok();
    let after = before
        .clone()
        .and_then(crate::data::edit::format_2)
        .or_else(|| before.clone())
        .unwrap_or_default();
    Change {
        rel: "ikz.toml".to_string(),
        path,
        before,
        after,
    }
}

fn read_if_there(path: &PathBuf) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
