//! Hostile text in data files: control characters and escape sequences, direction
//! controls, combining characters, emoji and very long names. Each is either rejected
//! with a located error, or drawn (browser, matrix, search, at several sizes) without
//! breaking the layout: every pane border stays in its column, and no cell holds a
//! character that would reach the terminal as a control.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use ikz::app::{App, Input, Options, View};
use ikz::data::Loaded;
use ikz::present::words::Lang;
use ikz::text::is_forbidden;

/// The shipped data with a member's name and a project's title and summary replaced by
/// `text` (given as TOML string content, so escapes such as `\u001b` work).
fn with_text(text: &str) -> Loaded {
    let mut files = common::shipped_texts();
    for (rel, content) in &mut files {
        match rel.as_str() {
            "members.toml" => {
                *content =
                    content.replacen("name = \"Bischofsheim\"", &format!("name = \"{text}\""), 1)
            }
            "projects/klimaschutz.toml" => {
                *content = content.replacen(
                    "title = \"Klimaschutz\"",
                    &format!("title = \"Klimaschutz {text}\""),
                    1,
                )
            }
            _ => {}
        }
    }
    common::load_texts(&files)
}

fn errors(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| ikz::present::words::problems::line(d, ikz::present::words::Lang::En))
        .collect()
}

#[test]
fn control_characters_and_escape_sequences_are_rejected_where_they_stand() {
    for (text, code) in [
        ("\\u001b[2J", "U+001B"),
        ("\\u001b]0;owned\\u0007", "U+001B"),
        ("\\u009b31m", "U+009B"),
        ("\\u0007", "U+0007"),
        ("\\u0000", "U+0000"),
        ("a\\rb", "U+000D"),
        ("\\u007f", "U+007F"),
    ] {
        let loaded = with_text(text);
        let e = errors(&loaded);
        assert_eq!(e.len(), 2, "{text}: {e:#?}");
        assert!(
            e[0].starts_with("<memory>/members.toml:") && e[0].contains(code),
            "{e:#?}"
        );
        assert!(e[1].starts_with("<memory>/projects/klimaschutz.toml:") && e[1].contains(code));
        // Named by its key, and placed at its escape, not at the opening quote.
        let col = if text.starts_with('a') { 1 } else { 0 };
        assert!(
            e[0].contains(&format!(
                ":{}: error: `name` contains the control character",
                9 + col
            )),
            "{e:#?}"
        );
        assert!(
            e[1].contains(&format!(
                ":{}: error: `title` contains the control character",
                22 + col
            )),
            "{e:#?}"
        );
    }
}

#[test]
fn direction_controls_are_rejected_where_they_stand() {
    for ch in [
        "\u{202e}", "\u{202b}", "\u{2067}", "\u{200f}", "\u{200e}", "\u{061c}",
    ] {
        let loaded = with_text(&format!("Rechts{ch}links"));
        let e = errors(&loaded);
        assert_eq!(e.len(), 2, "{ch:?}: {e:#?}");
        assert!(
            e.iter().all(|m| m.contains("invisible direction control")),
            "{e:#?}"
        );
        // The message shows the character escaped, never raw.
        assert!(e.iter().all(|m| !m.contains(ch)));
    }
}

fn app(loaded: Loaded, view: View, w: u16, h: u16) -> App {
    let options = Options {
        lang: Lang::De,
        mouse: true,
        color: true,
        glyphs: ikz::text::Glyphs::All,
        view,
    };
    App::new(loaded, options, Rect::new(0, 0, w, h))
}

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        app.settle();
    }
}

fn render(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    t.draw(|f| ikz::ui::draw(f, app)).unwrap();
    t.backend().buffer().clone()
}

/// Nothing on screen reaches the terminal as a control.
fn no_controls(b: &Buffer) {
    for cell in &b.content {
        assert!(
            !cell.symbol().chars().any(|c| is_forbidden(c, false)),
            "{:?}",
            cell.symbol()
        );
    }
}

fn is_border(s: &str) -> bool {
    matches!(
        s,
        "│" | "┃" | "┌" | "┐" | "└" | "┘" | "┏" | "┓" | "┗" | "┛" | "─" | "━"
    )
}

/// The panes' borders stand where the layout puts them, on every row.
fn borders_in_place(app: &App, b: &Buffer) {
    let areas = app.areas().unwrap();
    for pane in [areas.years, areas.projects, areas.members, areas.detail] {
        for y in pane.y..pane.bottom() {
            for x in [pane.x, pane.right() - 1] {
                assert!(
                    is_border(b[(x, y)].symbol()),
                    "no border at {x},{y}: {:?}\n{}",
                    b[(x, y)].symbol(),
                    screen(b)
                );
            }
        }
    }
}

fn matrix_in_place(app: &App, b: &Buffer) {
    let g = ikz::present::layout::matrix(app.size, &mx(app).grid).unwrap();
    for y in g.body.y
        ..g.body.y
            + u16::try_from(mx(app).grid.rows.len())
                .unwrap()
                .min(g.body.height)
    {
        assert_eq!(
            b[(g.rule_x, y)].symbol(),
            "│",
            "rule at row {y}\n{}",
            screen(b)
        );
        assert!(
            is_border(b[(g.block.right() - 1, y)].symbol()),
            "{}",
            screen(b)
        );
    }
}

