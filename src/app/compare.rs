//! The compare screen (`c` on a member): first the list of the other members to choose
//! the second from, then what [`crate::query::compare`] finds for the two in the year
//! selected in the browser (`<`, `>`, `0` step it) — the counts of each side as bars
//! and every project with where it stands. Enter opens a project in the browser.

use ratatui::crossterm::event::MouseEvent;

use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::Cursor;
use super::{App, BrowserState, Shown};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::layout;
use crate::query::compare::{Comparison, Side, compare};
use crate::query::search::Target;

#[derive(Debug, Clone)]
pub struct CompareState {
    pub a: MemberIdx,
    /// The list of the other members while the second is chosen.
    pub choosing: Option<Cursor>,
    /// The two compared, once the second is chosen.
    pub comparison: Option<Comparison>,
    pub list: Cursor,
    /// What narrows the list of members to choose from (`/`), and its prompt while open.
    pub find: String,
    pub prompt: Option<LineEdit>,
    /// The years pane's row of the year compared (0: all years): the view's own, so
    /// that `<` and `>` here leave the browser's year alone.
    pub year_row: usize,
}

impl CompareState {
    /// `c` on member `a`: the list to choose the second member from.
    pub fn open(app: &App, a: MemberIdx) -> CompareState {
        let mut st = CompareState {
            a,
            choosing: None,
            comparison: None,
            list: Cursor::default(),
            find: String::new(),
            prompt: None,
            year_row: app.year,
        };
        st.choose(app);
        st
    }

    /// Opens the list of the other members, on the one compared last.
    fn choose(&mut self, app: &App) {
        let others = self.others(app);
        let last = self.comparison.as_ref().map(|c| c.b);
        let at = last
            .and_then(|b| others.iter().position(|&m| m == b))
            .unwrap_or(0);
        let mut cursor = Cursor::default();
        cursor.select(at, others.len(), self.rows(app));
        self.choosing = Some(cursor);
    }

    /// The members to choose from: all but the first, those whose name, code or other
    /// name contains what was typed after `/` (German-aware: `moerf` finds Mörfelden).
    pub fn others(&self, app: &App) -> Vec<MemberIdx> {
        let find = self.prompt.as_ref().map_or(self.find.as_str(), |l| &l.text);
        let find = find.trim();
        (0..app.data.model.members.len())
            .map(MemberIdx)
            .filter(|&m| m != self.a)
            .filter(|&m| {
                let member = app.data.model.member(m);
                find.is_empty()
                    || std::iter::once(&member.name)
                        .chain([&member.code])
                        .chain(&member.aliases)
                        .any(|s| crate::text::folded_contains(s, find))
            })
            .collect()
    }

    /// The prompt that narrows the list of members: every printable key is text.
    fn update_find(&mut self, app: &App, action: Action) -> Transition {
        let Some(line) = &mut self.prompt else {
            return Transition::Stay;
        };
        match line.apply(action) {
            Edited::Text => self.choose_again(app, 0),
            Edited::Cursor => {}
            Edited::No => match action {
                // Enter keeps what narrows the list, Esc drops it.
                Action::Close => {
                    self.find = line.text.clone();
                    self.prompt = None;
                    // One member left: Enter chooses it.
                    if let [b] = self.others(app).as_slice() {
                        let b = *b;
                        self.choosing = None;
                        self.recompare(app, b);
                    }
                }
                Action::Back => {
                    self.prompt = None;
                    self.find.clear();
                    self.choose_again(app, 0);
                }
                Action::Down | Action::Up => {
                    let (len, rows) = (self.len(app), self.rows(app));
                    self.cursor_mut().key(action, len, rows);
                }
                _ => {}
            },
        }
        Transition::Stay
    }

    /// The list of members anew (narrowed), the cursor on row `at`.
    fn choose_again(&mut self, app: &App, at: usize) {
        let (len, rows) = (self.len(app), self.rows(app));
        let mut cursor = Cursor::default();
        cursor.select(at, len, rows);
        self.choosing = Some(cursor);
    }

    /// The project under the cursor.
    pub fn project(&self) -> Option<ProjectIdx> {
        Some(self.comparison.as_ref()?.rows.get(self.list.at)?.project)
    }

    fn recompare(&mut self, app: &App, b: MemberIdx) {
        let keep = self.project();
        let c = compare(&app.data.model, self.a, b, app.year_at(self.year_row));
        let at = keep
            .and_then(|p| c.rows.iter().position(|r| r.project == p))
            .unwrap_or(self.list.at);
        let len = c.rows.len();
        self.comparison = Some(c);
        self.list.select(at, len, self.rows(app));
    }

