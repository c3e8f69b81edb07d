//! Recording a fact from the screen: `a` on a matrix cell opens a form over the matrix
//! for that project, member and year — whether the member takes part (Tab cycles: takes
//! part, does not, not known) and the source that says it (typed text filters the
//! folder's sources as the search does, ↑/↓ choose; the last used come first). Enter
//! asks the terminal side to plan the edit ([`Effect::Plan`]) as `ikz set` plans it;
//! the plan comes back as the lines that change in which file (the preview), or why it
//! is refused (the form stays). Enter on the preview asks for the write
//! ([`Effect::Write`]); what was written can be undone (`u`) and redone (Ctrl-r) under
//! the same rules: a file is written only over what the edit found or wrote.

use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Screen, Transition};
use super::{App, Effect};
use crate::data::edit::Edit;
pub use crate::data::edit::State;
use crate::data::edit::commit::Failed;
use crate::data::edit::plan::{Change, Plan, Planned, Why};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::words::edit::{not_written, why_not};
use crate::text::folded_contains;

/// Edits to plan together: each a project (by id: the data may be read anew
/// meanwhile) and the edit of its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub edits: Vec<(String, Edit)>,
    /// Where the edits contradict a year's count, change the count to fit.
    pub adjust_count: bool,
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

/// The form's stage.
#[derive(Debug)]
pub enum Stage {
    /// Choosing the state and the source.
    Form,
    /// Waiting for the plan.
    Planning,
    /// The plan: the lines that change, shown until Enter writes them.
    Preview {
        changes: Vec<Change>,
        /// The diff, line by line (`+`/`-`/` ` first, or a file's name).
        lines: Vec<String>,
        /// Counts changed to fit, as said.
        notes: Vec<String>,
    },
    /// Waiting for the write.
    Writing,
}

#[derive(Debug)]
pub struct RecordState {
    /// The cells: a project and a member each (one, or those marked).
    pub cells: Vec<(ProjectIdx, MemberIdx)>,
    pub year: u16,
    pub state: State,
    /// The folder's sources by id, the last used first, then in the folder's order.
    pub sources: Vec<String>,
    pub filter: LineEdit,
    /// The chosen source: a position in [`RecordState::shown_sources`].
    pub chosen: usize,
    pub stage: Stage,
    /// Why the last Enter did not lead on (a refusal, a conflict), shown in the form.
    pub why: Option<String>,
    /// Ctrl-a after a count refused the edit: the count is changed to fit.
    pub adjust_count: bool,
}

impl RecordState {
    /// The form for cells (not empty): for one, the state it does not show now is
    /// offered first.
    pub fn open(app: &App, cells: Vec<(ProjectIdx, MemberIdx)>, year: u16) -> RecordState {
        let model = &app.data.model;
        // The state recorded last, for runs of the same; at first, takes part.
        let state = app.last_state.unwrap_or(State::Yes);
        // The sources the projects already cite first, then the others; within each,
        // the last used first.
        let cited: Vec<&str> = cells
            .iter()
            .flat_map(|&(p, _)| model.project(p).cited())
            .collect();
        let mut sources: Vec<String> = Vec::new();
        let everything = app
            .last_sources
            .iter()
            .map(String::as_str)
            .chain(model.sources.iter().map(|s| s.id.as_str()));
        let (own, others): (Vec<&str>, Vec<&str>) = everything.partition(|id| cited.contains(id));
        for id in own.into_iter().chain(others) {
            if !sources.iter().any(|s| s == id) && model.source_by_id(id).is_some() {
                sources.push(id.to_string());
            }
        }
        RecordState {
            cells,
            year,
            state,
            sources,
            filter: LineEdit::default(),
            chosen: 0,
            stage: Stage::Form,
            why: None,
            adjust_count: false,
        }
    }

    /// The sources the filter lets through, as ids.
    pub fn shown_sources<'a>(&'a self, model: &'a Model) -> Vec<&'a str> {
        let words: Vec<&str> = self.filter.text.split_whitespace().collect();
        self.sources
            .iter()
            .filter(|id| {
                let Some(s) = model.source_by_id(id) else {
                    return false;
                };
                let text = format!(
                    "{} {} {}",
                    s.id,
                    s.title,
                    s.publisher.as_deref().unwrap_or("")
                );
                words.iter().all(|w| folded_contains(&text, w))
            })
            .map(String::as_str)
            .collect()
    }

