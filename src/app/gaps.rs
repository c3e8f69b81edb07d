//! The gaps screen (`!` in the browser): what the data still lacks, worst first, each at
//! the file and line where it is completed (found by the load, see [`crate::diag::Gap`]).
//! Enter opens what a gap is about in the browser; `e` opens its file at that line in
//! the user's editor, for data read with `--data`.

use ratatui::crossterm::event::MouseEvent;

use super::keymap::{Action, Context};
use super::screen::{Behavior, Screen, Transition};
use super::scroll::Cursor;
use super::{App, BrowserState, Effect, Shown};
use crate::diag::Gap;
use crate::model::Model;
use crate::present::layout;
use crate::query::search::Target;

#[derive(Debug, Clone, Default)]
pub struct GapsState {
    pub list: Cursor,
    /// The summary above the list, made when the gaps change (it counts them all).
    pub said: String,
}

/// What a gap is about: a project (in the year it concerns), a member, or a year (a
/// missing report, a report or composition without a source).
pub fn target(model: &Model, gap: &Gap) -> Option<(Target, Option<u16>)> {
    if let Some(p) = model.project_by_id(&gap.subject) {
        return Some((Target::Project(p), gap.year));
    }
    if let Some(m) = model.member_by_id(&gap.subject) {
        return Some((Target::Member(m), None));
    }
    let year = gap.year.or_else(|| {
        // A report is named by its number.
        let n: u32 = gap.subject.parse().ok()?;
        Some(model.reports.iter().find(|r| r.number == n)?.year)
    })?;
    Some((Target::Year(year), None))
}

impl GapsState {
    /// The gap under the cursor.
    pub fn gap<'a>(&self, app: &'a App) -> Option<&'a Gap> {
        app.data.gaps().get(self.list.at)
    }

    /// `!` in the browser.
    pub fn open(app: &App) -> GapsState {
        let mut st = GapsState::default();
        st.reload(app, &app.data.model);
        st
    }

    /// Lines above the list: the summary.
    pub fn head_rows(&self, app: &App) -> usize {
        self.summary(app).len()
    }

    /// The summary at the window's width.
    pub fn summary(&self, app: &App) -> Vec<String> {
        let gw = &app.options.lang.texts().gaps;
        let width = usize::from(layout::inner(app.size).width).max(1);
        let text = if app.data.gaps().is_empty() {
            gw.none
        } else {
            &self.said
        };
        crate::text::wrap(text, width)
    }

    /// Lines under the list: the selected gap's message in full.
    pub const FOOT: usize = 4;

    pub fn rows(&self, app: &App) -> usize {
        layout::view_rows(app.size, self.head_rows(app), Self::FOOT)
    }

    fn edit(&self, app: &mut App) {
        let Some(gap) = self.gap(app) else {
            return;
        };
        if app.is_builtin() {
            app.message = Some(app.options.lang.texts().gaps.built_in.to_string());
            return;
        }
        let effect = Effect::Edit {
            path: gap.path.clone().into(),
            line: gap.line,
        };
        app.request(effect);
    }
}

impl Behavior for GapsState {
    fn context(&self) -> Context {
        Context::Gaps
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        if self.list.key(action, app.data.gaps().len(), self.rows(app)) {
            return Transition::Stay;
        }
        match action {
            Action::Back => Transition::Pop,
            Action::Edit => {
                self.edit(app);
                Transition::Stay
            }
            Action::Follow => {
                let Some((target, year)) = self.gap(app).and_then(|g| target(&app.data.model, g))
                else {
                    return Transition::Stay;
                };
                if let Some(y) = year {
                    let row = (0..app.year_count()).find(|&r| app.year_at(r) == Some(y));
                    app.set_year(row.unwrap_or(app.year));
                }
                let b = BrowserState::opened_on(app, target);
                Transition::Push(Box::new(Screen::Browser(b)))
            }
            _ => Transition::Stay,
        }
    }

    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        if let Some(areas) = layout::view(app.size, self.head_rows(app), Self::FOOT) {
            self.list.mouse(&m, areas.list, app.data.gaps().len());
        }
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        self.list
            .select(self.list.at, app.data.gaps().len(), self.rows(app));
    }

    /// Back from the browser or the editor: the gaps may have changed meanwhile.
    fn resumed(&mut self, app: &App) {
        self.resize(app);
    }

    /// The list is the new load's; the cursor stays at its place in it.
    fn reload(&mut self, app: &App, _old: &Model) {
        self.said = app.options.lang.texts().gaps.summary(app.data.gaps());
        self.resize(app);
    }

    /// The project or member the gap is about.
    fn shown(&self, app: &App) -> Option<Shown> {
        match target(&app.data.model, self.gap(app)?)?.0 {
            Target::Project(p) => Some(Shown::Project(p, None)),
            Target::Member(m) => Some(Shown::Member(m)),
            Target::Year(_) => None,
        }
    }
}
