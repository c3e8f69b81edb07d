//! The popups over a view: the help (every key of the screen it was opened from, from
//! the key table) and the list of warnings in the data. Both are a text of items that
//! scrolls (see [`super::items`]); the warnings are wrapped only where shown.

use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
use ratatui::text::{Line, Span};

use super::items::{ItemScroll, Items};
use super::keymap::{self, Action, Context};
use super::screen::{Behavior, Transition};
use super::{App, Overlay};
use crate::model::Model;
use crate::present::layout;
use crate::text::{sanitize, wrap};

#[derive(Debug, Clone)]
pub struct Popup {
    pub kind: Overlay,
    /// The key context of the screen the help was opened from.
    pub from: Context,
    pub scroll: ItemScroll,
    /// The words the help is searched for (`/`), and their prompt while open.
    pub find: String,
    pub prompt: Option<super::line::LineEdit>,
}

/// A popup's text at the window's size: its items, its width, the rows it is shown in,
/// and the popup's place.
pub struct PopupText<'a> {
    pub items: Box<dyn Items + 'a>,
    pub width: usize,
    pub height: usize,
    pub area: ratatui::layout::Rect,
}

/// Lines built whole, one item each (the help: a page or two).
pub struct Built(pub Vec<Line<'static>>);

impl Items for Built {
    fn count(&self) -> usize {
        self.0.len()
    }

    fn lines(&self, i: usize, _width: usize) -> Vec<Line<'static>> {
        self.0.get(i).cloned().into_iter().collect()
    }
}

/// The list of problems as items, wrapped only where shown (see [`ItemScroll`]): the
/// errors that kept the last good data under their heading, the warnings, what to do.
pub struct ProblemItems<'a>(pub &'a App);

impl Items for ProblemItems<'_> {
    fn count(&self) -> usize {
        let app = self.0;
        if app.data.warnings.is_empty() && app.data.stale.is_empty() {
            return 3;
        }
        let stale = if app.data.stale.is_empty() {
            0
        } else {
            app.data.stale.len() + 2
        };
        stale + app.data.warnings.len() + 2
    }

    /// The messages are counted: the errors of the files, then the warnings.
    fn counted(&self, i: usize) -> Option<usize> {
        let app = self.0;
        let stale = app.data.stale.len();
        let message = if stale == 0 {
            Some(i)
        } else {
            match i.checked_sub(1)? {
                j if j < stale => Some(j),
                j => j.checked_sub(stale + 1).map(|w| stale + w),
            }
        };
        message.filter(|&n| n < self.total())
    }

    fn total(&self) -> usize {
        self.0.data.stale.len() + self.0.data.warnings.len()
    }

    fn lines(&self, i: usize, width: usize) -> Vec<Line<'static>> {
        let app = self.0;
        let (t, theme) = (app.options.lang.texts(), app.theme());
        if app.data.warnings.is_empty() && app.data.stale.is_empty() {
            return vec![match i {
                0 => Line::raw(t.problems_none),
                1 => Line::default(),
                _ => Line::styled(t.problems_close, theme.dim()),
            }];
        }
        let listed = |d: &crate::diag::Diagnostic, style| {
            wrap(
                &sanitize(&crate::present::words::problems::line(d, app.options.lang)),
                width,
            )
            .into_iter()
            .map(move |l| Line::styled(l, style))
            .collect::<Vec<_>>()
        };
        // The stale errors under their heading and a gap, then the warnings.
        let mut i = i;
        if !app.data.stale.is_empty() {
            match i.checked_sub(1) {
                None => return vec![Line::styled(t.stale_title, theme.heading())],
                Some(j) if j < app.data.stale.len() => {
                    return app
                        .data
                        .stale
                        .get(j)
                        .map(|d| listed(d, theme.error()))
                        .unwrap_or_default();
                }
                Some(j) if j == app.data.stale.len() => return vec![Line::default()],
                Some(_) => i -= app.data.stale.len() + 2,
            }
        }
        match app.data.warnings.get(i) {
            Some(d) => listed(d, theme.warning()),
            None if i == app.data.warnings.len() => vec![Line::default()],
            None => wrap(t.problems_close, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim()))
                .collect(),
        }
    }
}

impl Popup {
    pub fn new(kind: Overlay) -> Popup {
        Popup {
            kind,
            from: Context::Browser,
            scroll: ItemScroll::default(),
            find: String::new(),
            prompt: None,
        }
    }

