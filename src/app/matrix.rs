//! The matrix view's state and its part of the update function: a cursor over the
//! [`Grid`] of the selected year, scrolling that keeps the cursor on screen, sorting, the
//! row filter, year stepping, and Enter into the browser. The grid is rebuilt only when
//! what it shows changes; moving the cursor never touches more than one row.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::Scroll;
use super::{App, BrowserState, Pane};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::layout;
use crate::query::grid::{Grid, Keys, Spec};

#[derive(Debug, Clone, Default)]
pub struct MatrixState {
    pub grid: Grid,
    /// The cursor's row; `None` is the header row (the members).
    pub row: Option<usize>,
    /// The cursor's column; `None` is the project column.
    pub col: Option<usize>,
    /// First row and first member column on screen.
    pub rows: Scroll,
    pub cols: Scroll,
    /// The filter prompt while it is open.
    pub prompt: Option<LineEdit>,
    /// The filter changed since the grid was built.
    pub dirty: bool,
    /// Cells marked to be recorded together (space, `*` a row, `#` a column), of the
    /// year `marked_in`; another year shown drops them.
    /// A set: a marked column at 10,000 projects is asked of every cell drawn.
    pub marks: std::collections::BTreeSet<(ProjectIdx, MemberIdx)>,
    pub marked_in: Option<u16>,
}

impl MatrixState {
    /// The project under the cursor.
    pub fn project(&self) -> Option<ProjectIdx> {
        Some(self.grid.rows.get(self.row?)?.project)
    }

    /// The member under the cursor.
    pub fn member(&self) -> Option<MemberIdx> {
        self.grid.columns.get(self.col?).copied()
    }

    /// Positions of the characters of a project's title that the filter matched (the
    /// filter index holds the projects in model order, title first).
    pub fn title_matches(&self, keys: &Keys, p: ProjectIdx) -> Vec<usize> {
        let index = &keys.index;
        index
            .name_field(p.0)
            .map(|f| index.highlight(f, &self.grid.spec.filter))
            .unwrap_or_default()
    }

    /// The filter as typed (in the prompt, or kept after it closed).
    pub fn filter_text(&self) -> &str {
        match &self.prompt {
            Some(line) => &line.text,
            None => &self.grid.spec.filter,
        }
    }

    /// `m` in the browser: the matrix of the selected year, as it was last shown, the
    /// cursor on the selected project and member.
    pub fn open(app: &App) -> MatrixState {
        let mut mx = MatrixState {
            grid: Grid {
                spec: app.matrix_spec.clone(),
                ..Grid::default()
            },
            ..MatrixState::default()
        };
        mx.rebuild(app);
        if let Some(row) = app.project.and_then(|p| mx.grid.row_of(p)) {
            mx.row = Some(row);
        }
        if let Some(col) = app.member.and_then(|m| mx.grid.column_of(m)) {
            mx.col = Some(col);
        }
        mx.keep_cursor_visible(app);
        mx
    }

    /// Builds the grid again for the selected year and the matrix's own settings; the
    /// cursor stays on the same project and member where they are still shown.
    fn rebuild(&mut self, app: &App) {
        let (project, member) = (self.project(), self.member());
        let spec = Spec {
            year: app.selected_year(),
            filter: self.filter_text().to_string(),
            ..self.grid.spec.clone()
        };
        self.grid = Grid::build(&app.data.model, &app.data.grid_keys, spec);
        self.dirty = false;
        let rows = self.grid.rows.len();
        self.row = match project.and_then(|p| self.grid.row_of(p)) {
            Some(r) => Some(r),
            None if rows == 0 => None,
            None => Some(self.row.unwrap_or(0).min(rows - 1)),
        };
        let cols = self.grid.columns.len();
        self.col = match member.and_then(|m| self.grid.column_of(m)) {
            Some(c) => Some(c),
            None => self.col.filter(|_| cols > 0).map(|c| c.min(cols - 1)),
        };
        self.keep_cursor_visible(app);
    }

