//! `ikz set`: one fact recorded in the data folder, with the source that says it.
//!
//! The project, member and source are taken only whole (an id, a code, a name) and
//! said back; the edit is made to the project file as it was written
//! ([`data::edit`]), checked with the whole folder as it would be (an edit that would
//! make an error writes nothing; one that contradicts the year's count is refused, or
//! changes the count with `--adjust-count`), shown as a diff with `--dry-run`, and
//! written under the folder's lock over the file only as it was read.

use std::fmt::Write as _;
use std::path::Path;

use super::args::{SetCount, SetState};
use super::{EXIT_DATA, EXIT_OUTPUT, Outcome};
use crate::data::edit::commit::{self, Failed};
use crate::data::edit::plan::{self, Change, Plan, Planned, Why};
use crate::data::edit::{Edit, State};
use crate::data::{Loaded, Origin};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::words::Lang;
use crate::present::words::edit::{EditWords, Thing, not_written, why_not};
use crate::query::find;
use crate::text::same_name;

/// Exit code: nothing written, because a colleague changed the file or holds the lock.
pub const EXIT_CONFLICT: u8 = 4;

/// What `ikz set` was asked, as typed.
#[derive(Debug, Clone)]
pub struct Asked<'a> {
    pub project: &'a str,
    pub member: Option<&'a str>,
    pub state: Option<SetState>,
    pub year: Option<u16>,
    pub years: Option<(u16, u16)>,
    pub count: Option<SetCount>,
    pub source: Option<&'a str>,
    pub adjust_count: bool,
    pub dry_run: bool,
}

pub(super) fn set(lang: Lang, loaded: &Loaded, asked: &Asked<'_>) -> Outcome {
    let w = &lang.texts().edit;
    let Origin::Folder(dir) = &loaded.origin else {
        return Outcome::usage(w.built_in);
    };
    let (p, edit, said) = match understood(w, &loaded.model, asked) {
        Ok(e) => e,
        Err(message) => return Outcome::usage(message),
    };
    match plan::plan(plan::On::loaded(loaded), p, &edit, asked.adjust_count) {
        Ok(Planned::Already) => Outcome::ok(format!("{said}\n{}\n", w.already)),
        Ok(Planned::Ready(plan)) => {
            let mut said = said;
            for &(year, old, new) in &plan.adjusted {
                let _ = write!(said, "\n{}", (w.adjusted)(year, old, new));
            }
            write_plan(lang, dir, said, &plan, asked.dry_run)
        }
        Err(why) => not_planned(lang, &said, why),
    }
}

/// Why an edit was not made, as the command says it, with its exit code.
pub(super) fn not_planned(lang: Lang, said: &str, why: Why) -> Outcome {
    let w = &lang.texts().edit;
    let code = match why {
        Why::BuiltIn => return Outcome::usage(w.built_in),
        Why::Read(..) => EXIT_OUTPUT,
        Why::NoFile | Why::Refused(..) | Why::Count { .. } | Why::Errors(_) => EXIT_DATA,
    };
    failed(code, refusal(w, said, &why_not(lang, w, &why)))
}

/// A planned edit: with `dry_run`, shown as diffs; else written (`ikz.toml` first)
/// under the folder's lock, over each file only as the plan read it. `said` is what the
/// edit was taken to mean, said first.
pub(super) fn write_plan(
    lang: Lang,
    dir: &Path,
    said: String,
    plan: &Plan,
    dry_run: bool,
) -> Outcome {
    let w = &lang.texts().edit;
    let changes = &plan.changes;
    let mut out = format!("{said}\n");
    if dry_run {
        for c in changes {
            let shown = c.path.display().to_string();
            out.push_str(&diff(
                &shown,
                c.before.as_deref().unwrap_or_default(),
                &c.after,
            ));
        }
        let _ = writeln!(out, "{}", w.dry_run);
        return Outcome::ok(out);
    }
    let _signals = crate::staged::on_signal();
    match commit::commit(dir, &writes(changes)) {
        Ok(()) => {
            if changes.iter().any(|c| c.rel == "ikz.toml") {
                let _ = writeln!(out, "{}", w.format_2);
            }
            for c in changes {
                let _ = writeln!(out, "{}", (w.wrote)(&c.path.display().to_string()));
            }
            let mut outcome = Outcome::ok(out);
            let warnings = plan.checked.warnings();
            if warnings > 0 {
                let cw = &lang.texts().cli;
                outcome.stderr =
                    format!("ikz: {} {}\n", cw.warning.count(warnings), cw.in_the_data);
            }
            outcome
        }
        Err(e) => {
            let code = match e {
                Failed::Io(..) => EXIT_OUTPUT,
                Failed::Locked(..) | Failed::Changed(_) => EXIT_CONFLICT,
            };
            failed(code, refusal(w, &said, &not_written(w, &e)))
        }
    }
}

/// The files of a plan as the writer takes them.
pub fn writes(changes: &[Change]) -> Vec<commit::Write> {
    changes
        .iter()
        .map(|c| commit::Write {
            path: c.path.clone(),
            before: c.before.clone(),
            after: c.after.clone(),
        })
        .collect()
}

/// What a refused edit says: that it recorded nothing, what it was taken to say, why.
pub(super) fn refusal(w: &EditWords, said: &str, why: &str) -> String {
    if said.is_empty() {
        return why.to_string();
    }
    format!("{}: {said}\n{why}", w.not_recorded)
}

pub(super) fn failed(code: u8, message: String) -> Outcome {
    Outcome {
        stderr: format!("ikz: {message}\n"),
        code,
        ..Outcome::default()
    }
}

