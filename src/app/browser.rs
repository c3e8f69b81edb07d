//! The browser: four linked panes (years, projects, members, detail). The pane that
//! leads marks the other list; Enter follows a link (year → its projects, project → its
//! members, member → its projects) and Esc goes back. The selection itself (year,
//! project, member) belongs to the app, so every screen sees the same.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;
use ratatui::text::Line;

use super::keymap::{Action, Context};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::{Scroll, page, step};
use super::{App, CompareState, GapsState, MatrixState, ProfileState, SearchState, TimelineState};
use crate::model::{Cell, MemberIdx, Model, Participation, ProjectIdx};
use crate::present::{detail, layout};
use crate::query::search::Target;

/// The panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    Years,
    #[default]
    Projects,
    Members,
    Detail,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Years, Pane::Projects, Pane::Members, Pane::Detail];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where the user was: what Esc goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    focus: Pane,
    subject: Pane,
    year: usize,
    project: Option<ProjectIdx>,
    member: Option<MemberIdx>,
}

#[derive(Debug, Clone, Default)]
pub struct BrowserState {
    pub focus: Pane,
    /// The list pane whose selected item the detail pane shows.
    pub subject: Pane,
    /// The scroll position of each pane, in [`Pane`] order; for the detail, its lines.
    pub scroll: [Scroll; 4],
    history: Vec<Place>,
}

impl BrowserState {
    /// A browser with `pane` focused (and leading).
    /// A browser opened from another view on one item (Enter there); Esc goes back to
    /// that view.
    pub fn opened_on(app: &mut App, target: Target) -> BrowserState {
        let mut b = BrowserState::default();
        b.jump(app, target);
        b.history.clear();
        b
    }

    pub fn focused(app: &App, pane: Pane) -> BrowserState {
        let mut b = BrowserState::default();
        b.focus_pane(pane);
        b.keep_all_visible(app);
        b
    }

    /// The mark of a project in the projects pane: whether the selected member takes part
    /// (when the members pane leads).
    pub fn project_mark(&self, app: &App, p: ProjectIdx) -> Option<Cell> {
        let m = app.member.filter(|_| self.subject == Pane::Members)?;
        Some(app.data.model.participation(p, app.selected_year()).cell(m))
    }

    /// Who takes part in the selected project while it leads (the members pane marks
    /// them).
    pub fn project_participation(&self, app: &App) -> Option<Participation> {
        let p = app.project.filter(|_| self.subject == Pane::Projects)?;
        Some(app.data.model.participation(p, app.selected_year()))
    }

    /// The scroll position of a pane.
    pub fn scroll_of(&self, pane: Pane) -> Scroll {
        self.scroll.get(pane.index()).copied().unwrap_or_default()
    }

    fn scroll_mut(&mut self, pane: Pane) -> &mut Scroll {
        let [years, projects, members, detail] = &mut self.scroll;
        match pane {
            Pane::Years => years,
            Pane::Projects => projects,
            Pane::Members => members,
            Pane::Detail => detail,
        }
    }

    /// The members in the order of the members pane. After Enter on a project (the
    /// members pane has the focus, the project still leads): those the project names
    /// first, then those it may include, then the others.
    pub fn member_rows(&self, app: &App) -> Vec<MemberIdx> {
        let mut rows: Vec<MemberIdx> = app.data.model.member_indices().collect();
        if self.focus == Pane::Members
            && let Some(part) = self.project_participation(app)
        {
            rows.sort_by_key(|&m| rank(part.cell(m)));
        }
        rows
    }

    /// The projects in the order of the projects pane: by start year, then title; after
    /// Enter on a member, the projects that name it first, then those that may include
    /// it, then the others.
    pub fn project_rows(&self, app: &App) -> Vec<ProjectIdx> {
        let mut rows = app.projects();
        if self.focus == Pane::Projects
            && self.subject == Pane::Members
            && let Some(m) = app.member
        {
            let year = app.selected_year();
            rows.sort_by_key(|&p| rank(app.data.model.cell(p, m, year)));
        }
        rows
    }