    /// The filter prompt: every printable key is text; the rows follow as one types.
    fn update_filter(&mut self, app: &mut App, action: Action) -> Transition {
        let Some(line) = &mut self.prompt else {
            return Transition::Stay;
        };
        match line.apply(action) {
            Edited::Text => {
                self.dirty = true;
                return Transition::Stay;
            }
            Edited::Cursor => return Transition::Stay,
            Edited::No => {}
        }
        match action {
            // Enter keeps the filter, Esc drops it.
            Action::Close => {
                self.settle(app);
                self.prompt = None;
            }
            Action::Back => {
                self.prompt = None;
                self.grid.spec.filter.clear();
                self.rebuild(app);
            }
            Action::Down => {
                self.settle(app);
                self.move_cursor(app, 1, 0);
            }
            Action::Up => {
                self.settle(app);
                self.move_cursor(app, -1, 0);
            }
            _ => {}
        }
        Transition::Stay
    }

    /// Enter: the project under the cursor in the browser (with the member selected), or
    /// on the header row the member. Esc in the browser comes back here.
    fn open_in_browser(&mut self, app: &mut App) -> Transition {
        let pane = match (self.project(), self.member()) {
            (Some(p), m) => {
                app.project = Some(p);
                if m.is_some() {
                    app.member = m;
                }
                Pane::Projects
            }
            (None, Some(m)) => {
                app.member = Some(m);
                Pane::Members
            }
            (None, None) => return Transition::Stay,
        };
        Transition::Push(Box::new(Screen::Browser(BrowserState::focused(app, pane))))
    }

    /// The marks of the year shown (those of another year are dropped).
    pub fn marks_now(
        &self,
        app: &App,
    ) -> Option<&std::collections::BTreeSet<(ProjectIdx, MemberIdx)>> {
        (self.marked_in == app.selected_year()).then_some(&self.marks)
    }

    /// Space, `*`, `#`: marks the cell under the cursor, its row or its column (or takes
    /// the marks off, where all of them were marked), to record them together.
    fn mark(&mut self, app: &mut App, action: Action) {
        let w = &app.options.lang.texts().edit.screen;
        let Some(year) = app.selected_year() else {
            app.message = Some(w.choose_year.to_string());
            return;
        };
        if self.marked_in != Some(year) {
            self.marks.clear();
            self.marked_in = Some(year);
        }
        let cells: Vec<(ProjectIdx, MemberIdx)> = match (action, self.project(), self.member()) {
            (Action::MarkCell, Some(p), Some(m)) => vec![(p, m)],
            (Action::MarkRow, Some(p), _) => self.grid.columns.iter().map(|&m| (p, m)).collect(),
            (Action::MarkColumn, _, Some(m)) => {
                self.grid.rows.iter().map(|r| (r.project, m)).collect()
            }
            _ => {
                app.message = Some(w.choose_cell.to_string());
                return;
            }
        };
        if cells.iter().all(|c| self.marks.contains(c)) {
            for c in &cells {
                self.marks.remove(c);
            }
        } else {
            self.marks.extend(cells);
        }
        app.message = Some((w.marked)(self.marks.len()));
    }

    /// `a`: the form that records a fact of the marked cells, or of the cell under the
    /// cursor, in the year shown.
    fn record(&mut self, app: &mut App) -> Transition {
        let mut cells: Vec<_> = self
            .marks_now(app)
            .map(|m| m.iter().copied().collect())
            .unwrap_or_default();
        if cells.is_empty()
            && let (Some(p), Some(m)) = (self.project(), self.member())
        {
            cells.push((p, m));
        }
        app.open_record(cells)
    }

    /// Moves the cursor by rows and columns; the header row and the project column are
    /// one step before the first row and column.
    fn move_cursor(&mut self, app: &App, rows: isize, cols: isize) {
        let step = |at: Option<usize>, delta: isize, len: usize| -> Option<usize> {
            if delta == 0 {
                return at;
            }
            // Positions: 0 is the header (or project column), then 1..=len.
            let pos = at.map_or(0, |i| i + 1);
            let new = pos.saturating_add_signed(delta).min(len);
            new.checked_sub(1)
        };
        self.row = step(self.row, rows, self.grid.rows.len());
        // Top and PgUp stop at the first row, not on the header.
        if rows < -1 && !self.grid.rows.is_empty() {
            self.row = Some(self.row.unwrap_or(0));
        }
        self.col = step(self.col, cols, self.grid.columns.len());
        self.keep_cursor_visible(app);
    }

