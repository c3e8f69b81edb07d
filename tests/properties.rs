//! Property tests: random sequences of keys, mouse events and resizes (1×1 up to
//! 300×100), applied to the app and drawn into ratatui's `TestBackend` after each one,
//! never panic, and the invariants hold after every step:
//! - every selection points at an item that exists (year, project, member, the matrix
//!   cursor, the search result);
//! - what has the focus is on screen: the focused pane has room, and after a key that
//!   moves the selection (or a resize) the selection lies within the rows and columns
//!   shown (the mouse wheel may scroll it out of view; the next move brings it back);
//! - the help lists every key that works where it was opened.
//!
//! Cases: `PROPTEST_CASES` (64 by default, so CI stays quick).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use ikz::app::{
    App, Context, ErrorItems, ErrorsState, Input, ItemScroll, Options, Pane, Screen, View, keymap,
};
use ikz::data::generate::Size;
use ikz::data::{Loaded, Origin, load, load_memory};
use ikz::present::words::Lang;

fn key() -> impl Strategy<Value = Input> {
    let chars = "jkhlgGHLmscf/0<>e?wrnqxau äößtpM!";
    let plain = proptest::sample::select(chars.chars().collect::<Vec<_>>())
        .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let ctrl = proptest::sample::select(vec!['w', 'u', 'n', 'p', 'f'])
        .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    let special = proptest::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Backspace,
        KeyCode::F(1),
    ])
    .prop_map(|c| KeyEvent::new(c, KeyModifiers::NONE));
    prop_oneof![6 => plain, 1 => ctrl, 3 => special].prop_map(Input::Key)
}

fn mouse() -> impl Strategy<Value = Input> {
    let kind = proptest::sample::select(vec![
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::ScrollDown,
        MouseEventKind::ScrollUp,
        MouseEventKind::ScrollLeft,
        MouseEventKind::ScrollRight,
        MouseEventKind::Moved,
    ]);
    (kind, 0u16..320, 0u16..110, any::<bool>()).prop_map(|(kind, column, row, shift)| {
        Input::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: if shift {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            },
        })
    })
}

fn resize() -> impl Strategy<Value = Input> {
    (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Resize(w, h))
}

/// Pasted text: words, line breaks, control characters, now and then very long.
fn paste() -> impl Strategy<Value = Input> {
    prop_oneof![
        "[a-zäöüß \\r\\n\\t\\x1b]{0,40}",
        (1usize..3000).prop_map(|n| "klima\n".repeat(n)),
    ]
    .prop_map(Input::Paste)
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![12 => key(), 3 => mouse(), 1 => resize(), 1 => paste()]
}

/// The data sets: the shipped data, a larger generated one, and one without projects.
fn data(which: u8) -> Loaded {
    match which {
        0 => load(&Origin::BuiltIn),
        1 => ikz::data::generate::load(Size {
            members: 40,
            projects: 120,
            years: 6,
            seed: 3,
        }),
        _ => load_memory(&[
            (
                "ikz.toml",
                b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n",
            ),
            (
                "members.toml",
                b"[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n",
            ),
        ]),
    }
}

/// Whether an input moves the selection where the app was (then it must be on screen).
fn moves_selection(context: Context, input: &Input) -> bool {
    use ikz::app::Action as A;
    match input {
        Input::Resize(..) => true,
        Input::Paste(_) => false,
        Input::Key(key) => matches!(
            (context, keymap::action(context, *key)),
            (
                Context::Browser | Context::Matrix,
                Some(
                    A::Up
                        | A::Down
                        | A::Top
                        | A::Bottom
                        | A::PageUp
                        | A::PageDown
                        | A::ColumnLeft
                        | A::ColumnRight
                        | A::FirstColumn
                        | A::LastColumn
                )
            )
        ),
        Input::Mouse(_) => false,
    }
}

