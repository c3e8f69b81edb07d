//! The gaps screen: the summary, a row per gap (where, what), and the selected gap's
//! message in full under the list.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::Line;

use super::view;
use crate::app::{App, GapsState};
use crate::diag::Gap;
use crate::present::layout;
use crate::present::theme::Theme;
use crate::text::{sanitize, wrap};

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &GapsState, theme: Theme) {
    let Some(areas) = layout::view(frame.area(), st.head_rows(app), GapsState::FOOT) else {
        super::too_small(frame, app);
        return;
    };
    let (lang, gw) = (app.options.lang, &app.options.lang.texts().gaps);
    let gaps = &app.gaps;
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
    // The list names the file; the line under it gives the whole path.
    let file = |g: &Gap| {
        let path = g.path.as_str();
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        format!("{name}:{}", g.line)
    };
    // The file column as wide as the widest place on screen, at most half the width.
    let shown = st
        .list
        .scroll
        .visible(gaps.len(), usize::from(areas.list.height));
    let shown = gaps.get(shown).unwrap_or_default();
    let width = usize::from(areas.list.width).saturating_sub(2);
    let place_width = shown
        .iter()
        .map(|g| unicode_width::UnicodeWidthStr::width(file(g).as_str()))
        .max()
        .unwrap_or(0)
        .max(gw.head[0].len())
        .min(width / 2);
    let heading = view::cells(
        gw.head
            .iter()
            .zip([place_width, 0])
            .map(|(h, w)| (h.to_string(), w, theme.heading()))
            .collect(),
        width,
    );
    view::list(
        frame,
        &areas,
        heading,
        gaps,
        &st.list,
        &mut |_, g, width| {
            view::cells(
                vec![
                    (file(g), place_width, theme.dim()),
                    (g.message.get(lang).to_string(), 0, Style::new()),
                ],
                width,
            )
        },
        "",
        theme,
    );
    // The selected gap in full: its place and message, wrapped.
    if let Some(g) = st.gap(app) {
        let text = format!("{}:{}: {}", g.path, g.line, sanitize(g.message.get(lang)));
        let lines = wrap(&text, usize::from(areas.foot.width).max(1))
            .into_iter()
            .map(|l| Line::styled(l, theme.key()))
            .collect();
        view::text(frame, areas.foot, lines);
    }
    super::status::draw(frame, areas.status, app, theme);
}
