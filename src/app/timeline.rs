//! The timeline screen (`t` in the browser): the projects as rows and the years as
//! columns (see [`crate::query::timeline`]), sorted by start, field or title, filtered like
//! the matrix, with the projects of the member selected in the browser marked on request.
//! The timeline is built when what it shows changes; moving the cursor builds nothing.

use ratatui::crossterm::event::MouseEvent;

use super::keymap::{Action, Context};
use super::line::{Edited, LineEdit};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::Cursor;
use super::{App, BrowserState, Shown};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::{chart, layout};
use crate::query::search::Target;
use crate::query::timeline::{Order, Timeline, timeline};

/// What the timeline keeps while it is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    pub order: Order,
    pub filter: String,
    pub marking: bool,
    pub only: bool,
}

#[derive(Debug, Clone)]
pub struct TimelineState {
    pub order: Order,
    pub timeline: Timeline,
    pub list: Cursor,
    /// How many years at the right are scrolled out of view (0: the latest years show).
    pub shift: usize,
    /// The member whose projects are marked with ●.
    pub marked: Option<MemberIdx>,
    /// Only the marked member's projects are listed.
    pub only: bool,
    /// The filter as kept; the prompt while it is open.
    pub filter: String,
    pub prompt: Option<LineEdit>,
    /// The prompt's text changed since the timeline was built.
    pub dirty: bool,
    /// The widest title listed, so that the years follow the titles.
    pub widest: usize,
    /// How many of the projects listed name the marked member.
    pub marked_count: usize,
}

/// The columns of the timeline at a width: the mark column (2), the title, the field
/// (sorted by field), and which years show, each `cell` wide and a space apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub cell: usize,
    pub title: usize,
    pub field: usize,
    pub years: std::ops::Range<usize>,
}

/// The title column keeps at least this much; years give way first.
const TITLE_MIN: usize = 24;

impl TimelineState {
    /// `t` in the browser: the projects as the timeline last showed them (at first all,
    /// by start), the cursor on the selected project.
    pub fn open(app: &App) -> TimelineState {
        let kept = &app.timeline_kept;
        let mut st = TimelineState {
            order: kept.order,
            timeline: Timeline {
                first_year: 0,
                per_year: Vec::new(),
                reports: Vec::new(),
                rows: Vec::new(),
            },
            list: Cursor::default(),
            shift: 0,
            marked: app.member.filter(|_| kept.marking),
            only: kept.marking && kept.only,
            filter: kept.filter.clone(),
            prompt: None,
            dirty: false,
            widest: 0,
            marked_count: 0,
        };
        st.rebuild(app, app.project);
        st
    }

    /// The project under the cursor.
    pub fn project(&self) -> Option<ProjectIdx> {
        Some(self.timeline.rows.get(self.list.at)?.project)
    }

    /// The filter as typed (in the prompt, or kept).
    pub fn filter_text(&self) -> &str {
        self.prompt.as_ref().map_or(&self.filter, |l| &l.text)
    }

    /// Builds the timeline again; the cursor goes to `keep` where it is still listed.
    fn rebuild(&mut self, app: &App, keep: Option<ProjectIdx>) {
        self.timeline = timeline(
            &app.data.model,
            &app.data.grid_keys,
            self.filter_text(),
            self.order,
            self.marked.filter(|_| self.only),
        );
        self.dirty = false;
        self.count_marked(app);
        let rows = &self.timeline.rows;
        self.widest = rows
            .iter()
            .map(|r| {
                unicode_width::UnicodeWidthStr::width(
                    app.data.model.project(r.project).title.as_str(),
                )
            })
            .max()
            .unwrap_or(0);
        let at = keep
            .and_then(|p| rows.iter().position(|r| r.project == p))
            .unwrap_or(self.list.at);
        self.list.select(at, rows.len(), self.rows(app));
    }

