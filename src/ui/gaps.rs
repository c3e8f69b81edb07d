//! The gaps screen: the summary, a row per gap (where, what), and the selected gap's
//! message in full under the list.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::Line;

use super::view;
use crate::app::gaps;
use crate::app::{App, GapsState};
use crate::diag::Gap;
use crate::present::layout;
use crate::present::theme::Theme;
use crate::present::words::problems::shown_path;
use crate::query::search::Target;
use crate::text::{sanitize, wrap};

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &GapsState, theme: Theme) {
    let Some(areas) = layout::view(frame.area(), st.head_rows(app), GapsState::FOOT) else {
        super::too_small(frame, app);
        return;
    };
    let (lang, gw) = (app.options.lang, &app.options.lang.texts().gaps);
    let gaps = app.data.gaps();
    let title = format!(" {} ", gw.title);
    view::frame(
        frame,
        &areas,
        Line::from(title),
        gaps.len(),
        &st.list,
        theme,
    );
    let summary = st.summary(app).into_iter().map(Line::raw).collect();
    view::text(frame, areas.head, summary);
    // The list names the file (the line under it gives the whole path), what the gap
    // is about by its name, and what is missing.
    let file = |g: &Gap| {
        let path = g.path.as_str();
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        format!("{name}:{}", g.line)
    };
    let model = &app.data.model;
    let about = |g: &Gap| match gaps::target(model, g) {
        Some((Target::Project(p), _)) => model.project(p).title.clone(),
        Some((Target::Member(m), _)) => model.member(m).name.clone(),
        Some((Target::Year(y), _)) => y.to_string(),
        None => g.subject.clone(),
    };
    // The message without the id it starts with, which the name says better.
    let what = |g: &Gap| {
        let text = (lang.texts().gaps.said)(&g.what);
        let id = format!("`{}` ", g.subject);
        text.strip_prefix(&id)
            .map_or_else(|| text.clone(), str::to_string)
    };
    let shown = st
        .list
        .scroll
        .visible(gaps.len(), usize::from(areas.list.height));
    let shown = gaps.get(shown).unwrap_or_default();
    let width = usize::from(areas.list.width).saturating_sub(2);
    let widest = |f: &dyn Fn(&Gap) -> String, head: &str| {
        shown
            .iter()
            .map(|g| unicode_width::UnicodeWidthStr::width(f(g).as_str()))
            .chain([unicode_width::UnicodeWidthStr::width(head)])
            .max()
            .unwrap_or(0)
    };
    // Where the window is narrow, the file gives way (the line under the list names it).
    let [where_head, about_head, what_head] = gw.head;
    // At most a quarter: what is missing matters more than where.
    let place_width = if width >= 110 {
        widest(&file, where_head).min(width / 4)
    } else {
        0
    };
    // A name too long for its column loses its start, never its line number.
    let file = |g: &Gap| {
        let whole = file(g);
        let n = whole.chars().count();
        if n <= place_width || place_width < 2 {
            whole
        } else {
            let keep: String = whole.chars().skip(n + 1 - place_width).collect();
            format!("…{keep}")
        }
    };
    let about_width = widest(&about, about_head).min(32).min(width / 3);
    let mut heads = Vec::new();
    if place_width > 0 {
        heads.push((where_head.to_string(), place_width, theme.heading()));
    }
    heads.push((about_head.to_string(), about_width, theme.heading()));
    heads.push((what_head.to_string(), 0, theme.heading()));
    let heading = view::cells(heads, width);
    view::list(
        frame,
        &areas,
        heading,
        gaps,
        &st.list,
        &mut |_, g, width| {
            let mut cells = Vec::new();
            if place_width > 0 {
                cells.push((file(g), place_width, theme.dim()));
            }
            cells.push((about(g), about_width, Style::new()));
            cells.push((what(g), 0, Style::new()));
            view::cells(cells, width)
        },
        "",
        theme,
    );
    // The selected gap in full: its place and message, wrapped.
    if let Some(g) = st.gap(app) {
        let text = format!(
            "{}:{}: {}",
            shown_path(&g.path, lang),
            g.line,
            sanitize(&(lang.texts().gaps.said)(&g.what))
        );
        let width = usize::from(areas.foot.width).max(1);
        let mut lines: Vec<Line<'static>> = wrap(&text, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.key()))
            .collect();
        // What to write: on the last line, where the eye ends.
        let fix = wrap(&(lang.texts().gaps.fix)(&g.what), width);
        let room = usize::from(areas.foot.height);
        lines.truncate(room.saturating_sub(fix.len().min(2)).max(1));
        let left = room.saturating_sub(lines.len());
        for l in fix.into_iter().take(left) {
            lines.push(Line::styled(l, theme.dim()));
        }
        view::text(frame, areas.foot, lines);
    }
    super::status::draw(frame, areas.status, app, theme);
}
