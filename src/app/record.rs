//! Recording from the screen: a form over the matrix or the browser, field by field
//! (Tab and Shift-Tab move between them), for
//! - whether members take part (`a`: the cell under the cursor or the marked ones) in a
//!   year or a range of years,
//! - a project's reported count in a year (`A`),
//! - a new project (`N`), a new source (the last entry of every source list),
//! - and, on the built-in data, the data folder to make of it first.
//!
//! Each edit cites a source, chosen from the folder's (typed text filters them as the
//! search does; the project's own and the last used come first). Enter asks for the
//! plan, Enter on the preview for the write; what is asked of the terminal side and what
//! comes back, undo and redo, are in [`super::edits`].

use std::ops::RangeInclusive;

use super::edits::{Request, Way, Write};
use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Screen, Transition};
use super::{App, Effect};
use crate::data::edit::Edit;
pub use crate::data::edit::State;
use crate::data::edit::add::{ProjectAsked, SourceAsked};
use crate::data::edit::plan::Change;
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::words::record::RecordWords;
use crate::text::folded_contains;

/// What a form records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Whether members take part: the cells, a project and a member each.
    Takes(Vec<(ProjectIdx, MemberIdx)>),
    /// How many take part in a project.
    Count(ProjectIdx),
    /// A new source; once written, it is chosen in the form below.
    Source,
    /// A new project.
    Project,
    /// A data folder made of the built-in data (`ikz init`), opened from then on.
    Folder,
}

/// A field of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Takes part, does not, not known.
    State,
    /// A year or a range of years.
    Years,
    Count,
    /// The source cited: one of the folder's.
    Source,
    /// A new source's kind: internal or on the web.
    Kind,
    /// A new source's address, or who said it (by the kind).
    Where,
    Title,
    Date,
    /// A new project's field of work.
    Area,
    Start,
    Status,
    /// Where a data folder goes.
    Folder,
}

/// A field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// One of a few choices, by position.
    Choice(usize),
    Text(LineEdit),
    /// Sources to choose from.
    Pick(Pick),
}

/// The sources a field offers, filtered by what is typed; the last entry is always a new
/// source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// By id: the project's own first, then the last used, then the folder's order.
    pub ids: Vec<String>,
    pub filter: LineEdit,
    /// A position in [`Pick::shown`], or that many: the new source.
    pub chosen: usize,
}

impl Pick {
    /// The sources the filter lets through, as ids.
    pub fn shown<'a>(&'a self, model: &'a Model) -> Vec<&'a str> {
        let words: Vec<&str> = self.filter.text.split_whitespace().collect();
        self.ids
            .iter()
            .filter(|id| {
                let Some(s) = model.source_by_id(id) else {
                    return false;
                };
                let text = format!(
                    "{} {} {} {}",
                    s.id,
                    s.title,
                    s.publisher.as_deref().unwrap_or(""),
                    s.internal.as_deref().unwrap_or("")
                );
                words.iter().all(|w| folded_contains(&text, w))
            })
            .map(String::as_str)
            .collect()
    }

    /// The source chosen, if one is (not the new source).
    pub fn source<'a>(&'a self, model: &'a Model) -> Option<&'a str> {
        self.shown(model).get(self.chosen).copied()
    }

    /// Whether the entry for a new source is chosen.
    pub fn new_chosen(&self, model: &Model) -> bool {
        self.chosen >= self.shown(model).len()
    }
}

/// The choices of a [`Value::Choice`] field, as many as its words.
pub const STATES: [State; 3] = [State::Yes, State::No, State::Unknown];
/// A new project's status, as the data writes it.
pub const STATUSES: [&str; 4] = ["running", "planned", "completed", "unknown"];

/// The form's stage.
#[derive(Debug)]
pub enum Stage {
    /// Filling in the fields.
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
        /// The first line shown (↑/↓, PgUp/PgDn).
        scroll: usize,
    },
    /// Waiting for the write (or for the folder to be made).
    Writing,
}