    /// The lines of the detail pane at a width: the item of the list pane that leads.
    pub fn detail_lines(&self, app: &App, width: u16) -> Vec<Line<'static>> {
        let subject = match self.subject {
            Pane::Projects => detail::Subject::Project(app.project),
            Pane::Members => detail::Subject::Member(app.member),
            Pane::Years | Pane::Detail => detail::Subject::Year(app.selected_year()),
        };
        let cx = detail::Context {
            model: &app.data.model,
            lang: app.options.lang,
            theme: app.theme(),
            year: app.selected_year(),
            origin: if app.is_builtin() {
                app.options.lang.texts().built_in
            } else {
                &app.data.origin
            },
        };
        detail::lines(&cx, subject, width)
    }

    /// The number of rows of a pane (for the detail pane, its lines).
    pub fn rows(&self, app: &App, pane: Pane) -> usize {
        match pane {
            Pane::Years => app.year_count(),
            Pane::Projects => app.projects().len(),
            Pane::Members => app.data.model.members.len(),
            Pane::Detail => {
                let width = app.areas().map_or(0, |a| layout::text_of(a.detail).width);
                self.detail_lines(app, width).len()
            }
        }
    }

    /// The selected row of a list pane.
    pub fn selected_row(&self, app: &App, pane: Pane) -> Option<usize> {
        match pane {
            Pane::Years => Some(app.year),
            Pane::Projects => {
                let p = app.project?;
                self.project_rows(app).iter().position(|&x| x == p)
            }
            Pane::Members => {
                let m = app.member?;
                self.member_rows(app).iter().position(|&x| x == m)
            }
            Pane::Detail => None,
        }
    }

    /// Scrolls a pane so that its selection is visible.
    fn keep_visible(&mut self, app: &App, pane: Pane) {
        // The detail pane has no selection: at its top there is nothing to keep in view,
        // and its lines (a member's every project, wrapped) are not made for nothing.
        if pane == Pane::Detail && self.scroll_mut(pane).offset == 0 {
            return;
        }
        let (rows, selected) = (self.rows(app, pane), self.selected_row(app, pane));
        self.scroll_mut(pane)
            .show(selected, rows, height(app, pane));
    }

    pub fn keep_all_visible(&mut self, app: &App) {
        for pane in Pane::ALL {
            self.keep_visible(app, pane);
        }
    }

    fn reset_detail(&mut self) {
        *self.scroll_mut(Pane::Detail) = Scroll::default();
    }

    fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        if pane != Pane::Detail {
            if self.subject != pane {
                self.reset_detail();
            }
            self.subject = pane;
        }
    }

    /// Moves the selection of the focused pane (or scrolls the detail pane).
    fn move_by(&mut self, app: &mut App, delta: isize) {
        match self.focus {
            Pane::Years => {
                let row = step(app.year, delta, app.year_count()).unwrap_or(0);
                self.set_year(app, row);
            }
            // The list is made once per key: a held key on 50,000 projects stays quick.
            Pane::Projects => {
                let list = self.project_rows(app);
                let at = app
                    .project
                    .and_then(|p| list.iter().position(|&x| x == p))
                    .unwrap_or(0);
                let to = step(at, delta, list.len());
                app.project = to.and_then(|i| list.get(i).copied());
                self.reset_detail();
                let h = height(app, Pane::Projects);
                self.scroll_mut(Pane::Projects).show(to, list.len(), h);
                return;
            }
            Pane::Members => {
                let list = self.member_rows(app);
                let at = app
                    .member
                    .and_then(|m| list.iter().position(|&x| x == m))
                    .unwrap_or(0);
                let to = step(at, delta, list.len());
                app.member = to.and_then(|i| list.get(i).copied());
                self.reset_detail();
                let h = height(app, Pane::Members);
                self.scroll_mut(Pane::Members).show(to, list.len(), h);
                return;
            }
            Pane::Detail => {
                let lines = self.rows(app, Pane::Detail);
                let h = height(app, Pane::Detail);
                self.scroll_mut(Pane::Detail).by(delta, lines, h);
            }
        }
        self.keep_visible(app, self.focus);
    }

    /// Selects a row of the years pane; the project selection stays where it can.
    fn set_year(&mut self, app: &mut App, row: usize) {
        let before = app.project;
        app.set_year(row);
        if app.project != before {
            *self.scroll_mut(Pane::Projects) = Scroll::default();
        }
        self.reset_detail();
        self.keep_visible(app, Pane::Projects);
    }

    fn place(&self, app: &App) -> Place {
        Place {
            focus: self.focus,
            subject: self.subject,
            year: app.year,
            project: app.project,
            member: app.member,
        }
    }

    /// Enter: from a year to its projects, from a project to the members taking part,
    /// from a member to its projects.
    fn follow(&mut self, app: &mut App) {
        let before = self.place(app);
        let t = app.options.lang.texts();
        match self.focus {
            Pane::Years => self.focus_pane(Pane::Projects),
            Pane::Projects => {
                let Some(p) = app.project else { return };
                let part = app.data.model.participation(p, app.selected_year());
                match part.listed.first() {
                    Some(&m) => {
                        // The project keeps leading: the members pane shows its marks,
                        // the detail stays on it.
                        self.focus = Pane::Members;
                        app.member = Some(m);
                    }
                    None => {
                        app.message = Some(match part.reported {
                            Some(n) => (t.none_named_of)(n),
                            None => t.none_named.to_string(),
                        });
                        return;
                    }
                }
            }
            Pane::Members => {
                let Some(m) = app.member else { return };
                let here = app.data.model.projects_of(m, app.selected_year());
                let target = match here.first() {
                    Some(&p) => Some(p),
                    None => {
                        let anywhere = app.data.model.projects_of(m, None).first().copied();
                        if anywhere.is_some() {
                            self.set_year(app, 0);
                        }
                        anywhere
                    }
                };
                let Some(p) = target else {
                    app.message = Some(t.no_projects_named.to_string());
                    return;
                };
                // The member keeps leading, as above.
                self.focus = Pane::Projects;
                app.project = Some(p);
            }
            Pane::Detail => return,
        }
        if self.place(app) != before {
            self.history.push(before);
        }
        self.keep_all_visible(app);
    }

    /// Esc: back to where the last Enter came from; with nowhere left, this browser
    /// closes (when it was opened from the matrix).
    fn back(&mut self, app: &mut App) -> Transition {
        let Some(p) = self.history.pop() else {
            return Transition::Pop;
        };
        app.year = p.year.min(app.year_count().saturating_sub(1));
        self.focus = p.focus;
        self.subject = p.subject;
        let list = app.projects();
        app.project = p
            .project
            .filter(|x| list.contains(x))
            .or_else(|| list.first().copied());
        app.member = p.member;
        self.keep_all_visible(app);
        Transition::Stay
    }

    /// Shows a search result: selects it and focuses its pane. Esc goes back to where
    /// the search started.
    pub fn jump(&mut self, app: &mut App, target: Target) {
        let before = self.place(app);
        match target {
            Target::Project(p) => {
                // Not of the year selected: the latest year it is of (a project of 2017
                // only lands in 2017); a project of no year, in all years.
                if let Some(year) = app.selected_year()
                    && !app.data.model.is_active(p, Some(year))
                {
                    let shown = app.data.model.year_of(p, year);
                    let row = (1..app.year_count())
                        .find(|&r| shown.is_some() && app.year_at(r) == shown)
                        .unwrap_or(0);
                    self.set_year(app, row);
                }
                self.focus_pane(Pane::Projects);
                app.project = Some(p);
            }
            Target::Member(m) => {
                self.focus_pane(Pane::Members);
                app.member = Some(m);
            }
            Target::Year(y) => {
                let row = (0..app.year_count())
                    .find(|&r| app.year_at(r) == Some(y))
                    .unwrap_or(0);
                self.set_year(app, row);
                self.focus_pane(Pane::Years);
            }
        }
        self.reset_detail();
        if self.place(app) != before {
            self.history.push(before);
        }
        self.keep_all_visible(app);
    }

    fn select_row(&mut self, app: &mut App, pane: Pane, row: usize) {
        match pane {
            Pane::Years => self.set_year(app, row),
            Pane::Projects => {
                app.project = self.project_rows(app).get(row).copied();
                self.reset_detail();
            }
            Pane::Members => {
                app.member = self.member_rows(app).get(row).copied();
                self.reset_detail();
            }
            Pane::Detail => {}
        }
    }
}