    /// The number of body rows and member columns on screen.
    pub fn page(&self, app: &App) -> (usize, usize) {
        layout::matrix(app.size, &self.grid).map_or((1, 1), |g| {
            (usize::from(g.body.height).max(1), g.visible_columns.max(1))
        })
    }

    fn keep_cursor_visible(&mut self, app: &App) {
        let (rows, cols) = self.page(app);
        // On the header row or the project column: back to the start.
        self.rows
            .show(Some(self.row.unwrap_or(0)), self.grid.rows.len(), rows);
        self.cols
            .show(Some(self.col.unwrap_or(0)), self.grid.columns.len(), cols);
    }
}

impl Behavior for MatrixState {
    fn context(&self) -> Context {
        if self.prompt.is_some() {
            Context::Filter
        } else {
            Context::Matrix
        }
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        if self.prompt.is_some() {
            return self.update_filter(app, action);
        }
        let (rows, _) = self.page(app);
        let rows = rows as isize;
        match action {
            Action::ToggleMatrix | Action::Back => return Transition::Pop,
            Action::Down => self.move_cursor(app, 1, 0),
            Action::Up => self.move_cursor(app, -1, 0),
            Action::PageDown => self.move_cursor(app, rows, 0),
            Action::PageUp => self.move_cursor(app, -rows, 0),
            Action::Top => self.move_cursor(app, isize::MIN / 2, 0),
            Action::Bottom => self.move_cursor(app, isize::MAX / 2, 0),
            Action::ColumnRight => self.move_cursor(app, 0, 1),
            Action::ColumnLeft => self.move_cursor(app, 0, -1),
            Action::FirstColumn => self.move_cursor(app, 0, isize::MIN / 2),
            Action::LastColumn => self.move_cursor(app, 0, isize::MAX / 2),
            Action::SortRows => {
                self.grid.spec.rows = self.grid.spec.rows.next();
                self.rebuild(app);
            }
            Action::SortColumns => {
                self.grid.spec.columns = self.grid.spec.columns.next();
                self.rebuild(app);
            }
            Action::OpenSearch => self.prompt = Some(LineEdit::new(&self.grid.spec.filter)),
            Action::PrevYear | Action::NextYear | Action::AllYears => {
                app.step_year(action);
                self.rebuild(app);
            }
            // The choice of files first; at a size too small to show the matrix,
            // nothing is written unseen.
            Action::Export => {
                if layout::matrix(app.size, &self.grid).is_none() {
                    app.message = Some(app.options.lang.texts().too_small.to_string());
                    return Transition::Stay;
                }
                let choice = super::export::ExportState::open(app);
                return Transition::Push(Box::new(Screen::Export(choice)));
            }
            Action::Record => return self.record(app),
            Action::RecordCount => return app.open_count(self.project()),
            // The views open from the matrix as from the browser; the profile is of the
            // cursor's member.
            Action::OpenTimeline => {
                app.ensure_keys();
                let timeline = super::timeline::TimelineState::open(app);
                return Transition::Push(Box::new(Screen::Timeline(timeline)));
            }
            Action::OpenProfile => {
                if let Some(m) = self.member().or(app.member) {
                    let profile = super::profile::ProfileState::open(app, m);
                    return Transition::Push(Box::new(Screen::Profile(profile)));
                }
            }
            Action::OpenGaps => {
                let gaps = super::gaps::GapsState::open(app);
                return Transition::Push(Box::new(Screen::Gaps(gaps)));
            }
            // `c` compares, as in the browser: the cursor's member with another.
            Action::Compare if app.data.model.members.len() > 1 => {
                if let Some(m) = self.member().or(app.member) {
                    let compare = super::compare::CompareState::open(app, m);
                    return Transition::Push(Box::new(Screen::Compare(compare)));
                }
            }
            Action::NewProject => return app.open_new_project(),
            Action::MarkCell | Action::MarkRow | Action::MarkColumn => self.mark(app, action),
            Action::Follow => return self.open_in_browser(app),
            _ => {}
        }
        Transition::Stay
    }