#[derive(Debug)]
pub struct RecordState {
    pub kind: Kind,
    /// The fields, in the order shown.
    pub fields: Vec<(Field, Value)>,
    /// The field typed into: a position in `fields`.
    pub focus: usize,
    /// The year the form was opened in: for the title and what the data says now.
    pub year: u16,
    pub stage: Stage,
    /// Why the last Enter did not lead on (a refusal, a conflict), shown in the form.
    pub why: Option<String>,
    /// Ctrl-a after a count refused the edit: the count is changed to fit.
    pub adjust_count: bool,
    /// What the planned edit says, for the preview and the status line.
    pub said: String,
    /// A new source's id, once planned: chosen in the form below once written.
    pub new_id: Option<String>,
}

impl RecordState {
    fn new(kind: Kind, fields: Vec<(Field, Value)>, focus: Field, year: u16) -> RecordState {
        let focus = fields.iter().position(|(f, _)| *f == focus).unwrap_or(0);
        RecordState {
            kind,
            fields,
            focus,
            year,
            stage: Stage::Form,
            why: None,
            adjust_count: false,
            said: String::new(),
            new_id: None,
        }
    }

    /// The form for cells (not empty), in a year: the state recorded last (at first,
    /// takes part), the year, the source.
    pub fn open(app: &App, cells: Vec<(ProjectIdx, MemberIdx)>, year: u16) -> RecordState {
        let state = app.last_state.unwrap_or(State::Yes);
        let at = STATES.iter().position(|&s| s == state).unwrap_or(0);
        let pick = pick(app, cells.iter().map(|&(p, _)| p));
        let fields = vec![
            (Field::State, Value::Choice(at)),
            (Field::Years, Value::Text(LineEdit::new(&year.to_string()))),
            (Field::Source, Value::Pick(pick)),
        ];
        RecordState::new(Kind::Takes(cells), fields, Field::Source, year)
    }

    /// The form for a project's count in a year: the count there is, if any.
    pub fn count(app: &App, p: ProjectIdx, year: u16) -> RecordState {
        let now = app.data.model.participation(p, Some(year)).reported;
        let fields = vec![
            (
                Field::Count,
                Value::Text(LineEdit::new(
                    &now.map(|n| n.to_string()).unwrap_or_default(),
                )),
            ),
            (Field::Years, Value::Text(LineEdit::new(&year.to_string()))),
            (Field::Source, Value::Pick(pick(app, [p]))),
        ];
        RecordState::new(Kind::Count(p), fields, Field::Count, year)
    }

    /// The form for a new source: internal at first (what most facts of the members
    /// come from), its title filled with what the source list was filtered by.
    pub fn source(year: u16, title: &str) -> RecordState {
        let fields = vec![
            (Field::Kind, Value::Choice(0)),
            (Field::Where, Value::Text(LineEdit::default())),
            (Field::Title, Value::Text(LineEdit::new(title))),
            (Field::Date, Value::Text(LineEdit::default())),
        ];
        RecordState::new(Kind::Source, fields, Field::Where, year)
    }

    /// The form for a new project, starting in the year shown.
    pub fn project(app: &App, year: u16) -> RecordState {
        let fields = vec![
            (Field::Title, Value::Text(LineEdit::default())),
            (Field::Area, Value::Text(LineEdit::default())),
            (Field::Start, Value::Text(LineEdit::new(&year.to_string()))),
            (Field::Status, Value::Choice(0)),
            (Field::Source, Value::Pick(pick(app, []))),
        ];
        RecordState::new(Kind::Project, fields, Field::Title, year)
    }

    /// The form for the data folder to make of the built-in data: `dir` offered.
    pub fn folder(dir: &str, year: u16) -> RecordState {
        let fields = vec![(Field::Folder, Value::Text(LineEdit::new(dir)))];
        RecordState::new(Kind::Folder, fields, Field::Folder, year)
    }