    /// The help for the keys of a screen.
    pub fn help(from: Context) -> Popup {
        Popup {
            from,
            ..Popup::new(Overlay::Help)
        }
    }

    /// The text of the popup at a width.
    pub fn items<'a>(&self, app: &'a App, width: usize) -> Box<dyn Items + 'a> {
        match self.kind {
            Overlay::Help => {
                let lines = help_lines(app, self.from, width);
                let words = self.prompt.as_ref().map_or(self.find.as_str(), |l| &l.text);
                Box::new(Built(found(app, lines, words)))
            }
            Overlay::Problems => Box::new(ProblemItems(app)),
        }
    }

    /// The popup's text, made once, and where it goes: as wide as usual, as tall as the
    /// text needs.
    pub fn text<'a>(&self, app: &'a App) -> PopupText<'a> {
        let width = usize::from(layout::popup_text(app.size).width);
        let items = self.items(app, width);
        let most = usize::from(app.size.height);
        let area = layout::popup_for(app.size, ItemScroll::lines_up_to(&*items, width, most));
        PopupText {
            items,
            width,
            height: usize::from(layout::text_of(area).height),
            area,
        }
    }

    /// The title: what the popup lists.
    pub fn title(&self, app: &App) -> &'static str {
        let t = app.options.lang.texts();
        match self.kind {
            Overlay::Help => t.help_title,
            Overlay::Problems if app.data.stale.is_empty() => t.problems_title,
            Overlay::Problems => t.problems_title_errors,
        }
    }
}

/// The help's lines with all the words searched for (every line when none), under a
/// line that says what was searched and how many lines have it.
fn found(app: &App, lines: Vec<Line<'static>>, words: &str) -> Vec<Line<'static>> {
    let words: Vec<&str> = words.split_whitespace().collect();
    if words.is_empty() {
        return lines;
    }
    let theme = app.theme();
    let kept: Vec<Line<'static>> = lines
        .into_iter()
        .filter(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            words.iter().all(|w| crate::text::folded_contains(&text, w))
        })
        .collect();
    let head = (app.options.lang.texts().help_found)(&words.join(" "), kept.len());
    std::iter::once(Line::styled(head, theme.heading()))
        .chain(std::iter::once(Line::default()))
        .chain(kept)
        .collect()
}