    /// A click puts the cursor on a cell (or the header, or a project); the wheel
    /// scrolls the rows, with Shift (or a sideways wheel) the columns.
    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let Some(g) = layout::matrix(app.size, &self.grid) else {
            return Transition::Stay;
        };
        let at = Position::new(m.column, m.row);
        let (page_rows, page_cols) = (usize::from(g.body.height), g.visible_columns);
        let (n_rows, n_cols) = (self.grid.rows.len(), self.grid.columns.len());
        let sideways = m
            .modifiers
            .contains(ratatui::crossterm::event::KeyModifiers::SHIFT);
        match m.kind {
            MouseEventKind::ScrollDown if !sideways => self.rows.by(3, n_rows, page_rows),
            MouseEventKind::ScrollUp if !sideways => self.rows.by(-3, n_rows, page_rows),
            MouseEventKind::ScrollRight | MouseEventKind::ScrollDown => {
                self.cols.by(1, n_cols, page_cols)
            }
            MouseEventKind::ScrollLeft | MouseEventKind::ScrollUp => {
                self.cols.by(-1, n_cols, page_cols)
            }
            MouseEventKind::Down(MouseButton::Left) => {
                let row = if at.y == g.head.y {
                    Some(None)
                } else if (g.body.y..g.body.bottom()).contains(&at.y) {
                    let r = self.rows.offset + usize::from(at.y - g.body.y);
                    (r < n_rows).then_some(Some(r))
                } else {
                    None
                };
                let col = if at.x < g.cells_x {
                    Some(None)
                } else {
                    let c =
                        self.cols.offset + usize::from((at.x - g.cells_x) / g.cell_width.max(1));
                    (c < n_cols && c < self.cols.offset + page_cols).then_some(Some(c))
                };
                if let (Some(row), Some(col)) = (row, col) {
                    self.row = row;
                    self.col = col;
                    self.keep_cursor_visible(app);
                }
            }
            _ => {}
        }
        Transition::Stay
    }

    /// Pasted text goes into the filter prompt, which opens if it is closed.
    fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        let line = self
            .prompt
            .get_or_insert_with(|| LineEdit::new(&self.grid.spec.filter));
        if line.paste(text) {
            app.message = Some(app.options.lang.texts().paste_cut.to_string());
        }
        self.dirty = true;
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        self.keep_cursor_visible(app);
    }

    /// Back from the browser: the year may have changed there.
    fn resumed(&mut self, app: &App) {
        if self.grid.spec.year != app.selected_year() {
            self.rebuild(app);
        }
        self.keep_cursor_visible(app);
    }

    /// The orders and the filter stay for the next time the matrix opens.
    fn closed(&self, app: &mut App) {
        app.matrix_spec = Spec {
            filter: self.filter_text().to_string(),
            ..self.grid.spec.clone()
        };
    }

    fn needs_settle(&self) -> bool {
        self.dirty
    }

    /// Applies a changed filter (deferred like the search, so typing is drawn first).
    fn settle(&mut self, app: &App) {
        if self.dirty {
            self.rebuild(app);
        }
    }

    /// The cursor stays on the same project and member (by id) where they still exist.
    fn reload(&mut self, app: &App, old: &Model) {
        let cursor = (
            self.project().map(|p| old.project(p).id.clone()),
            self.member().map(|m| old.member(m).id.clone()),
        );
        let on = (self.row.is_some(), self.col.is_some());
        self.grid = Grid {
            spec: self.grid.spec.clone(),
            ..Grid::default()
        };
        self.row = None;
        self.col = None;
        self.rebuild(app);
        self.row = match cursor.0.and_then(|id| app.data.model.project_by_id(&id)) {
            Some(p) => self.grid.row_of(p).or(self.row),
            None if on.0 => self.row,
            None => None,
        };
        self.col = match cursor.1.and_then(|id| app.data.model.member_by_id(&id)) {
            Some(m) => self.grid.column_of(m).or(self.col),
            None if on.1 => self.col,
            None => None,
        };
        self.keep_cursor_visible(app);
    }

    /// The project of the cursor's row, in the matrix's year.
    fn shown(&self, _app: &App) -> Option<super::Shown> {
        Some(super::Shown::Project(self.project()?, self.grid.spec.year))
    }
}

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod tests;