/// The order of marks in a list: takes part, not known, does not.
fn rank(c: Cell) -> u8 {
    match c {
        Cell::Yes => 0,
        Cell::Unknown => 1,
        Cell::No => 2,
    }
}

/// The number of rows a pane shows at the current size.
pub fn height(app: &App, pane: Pane) -> usize {
    let Some(a) = app.areas() else {
        return 0;
    };
    let area = match pane {
        Pane::Years => a.years,
        Pane::Projects => a.projects,
        Pane::Members => a.members,
        Pane::Detail => a.detail,
    };
    usize::from(layout::inner(area).height)
}

impl Behavior for BrowserState {
    fn context(&self) -> Context {
        Context::Browser
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let page = page(height(app, self.focus)) as isize;
        let next = |i: usize, by: usize| Pane::ALL.get((i + by) % 4).copied().unwrap_or_default();
        match action {
            Action::NextPane => self.focus_pane(next(self.focus.index(), 1)),
            Action::PrevPane => self.focus_pane(next(self.focus.index(), 3)),
            Action::PaneLeft => self.focus_pane(next(self.focus.index().saturating_sub(1), 0)),
            Action::PaneRight => self.focus_pane(next((self.focus.index() + 1).min(3), 0)),
            Action::Down => self.move_by(app, 1),
            Action::Up => self.move_by(app, -1),
            Action::PageDown => self.move_by(app, page),
            Action::PageUp => self.move_by(app, -page),
            Action::Top => self.move_by(app, isize::MIN / 2),
            Action::Bottom => self.move_by(app, isize::MAX / 2),
            Action::Follow => self.follow(app),
            Action::DetailDown
            | Action::DetailUp
            | Action::DetailPageDown
            | Action::DetailPageUp => {
                let h = height(app, Pane::Detail);
                let by = match action {
                    Action::DetailDown => 1,
                    Action::DetailUp => -1,
                    Action::DetailPageDown => super::scroll::page(h) as isize,
                    _ => -(super::scroll::page(h) as isize),
                };
                let lines = self.rows(app, Pane::Detail);
                self.scroll_mut(Pane::Detail).by(by, lines, h);
            }
            Action::Back => return self.back(app),
            Action::OpenSearch => {
                return Transition::Push(Box::new(Screen::Search(SearchState::default())));
            }
            Action::ToggleMatrix => {
                app.ensure_keys();
                return Transition::Push(Box::new(Screen::Matrix(MatrixState::open(app))));
            }
            Action::OpenTimeline => {
                app.ensure_keys();
                return Transition::Push(Box::new(Screen::Timeline(TimelineState::open(app))));
            }
            Action::OpenProfile => {
                if let Some(m) = app.member {
                    let profile = ProfileState::open(app, m);
                    return Transition::Push(Box::new(Screen::Profile(profile)));
                }
            }
            // Two members are needed to compare.
            Action::Compare if app.data.model.members.len() > 1 => {
                if let Some(m) = app.member {
                    let compare = CompareState::open(app, m);
                    return Transition::Push(Box::new(Screen::Compare(compare)));
                }
            }
            Action::OpenGaps => {
                let gaps = GapsState::open(app);
                return Transition::Push(Box::new(Screen::Gaps(gaps)));
            }
            // The project and the member selected: whichever leads, the cell is theirs.
            Action::Record => {
                let cells = app.project.zip(app.member).into_iter().collect();
                return app.open_record(cells);
            }
            Action::RecordCount => return app.open_count(app.project),
            Action::NewProject => return app.open_new_project(),
            Action::PrevYear | Action::NextYear | Action::AllYears => {
                let before = app.project;
                app.step_year(action);
                if app.project != before {
                    *self.scroll_mut(Pane::Projects) = Scroll::default();
                }
                self.reset_detail();
                self.keep_all_visible(app);
            }
            _ => {}
        }
        Transition::Stay
    }