    /// The source chosen now, if the filter lets any through.
    pub fn source<'a>(&'a self, model: &'a Model) -> Option<&'a str> {
        let shown = self.shown_sources(model);
        shown
            .get(self.chosen.min(shown.len().saturating_sub(1)))
            .copied()
    }

    /// The edits the form says, a cell each.
    fn request(&self, model: &Model) -> Option<Request> {
        let source = match self.state {
            State::Unknown => None,
            _ => Some(self.source(model)?.to_string()),
        };
        let edits = self
            .cells
            .iter()
            .map(|&(p, m)| {
                let edit = Edit::Takes {
                    member: model.member(m).id.clone(),
                    years: self.year..=self.year,
                    state: self.state,
                    source: source.clone(),
                };
                (model.project(p).id.clone(), edit)
            })
            .collect();
        Some(Request {
            edits,
            adjust_count: self.adjust_count,
        })
    }

    /// The plan came back: the preview, or why not (the form again).
    pub fn planned(&mut self, plan: Result<(Vec<Change>, Vec<String>), String>) {
        match plan {
            Ok((changes, notes)) => {
                let lines = diff_lines(&changes);
                self.why = None;
                self.stage = Stage::Preview {
                    changes,
                    lines,
                    notes,
                };
            }
            Err(why) => {
                self.why = Some(why);
                self.stage = Stage::Form;
            }
        }
    }
}

/// The changes as the lines of a diff: each file's name, then its changed lines with a
/// line around them.
pub fn diff_lines(changes: &[Change]) -> Vec<String> {
    let mut out = Vec::new();
    for c in changes {
        out.push(c.rel.clone());
        let before = String::from_utf8_lossy(c.before.as_deref().unwrap_or_default()).into_owned();
        let after = String::from_utf8_lossy(&c.after).into_owned();
        let diff = similar::TextDiff::from_lines(&before, &after);
        for (i, group) in diff.grouped_ops(1).into_iter().enumerate() {
            // Places apart in one file: a line between them.
            if i > 0 {
                out.push("…".to_string());
            }
            for op in group {
                for change in diff.iter_changes(&op) {
                    let sign = match change.tag() {
                        similar::ChangeTag::Delete => '-',
                        similar::ChangeTag::Insert => '+',
                        similar::ChangeTag::Equal => ' ',
                    };
                    let line = change.value().trim_end_matches(['\n', '\r']);
                    out.push(format!("{sign} {line}"));
                }
            }
        }
    }
    out
}

impl Behavior for RecordState {
    fn context(&self) -> Context {
        match self.stage {
            Stage::Form => Context::Record,
            _ => Context::Preview,
        }
    }

    fn is_popup(&self) -> bool {
        true
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let model = app.data.model.clone();
        match &self.stage {
            Stage::Form => {
                match self.filter.apply(action) {
                    Edited::Text => {
                        self.chosen = 0;
                        return Transition::Stay;
                    }
                    Edited::Cursor => return Transition::Stay,
                    Edited::No => {}
                }
                match action {
                    Action::NextPane => self.state = next(self.state, 1),
                    Action::PrevPane => self.state = next(self.state, 2),
                    Action::Down => {
                        let n = self.shown_sources(&model).len();
                        self.chosen = (self.chosen + 1).min(n.saturating_sub(1));
                    }
                    Action::Up => self.chosen = self.chosen.saturating_sub(1),
                    // Ctrl-a: again, with the count changed to fit.
                    Action::AdjustCount => {
                        self.adjust_count = true;
                        if let Some(request) = self.request(&model) {
                            self.why = None;
                            self.stage = Stage::Planning;
                            app.request(Effect::Plan(request));
                        }
                    }
                    // Without a source that fits the filter, the list says so.
                    Action::Follow => {
                        if let Some(request) = self.request(&model) {
                            self.why = None;
                            self.stage = Stage::Planning;
                            app.last_state = Some(self.state);
                            app.request(Effect::Plan(request));
                        }
                    }
                    Action::Back => return Transition::Pop,
                    _ => {}
                }
            }
            Stage::Preview { changes, .. } => match action {
                Action::Follow => {
                    let said = self.said(app);
                    let changes = changes.clone();
                    if let Some(source) = self.source(&model).map(str::to_string)
                        && self.state != State::Unknown
                    {
                        app.last_sources.retain(|s| *s != source);
                        app.last_sources.insert(0, source);
                    }
                    self.stage = Stage::Writing;
                    app.request(Effect::Write(Write {
                        changes,
                        way: Way::Edit,
                        said,
                    }));
                }
                Action::Back => self.stage = Stage::Form,
                _ => {}
            },
            Stage::Planning | Stage::Writing => {}
        }
        Transition::Stay
    }