/// Every key of a screen (and of its prompt), the keys of every view, the marks, the
/// mouse.
pub fn help_lines(app: &App, from: Context, width: usize) -> Vec<Line<'static>> {
    let (t, lang, theme) = (app.options.lang.texts(), app.options.lang, app.theme());
    let plain = app.options.glyphs == crate::text::Glyphs::Ascii;
    // A screen and its prompt are explained together.
    let (main, prompt) = match from {
        Context::Browser | Context::Search => {
            (Context::Browser, Some((Context::Search, t.help_search)))
        }
        // The filter serves the matrix, the timeline and the list of members to compare
        // with; opened from the filter itself, the help lists its keys alone.
        Context::Matrix | Context::Timeline | Context::Choose => {
            (from, Some((Context::Filter, t.help_filter)))
        }
        other => (other, None),
    };
    let own: Vec<_> = keymap::bindings(main).collect();
    let inner: Vec<_> = prompt.map_or_else(Vec::new, |(p, _)| keymap::bindings(p).collect());
    let layered: Vec<_> = keymap::layers(main)
        .iter()
        .skip(1)
        .flat_map(|&l| keymap::bindings(l))
        .collect();
    let key_width = own
        .iter()
        .chain(&inner)
        .chain(&layered)
        .map(|b| b.keys_label(lang, plain).chars().count())
        .max()
        .unwrap_or(0);
    // A long description wraps under itself, never under the keys.
    let line = |b: &keymap::Binding| -> Vec<Line<'static>> {
        let room = width.saturating_sub(key_width + 2).max(20);
        wrap(b.describe(lang), room)
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let keys = if i == 0 {
                    b.keys_label(lang, plain)
                } else {
                    String::new()
                };
                Line::from(vec![
                    Span::styled(format!("{keys:<key_width$}  "), theme.key()),
                    Span::raw(text),
                ])
            })
            .collect()
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    if main == Context::Matrix {
        lines.push(Line::styled(t.help_matrix, theme.heading()));
    }
    lines.extend(own.iter().flat_map(|b| line(b)));
    if let Some((_, title)) = prompt {
        lines.push(Line::default());
        lines.push(Line::styled(title, theme.heading()));
        lines.extend(inner.iter().flat_map(|b| line(b)));
    }
    // The views name the keys of every view; the error screen only those that work
    // everywhere.
    let views = !matches!(main, Context::Errors | Context::Overlay);
    lines.push(Line::default());
    let heading = if views {
        t.help_everywhere
    } else {
        t.help_also
    };
    lines.push(Line::styled(heading, theme.heading()));
    lines.extend(layered.iter().flat_map(|b| line(b)));
    lines.push(Line::default());
    // The marks of the timeline and the profile's chart.
    let own_legend = match main {
        Context::Timeline => Some(t.timeline.legend),
        Context::Profile => Some(t.profile.chart_legend),
        _ => None,
    };
    if let Some(legend) = own_legend {
        lines.extend(wrap(legend, width).into_iter().map(Line::raw));
        lines.push(Line::default());
    }
    // Every mark, number and status, as the browser and the matrix show them.
    if matches!(main, Context::Browser | Context::Matrix) {
        let members = app.data.model.members.len();
        for l in [
            t.legend_selection,
            t.legend,
            t.legend_projects,
            t.legend_projects_all,
            t.legend_years,
            t.legend_status,
        ] {
            let l = crate::present::words::of_members(l, members);
            lines.extend(wrap(&l, width).into_iter().map(Line::raw));
        }
        if main == Context::Matrix {
            for l in [t.matrix.cursor_help, t.matrix.totals_help] {
                lines.extend(wrap(l, width).into_iter().map(Line::raw));
            }
        }
        lines.push(Line::default());
    }
    let mouse = if app.options.mouse {
        t.help_mouse
    } else {
        t.help_no_mouse
    };
    lines.extend(wrap(mouse, width).into_iter().map(Line::raw));
    lines.push(Line::default());
    lines.extend(
        wrap(t.help_close, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

impl Behavior for Popup {
    fn context(&self) -> Context {
        match (self.kind, &self.prompt) {
            (_, Some(_)) => Context::Filter,
            (Overlay::Help, None) => Context::Help,
            (Overlay::Problems, None) => Context::Overlay,
        }
    }

    fn is_popup(&self) -> bool {
        true
    }

    fn update(&mut self, app: &mut App, action: Action) -> Transition {
        // The search prompt: typed words narrow the lines; Enter keeps them, Esc drops.
        if let Some(line) = &mut self.prompt {
            match line.apply(action) {
                super::line::Edited::Text => self.scroll = ItemScroll::default(),
                super::line::Edited::Cursor => {}
                super::line::Edited::No => match action {
                    Action::Close => {
                        self.find = line.text.clone();
                        self.prompt = None;
                    }
                    Action::Back => {
                        self.find.clear();
                        self.prompt = None;
                        self.scroll = ItemScroll::default();
                    }
                    _ => {}
                },
            }
            return Transition::Stay;
        }
        if action == Action::Close {
            return Transition::Pop;
        }
        if action == Action::OpenSearch && self.kind == Overlay::Help {
            self.prompt = Some(super::line::LineEdit::new(&self.find));
            return Transition::Stay;
        }
        let text = self.text(app);
        self.scroll
            .key(action, &*text.items, text.width, text.height);
        Transition::Stay
    }

    /// A click anywhere closes the popup; the wheel scrolls it.
    fn mouse(&mut self, app: &mut App, m: MouseEvent) -> Transition {
        let PopupText {
            items,
            width,
            height,
            ..
        } = self.text(app);
        match m.kind {
            MouseEventKind::Down(_) => return Transition::Pop,
            MouseEventKind::ScrollDown => self.scroll.down(3, &*items, width, height),
            MouseEventKind::ScrollUp => self.scroll.up(3, &*items, width),
            _ => {}
        }
        Transition::Stay
    }

    fn resize(&mut self, app: &App) {
        let text = self.text(app);
        self.scroll
            .keep_within(&*text.items, text.width, text.height);
    }

    fn reload(&mut self, app: &App, _old: &Model) {
        self.resize(app);
    }

    fn shown(&self, _app: &App) -> Option<super::Shown> {
        None
    }
}
