//! What the forms ask of the terminal side and what comes back (see [`super::record`]):
//! a plan of an edit, a new source or project ([`Effect::Plan`]), shown as a preview or
//! refused with why; a write ([`Effect::Write`]) of an edit, an undo or a redo, always
//! only over what the edit found or wrote; the history that undo (`u`) and redo (Ctrl-r)
//! go through; and the data folder made of the built-in data.

use super::line::LineEdit;
use super::record::{Field, Kind, RecordState, Stage, State};
use super::screen::{Screen, Transition};
use super::{App, Effect};
use crate::data::Loaded;
use crate::data::edit::Edit;
use crate::data::edit::add::{Added, NotAdded, ProjectAsked, SourceAsked};
use crate::data::edit::commit::Failed;
use crate::data::edit::plan::{Change, Plan, Planned, Why};
use crate::model::{MemberIdx, ProjectIdx};
use crate::present::words::edit::{not_written, why_not};
use crate::present::words::record::add_refused_here;

/// What the terminal side is asked to plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Edits of projects: each a project (by id: the data may be read anew meanwhile)
    /// and the edit of its file.
    Edits {
        edits: Vec<(String, Edit)>,
        /// Where the edits contradict a year's count, change the count to fit.
        adjust_count: bool,
    },
    Source(SourceAsked),
    Project(ProjectAsked),
}

/// Which way a write goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// An edit made now.
    Edit,
    Undo,
    Redo,
}

/// A write asked of the terminal side: the files, and which way it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub changes: Vec<Change>,
    pub way: Way,
    /// What the edit said, for the status line and the history.
    pub said: String,
}

/// What was written since ikz started, for undo and redo.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Written edits, the last last: the files as they were written, and what was said.
    pub done: Vec<(Vec<Change>, String)>,
    /// Undone edits, the last undone last.
    pub undone: Vec<(Vec<Change>, String)>,
    /// A write was made since the last reload: the reload it brings keeps what the
    /// status line says of it.
    pub just_wrote: bool,
}

impl App {
    /// `a`: the form for `cells` (in the matrix the marked ones or the cursor's, in the
    /// browser the selected project and member), in the year selected; or why not.
    pub(super) fn open_record(&mut self, cells: Vec<(ProjectIdx, MemberIdx)>) -> Transition {
        let w = &self.options.lang.texts().edit.screen;
        if cells.is_empty() {
            self.message = Some(w.choose_cell.to_string());
            return Transition::Stay;
        }
        self.open_form(|app, year| RecordState::open(app, cells, year))
    }

    /// `A`: the form for the count of project `p` in the year selected; or why not.
    pub(super) fn open_count(&mut self, p: Option<ProjectIdx>) -> Transition {
        let Some(p) = p else {
            self.message = Some(
                self.options
                    .lang
                    .texts()
                    .edit
                    .screen
                    .choose_project
                    .to_string(),
            );
            return Transition::Stay;
        };
        self.open_form(|app, year| RecordState::count(app, p, year))
    }

    /// `N`: the form for a new project.
    pub(super) fn open_new_project(&mut self) -> Transition {
        self.open_form(RecordState::project)
    }

    /// A form in the year selected, on a data folder; on the built-in data, the form
    /// that makes a folder of it first; without a year, why not.
    fn open_form(&mut self, form: impl FnOnce(&App, u16) -> RecordState) -> Transition {
        let w = &self.options.lang.texts().edit.screen;
        let Some(year) = self.selected_year() else {
            self.message = Some(w.choose_year.to_string());
            return Transition::Stay;
        };
        if self.is_builtin() {
            let dir = self.new_folder.display().to_string();
            return Transition::Push(Box::new(Screen::Record(RecordState::folder(&dir, year))));
        }
        Transition::Push(Box::new(Screen::Record(form(self, year))))
    }

    /// The plan asked for by the form on top came back.
    pub fn planned(&mut self, result: Result<Planned, Why>) {
        let lang = self.options.lang;
        let w = &lang.texts().edit;
        let said = match self.top() {
            Some(Screen::Record(f)) => f.said_edit(self),
            _ => String::new(),
        };
        let answer = match result {
            Ok(Planned::Ready(plan)) => {
                let notes = plan
                    .adjusted
                    .iter()
                    .map(|&(year, old, new)| (w.screen.adjusted)(year, old, new))
                    .collect();
                Ok((plan.changes, notes, said))
            }
            Ok(Planned::Already) => Err(match self.top() {
                // "Not known" of a cell that reads "does not" only by the count.
                Some(Screen::Record(f))
                    if f.state() == State::Unknown && f.inferred_no(&self.data.model) =>
                {
                    w.screen.inferred.to_string()
                }
                _ => w.already.to_string(),
            }),
            // In the form, the count's way out is a key.
            Err(Why::Count {
                year,
                reported,
                named,
                room,
            }) => Err((w.screen.count_conflict)(year, reported, named, room)),
            Err(why) => Err(why_not(lang, w, &why)),
        };
        if let Some(Screen::Record(form)) = self.stack.last_mut() {
            form.planned(answer);
        }
    }

    /// A new source or project asked for by the form on top was planned (or not).
    pub fn added(&mut self, result: Result<Added, NotAdded>) {
        let lang = self.options.lang;
        let w = &lang.texts().edit;
        let Some(Screen::Record(form)) = self.stack.last_mut() else {
            return;
        };
        let title = form.text(Field::Title).trim().to_string();
        let answer = match result {
            Ok(added) => {
                let said = match form.kind {
                    Kind::Source => {
                        let by = form.internal().then(|| form.text(Field::Where).trim());
                        (w.screen.new_source)(&added.id, &title, by)
                    }
                    _ => (w.screen.new_project)(&added.id, &title),
                };
                form.new_id = Some(added.id);
                Ok((added.plan.changes, Vec::new(), said))
            }
            Err(NotAdded::Refused(r)) => Err(add_refused_here(w, &r)),
            Err(NotAdded::Why(why) | NotAdded::Checked { why, .. }) => Err(why_not(lang, w, &why)),
        };
        form.planned(answer);
    }

