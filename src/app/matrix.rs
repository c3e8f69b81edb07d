//! The matrix view's state and its part of the update function: a cursor over the
//! [`Grid`] of the selected year, scrolling that keeps the cursor on screen, sorting, the
//! row filter, year stepping, and Enter into the browser. The grid is rebuilt only when
//! what it shows changes; moving the cursor never touches more than one row.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::keymap::Action;
use super::line::{Edited, LineEdit};
use super::{App, Effect, Pane, View};
use crate::model::{MemberIdx, ProjectIdx};
use crate::present::layout;
use crate::query::grid::{Grid, Keys, Spec};

#[derive(Debug, Clone, Default)]
pub struct MatrixState {
    pub grid: Grid,
    /// The filter's index and the sort keys.
    keys: Keys,
    /// The cursor's row; `None` is the header row (the members).
    pub row: Option<usize>,
    /// The cursor's column; `None` is the project column.
    pub col: Option<usize>,
    /// First row and first member column on screen.
    pub row_offset: usize,
    pub col_offset: usize,
    /// The filter prompt while it is open.
    pub prompt: Option<LineEdit>,
    /// The filter changed since the grid was built.
    pub dirty: bool,
}

impl MatrixState {
    pub fn new(keys: Keys) -> MatrixState {
        MatrixState {
            keys,
            ..MatrixState::default()
        }
    }

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
    pub fn title_matches(&self, p: ProjectIdx) -> Vec<usize> {
        let index = &self.keys.index;
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
}

impl App {
    /// `m` in the browser: the matrix of the selected year, the cursor on the selected
    /// project and member.
    pub(super) fn open_matrix(&mut self) {
        self.view = View::Matrix;
        self.rebuild_matrix();
        let mx = &mut self.matrix;
        if let Some(row) = self.project.and_then(|p| mx.grid.row_of(p)) {
            mx.row = Some(row);
        }
        if let Some(col) = self.member.and_then(|m| mx.grid.column_of(m)) {
            mx.col = Some(col);
        }
        self.keep_cursor_visible();
    }

    /// Builds the grid again for the selected year and the matrix's own settings; the
    /// cursor stays on the same project and member where they are still shown.
    pub(super) fn rebuild_matrix(&mut self) {
        let (project, member) = (self.matrix.project(), self.matrix.member());
        let spec = Spec {
            year: self.selected_year(),
            filter: self.matrix.filter_text().to_string(),
            ..self.matrix.grid.spec.clone()
        };
        let mx = &mut self.matrix;
        mx.grid = Grid::build(&self.model, &mx.keys, spec);
        mx.dirty = false;
        let rows = mx.grid.rows.len();
        mx.row = match project.and_then(|p| mx.grid.row_of(p)) {
            Some(r) => Some(r),
            None if rows == 0 => None,
            None => Some(mx.row.unwrap_or(0).min(rows - 1)),
        };
        let cols = mx.grid.columns.len();
        mx.col = match member.and_then(|m| mx.grid.column_of(m)) {
            Some(c) => Some(c),
            None => mx.col.filter(|_| cols > 0).map(|c| c.min(cols - 1)),
        };
        self.keep_cursor_visible();
    }

    /// Applies a changed filter (deferred like the search, so typing is drawn first).
    pub(super) fn settle_matrix(&mut self) {
        if self.matrix.dirty {
            self.rebuild_matrix();
        }
    }

