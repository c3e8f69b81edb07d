//! The state of the terminal browser and the one function that changes it:
//! [`App::handle`] turns an input (key, mouse, resize) into an [`Action`] through the key
//! table and [`App::update`] carries it out. No I/O and no terminal here, so every
//! behaviour is tested by feeding inputs.

pub mod keymap;
pub mod line;
pub mod matrix;
mod mouse;
mod reload;
pub mod search;

use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::Rect;

use crate::data::Loaded;
use crate::diag::Diagnostic;
use crate::model::{Cell, MemberIdx, Model, ProjectIdx};
use crate::present::words::Lang;
use crate::present::{detail, layout};
use crate::query::search::{Index, Target};
pub use keymap::{Action, Context};
pub use matrix::MatrixState;
pub use search::SearchState;

/// The panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Years,
    Projects,
    Members,
    Detail,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Years, Pane::Projects, Pane::Members, Pane::Detail];

    fn index(self) -> usize {
        self as usize
    }
}

/// The two views: the linked panes, or the matrix of projects × members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Browser,
    Matrix,
}

/// Work the update function asks the terminal side to do, since it does no I/O itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Write the matrix as shown to CSV and Markdown files in the current folder.
    Export,
    /// Read the data folder again.
    Reload,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Problems,
}

/// An input from the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
}

/// Where the user is: what Esc goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    view: View,
    focus: Pane,
    subject: Pane,
    year: usize,
    project: Option<ProjectIdx>,
    member: Option<MemberIdx>,
}

/// How the app was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub mouse: bool,
    pub color: bool,
    /// The view to open with.
    pub view: View,
}

#[derive(Debug)]
pub struct App {
    pub model: Model,
    /// The search index of the model, built once.
    pub index: Index,
    /// The search prompt, while it is open.
    pub search: Option<SearchState>,
    pub view: View,
    pub matrix: MatrixState,
    /// Work for the terminal side (see [`App::take_effect`]).
    effect: Option<Effect>,
    /// Where the data came from, as shown in the status bar.
    pub origin: String,
    pub warnings: Vec<Diagnostic>,
    /// Errors of the data: while there are any, the app shows them and nothing else.
    pub errors: Vec<Diagnostic>,
    /// Errors of the files since the last good load: the last good data stays on
    /// screen, and `w` lists these.
    pub stale: Vec<Diagnostic>,
    pub options: Options,
    pub focus: Pane,
    /// The list pane whose selected item the detail pane shows.
    pub subject: Pane,
    /// Selected row of the years pane: 0 is "all years", then each year of the data.
    pub year: usize,
    pub project: Option<ProjectIdx>,
    pub member: Option<MemberIdx>,
    /// First visible row of each pane (in [`Pane`] order); for the detail pane, the
    /// first visible line.
    pub offsets: [usize; 4],
    pub overlay: Option<Overlay>,
    pub overlay_scroll: usize,
    /// Scroll position of the error screen.
    pub errors_scroll: usize,
    /// A short note for the status bar (for example why Enter did nothing).
    pub message: Option<String>,
    history: Vec<Place>,
    pub size: Rect,
    pub quit: bool,
}

impl App {
    pub fn new(loaded: Loaded, options: Options, size: Rect) -> App {
        let (errors, warnings) = loaded
            .diagnostics
            .into_iter()
            .partition(Diagnostic::is_error);
        let origin = loaded.origin.describe();
        let model = loaded.model;
        let mut app = App {
            member: (!model.members.is_empty()).then_some(MemberIdx(0)),
            index: Index::new(&model),
            search: None,
            view: View::Browser,
            matrix: MatrixState::new(crate::query::grid::Keys::new(&model)),
            effect: None,
            model,
            origin,
            warnings,
            errors,
            stale: Vec::new(),
            options,
            focus: Pane::Projects,
            subject: Pane::Projects,
            year: 0,
            project: None,
            offsets: [0; 4],
            overlay: None,
            overlay_scroll: 0,
            errors_scroll: 0,
            message: None,
            history: Vec::new(),
            size,
            quit: false,
        };
        // Start on the year of the latest annual report, the latest year the sources
        // describe in full; without reports, on the last year.
        let last = app.year_count().saturating_sub(1);
        app.year = app
            .model
            .reports
            .last()
            .map(|r| usize::from(r.year.saturating_sub(*app.model.years.start())) + 1)
            .map_or(last, |row| row.min(last));
        app.project = app.projects().first().copied();
        for pane in Pane::ALL {
            app.keep_visible(pane);
        }
        if options.view == View::Matrix {
            app.open_matrix();
        }
        app
    }