    fn paste(&mut self, _app: &mut App, text: &str) -> Transition {
        if matches!(self.stage, Stage::Form) && self.filter.paste(text) {
            self.chosen = 0;
        }
        Transition::Stay
    }

    fn reload(&mut self, app: &App, old: &Model) {
        // The same projects and members by id; those gone are left out.
        let model = &app.data.model;
        self.cells = self
            .cells
            .iter()
            .filter_map(|&(p, m)| {
                let p = model.project_by_id(&old.project(p).id)?;
                let m = model.member_by_id(&old.member(m).id)?;
                Some((p, m))
            })
            .collect();
    }
}

impl RecordState {
    /// What the edit says, in a line: project, member (or how many cells), year,
    /// state, source.
    pub fn said(&self, app: &App) -> String {
        let model = &app.data.model;
        let w = &app.options.lang.texts().edit;
        let mut said = match self.cells.as_slice() {
            [(p, m)] => (w.takes)(
                &model.project(*p).title,
                &model.member(*m).name,
                &self.year.to_string(),
                self.state,
            ),
            cells => (w.screen.cells_said)(cells.len(), self.year, self.state),
        };
        if self.state != State::Unknown
            && let Some(id) = self.source(model)
        {
            said.push_str(&format!(" ({id})"));
        }
        said
    }

    /// Whether the one cell reads "does not take part" only because everyone taking
    /// part is named (no source says it of this member).
    fn inferred_no(&self, model: &Model) -> bool {
        let [(p, m)] = self.cells.as_slice() else {
            return false;
        };
        let part = model.participation(*p, Some(self.year));
        part.cell(*m) == crate::model::Cell::No && part.absent.binary_search(m).is_err()
    }

    /// The form's title.
    pub fn title(&self, app: &App) -> String {
        let model = &app.data.model;
        let w = &app.options.lang.texts().edit.screen;
        match self.cells.as_slice() {
            [(p, m)] => (w.title)(&model.project(*p).title, &model.member(*m).name, self.year),
            cells => (w.title_many)(cells.len(), self.year),
        }
    }
}

/// The state `by` steps after `s` in the cycle takes part → does not → not known.
fn next(s: State, by: usize) -> State {
    const CYCLE: [State; 3] = [State::Yes, State::No, State::Unknown];
    let at = CYCLE.iter().position(|&c| c == s).unwrap_or(0);
    CYCLE.get((at + by) % 3).copied().unwrap_or(State::Yes)
}

impl App {
    /// `a`: the form for `cells` (in the matrix the marked ones or the cursor's, in the
    /// browser the selected project and member), in the year selected; or why not.
    pub(super) fn open_record(&mut self, cells: Vec<(ProjectIdx, MemberIdx)>) -> Transition {
        let w = &self.options.lang.texts().edit.screen;
        if self.is_builtin() {
            self.message = Some(w.built_in.to_string());
            return Transition::Stay;
        }
        let Some(year) = self.selected_year() else {
            self.message = Some(w.choose_year.to_string());
            return Transition::Stay;
        };
        if cells.is_empty() {
            self.message = Some(w.choose_cell.to_string());
            return Transition::Stay;
        }
        let form = RecordState::open(self, cells, year);
        Transition::Push(Box::new(Screen::Record(form)))
    }

    /// The plan asked for by the form on top came back.
    pub fn planned(&mut self, result: Result<Planned, Why>) {
        let lang = self.options.lang;
        let w = &lang.texts().edit;
        let answer = match result {
            Ok(Planned::Ready(plan)) => {
                let notes = plan
                    .adjusted
                    .iter()
                    .map(|&(year, old, new)| (w.adjusted)(year, old, new))
                    .collect();
                Ok((plan.changes, notes))
            }
            Ok(Planned::Already) => Err(match self.top() {
                // "Not known" of a cell that reads "does not" only by the count.
                Some(Screen::Record(f))
                    if f.state == State::Unknown && f.inferred_no(&self.data.model) =>
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
                        if matches!(self.top(), Some(Screen::Record(_))) {
                            self.stack.pop();
                        }
                        if let Some(Screen::Matrix(mx)) = self.stack.last_mut() {
                            mx.marks.clear();
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
                self.message = Some(w.nothing_to_undo.to_string());
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