/// The edit asked for, with what it was taken to mean (a line for each of the project,
/// member or count, and the source), or why it is not one.
fn understood(
    w: &EditWords,
    model: &Model,
    asked: &Asked<'_>,
) -> Result<(ProjectIdx, Edit, String), String> {
    let p = project(model, asked.project).map_err(|(several, near)| {
        let ids = near
            .iter()
            .map(|&p| model.project(p).id.clone())
            .collect::<Vec<_>>();
        if several {
            (w.several)(Thing::Project, asked.project, &ids)
        } else {
            (w.not_whole)(Thing::Project, asked.project, &ids)
        }
    })?;
    let project = model.project(p);
    let project_shown = format!("{} ({})", project.title, project.id);
    let years = match (asked.year, asked.years) {
        (Some(y), _) => y..=y,
        (None, Some((a, b))) => a..=b,
        (None, None) => return Err(w.year_needed.to_string()),
    };
    let source = match asked.source {
        Some(id) => match model.source_by_id(id) {
            Some(s) => Some(s),
            None => {
                let near: Vec<String> =
                    crate::text::closest(id, model.sources.iter().map(|s| s.id.as_str()))
                        .map(str::to_string)
                        .into_iter()
                        .collect();
                return Err((w.not_whole)(Thing::Source, id, &near));
            }
        },
        None => None,
    };
    let source_line = source.map(|s| format!("\n{}", (w.source)(&s.id, &s.title)));
    let source_id = source.map(|s| s.id.clone());
    if let Some(SetCount(count)) = asked.count {
        if asked.member.is_some() || asked.state.is_some() {
            return Err(w.count_alone.to_string());
        }
        if years.start() != years.end() {
            return Err(w.count_one_year.to_string());
        }
        match (count, &source_id) {
            (Some(_), None) => return Err(w.source_needed.to_string()),
            (None, Some(_)) => return Err(w.no_source_for_unknown.to_string()),
            _ => {}
        }
        let year = *years.start();
        let said = (w.counts)(&project_shown, year, count) + &source_line.unwrap_or_default();
        let edit = Edit::Count {
            year,
            count,
            source: source_id,
        };
        return Ok((p, edit, said));
    }
    let (Some(member), Some(state)) = (asked.member, asked.state) else {
        return Err(w.member_and_state.to_string());
    };
    let m = member_whole(model, member).map_err(|(several, near)| {
        let ids = near
            .iter()
            .map(|&m| model.member(m).id.clone())
            .collect::<Vec<_>>();
        if several {
            (w.several)(Thing::Member, member, &ids)
        } else {
            (w.not_whole)(Thing::Member, member, &ids)
        }
    })?;
    let state = match state {
        SetState::Yes => State::Yes,
        SetState::No => State::No,
        SetState::Unknown => State::Unknown,
    };
    match (state, &source_id) {
        (State::Yes | State::No, None) => return Err(w.source_needed.to_string()),
        (State::Unknown, Some(_)) => return Err(w.no_source_for_unknown.to_string()),
        _ => {}
    }
    let member = model.member(m);
    let years_shown = if years.start() == years.end() {
        years.start().to_string()
    } else {
        format!("{}–{}", years.start(), years.end())
    };
    let said = (w.takes)(
        &project_shown,
        &format!("{} ({})", member.name, member.id),
        &years_shown,
        state,
    ) + &source_line.unwrap_or_default();
    let edit = Edit::Takes {
        member: member.id.clone(),
        years,
        state,
        source: source_id,
    };
    Ok((p, edit, said))
}

/// Not found whole: whether several have the name (else none), and the ids to name.
type NotWhole<T> = (bool, Vec<T>);

/// A project by its id or its whole title; else the nearest, to suggest.
fn project(model: &Model, typed: &str) -> Result<ProjectIdx, NotWhole<ProjectIdx>> {
    if let Some(p) = model.project_by_id(typed.trim()) {
        return Ok(p);
    }
    let found: Vec<ProjectIdx> = model
        .project_indices()
        .filter(|&p| same_name(&model.project(p).title, typed))
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err((
            false,
            match find::project(model, typed) {
                find::Found::One(p) => vec![p],
                find::Found::Many(ps) => ps.into_iter().take(3).collect(),
                find::Found::None => Vec::new(),
            },
        )),
        several => Err((true, several.to_vec())),
    }
}

/// A member by its id, code, name or another name, whole; else the nearest.
fn member_whole(model: &Model, typed: &str) -> Result<MemberIdx, NotWhole<MemberIdx>> {
    let found: Vec<MemberIdx> = model
        .member_indices()
        .filter(|&i| {
            let m = model.member(i);
            [&m.id, &m.code, &m.name]
                .into_iter()
                .chain(&m.aliases)
                .any(|k| same_name(k, typed))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err((
            false,
            match find::member(model, typed) {
                find::Found::One(m) => vec![m],
                find::Found::Many(ms) => ms.into_iter().take(3).collect(),
                find::Found::None => Vec::new(),
            },
        )),
        several => Err((true, several.to_vec())),
    }
}

/// The change as a unified diff of the file's lines.
fn diff(shown: &str, before: &[u8], after: &[u8]) -> String {
    let (b, a) = (
        String::from_utf8_lossy(before),
        String::from_utf8_lossy(after),
    );
    let d = similar::TextDiff::from_lines(b.as_ref(), a.as_ref());
    d.unified_diff()
        .context_radius(1)
        .header(shown, shown)
        .to_string()
}