fn check(app: &App, moved: bool) -> Result<(), TestCaseError> {
    prop_assert!(app.year < app.year_count());
    let projects = app.projects();
    match app.project {
        Some(p) => prop_assert!(projects.contains(&p), "project {p:?} not listed"),
        None => prop_assert!(projects.is_empty() || app.view() == View::Browser),
    }
    if let Some(m) = app.member {
        prop_assert!(m.0 < app.data.model.members.len());
    }
    if let Some(mx) = app.matrix() {
        if let Some(r) = mx.row {
            prop_assert!(
                r < mx.grid.rows.len(),
                "matrix row {r} of {}",
                mx.grid.rows.len()
            );
        }
        if let Some(c) = mx.col {
            prop_assert!(c < mx.grid.columns.len());
        }
    }
    if let Some(st) = app.search() {
        prop_assert!(st.hits().is_empty() || st.selected < st.hits().len());
    }
    // What has the focus is on screen.
    let size = app.size;
    if let Some(a) = app.areas().filter(|_| app.view() == View::Browser) {
        let area = match focus(app) {
            Pane::Years => a.years,
            Pane::Projects => a.projects,
            Pane::Members => a.members,
            Pane::Detail => a.detail,
        };
        prop_assert!(
            area.width > 2 && area.height > 2,
            "focused pane {:?} has no room",
            focus(app)
        );
        let inner = usize::from(area.height.saturating_sub(2));
        if let Some(sel) = browser(app).selected_row(app, focus(app)).filter(|_| moved) {
            let top = browser(app).scroll[focus(app).index()].offset;
            prop_assert!(
                (top..top + inner.max(1)).contains(&sel),
                "selection {sel} off screen (from {top}, {inner} rows)"
            );
        }
    }
    if let Some(mx) = app.matrix().filter(|mx| {
        moved
            && app.view() == View::Matrix
            && app.overlay().is_none()
            && ikz::present::layout::matrix(size, &mx.grid).is_some()
    }) {
        let (rows, cols) = mx.page(app);
        if let Some(r) = mx.row {
            prop_assert!(
                (mx.rows.offset..mx.rows.offset + rows).contains(&r),
                "cursor row off screen"
            );
        }
        if let Some(c) = mx.col {
            prop_assert!(
                (mx.cols.offset..mx.cols.offset + cols).contains(&c),
                "cursor column off screen"
            );
        }
    }
    // The cursor of the timeline, profile, compare and gaps is on a row, and on screen
    // after a move.
    let list = match app.top() {
        Some(Screen::Timeline(t)) => Some((t.list, t.timeline.rows.len(), t.rows(app))),
        Some(Screen::Profile(p)) => Some((p.list, p.profile.rows.len(), p.rows(app))),
        Some(Screen::Compare(c)) => Some(match (c.choosing, &c.comparison) {
            (Some(choosing), _) => (choosing, c.others(app).len(), c.rows(app)),
            (None, Some(cmp)) => (c.list, cmp.rows.len(), c.rows(app)),
            (None, None) => (c.list, 0, 1),
        }),
        Some(Screen::Gaps(g)) => Some((g.list, app.data.gaps().len(), g.rows(app))),
        _ => None,
    };
    if let Some((cursor, len, rows)) = list {
        prop_assert!(len == 0 || cursor.at < len, "cursor {} of {len}", cursor.at);
        if moved && ikz::present::layout::view(size, 0, 0).is_some() && len > 0 {
            prop_assert!(
                cursor.scroll.visible(len, rows).contains(&cursor.at),
                "cursor {} off screen ({:?}, {rows} rows)",
                cursor.at,
                cursor.scroll
            );
        }
    }
    // Every popup and the error screen stay within their lines.
    match app.top() {
        Some(Screen::Help(p) | Screen::Problems(p)) => {
            let text = p.text(app);
            let last = ItemScroll::last(&*text.items, text.width, text.height);
            prop_assert!(p.scroll <= last);
        }
        Some(Screen::Errors(e)) => {
            let (width, height) = (ErrorsState::width(app), ErrorsState::height(app));
            let last = ItemScroll::last(&ErrorItems(app), width, height);
            prop_assert!(e.scroll <= last);
        }
        _ => {}
    }
    // The help lists every key that works where it was opened (unless it is searched:
    // then only the lines with the words).
    if let Some(Screen::Help(p)) = app.top()
        && p.find.is_empty()
        && p.prompt.is_none()
    {
        let items = p.items(app, 200);
        let text: String = (0..items.count())
            .flat_map(|i| items.lines(i, 200))
            .map(|l| format!("{l}\n"))
            .collect();
        for b in keymap::working(p.from) {
            prop_assert!(
                text.contains(&b.keys_label(
                    app.options.lang,
                    app.options.glyphs == ikz::text::Glyphs::Ascii
                )),
                "help lacks {}",
                b.keys_label(
                    app.options.lang,
                    app.options.glyphs == ikz::text::Glyphs::Ascii
                )
            );
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_input_sequence_keeps_the_app_whole(
        which in 0u8..3,
        german in any::<bool>(),
        color in any::<bool>(),
        glyphs in 0u8..3,
        inputs in proptest::collection::vec(input(), 1..80),
    ) {
        let options = Options {
            lang: if german { Lang::De } else { Lang::En },
            mouse: true,
            color,
            glyphs: [ikz::text::Glyphs::All, ikz::text::Glyphs::ConsoleFonts, ikz::text::Glyphs::Ascii][usize::from(glyphs)],
            view: View::Browser,
        };
        let mut app = App::new(data(which), options, Rect::new(0, 0, 80, 24));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for input in inputs {
            let moved = moves_selection(app.context(), &input);
            let resized = match input {
                Input::Resize(w, h) => Some((w, h)),
                _ => None,
            };
            app.handle(input);
            app.settle();
            // Exports and reloads are the terminal side's work: not done here.
            let _ = app.take_effect();
            if let Some((w, h)) = resized {
                terminal.backend_mut().resize(w, h);
                terminal.resize(Rect::new(0, 0, w, h)).unwrap();
            }
            terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
            check(&app, moved)?;
        }
    }
}

fn browser(app: &App) -> &ikz::app::BrowserState {
    app.browser().expect("a browser is open")
}

fn focus(app: &App) -> Pane {
    browser(app).focus
}