    pub(super) fn update_matrix(&mut self, action: Action) {
        let (rows, _) = self.matrix_page();
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(super::Overlay::Help),
            Action::Problems => self.overlay = Some(super::Overlay::Problems),
            Action::ToggleMatrix | Action::Back => self.view = View::Browser,
            Action::Down => self.move_cursor(1, 0),
            Action::Up => self.move_cursor(-1, 0),
            Action::PageDown => self.move_cursor(rows as isize, 0),
            Action::PageUp => self.move_cursor(-(rows as isize), 0),
            Action::Top => self.move_cursor(isize::MIN / 2, 0),
            Action::Bottom => self.move_cursor(isize::MAX / 2, 0),
            Action::ColumnRight => self.move_cursor(0, 1),
            Action::ColumnLeft => self.move_cursor(0, -1),
            Action::FirstColumn => self.move_cursor(0, isize::MIN / 2),
            Action::LastColumn => self.move_cursor(0, isize::MAX / 2),
            Action::SortRows => {
                self.matrix.grid.spec.rows = self.matrix.grid.spec.rows.next();
                self.rebuild_matrix();
            }
            Action::SortColumns => {
                self.matrix.grid.spec.columns = self.matrix.grid.spec.columns.next();
                self.rebuild_matrix();
            }
            Action::OpenSearch => {
                self.matrix.prompt = Some(LineEdit::new(&self.matrix.grid.spec.filter));
            }
            Action::PrevYear | Action::NextYear | Action::AllYears => {
                self.step_year(action);
                self.rebuild_matrix();
            }
            Action::Export => self.effect = Some(Effect::Export),
            Action::Reload => self.request_reload(),
            Action::Follow => self.matrix_into_browser(),
            _ => {}
        }
    }