    fn count_marked(&mut self, app: &App) {
        self.marked_count = self.marked.map_or(0, |m| {
            self.timeline
                .rows
                .iter()
                .filter(|r| {
                    app.data
                        .model
                        .project(r.project)
                        .participants
                        .iter()
                        .any(|x| x.member == m)
                })
                .count()
        });
    }

    /// Whether the projects shown are fewer than all: a filter, or only the marked.
    pub fn narrowed(&self) -> bool {
        !self.filter_text().trim().is_empty() || (self.only && self.marked.is_some())
    }

    /// The lines of the legend at the window's width.
    pub fn legend(&self, app: &App) -> Vec<String> {
        let tw = &app.options.lang.texts().timeline;
        let width = usize::from(layout::inner(app.size).width);
        let cols = self.columns_at(app);
        let mut text = tw.legend.to_string();
        if cols.years.len() < self.timeline.per_year.len() {
            text = format!("{text}. {}", tw.more_years);
        }
        crate::text::wrap(&text, width.max(1))
    }

    /// Lines above the list: the legend, the bars, the counts, the reports.
    pub fn head_rows(&self, app: &App) -> usize {
        self.legend(app).len() + 3
    }

    /// Lines under the list: the milestones of the project under the cursor (as many as
    /// the window has room for), then the filter, when there is one.
    pub fn foot_rows(&self, app: &App) -> usize {
        self.milestone_rows(app) + self.prompt_rows()
    }

    /// The filter's line, when there is one.
    pub fn prompt_rows(&self) -> usize {
        usize::from(self.prompt.is_some() || !self.filter.is_empty())
    }

    /// The milestones' lines: none below 24 rows, two up to 40, six up to 56, then ten.
    pub fn milestone_rows(&self, app: &App) -> usize {
        match app.size.height {
            0..24 => 0,
            24..40 => 2,
            40..56 => 6,
            _ => 10,
        }
    }

    /// How many projects show at once.
    pub fn rows(&self, app: &App) -> usize {
        layout::view_rows(app.size, self.head_rows(app), self.foot_rows(app))
    }

    /// The columns of a row at the window's size (inside the frame and the cursor's mark).
    pub fn columns_at(&self, app: &App) -> Columns {
        self.columns(usize::from(layout::inner(app.size).width).saturating_sub(2))
    }

    /// The columns of a row `width` wide. Where years are cut off on the right, the
    /// title leaves two columns for the heading's ▶.
    pub fn columns(&self, width: usize) -> Columns {
        let cell = chart::cell_width(self.timeline.per_year.iter().copied());
        let n = self.timeline.per_year.len();
        let field = if self.order == Order::Field && width >= 90 {
            16
        } else {
            0
        };
        // The title keeps room for the widest title up to 32 columns (at least 24).
        let title_min = (self.widest + 1).clamp(TITLE_MIN, 32);
        let fit =
            |reserve: usize| width.saturating_sub(2 + title_min + field + reserve) / (cell + 1);
        // Where not all years fit, two columns stay for the ◀ and ▶ of the heading,
        // whichever years show, so that the rows never shift sideways.
        let reserve = if fit(0) < n { 2 } else { 0 };
        let shown = n.min(fit(reserve).max(1));
        let shift = self.shift.min(n - shown.min(n));
        let end = n - shift;
        let years = end.saturating_sub(shown)..end;
        // As wide as the widest title (and its heading), where the years leave room.
        let title = width
            .saturating_sub(2 + field + years.len() * (cell + 1) + reserve)
            .min((self.widest + 1).max(TITLE_MIN));
        Columns {
            cell,
            title,
            field,
            years,
        }
    }