    /// Takes the work the last input asked of the terminal side, if any.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// Says in the status bar what the export did.
    pub fn exported(&mut self, result: std::io::Result<crate::present::export::Exported>) {
        let t = &self.options.lang.texts().matrix;
        self.message = Some(match result {
            Ok(files) => format!(
                "{} {} · {}",
                t.exported,
                files.csv.display(),
                files.markdown.display()
            ),
            Err(e) => format!("{}: {e}", t.export_failed),
        });
    }

    pub fn is_builtin(&self) -> bool {
        self.origin == crate::data::Origin::BuiltIn.describe()
    }

    /// The year of the years pane's selection (`None`: all years).
    pub fn selected_year(&self) -> Option<u16> {
        self.year_at(self.year)
    }

    /// The year of a row of the years pane.
    pub fn year_at(&self, row: usize) -> Option<u16> {
        let offset = u16::try_from(row.checked_sub(1)?).ok()?;
        let year = self.model.years.start().checked_add(offset)?;
        self.model.years.contains(&year).then_some(year)
    }

    /// Rows of the years pane: "all years" and each year.
    pub fn year_count(&self) -> usize {
        1 + self.model.years.clone().count()
    }

    /// The projects of the selected year, in data order.
    pub fn projects(&self) -> Vec<ProjectIdx> {
        self.model.projects_in(self.selected_year())
    }

    /// The mark of a project in the projects pane: whether the selected member takes part
    /// (when the members pane leads).
    pub fn project_mark(&self, p: ProjectIdx) -> Option<Cell> {
        let m = self.member.filter(|_| self.subject == Pane::Members)?;
        Some(self.model.participation(p, self.selected_year()).cell(m))
    }

    /// Who takes part in the selected project while it leads (the members pane marks
    /// them).
    pub fn project_participation(&self) -> Option<crate::model::Participation> {
        let p = self.project.filter(|_| self.subject == Pane::Projects)?;
        Some(self.model.participation(p, self.selected_year()))
    }

    pub fn context(&self) -> Context {
        if !self.errors.is_empty() {
            Context::Errors
        } else if self.overlay.is_some() {
            Context::Overlay
        } else if self.view == View::Matrix {
            if self.matrix.prompt.is_some() {
                Context::Filter
            } else {
                Context::Matrix
            }
        } else if self.search.is_some() {
            Context::Search
        } else {
            Context::Browser
        }
    }

