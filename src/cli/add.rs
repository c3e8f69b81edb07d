//! `ikz add source` and `ikz add project`: a new source at the end of `sources.toml`,
//! a new project in a file of its own; checked with the whole folder and written as
//! `ikz set` writes (see [`super::set`]).

use std::path::Path;

use super::Outcome;
use super::args::{AddWhat, NewStatus};
use super::set::{not_planned, write_plan};
use crate::data::edit::add::{self, NotAdded, ProjectAsked, SourceAsked};
use crate::data::edit::plan::On;
use crate::data::{Loaded, Origin};
use crate::present::words::Lang;
use crate::present::words::edit::add_refused;

/// What an addition says, by the new id and its file.
type Echo<'a> = Box<dyn Fn(&str, &Path) -> String + 'a>;

pub(super) fn add(lang: Lang, loaded: &Loaded, what: &AddWhat) -> Outcome {
    let w = &lang.texts().edit;
    let Origin::Folder(dir) = &loaded.origin else {
        return Outcome::usage(w.built_in);
    };
    // What was asked for, as said back: by the new id and its file.
    let (added, dry_run, said): (_, _, Echo<'_>) = match what {
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
            let asked = SourceAsked {
                title: title.clone(),
                url: url.clone(),
                publisher: publisher.clone(),
                date: date.clone(),
                by: if *internal { by.clone() } else { None },
                id: id.clone(),
            };
            let added = add::plan_source(On::loaded(loaded), &asked);
            let said = move |id: &str, _: &Path| {
                (w.new_source)(id, asked.title.trim(), asked.by.as_deref())
            };
            (added, *dry_run, Box::new(said))
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
            let asked = ProjectAsked {
                title: title.clone(),
                field: field.clone(),
                start: *start,
                status: match status {
                    NewStatus::Planned => "planned",
                    NewStatus::Running => "running",
                    NewStatus::Completed => "completed",
                    NewStatus::Unknown => "unknown",
                },
                source: source.clone(),
                id: id.clone(),
            };
            let added = add::plan_project(On::loaded(loaded), &asked);
            let said = move |id: &str, path: &Path| {
                (w.new_project)(id, asked.title.trim(), &path.display().to_string())
            };
            (added, *dry_run, Box::new(said))
        }
    };
    match added {
        Ok(a) => write_plan(lang, dir, said(&a.id, &a.path), &a.plan, dry_run),
        Err(NotAdded::Refused(r)) => Outcome::usage(add_refused(w, &r)),
        Err(NotAdded::Why(why)) => not_planned(lang, "", why),
        Err(NotAdded::Checked { id, path, why }) => not_planned(lang, &said(&id, &path), why),
    }
}