fn screen(b: &Buffer) -> String {
    let mut s = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            s.push_str(b[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

/// Draws the text in the browser (project and member selected, detail shown), the
/// matrix and the search, at several sizes.
fn draws_cleanly(text: &str) {
    let loaded = with_text(text);
    assert!(
        errors(&loaded).is_empty(),
        "{text:?}: {:#?}",
        errors(&loaded)
    );
    for (w, h) in [(60, 15), (80, 24), (120, 40), (200, 60)] {
        // Klimaschutz in the projects pane, the member in the members pane.
        let mut a = app(with_text(text), View::Browser, w, h);
        keys(&mut a, "jjjj");
        let b = render(&a);
        no_controls(&b);
        borders_in_place(&a, &b);
        keys(&mut a, "\tj");
        let b = render(&a);
        no_controls(&b);
        borders_in_place(&a, &b);
        // The matrix, all years, the cursor on the member's column.
        let mut m = app(with_text(text), View::Matrix, w, h);
        keys(&mut m, "0ll");
        let b = render(&m);
        no_controls(&b);
        matrix_in_place(&m, &b);
        // The search for the text's project.
        let mut s = app(with_text(text), View::Browser, w, h);
        keys(&mut s, "/klima");
        no_controls(&render(&s));
        // The timeline (its project marked for the member), the member's profile, the
        // comparison with the next member, the gaps.
        for view in ["tM", "p", "c\n", "c/\n", "!"] {
            let mut v = app(with_text(text), View::Browser, w, h);
            keys(&mut v, "jjjj\tj");
            keys(&mut v, view);
            let b = render(&v);
            no_controls(&b);
            frame_in_place(&b);
        }
    }
}

/// The frame of a full-screen view stands on its first and last column, on every row
/// above the status bar.
fn frame_in_place(b: &Buffer) {
    let (w, h) = (b.area.width, b.area.height);
    for y in 0..h - 1 {
        for x in [0, w - 1] {
            assert!(
                is_border(b[(x, y)].symbol()),
                "no border at {x},{y}: {:?}\n{}",
                b[(x, y)].symbol(),
                screen(b)
            );
        }
    }
}

#[test]
fn combining_characters_draw_in_place() {
    // An ö written as o and a combining diaeresis, stacked accents, a Zalgo-like pile.
    draws_cleanly("Bischo\u{0308}fsheim");
    draws_cleanly("a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}\u{0307}b");
    draws_cleanly(&"e\u{0336}".repeat(40));
}

#[test]
fn emoji_and_wide_characters_draw_in_place() {
    draws_cleanly("Feuerwehr 🚒🚒");
    draws_cleanly("Familie 👩‍👩‍👧 und 🇩🇪");
    draws_cleanly("漢字と全角ＡＢＣ");
}

#[test]
fn invisible_characters_in_names_are_errors_that_name_them() {
    // Two names that would look the same: the data is refused, with the code point.
    let loaded = with_text("Zero\u{200b}width\u{feff}joiners");
    let errors = errors(&loaded);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .all(|e| e.contains("the invisible character U+200B (zero-width space)")),
        "{errors:#?}"
    );
}

/// One rule, from Unicode's own properties: format characters (tags, Arabic number
/// signs, interlinear annotation marks), private-use characters and noncharacters are
/// refused in names and warned about elsewhere; what an emoji is made of passes.
#[test]
fn every_kind_of_invisible_character_is_refused_in_names_and_warned_elsewhere() {
    for (c, said) in [
        ('\u{E0041}', "U+E0041 (tag character)"),
        ('\u{0600}', "U+0600 (a format character)"),
        ('\u{FFF9}', "U+FFF9 (a format character)"),
        ('\u{E000}', "U+E000 (a private-use character)"),
        ('\u{FDD0}', "U+FDD0 (a noncharacter, not meant for text)"),
        ('\u{3164}', "U+3164 (a character that is not shown)"),
    ] {
        let loaded = with_text(&format!("Bischofs{c}heim"));
        let e = errors(&loaded);
        assert_eq!(e.len(), 2, "{c:?}: {e:#?}");
        assert!(e.iter().all(|e| e.contains(said)), "{c:?}: {e:#?}");
    }
    // Emoji in a title are no invisible characters.
    let loaded = with_text(
        "👩\u{200D}👩\u{200D}👧 ❤\u{FE0F} 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    );
    assert_eq!(errors(&loaded), Vec::<String>::new());
    // Elsewhere (a note), a warning: the data loads.
    let mut files = common::shipped_texts();
    for (rel, content) in &mut files {
        if rel == "projects/klimaschutz.toml" {
            *content = content.replacen("note = \"Trebur", "note = \"Tre\u{E000}bur", 1);
        }
    }
    let loaded = common::load_texts(&files);
    assert!(errors(&loaded).is_empty(), "{:#?}", errors(&loaded));
    let warned: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| ikz::present::words::problems::line(d, ikz::present::words::Lang::En))
        .filter(|l| l.contains("U+E000"))
        .collect();
    assert_eq!(warned.len(), 1, "{warned:#?}");
    assert!(warned[0].contains("warning"), "{warned:#?}");
}

#[test]
fn very_long_names_are_cut_not_spilled() {
    draws_cleanly(&"Sehr-lange-Gemeindebezeichnung-".repeat(40));
    draws_cleanly(&"Donaudampfschifffahrtsgesellschaftskapitän".repeat(30));
    draws_cleanly(&"ä ".repeat(2000));
}

fn mx(app: &App) -> &ikz::app::MatrixState {
    app.matrix().expect("the matrix is open")
}