    /// A field's value.
    pub fn value(&self, field: Field) -> Option<&Value> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v)
    }

    pub(super) fn text(&self, field: Field) -> &str {
        match self.value(field) {
            Some(Value::Text(l)) => &l.text,
            _ => "",
        }
    }

    fn choice(&self, field: Field) -> usize {
        match self.value(field) {
            Some(Value::Choice(at)) => *at,
            _ => 0,
        }
    }

    /// The state chosen, for a form of cells.
    pub fn state(&self) -> State {
        STATES
            .get(self.choice(Field::State))
            .copied()
            .unwrap_or(State::Yes)
    }

    /// Whether a new source is internal (else on the web).
    pub fn internal(&self) -> bool {
        self.choice(Field::Kind) == 0
    }

    /// The pick of sources, where the form has one.
    pub fn pick(&self) -> Option<&Pick> {
        self.fields.iter().find_map(|(_, v)| match v {
            Value::Pick(p) => Some(p),
            _ => None,
        })
    }

    pub(super) fn pick_mut(&mut self) -> Option<&mut Pick> {
        self.fields.iter_mut().find_map(|(_, v)| match v {
            Value::Pick(p) => Some(p),
            _ => None,
        })
    }

    /// Whether the form needs a source: not for "not known" (it takes out what the data
    /// says) nor for an empty count.
    pub fn needs_source(&self) -> bool {
        match self.kind {
            Kind::Takes(_) => self.state() != State::Unknown,
            Kind::Count(_) => !self.text(Field::Count).trim().is_empty(),
            Kind::Project => true,
            Kind::Source | Kind::Folder => false,
        }
    }

    /// The years of the form, as typed: `2024`, `2022-2024` or `2022–2024`.
    pub fn years(&self) -> Option<RangeInclusive<u16>> {
        years(self.text(Field::Years))
    }

    /// The folder typed, for a form of [`Kind::Folder`].
    pub fn folder_typed(&self) -> &str {
        self.text(Field::Folder).trim()
    }

    /// The request the form says, or why it cannot say one.
    fn request(&self, model: &Model, w: &RecordWords) -> Result<Request, String> {
        let source = || -> Result<String, String> {
            self.pick()
                .and_then(|p| p.source(model))
                .map(str::to_string)
                .ok_or_else(|| w.choose_source.to_string())
        };
        let span = || self.years().ok_or_else(|| w.bad_years.to_string());
        match &self.kind {
            Kind::Takes(cells) => {
                let years = span()?;
                let state = self.state();
                let source = if state == State::Unknown {
                    None
                } else {
                    Some(source()?)
                };
                let edits = cells
                    .iter()
                    .map(|&(p, m)| {
                        let edit = Edit::Takes {
                            member: model.member(m).id.clone(),
                            years: years.clone(),
                            state,
                            source: source.clone(),
                        };
                        (model.project(p).id.clone(), edit)
                    })
                    .collect();
                Ok(Request::Edits {
                    edits,
                    adjust_count: self.adjust_count,
                })
            }
            Kind::Count(p) => {
                let years = span()?;
                let year = *years.start();
                if years.end() != years.start() {
                    return Err(w.count_one_year.to_string());
                }
                let typed = self.text(Field::Count).trim();
                let count = if typed.is_empty() {
                    None
                } else {
                    Some(typed.parse::<u32>().map_err(|_| (w.bad_count)(typed))?)
                };
                let source = if count.is_some() {
                    Some(source()?)
                } else {
                    None
                };
                Ok(Request::Edits {
                    edits: vec![(
                        model.project(*p).id.clone(),
                        Edit::Count {
                            year,
                            count,
                            source,
                        },
                    )],
                    adjust_count: false,
                })
            }
            Kind::Source => {
                let place = self.text(Field::Where).trim().to_string();
                let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
                let (url, by) = if self.internal() {
                    (None, Some(place))
                } else if place.is_empty() {
                    return Err(w.address_needed.to_string());
                } else {
                    (Some(place), None)
                };
                let date = some(self.text(Field::Date));
                // An internal source says when (`ikz add source --internal` needs it too).
                if by.is_some() && date.is_none() {
                    return Err(w.date_needed.to_string());
                }
                Ok(Request::Source(SourceAsked {
                    title: self.text(Field::Title).to_string(),
                    url,
                    publisher: None,
                    date,
                    by,
                    id: None,
                }))
            }
            Kind::Project => {
                let typed = self.text(Field::Start).trim();
                let start = typed
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (1900..=2999).contains(y))
                    .ok_or_else(|| (w.bad_start)(typed))?;
                Ok(Request::Project(ProjectAsked {
                    title: self.text(Field::Title).to_string(),
                    field: Some(self.text(Field::Area).to_string()),
                    start,
                    status: STATUSES
                        .get(self.choice(Field::Status))
                        .copied()
                        .unwrap_or("unknown"),
                    source: source()?,
                    id: None,
                }))
            }
            Kind::Folder => Err(String::new()),
        }
    }

    /// The plan came back: the preview (with what the edit says), or why not (the form
    /// again).
    pub fn planned(&mut self, plan: Result<(Vec<Change>, Vec<String>, String), String>) {
        match plan {
            Ok((changes, notes, said)) => {
                let lines = diff_lines(&changes);
                self.why = None;
                self.said = said;
                self.stage = Stage::Preview {
                    changes,
                    lines,
                    notes,
                    scroll: 0,
                };
            }
            Err(why) => {
                self.why = Some(why);
                self.stage = Stage::Form;
            }
        }
    }

    /// Enter in the form: a new source's form where that entry is chosen, the folder
    /// asked for, or the plan.
    fn enter(&mut self, app: &mut App) -> Transition {
        let model = app.data.model.clone();
        let w = &app.options.lang.texts().edit.screen;
        if let Some(p) = self.pick()
            && p.new_chosen(&model)
            && self.needs_source()
        {
            let title = p.filter.text.clone();
            let form = RecordState::source(self.year, &title);
            return Transition::Push(Box::new(Screen::Record(form)));
        }
        if self.kind == Kind::Folder {
            let dir = self.folder_typed().to_string();
            if dir.is_empty() {
                self.why = Some(w.folder_needed.to_string());
                return Transition::Stay;
            }
            self.why = None;
            self.stage = Stage::Writing;
            app.request(Effect::Init(std::path::PathBuf::from(dir)));
            return Transition::Stay;
        }
        match self.request(&model, w) {
            Ok(request) => {
                self.why = None;
                self.stage = Stage::Planning;
                app.request(Effect::Plan(request));
            }
            Err(why) => self.why = Some(why),
        }
        Transition::Stay
    }

    /// A key in the form: the field in focus takes what it edits; the rest moves
    /// between fields or leads on.
    fn form_key(&mut self, app: &mut App, action: Action) -> Transition {
        let model = app.data.model.clone();
        let n = self.fields.len();
        let Some((field, value)) = self.fields.get_mut(self.focus) else {
            return Transition::Stay;
        };
        let field = *field;
        match value {
            Value::Text(line) => {
                if line.apply(action) != Edited::No {
                    return Transition::Stay;
                }
            }
            Value::Pick(pick) => match pick.filter.apply(action) {
                Edited::Text => {
                    pick.chosen = 0;
                    return Transition::Stay;
                }
                Edited::Cursor => return Transition::Stay,
                Edited::No => {
                    let last = pick.shown(&model).len();
                    match action {
                        Action::Down => pick.chosen = (pick.chosen + 1).min(last),
                        Action::Up if pick.chosen > 0 => pick.chosen -= 1,
                        Action::PageDown => pick.chosen = (pick.chosen + 10).min(last),
                        Action::PageUp => pick.chosen = pick.chosen.saturating_sub(10),
                        _ => {}
                    }
                    if matches!(action, Action::Down | Action::PageDown | Action::PageUp)
                        || (action == Action::Up && pick.chosen > 0)
                    {
                        return Transition::Stay;
                    }
                }
            },
            Value::Choice(at) => {
                let words = choices(field, &app.options.lang.texts().edit.screen);
                let count = words.len().max(1);
                match action {
                    Action::CursorRight | Action::Insert(' ') => {
                        *at = (*at + 1) % count;
                        return Transition::Stay;
                    }
                    Action::CursorLeft => {
                        *at = (*at + count - 1) % count;
                        return Transition::Stay;
                    }
                    _ => {}
                }
            }
        }
        match action {
            Action::NextPane | Action::Down => self.focus = (self.focus + 1) % n.max(1),
            Action::PrevPane | Action::Up => self.focus = (self.focus + n.max(1) - 1) % n.max(1),
            // Ctrl-a: again, with the count changed to fit.
            Action::AdjustCount => {
                self.adjust_count = true;
                return self.enter(app);
            }
            Action::Follow => return self.enter(app),
            Action::Back => return Transition::Pop,
            _ => {}
        }
        Transition::Stay
    }
}