    /// A click selects and focuses, the wheel scrolls the pane under the pointer.
    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let Some(areas) = app.areas() else {
            return Transition::Stay;
        };
        let at = Position::new(m.column, m.row);
        let panes = [
            (Pane::Years, areas.years),
            (Pane::Projects, areas.projects),
            (Pane::Members, areas.members),
            (Pane::Detail, areas.detail),
        ];
        let Some(&(pane, area)) = panes.iter().find(|(_, a)| a.contains(at)) else {
            return Transition::Stay;
        };
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                app.message = None;
                self.focus_pane(pane);
                let inner = layout::inner(area);
                if pane != Pane::Detail && inner.contains(at) {
                    let offset = self.scroll_of(pane).offset;
                    let row = offset + usize::from(at.y - inner.y);
                    if row < self.rows(app, pane) {
                        self.select_row(app, pane, row);
                    }
                }
            }
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let delta = if m.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                let (rows, h) = (self.rows(app, pane), height(app, pane));
                self.scroll_mut(pane).by(delta, rows, h);
            }
            _ => {}
        }
        Transition::Stay
    }

    /// Pasted text is a search: the prompt opens with it.
    fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        let mut search = SearchState::default();
        search.paste(app, text);
        Transition::Push(Box::new(Screen::Search(search)))
    }

    fn resize(&mut self, app: &App) {
        self.keep_all_visible(app);
    }

    fn resumed(&mut self, app: &App) {
        self.keep_all_visible(app);
    }

    /// The places of the history are found again by id in the new data; a place whose
    /// project or member is gone is dropped.
    fn reload(&mut self, app: &App, old: &Model) {
        let history = std::mem::take(&mut self.history);
        self.history = history
            .into_iter()
            .filter_map(|place| {
                // Row 0 is "all years"; row r the r-th year of the data.
                let year = match place.year.checked_sub(1) {
                    None => 0,
                    Some(offset) => {
                        let y = u16::try_from(offset)
                            .ok()
                            .and_then(|o| old.years.start().checked_add(o))
                            .filter(|y| app.data.model.years.contains(y))?;
                        usize::from(y - app.data.model.years.start()) + 1
                    }
                };
                let project = match place.project {
                    Some(p) => Some(app.data.model.project_by_id(&old.project(p).id)?),
                    None => None,
                };
                let member = match place.member {
                    Some(m) => Some(app.data.model.member_by_id(&old.member(m).id)?),
                    None => None,
                };
                Some(Place {
                    year,
                    project,
                    member,
                    ..place
                })
            })
            .collect();
        self.keep_all_visible(app);
    }

    /// The member when the members pane leads, else the project shown.
    fn shown(&self, app: &App) -> Option<super::Shown> {
        if self.subject == Pane::Members {
            Some(super::Shown::Member(app.member?))
        } else {
            Some(super::Shown::Project(app.project?, app.selected_year()))
        }
    }
}