    /// A write asked for came back: written (the history learns it; the form closes),
    /// or why not (an edit's form shows why and keeps the edit, to try again).
    pub fn written(&mut self, write: Write, result: Result<(), Failed>) {
        let w = &self.options.lang.texts().edit;
        match result {
            Ok(()) => {
                self.history.just_wrote = true;
                let said = write.said.clone();
                self.message = Some(match write.way {
                    Way::Edit => {
                        self.history.done.push((write.changes, write.said));
                        self.history.undone.clear();
                        let new_source = match self.top() {
                            Some(Screen::Record(f)) if f.kind == Kind::Source => f.new_id.clone(),
                            _ => None,
                        };
                        if matches!(self.top(), Some(Screen::Record(_))) {
                            self.stack.pop();
                        }
                        match self.stack.last_mut() {
                            Some(Screen::Matrix(mx)) => mx.marks.clear(),
                            // The new source, chosen in the form it was made for.
                            Some(Screen::Record(below)) => {
                                if let (Some(id), Some(pick)) = (new_source, below.pick_mut()) {
                                    pick.ids.retain(|s| *s != id);
                                    pick.ids.insert(0, id);
                                    pick.filter = LineEdit::default();
                                    pick.chosen = 0;
                                }
                            }
                            _ => {}
                        }
                        (w.screen.written)(&said)
                    }
                    Way::Undo => {
                        if let Some(done) = self.history.done.pop() {
                            self.history.undone.push(done);
                        }
                        (w.screen.undone)(&said)
                    }
                    Way::Redo => {
                        if let Some(undone) = self.history.undone.pop() {
                            self.history.done.push(undone);
                        }
                        (w.screen.redone)(&said)
                    }
                });
            }
            Err(failed) => {
                let why = match &failed {
                    Failed::Changed(p) if write.way == Way::Edit => {
                        (w.screen.changed)(&p.display().to_string())
                    }
                    _ => not_written(w, &failed),
                };
                match write.way {
                    Way::Edit => {
                        if let Some(Screen::Record(form)) = self.stack.last_mut() {
                            // The edit stays, to be checked again on the data as it is now.
                            form.stage = Stage::Form;
                            form.why = Some(why.clone());
                        }
                        self.message = Some((w.screen.not_written)(&why));
                    }
                    // A file changed after the edit: it cannot be undone (or redone) any
                    // more, now or later.
                    Way::Undo | Way::Redo if matches!(failed, Failed::Changed(_)) => {
                        if write.way == Way::Undo {
                            self.history.done.pop();
                        } else {
                            self.history.undone.pop();
                        }
                        let path = match &failed {
                            Failed::Changed(p) => p.display().to_string(),
                            _ => String::new(),
                        };
                        self.message = Some((w.screen.undo_gone)(&path));
                    }
                    Way::Undo | Way::Redo => self.message = Some((w.screen.not_written)(&why)),
                }
            }
        }
    }

    /// The data folder asked for was made and opened (its path), or why not; the form
    /// closes either way, saying so.
    pub fn folder_made(&mut self, result: Result<(String, Loaded, Option<String>), String>) {
        let w = &self.options.lang.texts().edit.screen;
        match result {
            Ok((path, loaded, note)) => {
                if matches!(self.top(), Some(Screen::Record(_))) {
                    self.stack.pop();
                }
                // The folder holds the same data: read as new all the same, so that
                // edits go into it.
                self.data.fingerprint = !loaded.fingerprint;
                self.reload(loaded);
                let mut said = (w.folder_made)(&path);
                if let Some(note) = note {
                    said = format!("{said} {note}");
                }
                self.message = Some(said);
            }
            Err(why) => {
                if let Some(Screen::Record(form)) = self.stack.last_mut() {
                    form.stage = Stage::Form;
                    form.why = Some(why);
                }
            }
        }
    }

    /// `u`, Ctrl-r: writes the last edit's files back as they were (only over what it
    /// wrote), or the edit undone last again (only over what the undo wrote).
    pub(super) fn undo_or_redo(&mut self, undo: bool) {
        let w = &self.options.lang.texts().edit.screen;
        let write = if undo {
            let Some((changes, said)) = self.history.done.last() else {
                self.message = Some(if self.history.undone.is_empty() {
                    w.nothing_to_undo.to_string()
                } else {
                    w.nothing_more_to_undo.to_string()
                });
                return;
            };
            let Some(back) = Plan::undo(changes) else {
                // A new file (a new project) is not taken away by undo: it is said, and
                // the edits before it can be undone next.
                let made = changes
                    .iter()
                    .find(|c| c.before.is_none())
                    .map(|c| c.path.display().to_string())
                    .unwrap_or_default();
                self.history.done.pop();
                self.message = Some((w.undo_new_file)(&made));
                return;
            };
            Write {
                changes: back,
                way: Way::Undo,
                said: said.clone(),
            }
        } else {
            let Some((changes, said)) = self.history.undone.last() else {
                self.message = Some(w.nothing_to_redo.to_string());
                return;
            };
            Write {
                changes: changes.clone(),
                way: Way::Redo,
                said: said.clone(),
            }
        };
        self.request(Effect::Write(write));
    }
}