    /// The filter prompt: every printable key is text; the rows follow as one types.
    pub(super) fn update_filter(&mut self, action: Action) {
        let Some(line) = &mut self.matrix.prompt else {
            return;
        };
        match line.apply(action) {
            Edited::Text => {
                self.matrix.dirty = true;
                return;
            }
            Edited::Cursor => return,
            Edited::No => {}
        }
        match action {
            // Enter keeps the filter, Esc drops it.
            Action::Close => {
                self.settle_matrix();
                self.matrix.prompt = None;
            }
            Action::Back => {
                self.matrix.prompt = None;
                self.matrix.grid.spec.filter.clear();
                self.rebuild_matrix();
            }
            Action::Down => {
                self.settle_matrix();
                self.move_cursor(1, 0);
            }
            Action::Up => {
                self.settle_matrix();
                self.move_cursor(-1, 0);
            }
            Action::Help => self.overlay = Some(super::Overlay::Help),
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// `<` and `>` step through the years, `0` shows all years. From "all years", `<`
    /// goes to the latest year.
    pub(super) fn step_year(&mut self, action: Action) {
        let t = self.options.lang.texts();
        let last = self.year_count().saturating_sub(1);
        let row = match (action, self.year) {
            (Action::AllYears, _) => 0,
            (Action::PrevYear, 0) => last,
            (Action::PrevYear, 1) => {
                self.message = Some(t.matrix.first_year.to_string());
                1
            }
            (Action::PrevYear, y) => y - 1,
            (Action::NextYear, 0) => {
                self.message = Some(t.matrix.all_years_shown.to_string());
                0
            }
            (Action::NextYear, y) if y >= last => {
                self.message = Some(t.matrix.last_year.to_string());
                y
            }
            (Action::NextYear, y) => y + 1,
            (_, y) => y,
        };
        self.set_year(row);
        // The years pane shows the new year when the browser comes back.
        self.keep_visible(Pane::Years);
    }

    /// Enter: the project under the cursor in the browser (with the member selected), or
    /// on the header row the member. Esc in the browser comes back here.
    fn matrix_into_browser(&mut self) {
        let before = self.place();
        let (project, member) = (self.matrix.project(), self.matrix.member());
        match (project, member) {
            (Some(p), m) => {
                self.project = Some(p);
                if m.is_some() {
                    self.member = m;
                }
                self.focus_pane(Pane::Projects);
            }
            (None, Some(m)) => {
                self.member = Some(m);
                self.focus_pane(Pane::Members);
            }
            (None, None) => return,
        }
        self.view = View::Browser;
        self.offsets[Pane::Detail as usize] = 0;
        self.history.push(before);
        for pane in Pane::ALL {
            self.keep_visible(pane);
        }
    }

    /// Moves the cursor by rows and columns; the header row and the project column are
    /// one step before the first row and column.
    fn move_cursor(&mut self, rows: isize, cols: isize) {
        let mx = &mut self.matrix;
        let step = |at: Option<usize>, delta: isize, len: usize| -> Option<usize> {
            if delta == 0 {
                return at;
            }
            // Positions: 0 is the header (or project column), then 1..=len.
            let pos = at.map_or(0, |i| i + 1);
            let new = pos.saturating_add_signed(delta).min(len);
            new.checked_sub(1)
        };
        mx.row = step(mx.row, rows, mx.grid.rows.len());
        // Top and PgUp stop at the first row, not on the header.
        if rows < -1 && !mx.grid.rows.is_empty() {
            mx.row = Some(mx.row.unwrap_or(0));
        }
        mx.col = step(mx.col, cols, mx.grid.columns.len());
        self.keep_cursor_visible();
    }

    /// The number of body rows and member columns on screen.
    pub fn matrix_page(&self) -> (usize, usize) {
        layout::matrix(self.size, &self.matrix.grid).map_or((1, 1), |g| {
            (usize::from(g.body.height).max(1), g.visible_columns.max(1))
        })
    }

    pub(super) fn keep_cursor_visible(&mut self) {
        let (rows, cols) = self.matrix_page();
        let mx = &mut self.matrix;
        let keep = |offset: &mut usize, at: Option<usize>, len: usize, page: usize| {
            match at {
                // On the header row or the project column: back to the start.
                None => *offset = 0,
                Some(at) if at < *offset => *offset = at,
                Some(at) if at >= *offset + page => *offset = at + 1 - page,
                Some(_) => {}
            }
            *offset = (*offset).min(len.saturating_sub(page));
        };
        keep(&mut mx.row_offset, mx.row, mx.grid.rows.len(), rows);
        keep(&mut mx.col_offset, mx.col, mx.grid.columns.len(), cols);
    }

    /// A click puts the cursor on a cell (or the header, or a project); the wheel
    /// scrolls the rows, with Shift (or a sideways wheel) the columns.
    pub(super) fn matrix_mouse(&mut self, m: MouseEvent) {
        let Some(g) = layout::matrix(self.size, &self.matrix.grid) else {
            return;
        };
        let at = Position::new(m.column, m.row);
        let (page_rows, page_cols) = (usize::from(g.body.height), g.visible_columns);
        let mx = &mut self.matrix;
        let sideways = m
            .modifiers
            .contains(ratatui::crossterm::event::KeyModifiers::SHIFT);
        let scroll = |offset: &mut usize, delta: isize, len: usize, page: usize| {
            *offset = offset
                .saturating_add_signed(delta)
                .min(len.saturating_sub(page));
        };
        match m.kind {
            MouseEventKind::ScrollDown if !sideways => {
                scroll(&mut mx.row_offset, 3, mx.grid.rows.len(), page_rows)
            }
            MouseEventKind::ScrollUp if !sideways => {
                scroll(&mut mx.row_offset, -3, mx.grid.rows.len(), page_rows)
            }
            MouseEventKind::ScrollRight | MouseEventKind::ScrollDown => {
                scroll(&mut mx.col_offset, 1, mx.grid.columns.len(), page_cols)
            }
            MouseEventKind::ScrollLeft | MouseEventKind::ScrollUp => {
                scroll(&mut mx.col_offset, -1, mx.grid.columns.len(), page_cols)
            }
            MouseEventKind::Down(MouseButton::Left) => {
                let row = if at.y == g.head.y {
                    Some(None)
                } else if (g.body.y..g.body.bottom()).contains(&at.y) {
                    let r = mx.row_offset + usize::from(at.y - g.body.y);
                    (r < mx.grid.rows.len()).then_some(Some(r))
                } else {
                    None
                };
                let col = if at.x < g.cells_x {
                    Some(None)
                } else {
                    let c = mx.col_offset + usize::from((at.x - g.cells_x) / g.cell_width.max(1));
                    (c < mx.grid.columns.len() && c < mx.col_offset + page_cols).then_some(Some(c))
                };
                if let (Some(row), Some(col)) = (row, col) {
                    mx.row = row;
                    mx.col = col;
                    self.keep_cursor_visible();
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod tests;
