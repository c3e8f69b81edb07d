//! The compare screen: while the second member is chosen, the list of the others; then
//! the five sides as bars with their counts, and every project with where it stands.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::view;
use crate::app::scroll::Cursor;
use crate::app::{App, CompareState};
use crate::model::Member;
use crate::present::theme::Theme;
use crate::present::{chart, layout};
use crate::query::compare::{Comparison, Side};
use crate::text::sanitize;

/// Choosing the second member: the others, narrowed by what is typed.
fn draw_choosing(
    frame: &mut Frame<'_>,
    app: &App,
    st: &CompareState,
    areas: &layout::ViewAreas,
    cursor: &Cursor,
    theme: Theme,
) {
    let (t, model) = (app.options.lang.texts(), &app.data.model);
    let cw = &t.compare;
    let Some(a) = model.members.get(st.a.0) else {
        return;
    };
    let others = st.others(app);
    let (before, after) = cw.choose_title;
    let title = format!(" {before} {} ({}) {after} ", sanitize(&a.name), a.code).replace("  ", " ");
    view::frame(frame, areas, Line::from(title), others.len(), cursor, theme);
    let heading = vec![Span::styled(t.members.to_uppercase(), theme.heading())];
    view::list(
        frame,
        areas,
        heading,
        &others,
        cursor,
        &mut |_, &m, width| {
            let m = model.member(m);
            view::cells(
                vec![
                    (m.code.clone(), 5, theme.key()),
                    (m.name.clone(), 0, Style::new()),
                ],
                width,
            )
        },
        cw.no_member,
        theme,
    );
    if st.foot_rows() > 0 {
        view::prompt(
            frame,
            app,
            areas.foot,
            t.matrix.filter,
            st.prompt.as_ref(),
            &st.find,
            theme,
        );
    }
    super::status::draw(frame, areas.status, app, theme);
}

/// The sides as bars, the count at the end of each.
fn sides(
    app: &App,
    c: &Comparison,
    a: &Member,
    b: &Member,
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let cw = &app.options.lang.texts().compare;
    let names: Vec<String> = Side::ALL
        .iter()
        .map(|&s| match s {
            Side::Open => cw.open.to_string(),
            _ => cw.side(s, &a.code, &b.code),
        })
        .collect();
    let label_width = names.iter().map(|n| n.width()).max().unwrap_or(0) + 2;
    let most = Side::ALL.iter().map(|&s| c.count(s)).max().unwrap_or(0);
    let room = usize::from(width).saturating_sub(label_width + 6);
    let per = chart::per_mark(most, room);
    Side::ALL
        .iter()
        .zip(&names)
        .map(|(&s, name)| {
            let n = c.count(s);
            let style = match s {
                Side::Both => theme.named(),
                Side::Open => theme.possible(),
                _ => Style::new(),
            };
            Line::from(vec![
                Span::raw(format!("{name:<label_width$}")),
                Span::styled(chart::bar(n, per), style),
                Span::raw(format!(" {n}")),
            ])
        })
        .collect()
}

pub fn draw(frame: &mut Frame<'_>, app: &App, st: &CompareState, theme: Theme) {
    let Some(areas) = layout::view(frame.area(), st.head_rows(), st.foot_rows()) else {
        super::too_small(frame, app);
        return;
    };
    let (t, model) = (app.options.lang.texts(), &app.data.model);
    let cw = &t.compare;
    let Some(a) = model.members.get(st.a.0) else {
        return;
    };
    let (c, cursor) = match (&st.choosing, &st.comparison) {
        (Some(cursor), _) => {
            draw_choosing(frame, app, st, &areas, cursor, theme);
            return;
        }
        (_, Some(c)) => (c, &st.list),
        _ => return,
    };
    let b = model.member(c.b);
    let scope = c
        .year
        .map_or_else(|| t.all_years.to_string(), |y| y.to_string());
    let title = format!(
        " {}: {} ({}) {} {} ({}) · {scope} ",
        cw.title,
        sanitize(&a.name),
        a.code,
        cw.and,
        sanitize(&b.name),
        b.code
    );
    view::frame(
        frame,
        &areas,
        Line::from(title),
        c.rows.len(),
        cursor,
        theme,
    );

    let head = sides(app, c, a, b, areas.head.width, theme);
    view::text(frame, areas.head, head);

    // The side of a row as the rows name it ("only MW", "not known").
    let side_width = Side::ALL
        .iter()
        .map(|&s| cw.side(s, &a.code, &b.code).width())
        .chain([cw.head[0].width()])
        .max()
        .unwrap_or(0);
    let answer_width = [
        crate::model::Cell::Yes,
        crate::model::Cell::No,
        crate::model::Cell::Unknown,
    ]
    .iter()
    .map(|&x| t.answer(x).width())
    .max()
    .unwrap_or(0);
    let width = usize::from(areas.list.width).saturating_sub(2);
    // Where the window is narrow, the side gives way to the titles: the two answers
    // say it too.
    let short = if width >= 98 { side_width } else { 0 };
    let widths = [
        short,
        a.code.width().max(answer_width),
        b.code.width().max(answer_width),
        0,
    ];
    let heads = [cw.head[0], a.code.as_str(), b.code.as_str(), cw.head[1]];
    let heading = view::cells(
        heads
            .iter()
            .zip(widths)
            .skip(usize::from(short == 0))
            .map(|(h, w)| (h.to_string(), w, theme.heading()))
            .collect(),
        width,
    );
    view::list(
        frame,
        &areas,
        heading,
        &c.rows,
        cursor,
        &mut |_, r, width| {
            let cells = vec![
                (cw.side(r.side, &a.code, &b.code), widths[0], Style::new()),
                (t.answer(r.a).to_string(), widths[1], theme.cell(r.a)),
                (t.answer(r.b).to_string(), widths[2], theme.cell(r.b)),
                (model.project(r.project).title.clone(), 0, Style::new()),
            ];
            let cells = cells.into_iter().skip(usize::from(short == 0)).collect();
            view::cells(cells, width)
        },
        t.matrix.no_projects,
        theme,
    );
    super::status::draw(frame, areas.status, app, theme);
}
