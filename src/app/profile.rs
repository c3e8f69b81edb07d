//! The profile screen (`p` on a member): what [`crate::query::profile`] finds for the
//! member — its projects by year as bars, named told apart from possible, its share, the
//! offices it is the seat of — and the list of all projects with where it stands. Enter
//! opens a project in the browser, `c` compares the member with another.

use ratatui::crossterm::event::MouseEvent;

use super::compare::CompareState;
use super::keymap::{Action, Context};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::Cursor;
use super::{App, BrowserState, Shown};
use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::present::layout;
use crate::query::profile::{Profile, profile};
use crate::query::search::Target;
use crate::text::sanitize;

#[derive(Debug, Clone)]
pub struct ProfileState {
    pub profile: Profile,
    pub list: Cursor,
    /// The years the member is named in, as the list shows them ("2016–2019, 2023"),
    /// made once per profile.
    pub named_years: Vec<String>,
    /// The widest of them.
    pub years_width: usize,
}

/// What the chart of the years shows at the window's size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The years shown (the latest that fit), as indices of the profile's years.
    pub years: std::ops::Range<usize>,
    /// The width of a year's column, and the label column before them.
    pub cell: usize,
    pub label: usize,
    /// The bars' height, and how many projects one mark stands for.
    pub height: usize,
    pub per: usize,
    /// The legend's lines.
    pub legend: Vec<String>,
}

impl ProfileState {
    pub fn open(app: &App, m: MemberIdx) -> ProfileState {
        let mut st = ProfileState {
            profile: profile(&app.data.model, m),
            list: Cursor::default(),
            named_years: Vec::new(),
            years_width: 0,
        };
        st.label_years(app);
        let at = app
            .project
            .and_then(|p| st.profile.rows.iter().position(|r| r.project == p))
            .unwrap_or(0);
        st.list.select(at, st.profile.rows.len(), st.rows(app));
        st
    }

    fn label_years(&mut self, app: &App) {
        let (t, p) = (app.options.lang.texts(), &self.profile);
        self.named_years = p
            .rows
            .iter()
            .map(|r| match r.cell {
                crate::model::Cell::Yes => {
                    crate::present::detail::named_years(t, &app.data.model, r.project, p.member)
                }
                _ => "–".to_string(),
            })
            .collect();
        self.years_width = self
            .named_years
            .iter()
            .map(|y| unicode_width::UnicodeWidthStr::width(y.as_str()))
            .max()
            .unwrap_or(0);
    }

    /// The chart at the window's size.
    pub fn chart(&self, app: &App) -> Chart {
        use unicode_width::UnicodeWidthStr as _;
        let pw = &app.options.lang.texts().profile;
        let width = usize::from(layout::inner(app.size).width).max(1);
        let years = &self.profile.years;
        let label = [pw.named_row, pw.possible_row, pw.no_row, pw.all_row]
            .iter()
            .map(|w| w.width())
            .max()
            .unwrap_or(0)
            + 1;
        let cell = crate::present::chart::cell_width(years.iter().map(|c| c.ran));
        let fit = width.saturating_sub(label) / (cell + 1);
        let shown = years.len().saturating_sub(fit)..years.len();
        let height = Self::bar_height(app);
        let most = years
            .get(shown.clone())
            .unwrap_or_default()
            .iter()
            .map(|c| c.named + c.possible)
            .max()
            .unwrap_or(0);
        let per = crate::present::chart::per_mark(most, height);
        let mut legend = if height == 0 {
            pw.rows_legend.to_string()
        } else {
            pw.chart_legend.to_string()
        };
        if per > 1 && height > 0 {
            legend = format!("{legend}; {} {per} {}", pw.per_mark.0, pw.per_mark.1);
        }
        Chart {
            years: shown,
            cell,
            label,
            height,
            per,
            legend: crate::text::wrap(&legend, width),
        }
    }

    pub fn member(&self) -> MemberIdx {
        self.profile.member
    }

    pub fn project(&self) -> Option<ProjectIdx> {
        Some(self.profile.rows.get(self.list.at)?.project)
    }

