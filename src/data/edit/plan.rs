//! An edit planned whole before anything is written, for `ikz set`, `ikz add` and the
//! edits made on the screens alike: the files it changes (read now, so that the write
//! can tell whether someone changed them since), the folder checked as the edit would
//! leave it, and a year's count changed to fit where that was asked for.

use std::path::PathBuf;

use super::{Context, Edit, Refused, apply, format_2};
use crate::data::{self, Loaded, Origin};
use crate::diag::Diagnostic;
use crate::model::{Model, ProjectIdx};

/// One file an edit writes: where it is in the folder and on disk, the bytes the edit
/// was made from (`None`: a new file), and the new ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub rel: String,
    pub path: PathBuf,
    pub before: Option<Vec<u8>>,
    pub after: Vec<u8>,
}

impl Change {
    /// The same change the other way, which undoes it; `None` for a file the change
    /// made (undoing that would remove a file, which no edit does).
    fn reversed(&self) -> Option<Change> {
        Some(Change {
            rel: self.rel.clone(),
            path: self.path.clone(),
            before: Some(self.after.clone()),
            after: self.before.clone()?,
        })
    }
}

/// An edit ready to be written.
#[derive(Debug)]
pub struct Plan {
    /// The files, `ikz.toml` first where it changes.
    pub changes: Vec<Change>,
    /// The counts changed to fit (`--adjust-count`): the year, the old count, the new.
    pub adjusted: Vec<(u16, u32, u32)>,
    /// The data as the edit leaves it.
    pub checked: Loaded,
}

impl Plan {
    /// The changes that undo this edit once it is written: each file back to what it
    /// was, written only over what this edit wrote. `None` where the edit made a file.
    pub fn undo(changes: &[Change]) -> Option<Vec<Change>> {
        changes.iter().rev().map(Change::reversed).collect()
    }
}

/// What an edit came to.
#[derive(Debug)]
pub enum Planned {
    Ready(Box<Plan>),
    /// The data says so already: nothing to write.
    Already,
}

/// Why an edit is not made.
#[derive(Debug)]
pub enum Why {
    /// The built-in data cannot be changed.
    BuiltIn,
    /// The project's file is not known (the project is gone since).
    NoFile,
    /// A file could not be read: its path, why.
    Read(String, String),
    /// The file is not as the edit can change it: its path, why.
    Refused(String, Refused),
    /// The year's count contradicts the edit: the year, the count, how many the edit
    /// leaves named as taking part, and how many not said to stay out.
    Count {
        year: u16,
        reported: u32,
        named: usize,
        room: usize,
    },
    /// The data as the edit would leave it has these errors.
    Errors(Vec<Diagnostic>),
}

/// What an edit is planned on: where the data came from, its model, and where each
/// project's file is (see [`crate::data::Gaps::file_of`]).
#[derive(Debug, Clone, Copy)]
pub struct On<'a> {
    pub origin: &'a Origin,
    pub model: &'a Model,
    pub gaps: &'a crate::data::Gaps,
}