    /// Lines above the list: the five sides as bars (none while choosing).
    pub fn head_rows(&self) -> usize {
        if self.choosing.is_some() {
            0
        } else {
            Side::ALL.len()
        }
    }

    /// Lines under the list: what narrows the list of members, while choosing.
    pub fn foot_rows(&self) -> usize {
        usize::from(self.choosing.is_some() && (self.prompt.is_some() || !self.find.is_empty()))
    }

    pub fn rows(&self, app: &App) -> usize {
        layout::view_rows(app.size, self.head_rows(), self.foot_rows())
    }

    fn len(&self, app: &App) -> usize {
        match (&self.choosing, &self.comparison) {
            (Some(_), _) => self.others(app).len(),
            (None, Some(c)) => c.rows.len(),
            (None, None) => 0,
        }
    }

    fn cursor_mut(&mut self) -> &mut Cursor {
        match &mut self.choosing {
            Some(c) => c,
            None => &mut self.list,
        }
    }
}

impl Behavior for CompareState {
    fn context(&self) -> Context {
        if self.prompt.is_some() {
            Context::Filter
        } else if self.choosing.is_some() {
            Context::Choose
        } else {
            Context::Compare
        }
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        if self.prompt.is_some() {
            return self.update_find(app, action);
        }
        let (len, rows) = (self.len(app), self.rows(app));
        if self.cursor_mut().key(action, len, rows) {
            return Transition::Stay;
        }
        if let Some(cursor) = self.choosing {
            match action {
                Action::Follow => {
                    if let Some(&b) = self.others(app).get(cursor.at) {
                        self.choosing = None;
                        self.recompare(app, b);
                    }
                }
                Action::OpenSearch => self.prompt = Some(LineEdit::new(&self.find)),
                // Back to the comparison shown before, or out.
                Action::Back if self.comparison.is_some() => self.choosing = None,
                Action::Back => return Transition::Pop,
                _ => {}
            }
            return Transition::Stay;
        }
        let Some(b) = self.comparison.as_ref().map(|c| c.b) else {
            return Transition::Stay;
        };
        match action {
            Action::Back => return Transition::Pop,
            Action::Compare => self.choose(app),
            Action::PrevYear | Action::NextYear | Action::AllYears => {
                self.year_row = app.stepped_year(action, self.year_row);
                self.recompare(app, b);
            }
            Action::Follow => {
                if let Some(p) = self.project() {
                    let b = BrowserState::opened_on(app, Target::Project(p));
                    return Transition::Push(Box::new(Screen::Browser(b)));
                }
            }
            _ => {}
        }
        Transition::Stay
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let len = self.len(app);
        if let Some(areas) = layout::view(app.size, self.head_rows(), self.foot_rows()) {
            self.cursor_mut().mouse(&m, areas.list, len);
        }
        Transition::Stay
    }

    /// Pasted text narrows the list of members to choose from.
    fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        if self.choosing.is_none() {
            return Transition::Stay;
        }
        let line = self.prompt.get_or_insert_with(|| LineEdit::new(&self.find));
        if line.paste(text) {
            app.message = Some(app.options.lang.texts().paste_cut.to_string());
        }
        self.choose_again(app, 0);
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let (len, rows) = (self.len(app), self.rows(app));
        let c = self.cursor_mut();
        c.select(c.at, len, rows);
    }

    /// Back from the browser: the comparison keeps its own year.
    fn resumed(&mut self, app: &App) {
        self.resize(app);
    }

    /// The same two members (by id); where one is gone, the list to choose from.
    fn reload(&mut self, app: &App, old: &Model) {
        let find = |m: MemberIdx| app.data.model.member_by_id(&old.member(m).id);
        let b = self.comparison.as_ref().and_then(|c| find(c.b));
        match (find(self.a), b) {
            (Some(a), Some(b)) => {
                self.a = a;
                self.recompare(app, b);
            }
            (a, _) => {
                self.a = a.unwrap_or(MemberIdx(0));
                self.comparison = None;
                self.choose(app);
            }
        }
    }

    fn shown(&self, _app: &App) -> Option<Shown> {
        match &self.choosing {
            Some(_) => Some(Shown::Member(self.a)),
            None => Some(Shown::Project(self.project()?, None)),
        }
    }
}