    /// The filter prompt: every printable key is text; the rows follow as one types.
    fn update_filter(&mut self, app: &mut App, action: Action) -> Transition {
        let Some(line) = &mut self.prompt else {
            return Transition::Stay;
        };
        match line.apply(action) {
            Edited::Text => self.dirty = true,
            Edited::Cursor => {}
            Edited::No => match action {
                Action::Close => {
                    self.settle(app);
                    self.filter = self.filter_text().to_string();
                    self.prompt = None;
                }
                Action::Back => {
                    self.prompt = None;
                    self.filter.clear();
                    self.rebuild(app, self.project());
                }
                Action::Down | Action::Up => {
                    self.settle(app);
                    let (len, rows) = (self.timeline.rows.len(), self.rows(app));
                    self.list.key(action, len, rows);
                }
                _ => {}
            },
        }
        Transition::Stay
    }
}

impl Behavior for TimelineState {
    fn context(&self) -> Context {
        if self.prompt.is_some() {
            Context::Filter
        } else {
            Context::Timeline
        }
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        if self.prompt.is_some() {
            return self.update_filter(app, action);
        }
        let (len, rows) = (self.timeline.rows.len(), self.rows(app));
        if self.list.key(action, len, rows) {
            return Transition::Stay;
        }
        match action {
            Action::Back => return Transition::Pop,
            Action::Follow => {
                let Some(p) = self.project() else {
                    return Transition::Stay;
                };
                let b = BrowserState::opened_on(app, Target::Project(p));
                return Transition::Push(Box::new(Screen::Browser(b)));
            }
            Action::SortRows => {
                self.order = match self.order {
                    Order::Start => Order::Field,
                    Order::Field => Order::Title,
                    Order::Title => Order::Start,
                };
                self.rebuild(app, self.project());
            }
            Action::OpenSearch => self.prompt = Some(LineEdit::new(&self.filter)),
            Action::Mark => {
                // Mark, then only the marked, then all again.
                let keep = self.project();
                match (self.marked, self.only) {
                    (None, _) => self.marked = app.member,
                    (Some(_), false) => self.only = true,
                    (Some(_), true) => (self.marked, self.only) = (None, false),
                }
                self.rebuild(app, keep);
            }
            Action::ColumnLeft => self.shift += 1,
            Action::ColumnRight => self.shift = self.shift.saturating_sub(1),
            _ => {}
        }
        // Scrolled past the first year: back to where the first shows.
        let cols = self.columns_at(app);
        let n = self.timeline.per_year.len();
        self.shift = self.shift.min(n - cols.years.len().min(n));
        Transition::Stay
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        if let Some(areas) = layout::view(app.size, self.head_rows(app), self.foot_rows(app)) {
            self.list.mouse(&m, areas.list, self.timeline.rows.len());
        }
        Transition::Stay
    }

    /// Pasted text goes into the filter prompt, which opens if it is closed.
    fn paste(&mut self, app: &mut App, text: &str) -> Transition {
        let line = self
            .prompt
            .get_or_insert_with(|| LineEdit::new(&self.filter));
        if line.paste(text) {
            app.message = Some(app.options.lang.texts().paste_cut.to_string());
        }
        self.dirty = true;
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let (len, rows) = (self.timeline.rows.len(), self.rows(app));
        self.list.select(self.list.at, len, rows);
    }

    fn resumed(&mut self, app: &App) {
        self.resize(app);
    }

    /// The order, the filter and the marking stay for the next time.
    fn closed(&self, app: &mut App) {
        app.timeline_kept = Kept {
            order: self.order,
            filter: self.filter_text().to_string(),
            marking: self.marked.is_some(),
            only: self.only,
        };
    }

    fn needs_settle(&self) -> bool {
        self.dirty
    }

    fn settle(&mut self, app: &App) {
        if self.dirty {
            self.rebuild(app, self.project());
        }
    }

    /// The same project (by id) stays under the cursor, and the same member marked.
    fn reload(&mut self, app: &App, old: &Model) {
        let keep = self
            .project()
            .and_then(|p| app.data.model.project_by_id(&old.project(p).id));
        self.marked = self
            .marked
            .and_then(|m| app.data.model.member_by_id(&old.member(m).id));
        self.rebuild(app, keep);
    }

    fn shown(&self, _app: &App) -> Option<Shown> {
        Some(Shown::Project(self.project()?, None))
    }
}