impl<'a> On<'a> {
    pub fn loaded(loaded: &'a Loaded) -> On<'a> {
        On {
            origin: &loaded.origin,
            model: &loaded.model,
            gaps: &loaded.gaps,
        }
    }
}

/// Plans `edit` of project `p` (of a data folder): the project's file with the edit
/// made, `ikz.toml` saying format 2 where the folder is of format 1 (the entry cites its
/// own source), a count changed to fit where `adjust_count` asks, and the folder checked
/// as it would be.
pub fn plan(on: On<'_>, p: ProjectIdx, edit: &Edit, adjust_count: bool) -> Result<Planned, Why> {
    plan_many(on, &[(p, edit.clone())], adjust_count)
}

/// Plans edits of projects named by id (as the screen asks for them: the data may have
/// been read anew since); a project no longer there is [`Why::NoFile`].
pub fn plan_ids(on: On<'_>, edits: &[(String, Edit)], adjust_count: bool) -> Result<Planned, Why> {
    let edits: Option<Vec<(ProjectIdx, Edit)>> = edits
        .iter()
        .map(|(id, edit)| Some((on.model.project_by_id(id)?, edit.clone())))
        .collect();
    plan_many(on, &edits.ok_or(Why::NoFile)?, adjust_count)
}

/// One project's file while edits are made to it.
struct Editing {
    p: ProjectIdx,
    shown: String,
    rel: String,
    path: PathBuf,
    before: Vec<u8>,
    after: Vec<u8>,
}

/// Plans several edits at once (cells marked on the screen): each file read once and
/// written once with all its edits, the folder checked once with all of them.
pub fn plan_many(
    on: On<'_>,
    edits: &[(ProjectIdx, Edit)],
    adjust_count: bool,
) -> Result<Planned, Why> {
    let Origin::Folder(dir) = on.origin else {
        return Err(Why::BuiltIn);
    };
    let model = on.model;
    let members: Vec<String> = model.members.iter().map(|m| m.id.clone()).collect();
    let cx_of = |p: ProjectIdx| Context {
        members: &members,
        start: model.project(p).start,
        last: model.active_years(p).map(|y| *y.end()),
    };
    let mut files: Vec<Editing> = Vec::new();
    for (p, edit) in edits {
        let at = match files.iter().position(|f| f.p == *p) {
            Some(at) => at,
            None => {
                let project = model.project(*p);
                let shown = on.gaps.file_of(&project.id).ok_or(Why::NoFile)?;
                let path = PathBuf::from(shown);
                let before = std::fs::read(&path)
                    .map_err(|e| Why::Read(shown.to_string(), e.to_string()))?;
                files.push(Editing {
                    p: *p,
                    shown: shown.to_string(),
                    rel: format!(
                        "{}/{}",
                        data::PROJECTS_DIR,
                        path.file_name().unwrap_or_default().to_string_lossy()
                    ),
                    path,
                    after: before.clone(),
                    before,
                });
                files.len() - 1
            }
        };
        let Some(file) = files.get_mut(at) else {
            continue;
        };
        let refused = |why| Why::Refused(file.shown.clone(), why);
        if let Some(a) = apply(file.after.clone(), edit, &cx_of(*p)).map_err(refused)? {
            file.after = a;
        }
    }
    files.retain(|f| f.after != f.before);
    if files.is_empty() {
        return Ok(Planned::Already);
    }
    let index = dir.join("ikz.toml");
    let index_before = (model.format < 2)
        .then(|| std::fs::read(&index).ok())
        .flatten();
    let index_after = index_before.clone().and_then(format_2);
    let changes = |files: &[Editing]| {
        let mut c = Vec::new();
        if let (Some(b), Some(a)) = (&index_before, &index_after) {
            c.push(Change {
                rel: "ikz.toml".to_string(),
                path: index.clone(),
                before: Some(b.clone()),
                after: a.clone(),
            });
        }
        c.extend(files.iter().map(|f| Change {
            rel: f.rel.clone(),
            path: f.path.clone(),
            before: Some(f.before.clone()),
            after: f.after.clone(),
        }));
        c
    };
    let mut checked = check(on.origin, &changes(&files));
    let mut adjusted = Vec::new();
    // The counts of the years edited, where the edits leave them contradicted.
    let mut years: Vec<(ProjectIdx, u16, Option<String>)> = Vec::new();
    for (p, edit) in edits {
        if let Edit::Takes {
            years: ys, source, ..
        } = edit
        {
            for y in ys.clone() {
                if !years.iter().any(|(q, z, _)| q == p && *z == y) {
                    years.push((*p, y, source.clone()));
                }
            }
        }
    }
    for (p, year, source) in years {
        let id = &model.project(p).id;
        let Some((reported, fits)) = count_misfit(&checked.model, id, year) else {
            continue;
        };
        if !adjust_count {
            let (named, room) = named_and_room(&checked.model, id, year);
            return Err(Why::Count {
                year,
                reported,
                named,
                room,
            });
        }
        let adjust = Edit::Count {
            year,
            count: Some(fits),
            source,
        };
        if let Some(file) = files.iter_mut().find(|f| f.p == p) {
            let refused = |why| Why::Refused(file.shown.clone(), why);
            if let Some(a) = apply(file.after.clone(), &adjust, &cx_of(p)).map_err(refused)? {
                file.after = a;
            }
        }
        adjusted.push((year, reported, fits));
        checked = check(on.origin, &changes(&files));
    }
    let plan = Plan {
        changes: changes(&files),
        adjusted,
        checked,
    };
    errors_of(&plan.checked)?;
    Ok(Planned::Ready(Box::new(plan)))
}

/// Plans changes made elsewhere (`ikz add`): the folder checked as they would leave it.
pub fn plan_changes(origin: &Origin, changes: Vec<Change>) -> Result<Plan, Why> {
    if !matches!(origin, Origin::Folder(_)) {
        return Err(Why::BuiltIn);
    }
    let checked = check(origin, &changes);
    errors_of(&checked)?;
    Ok(Plan {
        changes,
        adjusted: Vec::new(),
        checked,
    })
}

fn check(origin: &Origin, changes: &[Change]) -> Loaded {
    let overrides: Vec<(String, Vec<u8>)> = changes
        .iter()
        .map(|c| (c.rel.clone(), c.after.clone()))
        .collect();
    data::load_with(origin, &overrides)
}

fn errors_of(checked: &Loaded) -> Result<(), Why> {
    let errors: Vec<Diagnostic> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Why::Errors(errors))
    }
}

fn named_and_room(model: &Model, project: &str, year: u16) -> (usize, usize) {
    model.project_by_id(project).map_or((0, 0), |p| {
        let part = model.participation(p, Some(year));
        (
            part.listed.len(),
            part.members.saturating_sub(part.absent.len()),
        )
    })
}

/// Where the year's reported count no longer fits what is named: the count, and the
/// nearest that fits (the members named as taking part at least, those not said to
/// stay out at most).
fn count_misfit(model: &Model, project: &str, year: u16) -> Option<(u32, u32)> {
    let p = model.project_by_id(project)?;
    let part = model.participation(p, Some(year));
    let reported = part.reported?;
    let named = u32::try_from(part.listed.len()).ok()?;
    let room = u32::try_from(part.members.saturating_sub(part.absent.len())).ok()?;
    let fits = reported.clamp(named, room.max(named));
    (fits != reported).then_some((reported, fits))
}

/// Writes the changes under the lock of the data folder `origin` (see
/// [`super::commit::commit`]).
pub fn write(origin: &Origin, changes: &[Change]) -> Result<(), super::commit::Failed> {
    let Origin::Folder(dir) = origin else {
        return Err(super::commit::Failed::Io(
            PathBuf::new(),
            std::io::Error::other("the built-in data"),
        ));
    };
    let writes: Vec<super::commit::Write> = changes
        .iter()
        .map(|c| super::commit::Write {
            path: c.path.clone(),
            before: c.before.clone(),
            after: c.after.clone(),
        })
        .collect();
    super::commit::commit(dir, &writes)
}