/// The sources to pick from for projects: those the projects cite first, then the
/// others; within each, the last used first.
fn pick(app: &App, projects: impl IntoIterator<Item = ProjectIdx>) -> Pick {
    let model = &app.data.model;
    let cited: Vec<&str> = projects
        .into_iter()
        .flat_map(|p| model.project(p).cited())
        .collect();
    let everything = app
        .last_sources
        .iter()
        .map(String::as_str)
        .chain(model.sources.iter().map(|s| s.id.as_str()));
    let (own, others): (Vec<&str>, Vec<&str>) = everything.partition(|id| cited.contains(id));
    let mut ids: Vec<String> = Vec::new();
    for id in own.into_iter().chain(others) {
        if !ids.iter().any(|s| s == id) && model.source_by_id(id).is_some() {
            ids.push(id.to_string());
        }
    }
    Pick {
        ids,
        filter: LineEdit::default(),
        chosen: 0,
    }
}

/// The words of a choice field's choices.
pub fn choices(field: Field, w: &RecordWords) -> &[&'static str] {
    match field {
        Field::State => &w.states,
        Field::Kind => &w.kinds,
        Field::Status => &w.statuses,
        _ => &[],
    }
}

/// Years as typed: one, or the first and the last with a dash between.
pub fn years(typed: &str) -> Option<RangeInclusive<u16>> {
    let typed = typed.trim();
    let year = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (1900..=2999).contains(y))
    };
    match typed.split_once(['-', '–']) {
        Some((a, b)) => {
            let (a, b) = (year(a)?, year(b)?);
            (a <= b).then_some(a..=b)
        }
        None => year(typed).map(|y| y..=y),
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
        match &mut self.stage {
            Stage::Form => return self.form_key(app, action),
            Stage::Preview {
                changes,
                lines,
                scroll,
                ..
            } => match action {
                Action::Follow => {
                    let changes = changes.clone();
                    let model = app.data.model.clone();
                    if self.needs_source()
                        && let Some(source) = self.pick().and_then(|p| p.source(&model))
                    {
                        let source = source.to_string();
                        app.last_sources.retain(|s| *s != source);
                        app.last_sources.insert(0, source);
                    }
                    // What is written is offered first the next time.
                    if let Kind::Takes(_) = self.kind {
                        app.last_state = Some(self.state());
                    }
                    let said = self.said.clone();
                    self.stage = Stage::Writing;
                    app.request(Effect::Write(Write {
                        changes,
                        way: Way::Edit,
                        said,
                    }));
                }
                Action::Down => *scroll = (*scroll + 1).min(lines.len().saturating_sub(1)),
                Action::Up => *scroll = scroll.saturating_sub(1),
                Action::PageDown => *scroll = (*scroll + 10).min(lines.len().saturating_sub(1)),
                Action::PageUp => *scroll = scroll.saturating_sub(10),
                Action::Back => self.stage = Stage::Form,
                _ => {}
            },
            Stage::Planning | Stage::Writing => {}
        }
        Transition::Stay
    }

    fn paste(&mut self, _app: &mut App, text: &str) -> Transition {
        if !matches!(self.stage, Stage::Form) {
            return Transition::Stay;
        }
        match self.fields.get_mut(self.focus) {
            Some((_, Value::Text(line))) => {
                line.paste(text);
            }
            Some((_, Value::Pick(pick))) => {
                pick.filter.paste(text);
                pick.chosen = 0;
            }
            _ => {}
        }
        Transition::Stay
    }

    fn reload(&mut self, app: &App, old: &Model) {
        // The same projects and members by id; those gone are left out.
        let model = &app.data.model;
        let project = |p: ProjectIdx| model.project_by_id(&old.project(p).id);
        match &mut self.kind {
            Kind::Takes(cells) => {
                *cells = cells
                    .iter()
                    .filter_map(|&(p, m)| {
                        let m = model.member_by_id(&old.member(m).id)?;
                        Some((project(p)?, m))
                    })
                    .collect();
            }
            Kind::Count(p) => {
                if let Some(now) = project(*p) {
                    *p = now;
                }
            }
            Kind::Source | Kind::Project | Kind::Folder => {}
        }
        // A source new since (one added below this form, or by a colleague) is offered.
        if let Some(pick) = self.pick_mut() {
            for s in &model.sources {
                if !pick.ids.contains(&s.id) {
                    pick.ids.push(s.id.clone());
                }
            }
        }
    }
}