    /// The lines of text above the chart at the window's width: the summary, the
    /// offices it is the seat of, its sources.
    pub fn text(&self, app: &App) -> Vec<String> {
        let (model, t) = (&app.data.model, app.options.lang.texts());
        let width = usize::from(layout::inner(app.size).width).max(1);
        let p = &self.profile;
        let mut out = crate::text::wrap(&t.profile.summary(p), width);
        if !p.hosted.is_empty() {
            let titles = p.hosted_titles(model);
            let text = format!("{}: {}", t.hosts, titles.join(", "));
            out.extend(crate::text::wrap(&sanitize(&text), width));
        }
        let sources: Vec<&str> = model
            .member(p.member)
            .sources
            .iter()
            .map(|id| {
                model
                    .source_by_id(id)
                    .map_or(id.as_str(), |s| s.title.as_str())
            })
            .collect();
        if !sources.is_empty() {
            let text = format!("{}: {}", t.sources, sources.join("; "));
            let text = sanitize(&text);
            // In a low window one line, cut; `y` copies them whole.
            if app.size.height < 30 {
                out.push(crate::text::truncate(&text, width));
            } else {
                out.extend(crate::text::wrap(&text, width));
            }
        }
        out
    }

    /// How tall the bars are: taller in a taller window; none in a low one, where bars
    /// of two or three marks would say less than the numbers under them.
    pub fn bar_height(app: &App) -> usize {
        match usize::from(app.size.height).saturating_sub(18) / 3 {
            h if h < 4 => 0,
            h => h.min(12),
        }
    }

    /// Lines above the list: the text, a blank line, the chart's legend, the bars, the
    /// years, and the counts named, possible, no and all.
    pub fn head_rows(&self, app: &App) -> usize {
        let chart = self.chart(app);
        self.text(app).len() + 1 + chart.legend.len() + chart.height + 5
    }

    pub fn rows(&self, app: &App) -> usize {
        layout::view_rows(app.size, self.head_rows(app), 0)
    }
}

impl Behavior for ProfileState {
    fn context(&self) -> Context {
        Context::Profile
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        let (len, rows) = (self.profile.rows.len(), self.rows(app));
        if self.list.key(action, len, rows) {
            return Transition::Stay;
        }
        match action {
            Action::Back => Transition::Pop,
            Action::Follow => {
                let Some(p) = self.project() else {
                    return Transition::Stay;
                };
                app.member = Some(self.member());
                let b = BrowserState::opened_on(app, Target::Project(p));
                Transition::Push(Box::new(Screen::Browser(b)))
            }
            Action::Compare => Transition::Push(Box::new(Screen::Compare(CompareState::open(
                app,
                self.member(),
            )))),
            _ => Transition::Stay,
        }
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        if let Some(areas) = layout::view(app.size, self.head_rows(app), 0) {
            self.list.mouse(&m, areas.list, self.profile.rows.len());
        }
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        self.list
            .select(self.list.at, self.profile.rows.len(), self.rows(app));
    }

    fn resumed(&mut self, app: &App) {
        self.resize(app);
    }

    /// The same member and project (by id); a member that is gone closes the profile
    /// on the first member.
    fn reload(&mut self, app: &App, old: &Model) {
        let keep = self
            .project()
            .and_then(|p| app.data.model.project_by_id(&old.project(p).id));
        let m = app
            .data
            .model
            .member_by_id(&old.member(self.member()).id)
            .unwrap_or(MemberIdx(0));
        if app.data.model.members.is_empty() {
            self.profile.rows.clear();
            return;
        }
        self.profile = profile(&app.data.model, m);
        self.label_years(app);
        let at = keep
            .and_then(|p| self.profile.rows.iter().position(|r| r.project == p))
            .unwrap_or(self.list.at);
        self.list
            .select(at, self.profile.rows.len(), self.rows(app));
    }

    /// The project of the cursor's row, in all years; the member where it has none.
    fn shown(&self, _app: &App) -> Option<Shown> {
        Some(match self.project() {
            Some(p) => Shown::Project(p, None),
            None => Shown::Member(self.member()),
        })
    }
}