    /// Carries out one input.
    pub fn handle(&mut self, input: Input) {
        match input {
            Input::Key(key) => {
                if let Some(action) = keymap::action(self.context(), key) {
                    self.update(action);
                }
            }
            Input::Mouse(mouse) => self.mouse(mouse),
            Input::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                for pane in Pane::ALL {
                    self.keep_visible(pane);
                }
                self.keep_cursor_visible();
            }
        }
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        match self.context() {
            Context::Errors => self.update_errors(action),
            Context::Overlay => self.update_overlay(action),
            Context::Search => self.update_search(action),
            Context::Browser => self.update_browser(action),
            Context::Matrix => self.update_matrix(action),
            Context::Filter => self.update_filter(action),
        }
    }

    /// Whether a search or a filter waits for [`App::settle`].
    pub fn needs_settle(&self) -> bool {
        self.search.as_ref().is_some_and(|s| s.dirty) || self.matrix.dirty
    }

    /// Runs a search whose input changed. The terminal loop calls it after drawing the
    /// typed character, so typing never waits for the results.
    pub fn settle(&mut self) {
        if let Some(st) = &mut self.search {
            st.settle(&self.index);
        }
        self.settle_matrix();
    }

    fn update_search(&mut self, action: Action) {
        let visible = crate::present::layout::search_rows(self.size);
        let Some(st) = &mut self.search else { return };
        if st.edit(action) {
            return;
        }
        match action {
            Action::Down => st.move_by(1, visible),
            Action::Up => st.move_by(-1, visible),
            Action::PageDown => st.move_by(visible as isize, visible),
            Action::PageUp => st.move_by(-(visible as isize), visible),
            Action::Back => self.search = None,
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::Quit => self.quit = true,
            Action::Follow => {
                st.settle(&self.index);
                let target = st
                    .hits()
                    .get(st.selected)
                    .map(|h| self.index.target(h.item));
                if let Some(target) = target {
                    self.search = None;
                    self.jump(target);
                }
            }
            _ => {}
        }
    }

    /// Shows a search result in the browser: selects it and focuses its pane. Esc goes
    /// back to where the search started.
    fn jump(&mut self, target: Target) {
        let before = self.place();
        match target {
            Target::Project(p) => {
                if !self.model.is_active(p, self.selected_year()) {
                    self.set_year(0);
                }
                self.focus_pane(Pane::Projects);
                self.project = Some(p);
            }
            Target::Member(m) => {
                self.focus_pane(Pane::Members);
                self.member = Some(m);
            }
            Target::Year(y) => {
                let row = (0..self.year_count())
                    .find(|&r| self.year_at(r) == Some(y))
                    .unwrap_or(0);
                self.set_year(row);
                self.focus_pane(Pane::Years);
            }
        }
        self.offsets[Pane::Detail.index()] = 0;
        if self.place() != before {
            self.history.push(before);
        }
        for pane in Pane::ALL {
            self.keep_visible(pane);
        }
    }

    fn update_errors(&mut self, action: Action) {
        let step = self.page();
        match action {
            Action::Quit => self.quit = true,
            Action::Reload => self.request_reload(),
            Action::Down => self.errors_scroll = (self.errors_scroll + 1).min(self.errors.len()),
            Action::Up => self.errors_scroll = self.errors_scroll.saturating_sub(1),
            Action::PageDown => {
                self.errors_scroll = (self.errors_scroll + step).min(self.errors.len())
            }
            Action::PageUp => self.errors_scroll = self.errors_scroll.saturating_sub(step),
            _ => {}
        }
    }

    fn update_overlay(&mut self, action: Action) {
        let step = self.page();
        match action {
            Action::Close => {
                self.overlay = None;
                self.overlay_scroll = 0;
            }
            Action::Quit => self.quit = true,
            Action::Down => self.overlay_scroll = self.overlay_scroll.saturating_add(1),
            Action::Up => self.overlay_scroll = self.overlay_scroll.saturating_sub(1),
            Action::PageDown => self.overlay_scroll = self.overlay_scroll.saturating_add(step),
            Action::PageUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(step),
            _ => {}
        }
        // Drawing clamps the scroll to the overlay's text; keep it near that, too.
        self.overlay_scroll = self.overlay_scroll.min(200);
    }

    fn update_browser(&mut self, action: Action) {
        let page = self.page_of(self.focus);
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::Problems => self.overlay = Some(Overlay::Problems),
            Action::NextPane => self.focus_pane(Pane::ALL[(self.focus.index() + 1) % 4]),
            Action::PrevPane => self.focus_pane(Pane::ALL[(self.focus.index() + 3) % 4]),
            Action::PaneLeft => self.focus_pane(Pane::ALL[self.focus.index().saturating_sub(1)]),
            Action::PaneRight => self.focus_pane(Pane::ALL[(self.focus.index() + 1).min(3)]),
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(page as isize),
            Action::PageUp => self.move_by(-(page as isize)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::Follow => self.follow(),
            Action::Back => self.back(),
            Action::OpenSearch => self.search = Some(SearchState::default()),
            Action::ToggleMatrix => self.open_matrix(),
            Action::Reload => self.request_reload(),
            Action::PrevYear | Action::NextYear | Action::AllYears => self.step_year(action),
            _ => {}
        }
    }

    fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        if pane != Pane::Detail {
            if self.subject != pane {
                self.offsets[Pane::Detail.index()] = 0;
            }
            self.subject = pane;
        }
    }

    /// Moves the selection of the focused pane (or scrolls the detail pane).
    fn move_by(&mut self, delta: isize) {
        let shift = |i: usize, len: usize| -> usize {
            if len == 0 {
                0
            } else {
                i.saturating_add_signed(delta).min(len - 1)
            }
        };
        match self.focus {
            Pane::Years => {
                self.set_year(shift(self.year, self.year_count()));
            }
            Pane::Projects => {
                let list = self.projects();
                let at = self
                    .project
                    .and_then(|p| list.iter().position(|&x| x == p))
                    .unwrap_or(0);
                self.project = list.get(shift(at, list.len())).copied();
                self.offsets[Pane::Detail.index()] = 0;
            }
            Pane::Members => {
                let at = self.member.map_or(0, |m| m.0);
                self.member = (!self.model.members.is_empty())
                    .then(|| MemberIdx(shift(at, self.model.members.len())));
                self.offsets[Pane::Detail.index()] = 0;
            }
            Pane::Detail => {
                let max = self
                    .detail_line_count()
                    .saturating_sub(layout_height(self, Pane::Detail));
                let o = &mut self.offsets[Pane::Detail.index()];
                *o = o.saturating_add_signed(delta).min(max);
            }
        }
        self.keep_visible(self.focus);
    }

    /// Selects a row of the years pane; the project selection stays where it can.
    fn set_year(&mut self, row: usize) {
        self.year = row.min(self.year_count().saturating_sub(1));
        let list = self.projects();
        if !self.project.is_some_and(|p| list.contains(&p)) {
            self.project = list.first().copied();
            self.offsets[Pane::Projects.index()] = 0;
        }
        self.offsets[Pane::Detail.index()] = 0;
        self.keep_visible(Pane::Projects);
    }

    fn place(&self) -> Place {
        Place {
            view: self.view,
            focus: self.focus,
            subject: self.subject,
            year: self.year,
            project: self.project,
            member: self.member,
        }
    }

    /// Enter: from a year to its projects, from a project to the members taking part,
    /// from a member to its projects.
    fn follow(&mut self) {
        let before = self.place();
        let t = self.options.lang.texts();
        match self.focus {
            Pane::Years => self.focus_pane(Pane::Projects),
            Pane::Projects => {
                let Some(p) = self.project else { return };
                let part = self.model.participation(p, self.selected_year());
                match part.listed.first() {
                    Some(&m) => {
                        self.focus_pane(Pane::Members);
                        self.member = Some(m);
                    }
                    None => {
                        self.message = Some(format!("{}: {}", t.takes_part, t.no_items));
                        return;
                    }
                }
            }
            Pane::Members => {
                let Some(m) = self.member else { return };
                let here = self.model.projects_of(m, self.selected_year());
                let target = match here.first() {
                    Some(&p) => Some(p),
                    None => {
                        let anywhere = self.model.projects_of(m, None).first().copied();
                        if anywhere.is_some() {
                            self.set_year(0);
                        }
                        anywhere
                    }
                };
                let Some(p) = target else {
                    self.message = Some(t.no_projects_named.to_string());
                    return;
                };
                self.focus_pane(Pane::Projects);
                self.project = Some(p);
            }
            Pane::Detail => return,
        }
        if self.place() != before {
            self.history.push(before);
        }
        for pane in Pane::ALL {
            self.keep_visible(pane);
        }
    }

    /// Esc: back to where the last Enter came from.
    fn back(&mut self) {
        let Some(p) = self.history.pop() else { return };
        self.year = p.year.min(self.year_count().saturating_sub(1));
        self.focus = p.focus;
        self.subject = p.subject;
        self.project = p
            .project
            .filter(|x| self.projects().contains(x))
            .or_else(|| self.projects().first().copied());
        self.member = p.member;
        for pane in Pane::ALL {
            self.keep_visible(pane);
        }
        if p.view == View::Matrix {
            self.view = View::Matrix;
            self.rebuild_matrix();
        }
    }

    /// The number of rows of a list pane.
    pub fn rows(&self, pane: Pane) -> usize {
        match pane {
            Pane::Years => self.year_count(),
            Pane::Projects => self.projects().len(),
            Pane::Members => self.model.members.len(),
            Pane::Detail => self.detail_line_count(),
        }
    }

    /// The selected row of a list pane.
    pub fn selected_row(&self, pane: Pane) -> Option<usize> {
        match pane {
            Pane::Years => Some(self.year),
            Pane::Projects => {
                let p = self.project?;
                self.projects().iter().position(|&x| x == p)
            }
            Pane::Members => self.member.map(|m| m.0),
            Pane::Detail => None,
        }
    }

    fn detail_line_count(&self) -> usize {
        let width = layout::areas(self.size).map_or(0, |a| layout::inner(a.detail).width);
        self.detail_lines(width).len()
    }

    /// The colours and marks of the screens.
    pub fn theme(&self) -> crate::present::theme::Theme {
        crate::present::theme::Theme {
            color: self.options.color,
        }
    }

    /// The lines of the detail pane at a width: the item of the list pane that leads.
    pub fn detail_lines(&self, width: u16) -> Vec<ratatui::text::Line<'static>> {
        let subject = match self.subject {
            Pane::Projects => detail::Subject::Project(self.project),
            Pane::Members => detail::Subject::Member(self.member),
            Pane::Years | Pane::Detail => detail::Subject::Year(self.selected_year()),
        };
        let cx = detail::Context {
            model: &self.model,
            lang: self.options.lang,
            theme: self.theme(),
            year: self.selected_year(),
        };
        detail::lines(&cx, subject, width)
    }

    /// Scrolls a list pane so that its selection is visible.
    fn keep_visible(&mut self, pane: Pane) {
        let height = layout_height(self, pane).max(1);
        let rows = self.rows(pane);
        let selected = self.selected_row(pane);
        let o = &mut self.offsets[pane.index()];
        if let Some(sel) = selected {
            if sel < *o {
                *o = sel;
            } else if sel >= *o + height {
                *o = sel + 1 - height;
            }
        }
        *o = (*o).min(rows.saturating_sub(height));
    }

    /// Rows to move on PgUp/PgDn in the focused pane.
    fn page(&self) -> usize {
        usize::from(self.size.height.saturating_sub(4)).max(1)
    }

    fn page_of(&self, pane: Pane) -> usize {
        layout_height(self, pane).saturating_sub(1).max(1)
    }
}

/// The number of rows a pane shows at the current size.
fn layout_height(app: &App, pane: Pane) -> usize {
    let Some(a) = layout::areas(app.size) else {
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

#[cfg(test)]
pub(crate) mod tests;