impl RecordState {
    /// What the edit says, in a line: project, member (or how many cells), years,
    /// state, source.
    pub(super) fn said_edit(&self, app: &App) -> String {
        let model = &app.data.model;
        let w = &app.options.lang.texts().edit;
        let years = self.text(Field::Years).trim().replace('-', "–");
        let mut said = match &self.kind {
            Kind::Takes(cells) => match cells.as_slice() {
                [(p, m)] => (w.takes)(
                    &model.project(*p).title,
                    &model.member(*m).name,
                    &years,
                    self.state(),
                ),
                cells => (w.screen.cells_said)(cells.len(), &years, self.state()),
            },
            Kind::Count(p) => {
                let count = self.text(Field::Count).trim().parse().ok();
                let year = self.years().map_or(self.year, |y| *y.start());
                (w.counts)(&model.project(*p).title, year, count)
            }
            Kind::Source | Kind::Project | Kind::Folder => String::new(),
        };
        if self.needs_source()
            && let Some(id) = self.pick().and_then(|p| p.source(model))
        {
            said.push_str(&format!(" ({id})"));
        }
        said
    }

    /// Whether the one cell reads "does not take part" only because everyone taking
    /// part is named (no source says it of this member).
    pub(super) fn inferred_no(&self, model: &Model) -> bool {
        let Kind::Takes(cells) = &self.kind else {
            return false;
        };
        let [(p, m)] = cells.as_slice() else {
            return false;
        };
        let part = model.participation(*p, Some(self.year));
        part.cell(*m) == crate::model::Cell::No && part.absent.binary_search(m).is_err()
    }

    /// The form's title.
    pub fn title(&self, app: &App) -> String {
        let model = &app.data.model;
        let w = &app.options.lang.texts().edit.screen;
        match &self.kind {
            Kind::Takes(cells) => match cells.as_slice() {
                [(p, m)] => (w.title)(&model.project(*p).title, &model.member(*m).name, self.year),
                cells => (w.title_many)(cells.len(), self.year),
            },
            Kind::Count(p) => (w.title_count)(&model.project(*p).title),
            Kind::Source => w.title_source.to_string(),
            Kind::Project => w.title_project.to_string(),
            Kind::Folder => w.title_folder.to_string(),
        }
    }
}
